import { describe, expect, it } from 'vitest';
import { groupByYear, timelineEntries, yearAxis } from '../../src/lib/timeline/timeline.ts';
import { timelineAxis } from '../../src/lib/timeline/timeline-axis.ts';
import { committeeOf } from '../../src/lib/atlas/getters.ts';
import { getOf } from '../../src/lib/atlas/getters.ts';
import { fromYaml, docYaml, BASE, S } from './helpers.ts';

const extra = {
  'documents/more.yaml': docYaml('iso-iec-27402', 'ISO/IEC 27402:2023', ['Device baseline requirements', '機器ベースライン要求事項'], [['cd', '2022-11-16', true], ['published', '2023']]),
};

describe('timeline', () => {
  const { atlas, errors } = fromYaml({ ...BASE, ...extra });

  it('has one entry per status entry of every document, oldest first', () => {
    expect(errors).toEqual([]);
    const entries = timelineEntries(atlas);
    // BASE: 27400 (1 entry), 27033 (1), 27033-1 (1), 27033-2 (1); extra: 27402 (2)
    expect(entries).toHaveLength(6);
    expect(entries.map((e) => `${e.date} ${e.documentId}`)).toEqual([
      '2010 iso-iec-27033',
      '2012 iso-iec-27033-2',
      '2015 iso-iec-27033-1',
      '2022-06 iso-iec-27400',
      '2022-11-16 iso-iec-27402',
      '2023 iso-iec-27402',
    ]);
    expect(new Set(entries.map((e) => e.documentId)).size).toBe(5);
    expect(entries[4].status.reportedOn).toBe(true);
    expect(entries[5].index).toBe(1);
  });

  it('gives a part the committee of its whole document', () => {
    const part = getOf(atlas, 'documents', 'iso-iec-27033-1')!;
    expect(part.data.committee).toBeUndefined();
    expect(committeeOf(atlas, part.id)?.id).toBe('sc-27-wg-4');
    expect(timelineEntries(atlas).every((e) => e.committee === 'sc-27-wg-4')).toBe(true);
  });

  it('groups by year and spans an axis with empty years', () => {
    const groups = groupByYear(timelineEntries(atlas));
    expect(groups.map((g) => [g.year, g.entries.length])).toEqual([
      [2010, 1],
      [2012, 1],
      [2015, 1],
      [2022, 2],
      [2023, 1],
    ]);
    const axis = yearAxis(groups);
    expect(axis).toHaveLength(14);
    expect(axis[0]).toEqual({ year: 2010, count: 1 });
    expect(axis[1]).toEqual({ year: 2011, count: 0 });
    expect(axis.at(-1)).toEqual({ year: 2023, count: 1 });
    expect(yearAxis([])).toEqual([]);
  });

  it('sorts a bare year before its months and orders same dates by designation', () => {
    const { atlas: a } = fromYaml({
      ...BASE,
      'documents/d2.yaml': `
- { id: doc-b, designation: "ISO/IEC 27010", asOf: "2026-11-24", type: IS, title: { en: B, ja: B }, committee: sc-27-wg-4, topic: emerging, status: [{ stage: wd, date: "2022", source: ${S} }], sources: [${S}] }
- { id: doc-a, designation: "ISO/IEC 27009", asOf: "2026-11-24", type: IS, title: { en: A, ja: A }, committee: sc-27-wg-4, topic: emerging, status: [{ stage: wd, date: "2022", source: ${S} }], sources: [${S}] }
`,
    });
    const ids = timelineEntries(a).filter((e) => e.year === 2022).map((e) => e.documentId);
    expect(ids).toEqual(['doc-a', 'doc-b', 'iso-iec-27400']);
  });
});

describe('timelineAxis', () => {
  const ax = (counts: number[], from = 2000) => timelineAxis(counts.map((count, i) => ({ year: from + i, count })));
  it('spaces the years evenly between the paddings, a bar only where there are entries', () => {
    const a = ax([2, 0, 4]);
    expect(a.years.map((y) => y.x)).toEqual([20, 240, 460]);
    expect(a.years.map((y) => !!y.bar)).toEqual([true, false, true]);
    expect(a.max).toBe(4);
    expect(a.busiest).toBe(2002);
    expect([a.first, a.last]).toEqual([2000, 2002]);
  });
  it('makes the busiest bar the full height and the others in proportion, standing on the axis', () => {
    const a = ax([2, 0, 4]);
    const [b0, , b2] = a.years.map((y) => y.bar);
    expect(b2!.height).toBe(90);
    expect(b0!.height).toBe(45);
    for (const b of [b0!, b2!]) expect(b.y + b.height).toBe(a.baseY);
  });
  it('labels every year on a short axis, every 2nd or 4th on a long one, and always the last, with room before it', () => {
    expect(ax([1, 1, 1]).years.every((y) => y.labelled)).toBe(true);
    const mid = ax(Array(13).fill(1));
    expect(mid.years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2000, 2002, 2004, 2006, 2008, 2010, 2012]);
    const long = ax(Array(30).fill(1));
    expect(long.years.filter((y) => y.labelled).map((y) => y.year - 2000)).toEqual([0, 4, 8, 12, 16, 20, 24, 29]);
  });
  it('copes with one year and with none', () => {
    expect(ax([3]).years[0]).toMatchObject({ x: 20, labelled: true });
    expect(ax([])).toMatchObject({ years: [], first: 0, last: 0, max: 1 });
  });
});
