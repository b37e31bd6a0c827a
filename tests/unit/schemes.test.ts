import { describe, it, expect } from 'vitest';
import { fromYaml, BASE, SRC } from './helpers.ts';
import { loadAtlas } from '../../src/lib/atlas/site-atlas.ts';
import { parseSelection, selectionQuery, recognitionMap, recognitionsOf, levelsNamed, equivalence, compareRows, schemeCell, SCHEME_ATTRIBUTES, countryName } from '../../src/lib/schemes/schemes.ts';
import { recognitionDiagram } from '../../src/lib/schemes/recognition-diagram.ts';
import { requirementCatalogues, crosswalkCatalogues, hasCrosswalk } from '../../src/lib/crosswalk/requirements.ts';
import { getOf } from '../../src/lib/atlas/getters.ts';

const KNOWN = ['jc-star', 'sg-cls', 'uk-psti', 'de-bsi-it-security-label', 'fi-cybersecurity-label', 'us-cyber-trust-mark', 'kr-kisa-iot-certification'];

describe('parseSelection', () => {
  it('keeps known IDs in the order given', () => {
    expect(parseSelection('jc-star,sg-cls,uk-psti', KNOWN)).toEqual(['jc-star', 'sg-cls', 'uk-psti']);
    expect(parseSelection('uk-psti,jc-star', KNOWN)).toEqual(['uk-psti', 'jc-star']);
  });

  it('reads a query string, the form’s repeated parameters and URLSearchParams', () => {
    expect(parseSelection('?schemes=jc-star,sg-cls', KNOWN)).toEqual(['jc-star', 'sg-cls']);
    expect(parseSelection('?schemes=jc-star&schemes=sg-cls&other=1', KNOWN)).toEqual(['jc-star', 'sg-cls']);
    expect(parseSelection(new URLSearchParams('schemes=jc-star%2Cuk-psti'), KNOWN)).toEqual(['jc-star', 'uk-psti']);
    expect(parseSelection('?other=jc-star,sg-cls', KNOWN)).toEqual([]);
  });

  it('drops unknown and hostile parts, duplicates and blanks', () => {
    expect(parseSelection('<img src=x onerror=alert(1)>,jc-star,sg-cls', KNOWN)).toEqual(['jc-star', 'sg-cls']);
    expect(parseSelection('?schemes=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,jc-star,,sg-cls,jc-star', KNOWN)).toEqual(['jc-star', 'sg-cls']);
    expect(parseSelection(' JC-STAR , sg-cls ', KNOWN)).toEqual(['jc-star', 'sg-cls']);
    expect(parseSelection('__proto__,constructor,toString', KNOWN)).toEqual([]);
  });

  it('is no comparison below two, and stops at six', () => {
    expect(parseSelection('<img src=x onerror=alert(1)>,jc-star', KNOWN)).toEqual([]);
    expect(parseSelection('jc-star,jc-star', KNOWN)).toEqual([]);
    expect(parseSelection('', KNOWN)).toEqual([]);
    expect(parseSelection(null, KNOWN)).toEqual([]);
    expect(parseSelection(KNOWN.join(','), KNOWN)).toEqual(KNOWN.slice(0, 6));
  });

  it('ignores anything past a sane length', () => {
    expect(parseSelection(`${'x'.repeat(5000)},jc-star,sg-cls`, KNOWN)).toEqual([]);
  });

  it('writes the shareable query of a valid selection only', () => {
    expect(selectionQuery(['jc-star', 'sg-cls'], KNOWN)).toBe('?schemes=jc-star,sg-cls');
    expect(selectionQuery(['jc-star'], KNOWN)).toBe('');
  });
});

