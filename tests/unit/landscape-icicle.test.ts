import { describe, expect, it } from 'vitest';
import { fromYaml, docYaml, BASE, SRC } from './helpers.ts';
import { landscapeIcicle, icicleCells, tileLabel, cellText } from '../../src/lib/atlas/landscape-icicle.ts';
import { latestChanges } from '../../src/lib/timeline/timeline.ts';

const { atlas, errors } = fromYaml({
  ...BASE,
  'bodies/more.yaml': `
- { id: sc-27-wg-1, name: { en: Information security management systems, ja: 情報セキュリティマネジメントシステム }, abbrev: WG 1, type: working-group, parent: sc-27, sources: ${SRC} }
`,
  'documents/more.yaml': [
    docYaml('iso-iec-27402', 'ISO/IEC 27402:2023', ['Device baseline requirements', '機器ベースライン要求事項'], [['cd', '2022-11-16', true], ['published', '2023']]),
    docYaml('iso-iec-27403', 'ISO/IEC 27403:2024', ['Domestic IoT', '家庭向け IoT'], [['published', '2024-03']]),
    docYaml('iso-iec-27404', 'ISO/IEC 27404', ['Consumer IoT labelling', '消費者向け IoT ラベリング'], [['dis', '2024-03']]),
  ].join('\n'),
});

describe('landscape icicle', () => {
  it('builds without content errors', () => expect(errors.map((e) => JSON.stringify(e))).toEqual([]));

  const ic = landscapeIcicle(atlas, 'en', { width: 360, columns: 3 })!;
  const cells = icicleCells(ic.root);

  it('nests SC 27 → working groups → topic groups → documents, every cell a link with a name', () => {
    expect(ic.root.key).toBe('sc-27');
    expect(ic.root.href).toBe('/en/bodies/sc-27/');
    expect(ic.root.children.map((g) => g.key).sort()).toEqual(['sc-27-wg-1', 'sc-27-wg-4']);
    const wg4 = ic.root.children.find((g) => g.key === 'sc-27-wg-4')!;
    expect(wg4.children.map((tp) => tp.key)).toEqual(['sc-27-wg-4/network-security', 'sc-27-wg-4/iot-cps']);
    const iot = wg4.children[1];
    expect(iot.href).toBe('/en/documents/?committee=sc-27-wg-4&topic=iot-cps');
    expect(iot.children.map((d) => d.key)).toEqual(['iso-iec-27400', 'iso-iec-27402', 'iso-iec-27403', 'iso-iec-27404']);
    expect(wg4.name).toContain('(5 documents)');
    const net = wg4.children[0].children[0];
    expect(net.name).toBe('ISO/IEC 27033 Network security (2 parts)');
    expect(net.lines).toEqual(['27033']);
    for (const c of cells) {
      expect(c.href).toMatch(/^\/en\//);
      expect(c.name.length).toBeGreaterThan(3);
    }
  });

  it('places cell text: document tiles centred, multi-line cells from the top-left, every baseline inside its cell', () => {
    const tile = cells.find((c) => c.level === 'document')!;
    const tt = cellText(tile, ic.lineHeight);
    expect(tt).toMatchObject({ anchor: 'middle', x: tile.x + tile.w / 2 });
    expect(tt.lines[0].y).toBe(tile.y + tile.h / 2 + 4);
    const tall = { ...tile, level: 'topic' as const, lines: ['a', 'b'], h: 40 };
    expect(cellText(tall, 13)).toMatchObject({ anchor: 'start', x: tile.x + 6, lines: [{ text: 'a', y: tile.y + 15 }, { text: 'b', y: tile.y + 28 }] });
    for (const c of cells) for (const l of cellText(c, ic.lineHeight).lines) expect(l.y).toBeGreaterThan(c.y), expect(l.y).toBeLessThanOrEqual(c.y + c.h);
  });

  it('keeps every cell inside the viewBox, children inside their parent, siblings apart', () => {
    const inside = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
      a.x >= b.x - 1e-9 && a.y >= b.y - 1e-9 && a.x + a.w <= b.x + b.w + 1e-9 && a.y + a.h <= b.y + b.h + 1e-9;
    const box = { x: 0, y: 0, w: ic.width, h: ic.height };
    for (const c of cells) {
      expect(inside(c, box)).toBe(true);
      const kids = c.children;
      for (const k of kids) if (c.level !== 'committee') expect(k.y >= c.y && k.y + k.h <= c.y + c.h + 1e-9).toBe(true);
      for (let i = 0; i < kids.length; i++)
        for (let j = i + 1; j < kids.length; j++) {
          const a = kids[i], b = kids[j];
          const overlap = a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;
          expect(overlap).toBe(false);
        }
    }
  });

  it('puts documents in rows of three tiles and gives a group without documents one row', () => {
    const iot = ic.root.children.find((g) => g.key === 'sc-27-wg-4')!.children[1];
    expect(new Set(iot.children.map((d) => d.y)).size).toBe(2);
    const wg1 = ic.root.children.find((g) => g.key === 'sc-27-wg-1')!;
    expect(wg1.children).toEqual([]);
    expect(wg1.h).toBeGreaterThan(0);
    expect(wg1.name).toContain('(0 documents)');
  });

  it('wraps topic names to fit their column, in Japanese too', () => {
    const ja = landscapeIcicle(atlas, 'ja')!;
    expect(ja.root.href).toBe('/ja/bodies/sc-27/');
    for (const c of icicleCells(ja.root)) for (const l of c.lines) expect(l.length).toBeGreaterThan(0);
    const topic = ja.root.children.find((g) => g.key === 'sc-27-wg-4')!.children[1];
    expect(topic.h).toBeGreaterThanOrEqual(topic.lines.length * ja.lineHeight);
  });

  it('shortens designations for tiles', () => {
    expect(tileLabel('ISO/IEC TS 27100:2020')).toBe('TS 27100');
    expect(tileLabel('ISO/IEC 27035-1:2023')).toBe('27035-1');
    expect(tileLabel('ISO 31000:2018')).toBe('31000');
  });

  it('is undefined without the committee', () => expect(landscapeIcicle(atlas, 'en', { rootId: 'nope' })).toBeUndefined());
});

describe('latest changes', () => {
  it('lists the newest dated status entries first, ties by designation', () => {
    const l = latestChanges(atlas, 5);
    expect(l.map((e) => `${e.date} ${e.documentId}`)).toEqual([
      '2024-03 iso-iec-27403',
      '2024-03 iso-iec-27404',
      '2023 iso-iec-27402',
      '2022-11-16 iso-iec-27402',
      '2022-06 iso-iec-27400',
    ]);
    expect(latestChanges(atlas, 2)).toHaveLength(2);
  });
});
