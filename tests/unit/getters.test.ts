import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/site/files.ts';
import { fromYaml, BASE } from './helpers.ts';
import { related, parentOf, childrenOf, committeeOf, treeOf, isMapping, displayName, labelAndTitle, addressedRiskSources, countsByKind, type Atlas, type Entity } from '../../src/lib/atlas/getters.ts';
import type { Relation } from '../../src/lib/atlas/model.ts';

const { atlas } = fromYaml(BASE);
const ids = (es: { id: string }[]) => es.map((e) => e.id);

describe('related: the one way to walk relations', () => {
  it('follows a type out of, into, or both ways round an entity, and narrows by kind', () => {
    expect(ids(related(atlas, 'iso-iec-27033-1', { type: 'part-of' }))).toEqual(['iso-iec-27033']);
    expect(ids(related(atlas, 'iso-iec-27033', { type: 'part-of', direction: 'in' }))).toEqual(['iso-iec-27033-2', 'iso-iec-27033-1']);
    expect(ids(related(atlas, 'sc-27-wg-4', { type: 'developed-by', direction: 'in', kind: 'documents' }))).toEqual(['iso-iec-27400', 'iso-iec-27033']);
    expect(ids(related(atlas, 'sc-27', { type: 'part-of', direction: 'both' }))).toEqual(['jtc-1', 'sc-27-wg-4']);
    expect(related(atlas, 'sc-27', { type: 'part-of', kind: 'documents' })).toEqual([]);
    expect(related(atlas, 'no-such-id')).toEqual([]);
  });

  it('lists each entity once even when several relations lead to it', () => {
    const a: Atlas = { entities: atlas.entities, relations: [...atlas.relations, { type: 'references', from: 'iso-iec-27400', to: 'iso-iec-27033', file: 'x', line: 1 }, { type: 'based-on', from: 'iso-iec-27400', to: 'iso-iec-27033', file: 'x', line: 2 }] };
    expect(ids(related(a, 'iso-iec-27400', { type: ['references', 'based-on'] }))).toEqual(['iso-iec-27033']);
  });

  it('parentOf, childrenOf and committeeOf (a part inherits its whole\'s committee)', () => {
    expect(parentOf(atlas, 'sc-27-wg-4')?.id).toBe('sc-27');
    expect(parentOf(atlas, 'iso')).toBeUndefined();
    expect(ids(childrenOf(atlas, 'sc-27', 'bodies'))).toEqual(['sc-27-wg-4']);
    expect(committeeOf(atlas, 'iso-iec-27033-2')?.id).toBe('sc-27-wg-4');
    expect(committeeOf(atlas, 'iso-iec-27400')?.id).toBe('sc-27-wg-4');
    expect(committeeOf(atlas, 'sc-27')).toBeUndefined();
  });
});

describe('addressedRiskSources', () => {
  it('keeps the risk sources some control addresses, in content order', () => {
    const { atlas, errors } = fromYaml({
      ...BASE,
      'risk-sources/r.yaml': BASE['risk-sources/r.yaml'] + '- { id: rs-b, document: iso-iec-27400, group: common, label: b, title: { en: Weak passwords, ja: 弱いパスワード }, sources: [{ url: "https://example.org/" }] }\n',
    });
    expect(errors).toEqual([]);
    expect(countsByKind(atlas, ['risk-sources'])).toEqual([{ kind: 'risk-sources', count: 2 }]);
    expect(addressedRiskSources(atlas).map((r) => r.id)).toEqual(['rs-a']);
  });
});

describe('treeOf', () => {
  const node = (id: string): Entity => ({ kind: 'requirements', id, data: {} as never, file: 'f', line: 1 });
  const rel = (from: string, to: string): Relation => ({ type: 'part-of', from, to, file: 'f', line: 1 });
  const make = (pairs: [string, string][], names: string[]): { a: Atlas; items: Entity[] } => {
    const items = names.map(node);
    return { a: { entities: new Map(items.map((e) => [e.id, e])), relations: pairs.map(([f, t]) => rel(f, t)) }, items };
  };
  const shape = (ns: ReturnType<typeof treeOf>): unknown => ns.map((n) => (n.children.length ? { [n.item.id]: shape(n.children) } : n.item.id));

  it('nests any depth in item order; a parent outside the items makes a root', () => {
    const { a, items } = make([['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'outside']], ['a', 'b', 'c', 'd', 'e']);
    expect(shape(treeOf(a, items))).toEqual([{ a: [{ b: [{ c: ['d'] }] }] }, 'e']);
  });

  it('is loop-safe: items caught in a parent cycle are listed, once each', () => {
    const { a, items } = make([['x', 'y'], ['y', 'x'], ['z', 'z']], ['x', 'y', 'z']);
    const tree = treeOf(a, items);
    const all: string[] = [];
    const walk = (ns: typeof tree) => ns.forEach((n) => (all.push(n.item.id), walk(n.children)));
    walk(tree);
    expect(all.sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('isMapping and names', () => {
  it('counts item-to-item mappings, not structure and not scheme links', () => {
    expect(isMapping('subset-of')).toBe(true);
    expect(isMapping('addresses')).toBe(true);
    expect(isMapping('uses')).toBe(false);
    expect(isMapping('recognises')).toBe(false);
    expect(isMapping('part-of')).toBe(false);
  });

  it('names entities and graph nodes by one rule', () => {
    expect(displayName({ label: 'WG 4', title: { en: 'Security controls', ja: '管理策' } }, 'ja')).toBe('WG 4 管理策');
    expect(displayName({ label: 'Same', title: { en: 'Same', ja: 'Same' } }, 'en')).toBe('Same');
    expect(labelAndTitle(atlas.entities.get('iso-iec-27033-1')!, 'en')).toEqual({ short: 'ISO/IEC 27033-1:2015', title: 'Overview and concepts' });
  });
});

describe('house rule: reference fields are read only by the content loader and the atlas', () => {
  it('no code outside src/lib/content and src/lib/atlas reads .data.parent, .parents, .partOf, .committee or .publisher', () => {
    const files = filesUnder('src', { keep: (p) => /\.(ts|mts|mjs|js|astro)$/.test(p) }).map((p) => `src/${p}`);
    const allowed = /^src\/lib\/(content|atlas)\//;
    const raw = /\.data\??\.(parent|parents|partOf|committee|publisher)\b|\bdata\s*:\s*\{[^}]*\b(parent|parents|partOf|committee|publisher)\b/;
    const offenders = files
      .filter((f) => !allowed.test(f))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => raw.test(line))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`);
    expect(
      offenders,
      'Reference fields are relations: ask src/lib/atlas/getters.ts (related, parentOf, childrenOf, committeeOf, treeOf) instead of reading them raw',
    ).toEqual([]);
  });
});