/** Three schemes, two recognitions (one mutual pair, one one-way), one `uses` mapping. */
const FILES = {
  ...BASE,
  'bodies/ops.yaml': `
- { id: op-a, name: { en: Agency A, ja: 機関A }, abbrev: AA, type: agency, country: SG, sources: ${SRC} }
- { id: op-b, name: { en: Agency B, ja: 機関B }, abbrev: BB, type: agency, country: DE, sources: ${SRC} }
`,
  'schemes/s.yaml': `
- id: s-multi
  name: { en: Multi scheme, ja: 多段階制度 }
  abbrev: MULTI
  country: SG
  operator: op-a
  launched: '2020'
  mandatory: false
  structure: multi-level
  levels:
    - { name: Level 1, assessment: self-declaration, summary: { en: one, ja: 一 } }
    - { name: Level 2, assessment: self-declaration, summary: { en: two, ja: 二 } }
    - { name: Level 3, assessment: third-party, summary: { en: three, ja: 三 }, partial: true }
  validity: { en: Three years, ja: 3 年 }
  asOf: '2026-11-24'
  sources: [{ url: "https://example.org/a", label: A }, { url: "https://example.org/b", label: B, partial: true }]
- id: s-binary
  name: { en: Binary label, ja: 単一ラベル }
  abbrev: BIN
  country: DE
  operator: op-b
  mandatory: true
  structure: binary
  active: false
  labelForm: dynamic
  levels:
    - { name: The label, assessment: self-declaration-with-review, summary: { en: one label, ja: 単一 } }
  sources: ${SRC}
- id: s-other
  name: { en: Other, ja: その他 }
  abbrev: OTH
  country: ZZ
  operator: op-b
  mandatory: false
  structure: multi-level
  levels:
    - { name: Basic, assessment: third-party, summary: { en: b, ja: b } }
    - { name: Standard, assessment: third-party, summary: { en: s, ja: s } }
  sources: ${SRC}
`,
  'mappings/rec.yaml': `
- { from: s-binary, to: s-multi, relation: recognises, date: '2022-10-20', reason: functional, basis: stated, rationale: { en: "BIN recognises MULTI Level 2 products.", ja: 承認。 }, sources: [{ url: "https://example.org/arrangement" }] }
- { from: s-multi, to: s-binary, relation: recognises, date: '2022-10-20', reason: functional, basis: stated, rationale: { en: "MULTI treats the label as Level 2.", ja: 承認。 }, sources: [{ url: "https://example.org/arrangement" }] }
- { from: s-multi, to: s-other, relation: recognises, date: '2024-10-16', reason: functional, basis: stated, rationale: { en: "Basic and above counts as Level 3 (not Level 10).", ja: 承認。 }, sources: [{ url: "https://example.org/c", partial: true }] }
- { from: s-multi, to: iso-iec-27400, relation: uses, reason: functional, basis: stated, rationale: { en: "Built on 27400.", ja: 27400 に基づく。 }, sources: [{ url: "https://example.org/arrangement" }] }
`,
};

