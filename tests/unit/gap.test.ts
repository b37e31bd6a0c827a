import { describe, it, expect } from 'vitest';
import { fromYaml, BASE, SRC } from './helpers.ts';
import { compose, composePath, invert, STRM_RELATIONS, type StrmRelation } from '../../src/lib/crosswalk/compose.ts';
import { gapAnalysis, gapCatalogues, gapPairs, coveredCount } from '../../src/lib/crosswalk/gap.ts';
import { gapCsv, gapJson, IR8477_COLUMNS } from '../../src/lib/crosswalk/gap-export.ts';

describe('composition of set-theory relations', () => {
  it('reads a relation from the other end', () => {
    expect(invert('subset-of')).toBe('superset-of');
    expect(invert('superset-of')).toBe('subset-of');
    for (const r of ['equal', 'intersects-with', 'not-related-to'] as const) expect(invert(r)).toBe(r);
  });

  it('follows the composition table', () => {
    const table: [StrmRelation, StrmRelation, StrmRelation | undefined][] = [
      ['equal', 'equal', 'equal'],
      ['equal', 'subset-of', 'subset-of'],
      ['superset-of', 'equal', 'superset-of'],
      ['subset-of', 'subset-of', 'subset-of'],
      ['superset-of', 'superset-of', 'superset-of'],
      ['subset-of', 'superset-of', 'intersects-with'],
      ['superset-of', 'subset-of', 'intersects-with'],
      ['intersects-with', 'equal', 'intersects-with'],
      ['subset-of', 'intersects-with', 'intersects-with'],
      ['intersects-with', 'superset-of', 'intersects-with'],
      ['intersects-with', 'intersects-with', 'intersects-with'],
      ['not-related-to', 'equal', undefined],
      ['subset-of', 'not-related-to', undefined],
    ];
    for (const [a, b, want] of table) expect(compose(a, b), `${a} ∘ ${b}`).toBe(want);
  });

  it('never claims more than either hop, and reversing a path inverts its result', () => {
    for (const a of STRM_RELATIONS)
      for (const b of STRM_RELATIONS) {
        const ab = compose(a, b);
        const ba = compose(invert(b), invert(a));
        expect(ab === undefined ? undefined : invert(ab), `${a} ∘ ${b}`).toBe(ba);
      }
    expect(composePath([])).toBe('equal');
    expect(composePath(['subset-of', 'equal', 'subset-of'])).toBe('subset-of');
    expect(composePath(['subset-of', 'not-related-to', 'subset-of'])).toBeUndefined();
  });
});

const doc = (id: string, designation: string, abbrev?: string) => `
- id: ${id}
  designation: "${designation}"${abbrev ? `\n  abbrev: "${abbrev}"` : ''}
  type: guideline
  title: { en: ${designation}, ja: ${designation} }
  topic: iot-cps
  asOf: "2026-11-24"
  status: [{ stage: published, date: "2020", source: { seed: 000_f3a528d2094e5c67.txt, slide: "WG 4 Projects 3/11" } }]
  sources: ${SRC}`;
const req = (id: string, document: string, clause: string, parent?: string) =>
  `\n- { id: ${id}, document: ${document}, clause: "${clause}",${parent ? ` parent: ${parent},` : ''} title: { en: Item ${clause}, ja: 項目 ${clause} }, sources: ${SRC} }`;
/** A stated mapping rests on a public page that states the pairing; a derived one on the seed talk. */
const STATED_SRC = `[{ url: "https://example.org/pairing" }]`;
const map = (from: string, relation: string, to: string, basis = 'derived', why = `${from} ${relation} ${to}`) =>
  `\n- { from: ${from}, to: ${to}, relation: ${relation}, reason: semantic, basis: ${basis}, rationale: { en: "${why}", ja: "${why}" }, sources: ${basis === 'stated' ? STATED_SRC : SRC} }`;

