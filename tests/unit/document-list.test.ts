import { describe, expect, it } from 'vitest';
import { fromYaml, docYaml, BASE, SRC } from './helpers.ts';
import { STAGE_LADDER, stageRank, inStageRange, documentRows, orderRows, parseSort, sortParam, committeeChoices, documentFilterChoices, type Sortable } from '../../src/lib/atlas/document-list.ts';

const { atlas, errors } = fromYaml({
  ...BASE,
  'bodies/more.yaml': `
- { id: etsi, name: { en: European Telecommunications Standards Institute, ja: 欧州電気通信標準化機構 }, abbrev: ETSI, type: sdo, sources: ${SRC} }
`,
  'documents/more.yaml': [
    docYaml('iso-iec-27404', 'ISO/IEC 27404', ['Consumer IoT labelling', '消費者向け IoT ラベリング'], [['cd', '2023-04'], ['dis', '2024-03']]),
    docYaml('iso-iec-27402', 'ISO/IEC 27402:2023', ['Device baseline requirements', '機器ベースライン要求事項'], [['published', '2023']]),
    docYaml('etsi-draft', 'ETSI EN 303 999', ['A draft', '草案'], [['draft', '2025-01']], { type: 'EN', committee: null, publisher: 'etsi', topic: 'consumer-iot-baselines' }),
  ].join('\n'),
});

describe('the ISO stage ladder', () => {
  it('runs PWI … FDIS, published, review, withdrawn; draft and final are off it', () => {
    expect(STAGE_LADDER).toEqual(['pwi', 'np', 'awi', 'wd', 'cd', 'dis', 'fdis', 'published', 'under-review', 'confirmed', 'withdrawn']);
    expect(stageRank('dis')).toBe(5);
    expect(stageRank('draft')).toBeUndefined();
    expect(stageRank('final')).toBeUndefined();
  });

  it('"at DIS or later" keeps DIS, FDIS, published …, not CD, not a draft', () => {
    const dis = stageRank('dis');
    expect(inStageRange(stageRank('dis'), dis)).toBe(true);
    expect(inStageRange(stageRank('published'), dis)).toBe(true);
    expect(inStageRange(stageRank('cd'), dis)).toBe(false);
    expect(inStageRange(undefined, dis)).toBe(false);
    expect(inStageRange(undefined)).toBe(true); // no bound: everything
    expect(inStageRange(stageRank('published'), dis, stageRank('fdis'))).toBe(false);
    expect(inStageRange(stageRank('fdis'), dis, stageRank('fdis'))).toBe(true);
  });
});

describe('document rows', () => {
  it('builds without content errors', () => expect(errors.map((e) => JSON.stringify(e))).toEqual([]));
  const rows = documentRows(atlas);

  it('lists families in designation order with their parts right under them', () => {
    expect(rows.map((r) => `${r.isPart ? '  ' : ''}${r.doc.id}`)).toEqual([
      'etsi-draft',
      'iso-iec-27033',
      '  iso-iec-27033-1',
      '  iso-iec-27033-2',
      'iso-iec-27400',
      'iso-iec-27402',
      'iso-iec-27404',
    ]);
    expect(rows[2].family).toBe('iso-iec-27033');
    expect(rows[2].committee).toBe('sc-27-wg-4'); // through the whole document
    expect(rows[0].committee).toBe('etsi'); // the publisher
  });

  it('gives sort keys: ladder rank (draft after the ladder) and the current stage date', () => {
    const by = (id: string) => rows.find((r) => r.doc.id === id)!;
    expect(by('iso-iec-27404').sort).toMatchObject({ stage: 5, date: '2024-03' });
    expect(by('etsi-draft').sort.stage).toBeGreaterThan(STAGE_LADDER.length - 1);
  });

  it('sorts by stage and by date, keeping parts under their family', () => {
    const sortable = (key: 'stage' | 'date') => rows.map((r) => ({ id: r.doc.id, family: r.family, isPart: r.isPart, key: r.sort[key], tie: r.sort.designation }));
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(orderRows(sortable('stage')))).toEqual(['iso-iec-27404', 'iso-iec-27033', 'iso-iec-27033-1', 'iso-iec-27033-2', 'iso-iec-27400', 'iso-iec-27402', 'etsi-draft']);
    expect(ids(orderRows(sortable('date'), true))).toEqual(['etsi-draft', 'iso-iec-27404', 'iso-iec-27402', 'iso-iec-27400', 'iso-iec-27033', 'iso-iec-27033-1', 'iso-iec-27033-2']);
  });

  it('keeps an orphan part rather than dropping it', () => {
    const xs: (Sortable & { id: string })[] = [{ id: 'p', family: 'gone', isPart: true, key: 1, tie: 0 }, { id: 'a', family: 'a', isPart: false, key: 2, tie: 1 }];
    expect(orderRows(xs).map((x) => x.id)).toEqual(['a', 'p']);
  });
});

describe('sort parameter', () => {
  it('round-trips and falls back to designation', () => {
    expect(parseSort('-date')).toEqual({ key: 'date', descending: true });
    expect(parseSort('stage')).toEqual({ key: 'stage', descending: false });
    expect(parseSort('<script>')).toEqual({ key: 'designation', descending: false });
    expect(parseSort(null)).toEqual({ key: 'designation', descending: false });
    expect(sortParam('designation', false)).toBeNull();
    expect(sortParam('date', true)).toBe('-date');
  });
});

describe('committeeChoices', () => {
  it('lists each committee once, sorted by short label with numbers in order, skipping none and unknown IDs', () => {
    expect(committeeChoices(atlas, ['sc-27-wg-4', undefined, 'sc-27', 'sc-27-wg-4', 'nope'])).toEqual([
      { value: 'sc-27', label: 'SC 27' },
      { value: 'sc-27-wg-4', label: 'WG 4' },
    ]);
  });
  it('offers only the committees, topics and types the rows have', () => {
    const rows = documentRows(atlas);
    const c = documentFilterChoices(atlas, rows);
    expect(c.committees.map((x) => x.value)).toEqual(committeeChoices(atlas, rows.map((r) => r.committee)).map((x) => x.value));
    expect(c.topics).toEqual([...new Set(rows.map((r) => r.doc.data.topic))].sort((a, b) => c.topics.indexOf(a) - c.topics.indexOf(b)));
    expect(c.types.length).toBe(new Set(rows.map((r) => r.doc.data.type)).size);
  });
});