describe('recognition', () => {
  const { atlas, errors } = fromYaml(FILES);

  it('reads the fixture without errors', () => expect(errors).toEqual([]));

  it('finds level names as whole tokens, with "and above"', () => {
    const multi = getOf(atlas, 'schemes', 's-multi')!;
    expect(levelsNamed(multi, 'CLS Level 2 products')).toEqual([{ name: 'Level 2', andAbove: false }]);
    expect(levelsNamed(multi, 'Level 10 only')).toEqual([]);
    expect(levelsNamed(multi, 'Level 1 or Level 3 or higher')).toEqual([{ name: 'Level 1', andAbove: false }, { name: 'Level 3', andAbove: true }]);
    const bin = getOf(atlas, 'schemes', 's-binary')!;
    expect(levelsNamed(bin, 'nothing named')).toEqual([{ name: 'The label', andAbove: false }]);
  });

  it('builds edges with date, levels and direction, and pairs for the diagram', () => {
    const map = recognitionMap(atlas);
    expect(map.nodes.map((n) => n.id)).toEqual(['s-multi', 's-binary', 's-other']);
    expect(map.isolated).toEqual([]);
    expect(map.edges.map((e) => [e.from.id, e.to.id, e.direction, e.date])).toEqual([
      ['s-binary', 's-multi', 'mutual', '2022-10-20'],
      ['s-multi', 's-binary', 'mutual', '2022-10-20'],
      ['s-multi', 's-other', 'one-way', '2024-10-16'],
    ]);
    const toOther = map.edges[2];
    expect(toOther.fromLevels).toEqual([{ name: 'Level 3', andAbove: false }]);
    expect(toOther.toLevels).toEqual([{ name: 'Basic', andAbove: true }]);
    expect(toOther.partial).toBe(true);
    expect(equivalence(toOther, 'en')).toBe('MULTI Level 3 ⇔ OTH Basic and above');
    expect(equivalence(toOther, 'ja')).toBe('MULTI Level 3 ⇔ OTH Basic以上');
    expect(equivalence(map.edges[0], 'en')).toBe('BIN ⇔ MULTI Level 2');
    expect(map.pairs.map((p) => [p.a.id, p.b.id, p.mutual, p.edges.length])).toEqual([
      ['s-binary', 's-multi', true, 2],
      ['s-multi', 's-other', false, 1],
    ]);
    expect(recognitionsOf(map, 's-binary').map((r) => [r.side, r.other.id])).toEqual([['out', 's-multi'], ['in', 's-multi']]);
  });

  it('lays out a diagram with the best-connected scheme in the centre and arrowheads at the recognised end', () => {
    const d = recognitionDiagram(recognitionMap(atlas), 'en', { width: 800, height: 600 });
    expect(d.nodes[0]).toMatchObject({ id: 's-multi', x: 400, y: 300 });
    expect(d.nodes).toHaveLength(3);
    const [mutual, oneWay] = d.links;
    expect([mutual.arrowStart, mutual.arrowEnd]).toEqual([true, true]);
    expect([oneWay.a, oneWay.b, oneWay.arrowStart, oneWay.arrowEnd]).toEqual(['s-multi', 's-other', false, true]);
    expect(oneWay.labels.map((l) => l.text)).toEqual(['since 2024-10-16', 'Level 3', 'Basic and above']);
    expect(oneWay.sentence).toBe('MULTI (Level 3) — OTH (Basic and above): One way, since 2024-10-16');
    // Lines start and end outside the boxes.
    for (const l of d.links) {
      for (const [x, y] of [[l.x1, l.y1], [l.x2, l.y2]]) {
        for (const n of d.nodes) expect(Math.abs(x - n.x) > n.hw || Math.abs(y - n.y) > n.hh).toBe(true);
      }
    }
  });
});