/** Three catalogues A, B, C; B's rows: b1 stated, b2 derived, b3 via C, b4 no counterpart, b5 unmapped; b0 a group. */
const FIXTURE = {
  ...BASE,
  'documents/cat.yaml': doc('cat-a', 'Catalogue A long designation', 'A') + doc('cat-b', 'B') + doc('cat-c', 'C'),
  'requirements/r.yaml':
    req('a1', 'cat-a', 'A-1') + req('a2', 'cat-a', 'A-2') + req('b0', 'cat-b', 'B') +
    ['b1', 'b2', 'b3', 'b4', 'b5'].map((b, i) => req(b, 'cat-b', `B-${i + 1}`, 'b0')).join('') + req('c1', 'cat-c', 'C-1'),
  'mappings/gap.yaml':
    map('b1', 'subset-of', 'a1', 'stated', 'Stated, with a comma') + map('a2', 'intersects-with', 'b2') +
    map('b3', 'subset-of', 'c1') + map('a1', 'superset-of', 'c1') + map('b4', 'no-counterpart', 'cat-a', 'derived', 'Nothing in A') +
    map('b5', 'not-related-to', 'a2'),
};

describe('gap analysis', () => {
  const { atlas, errors } = fromYaml(FIXTURE);
  it('builds the fixture without errors', () => expect(errors).toEqual([]));

  it('derives the catalogues from the content, with short names', () => {
    const cs = gapCatalogues(atlas);
    expect(cs.map((c) => c.name)).toEqual(['A', 'B', 'C', 'ISO/IEC 27400:2022']);
    expect(cs.find((c) => c.id === 'cat-b')!.rows.map((r) => r.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(gapPairs(atlas)).toHaveLength(4 * 3);
  });

  it('classifies every item of B by how A covers it', () => {
    const g = gapAnalysis(atlas, 'cat-a', 'cat-b');
    const byId = Object.fromEntries(g.rows.map((r) => [r.item.id, r]));
    expect(byId.b1).toMatchObject({ basis: 'stated', relation: 'subset-of' });
    expect(byId.b2).toMatchObject({ basis: 'derived', relation: 'intersects-with' });
    expect(byId.b3).toMatchObject({ basis: 'via', relation: 'subset-of' });
    expect(byId.b3.covers[0].hops.map((h) => [h.from.id, h.relation, h.to.id])).toEqual([['b3', 'subset-of', 'c1'], ['c1', 'subset-of', 'a1']]);
    expect(byId.b4.basis).toBe('none');
    expect(byId.b4.noCounterpart?.rationale.en).toBe('Nothing in A');
    expect(byId.b5.basis).toBe('unmapped');
    expect(byId.b5.notRelated.map((h) => h.to.id)).toEqual(['a2']);
    expect(g.counts).toEqual({ stated: 1, derived: 1, via: 1, none: 1, unmapped: 1 });
    expect(coveredCount(g)).toBe(3);
  });

  it('reads relations from the row item in the other direction too', () => {
    const g = gapAnalysis(atlas, 'cat-b', 'cat-a');
    const a1 = g.rows.find((r) => r.item.id === 'a1')!;
    expect(a1).toMatchObject({ basis: 'stated', relation: 'superset-of' });
    expect(a1.covers.filter((c) => c.basis === 'via').map((c) => [c.item.id, c.relation])).toEqual([['b3', 'superset-of']]);
    expect(() => gapAnalysis(atlas, 'cat-a', 'nope')).toThrow(/unknown catalogue "nope"/);
  });

  it('exports the NIST IR 8477 layout and JSON with rationale, basis and sources', () => {
    const g = gapAnalysis(atlas, 'cat-a', 'cat-b');
    const lines = gapCsv(g, 'en').trimEnd().split('\r\n');
    expect(lines[0]).toBe(IR8477_COLUMNS.join(','));
    expect(lines[1]).toBe('B,B-1,Item B-1,semantic,subset of,A,A-1,Item A-1,,"Stated, with a comma",stated,,https://example.org/pairing');
    expect(lines.find((l) => l.startsWith('B,B-3,'))).toContain('subset of,A,A-1,Item A-1,,b3 subset-of c1 → a1 superset-of c1,via,C-1 Item C-1,');
    expect(lines.find((l) => l.startsWith('B,B-4,'))).toContain('no counterpart,A,,,,Nothing in A,none,');
    expect(lines).toHaveLength(1 + 5);
    const j = gapJson(g);
    expect(j.counts.via).toBe(1);
    expect(j.rows[0].covers[0].hops[0]).toMatchObject({ basis: 'stated', reason: 'semantic', rationale: { en: 'Stated, with a comma' } });
  });
});
