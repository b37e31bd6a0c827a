import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { cpsDiagram, cpsPage, layerName } from '../../src/lib/cps/cps-diagram.ts';
import { uniqueSources } from '../../src/lib/content/sources.ts';
import { mappedWith } from '../../src/lib/atlas/getters.ts';
import { loadAtlas } from '../../src/lib/atlas/site-atlas.ts';
import { fromYaml, BASE, SRC } from './helpers.ts';

const atlas = loadAtlas(resolve('content'));

describe('uniqueSources', () => {
  const a = { seed: '000_f3a528d2094e5c67.txt' as const, slide: 'The Third Layer' };
  const u = { url: 'https://example.org/', label: 'Example' };
  it('keeps each talk+slide and each address once, in first-seen order', () => {
    expect(uniqueSources([a, u], [{ ...a }, { url: 'https://example.org/', label: 'Other label', partial: true }], [])).toEqual([a, u]);
  });
  it('tells apart two slides of one talk', () => {
    expect(uniqueSources([a, { ...a, slide: 'The First Layer' }])).toHaveLength(2);
  });
});

describe('mappedWith', () => {
  const { atlas: fx, errors } = fromYaml({
    ...BASE,
    'models/m.yaml': `
- id: m
  title: { en: Model, ja: モデル }
  elements:
    - { id: el-1, title: { en: "First layer: one", ja: "第1層：一" } }
  sources: ${SRC}
`,
    'mappings/x.yaml': `
- { from: el-1, to: iso-iec-27400, relation: intersects-with, reason: semantic, basis: derived, rationale: { en: Both about layers, ja: どちらも層 }, sources: ${SRC} }
`,
  });
  it('builds the fixture', () => expect(errors).toEqual([]));
  it('finds documents mapped to an element from either end, not its part-of', () => {
    expect(mappedWith(fx, 'el-1', 'documents').map((m) => [m.entity.id, m.relation.mapping?.rationale.en])).toEqual([['iso-iec-27400', 'Both about layers']]);
    expect(mappedWith(fx, 'iso-iec-27400').map((m) => m.entity.id)).toEqual(['el-1']);
    expect(mappedWith(fx, 'el-1', 'models')).toEqual([]);
  });
});

describe('CPS page', () => {
  it('names a layer by the part after the colon', () => {
    expect(layerName('First layer: connections among organisations', 'en')).toBe('Connections among organisations');
    expect(layerName('第1層：企業間のつながり', 'ja')).toBe('企業間のつながり');
    expect(layerName('No colon', 'en')).toBe('No colon');
  });

  it('takes each layer’s trust from content, with the model’s sources covering it', () => {
    const p = cpsPage(atlas, 'ja');
    expect(p.layers.map((l) => l.n)).toEqual([1, 2, 3]);
    expect(p.layers.map((l) => l.trust)).toEqual(['各組織のマネジメントの信頼性', 'フィジカル空間とサイバー空間の間の転写の信頼性', 'データの信頼性']);
    const slides: (string | undefined)[] = p.model.data.sources.map((s) => s.slide);
    for (const s of ['The First Layer', 'The Second Layer', 'The Third Layer']) expect(slides).toContain(s);
    expect(cpsPage(atlas, 'en').layers[2].trust).toBe('Trustworthy data');
  });

  it('lists the sources of the model, the six elements and TS 5689 once each', () => {
    const p = cpsPage(atlas, 'en');
    const all = [...p.model.data.sources, ...p.six.data.sources, ...p.ts.data.sources];
    expect(p.sources.length).toBe(new Set(all.map((s) => `${s.seed}|${s.slide}|${s.url}`)).size);
    expect(p.sources.length).toBeLessThan(all.length);
  });

  it('stacks the bands top to bottom as layer 3, 2, 1, each tall enough for its wrapped text, no overlap', () => {
    for (const lang of ['en', 'ja'] as const) {
      const d = cpsDiagram(cpsPage(atlas, lang).layers, lang);
      expect(d.bands.map((b) => b.layer.n)).toEqual([3, 2, 1]);
      for (const [i, b] of d.bands.entries()) {
        const lines = [...b.name, ...b.trust];
        expect(lines.every((l) => l.y > b.y && l.y < b.y + b.h)).toBe(true);
        if (i) expect(b.y).toBeGreaterThan(d.bands[i - 1].y + d.bands[i - 1].h);
      }
      expect(d.height).toBeGreaterThanOrEqual(d.bands[2].y + d.bands[2].h);
      expect(d.links).toHaveLength(2);
      expect(d.links[0].y1).toBeLessThan(d.links[0].y2);
    }
  });

  it('describes the figure from content: every layer top to bottom with its name and trust', () => {
    const en = cpsDiagram(cpsPage(atlas, 'en').layers, 'en').desc;
    expect(en).toMatch(/^Three stacked layers/);
    expect(en.indexOf('Layer 3: Connections in cyberspace. Trust it needs: Trustworthy data.')).toBeLessThan(en.indexOf('Layer 1:'));
    const ja = cpsDiagram(cpsPage(atlas, 'ja').layers, 'ja').desc;
    expect(ja).toContain('第2層：フィジカル空間とサイバー空間のつながり。求められる信頼：フィジカル空間とサイバー空間の間の転写の信頼性。');
    expect(ja).not.toContain(' ');
  });

  it('wraps a long trust text onto more lines and makes its band taller', () => {
    const [l] = cpsPage(atlas, 'en').layers;
    const short = cpsDiagram([l], 'en').bands[0];
    const long = cpsDiagram([{ ...l, trust: 'word '.repeat(40).trim() }], 'en').bands[0];
    expect(long.trust.length).toBeGreaterThan(short.trust.length);
    expect(long.h).toBeGreaterThan(short.h);
    expect(short.zone).toBe('physical space');
  });
});