describe('comparison', () => {
  const { atlas } = fromYaml(FILES);

  it('has one row per attribute and one cell per scheme, in the order asked', () => {
    const rows = compareRows(atlas, ['s-binary', 'nope', 's-multi'], 'en');
    expect(rows.map((r) => r.key)).toEqual([...SCHEME_ATTRIBUTES]);
    for (const r of rows) expect(r.cells.map((c) => c.schemeId)).toEqual(['s-binary', 's-multi']);
    expect(rows.find((r) => r.key === 'levels')!.label).toBe('Levels and assessment');
  });

  it('fills cells from the scheme, its operator and its mappings, in the page language', () => {
    const multi = getOf(atlas, 'schemes', 's-multi')!;
    const bin = getOf(atlas, 'schemes', 's-binary')!;
    const text = (c: { parts: { text: string }[] }) => c.parts.map((p) => p.text);
    expect(schemeCell(atlas, multi, 'operator', 'en').parts[0]).toMatchObject({ text: 'AA', href: '/en/bodies/op-a/', note: 'Agency A' });
    expect(text(schemeCell(atlas, multi, 'country', 'ja'))).toEqual(['シンガポール']);
    expect(text(schemeCell(atlas, bin, 'mandatory', 'en'))).toEqual(['Mandatory']);
    expect(text(schemeCell(atlas, bin, 'structure', 'ja'))).toEqual(['バイナリ型（単一のラベル）']);
    const levels = schemeCell(atlas, multi, 'levels', 'en');
    expect(levels.list).toBe(true);
    expect(levels.parts.map((p) => [p.text, p.note, p.partial])).toEqual([
      ['Level 1', 'Self-declaration', undefined],
      ['Level 2', 'Self-declaration', undefined],
      ['Level 3', 'Third-party evaluation', true],
    ]);
    expect(text(schemeCell(atlas, bin, 'labelForm', 'en'))).toEqual(['Dynamic label (online information kept up to date)']);
    expect(schemeCell(atlas, multi, 'labelForm', 'en').parts).toEqual([]);
    expect(schemeCell(atlas, bin, 'launched', 'en').parts).toEqual([]);
    expect(text(schemeCell(atlas, multi, 'validity', 'ja'))).toEqual(['3年']);
    expect(schemeCell(atlas, multi, 'baseDocuments', 'en').parts[0]).toMatchObject({ text: 'ISO/IEC 27400:2022', href: '/en/documents/iso-iec-27400/', detail: 'Built on 27400.' });
    const rec = schemeCell(atlas, multi, 'recognitions', 'en');
    expect(rec.parts.map((p) => [p.text, p.note, p.partial])).toEqual([
      ['Recognised by BIN', 'BIN ⇔ MULTI Level 2 · since 2022-10-20', false],
      ['Recognises BIN', 'MULTI Level 2 ⇔ BIN · since 2022-10-20', false],
      ['Recognises OTH', 'MULTI Level 3 ⇔ OTH Basic and above · since 2024-10-16', true],
    ]);
    expect(rec.parts[0]).toMatchObject({ href: '/en/schemes/s-binary/', detail: 'BIN recognises MULTI Level 2 products.' });
    expect(text(schemeCell(atlas, bin, 'active', 'en'))).toEqual(['No longer issued']);
    const asOf = schemeCell(atlas, multi, 'asOf', 'en');
    expect(asOf.parts.map((p) => p.text)).toEqual(['As of 2026-11-24', '2 sources (1 partial)']);
    expect(asOf.parts[1]).toMatchObject({ href: '/en/schemes/s-multi/#sources-h' });
  });

  it('names countries, falling back to the code', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('ZZ', 'ja')).toBe('ZZ');
  });
});

describe('requirement catalogues', () => {
  const { atlas } = fromYaml({
    ...FILES,
    'requirements/r.yaml': `
- { id: g-1, document: iso-iec-27400, clause: "5.1", title: { en: Group, ja: グループ }, sources: ${SRC} }
- { id: g-1-1, document: iso-iec-27400, clause: "5.1.1", parent: g-1, title: { en: Item, ja: 項目 }, sources: ${SRC} }
- { id: o-1, document: iso-iec-27033, clause: "A", title: { en: Other, ja: 他 }, sources: ${SRC} }
- { id: g-2, document: iso-iec-27400, clause: "5.2", title: { en: Group 2, ja: グループ2 }, sources: ${SRC} }
- { id: c-1, document: iso-iec-27033, clause: "B", parent: c-2, title: { en: Cycle 1, ja: 循環1 }, sources: ${SRC} }
- { id: c-2, document: iso-iec-27033, clause: "C", parent: c-1, title: { en: Cycle 2, ja: 循環2 }, sources: ${SRC} }
`,
    'mappings/req.yaml': `
- { from: o-1, to: iso-iec-27400-7-1-2-17, relation: intersects-with, reason: semantic, basis: derived, rationale: { en: x, ja: x }, sources: ${SRC} }
`,
  });

  it('groups items by document in content order and nests them by parent', () => {
    const cats = requirementCatalogues(atlas);
    expect(cats.map((c) => [c.document.id, c.count])).toEqual([['iso-iec-27400', 3], ['iso-iec-27033', 3]]);
    const tree = (ns: ReturnType<typeof requirementCatalogues>[number]['roots']): unknown => ns.map((n) => (n.children.length ? [n.item.id, tree(n.children)] : n.item.id));
    expect(tree(cats[0].roots)).toEqual([['g-1', ['g-1-1']], 'g-2']);
    // A parent cycle loses no item.
    expect(tree(cats[1].roots)).toEqual(['o-1', ['c-1', ['c-2']]]);
  });

  it('offers a crosswalk only for catalogues with mapped items', () => {
    expect(hasCrosswalk(atlas, 'iso-iec-27033')).toBe(true);
    expect(crosswalkCatalogues(atlas).map((d) => d.id)).toEqual(['iso-iec-27400', 'iso-iec-27033']);
  });
});

describe('the real content', () => {
  const atlas = loadAtlas('content');
  const map = recognitionMap(atlas);
  const edge = (from: string, to: string) => map.edges.find((e) => e.from.id === from && e.to.id === to)!;

  it('has BSI ↔ CLS Level 2, mutual, since 2022-10-20', () => {
    const e = edge('de-bsi-it-security-label', 'sg-cls');
    expect(e.direction).toBe('mutual');
    expect(e.date).toBe('2022-10-20');
    expect(e.toLevels.map((l) => l.name)).toEqual(['Level 2']);
    expect(edge('sg-cls', 'de-bsi-it-security-label').fromLevels.map((l) => l.name)).toEqual(['Level 2']);
  });

  it('reads the Korean arrangement as CIC Basic and above ⇔ CLS Level 3', () => {
    expect(equivalence(edge('sg-cls', 'kr-kisa-iot-certification'), 'en')).toBe('CLS Level 3 ⇔ CIC Basic and above');
  });

  it('records no recognition for the Japan–Singapore memorandum of cooperation', () => {
    expect(map.edges.find((e) => [e.from.id, e.to.id].sort().join() === 'jc-star,sg-cls')).toBeUndefined();
  });

  it('has UK PSTI ↔ JC-STAR both ways and UK PSTI → CLS one way, the UK side partially sourced', () => {
    const uk = edge('uk-psti', 'jc-star');
    expect([uk.direction, uk.partial, uk.date]).toEqual(['mutual', true, '2025-12-04']);
    expect(uk.toLevels.map((l) => l.name)).toEqual(['STAR-1']);
    expect([edge('jc-star', 'uk-psti').partial, edge('jc-star', 'uk-psti').date]).toEqual([false, '2026-01-01']);
    const sg = edge('uk-psti', 'sg-cls');
    expect([sg.direction, sg.partial, sg.toLevels]).toEqual(['one-way', true, []]);
  });

  it('shows STAR-3 as third-party in the comparison', () => {
    const rows = compareRows(atlas, ['jc-star', 'sg-cls', 'uk-psti'], 'en');
    const levels = rows.find((r) => r.key === 'levels')!.cells[0].parts;
    expect(levels.find((p) => p.text === 'STAR-3')?.note).toBe('Third-party evaluation');
  });

  it('lists the requirement catalogues in content order', () => {
    expect(requirementCatalogues(atlas).map((c) => c.document.id)).toEqual([
      'etsi-en-303-645',
      'iso-iec-27402',
      'jc-star-star1-criteria',
      'jp-iot-security-guidelines-v1',
      'nist-ir-8259a',
      'nist-ir-8259b',
      'nist-ir-8425',
      'sg-cls-iot-levels',
      'uk-psti-regulations-2023',
    ]);
    expect(crosswalkCatalogues(atlas).map((d) => d.id)).toContain('iso-iec-27402');
  });
});
