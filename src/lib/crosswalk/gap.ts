/**
 * Gap analysis "from A to B" between two catalogues (documents that define controls or requirements), and the
 * catalogue × catalogue coverage matrix. Pure: the same result feeds the gap pages, the matrix and the exports.
 *
 * For every item of B (the rows): what in A covers it — a direct mapping a source states, a direct mapping we derived,
 * a path through ONE item of an intermediate catalogue (relations composed, src/lib/crosswalk/compose.ts), an explicit
 * "no counterpart in A" decision, or nothing yet. How sure: stated > derived > no counterpart > via > not yet mapped.
 */
import { all, get, getOf, outgoing, parentOf, shortLabel, type Atlas, type Entity } from '../atlas/getters.ts';
import type { EntityOf } from '../atlas/model.ts';
import type { Mapping } from '../content/schema.ts';
import type { UiKey } from '../../i18n/index.ts';
import { compose, invert, isStrm, relationRank, type StrmRelation } from './compose.ts';

export interface GapCatalogue {
  id: string;
  document: EntityOf<'documents'>;
  /** Short name: the document's `abbrev`, else its designation. */
  name: string;
  /** The items a gap analysis lists: leaves, plus any grouping item that carries a mapping of its own. */
  rows: Entity[];
}

/** A relation read from one item to another (`relation` is "from relation to"), with the mapping that states it. */
export interface Hop {
  from: Entity;
  to: Entity;
  relation: StrmRelation;
  mapping: Mapping;
}
export interface Cover {
  /** The item of A. */
  item: Entity;
  /** The relation of the B item to `item` (composed along the hops). */
  relation: StrmRelation;
  basis: 'stated' | 'derived' | 'via';
  /** One hop for a direct mapping; two through an intermediate item. */
  hops: Hop[];
}
export const BASES = ['stated', 'derived', 'via', 'none', 'unmapped'] as const;
export type Basis = (typeof BASES)[number];
/** The UI string naming each basis (one table, so that no key is built from a value). */
export const BASIS_KEYS = {
  stated: 'gap.basis.stated',
  derived: 'gap.basis.derived',
  via: 'gap.basis.via',
  none: 'gap.basis.none',
  unmapped: 'gap.basis.unmapped',
} as const satisfies Record<Basis, UiKey>;
export interface GapRow {
  item: Entity;
  basis: Basis;
  /** The strongest relation among the covers of the row's basis. */
  relation?: StrmRelation;
  covers: Cover[];
  /** Items of A stated or derived to be not related (information, not coverage). */
  notRelated: Hop[];
  /** The "no counterpart in A" decision, with its rationale. */
  noCounterpart?: Mapping;
}
export interface Gap {
  from: GapCatalogue;
  to: GapCatalogue;
  rows: GapRow[];
  counts: Record<Basis, number>;
}

type Item = EntityOf<'controls'> | EntityOf<'requirements'>;
const isItem = (e: Entity | undefined): e is Item => e?.kind === 'controls' || e?.kind === 'requirements';
export const documentOf = (e: Entity): string | undefined => (isItem(e) ? e.data.document : undefined);

interface Edge {
  other: Item;
  relation: StrmRelation;
  mapping: Mapping;
}
interface Index {
  edges: Map<string, Edge[]>;
  catalogues: GapCatalogue[];
}
const cache = new WeakMap<Atlas, Index>();

function index(atlas: Atlas): Index {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const edges = new Map<string, Edge[]>();
  const push = (id: string, e: Edge) => (edges.get(id) ?? edges.set(id, []).get(id)!).push(e);
  for (const r of atlas.relations) {
    if (!r.mapping || !isStrm(r.type)) continue;
    const from = get(atlas, r.from);
    const to = get(atlas, r.to);
    if (!isItem(from) || !isItem(to) || from.data.document === to.data.document) continue;
    push(from.id, { other: to, relation: r.type, mapping: r.mapping });
    push(to.id, { other: from, relation: invert(r.type), mapping: r.mapping });
  }
  const items = [...all(atlas, 'controls'), ...all(atlas, 'requirements')] as Item[];
  const byDoc = new Map<string, Item[]>();
  for (const i of items) (byDoc.get(i.data.document) ?? byDoc.set(i.data.document, []).get(i.data.document)!).push(i);
  const parents = new Set(all(atlas, 'requirements').flatMap((r) => parentOf(atlas, r.id)?.id ?? []));
  const hasOwnMapping = (id: string) => edges.has(id) || outgoing(atlas, id, 'no-counterpart').length > 0;
  const catalogues: GapCatalogue[] = [];
  for (const [docId, list] of byDoc) {
    const document = getOf(atlas, 'documents', docId);
    if (!document) continue;
    const rows = list.filter((i) => !parents.has(i.id) || hasOwnMapping(i.id));
    catalogues.push({ id: docId, document, name: catalogueName(document), rows });
  }
  catalogues.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  const idx = { edges, catalogues };
  cache.set(atlas, idx);
  return idx;
}

/** Short catalogue name: `UK PSTI`, `ETSI EN 303 645`, `ISO/IEC 27400:2022`. */
export function catalogueName(doc: EntityOf<'documents'>): string {
  return doc.data.abbrev ?? doc.data.designation;
}

/** Every catalogue (a document that defines controls or requirements), by name. Derived from the content. */
export function gapCatalogues(atlas: Atlas): GapCatalogue[] {
  return index(atlas).catalogues;
}

export function gapCatalogue(atlas: Atlas, id: string): GapCatalogue | undefined {
  return index(atlas).catalogues.find((c) => c.id === id);
}

/** Every ordered pair (A, B) of distinct catalogues. */
export function gapPairs(atlas: Atlas): [GapCatalogue, GapCatalogue][] {
  const cs = gapCatalogues(atlas);
  return cs.flatMap((a) => cs.filter((b) => b !== a).map((b): [GapCatalogue, GapCatalogue] => [a, b]));
}

const BASIS_ORDER: Record<Cover['basis'], number> = { stated: 0, derived: 1, via: 2 };
const byLabel = (a: Entity, b: Entity) => shortLabel(a).localeCompare(shortLabel(b), 'en', { numeric: true });

function rowFor(atlas: Atlas, idx: Index, item: Entity, fromId: string, toId: string): GapRow {
  const edges = idx.edges.get(item.id) ?? [];
  const hop = (e: Edge, from: Entity): Hop => ({ from, to: e.other, relation: e.relation, mapping: e.mapping });
  const covers: Cover[] = [];
  const notRelated: Hop[] = [];
  for (const e of edges) {
    if (e.other.data.document === fromId) {
      if (e.relation === 'not-related-to') notRelated.push(hop(e, item));
      else covers.push({ item: e.other, relation: e.relation, basis: e.mapping.basis, hops: [hop(e, item)] });
    } else if (e.other.data.document !== toId && e.relation !== 'not-related-to') {
      for (const e2 of idx.edges.get(e.other.id) ?? []) {
        if (e2.other.data.document !== fromId) continue;
        const relation = compose(e.relation, e2.relation);
        if (relation) covers.push({ item: e2.other, relation, basis: 'via', hops: [hop(e, item), hop(e2, e.other)] });
      }
    }
  }
  // A path to an item that a direct mapping already reaches adds nothing.
  const direct = new Set(covers.filter((c) => c.basis !== 'via').map((c) => c.item.id));
  for (let i = covers.length - 1; i >= 0; i--) if (covers[i].basis === 'via' && direct.has(covers[i].item.id)) covers.splice(i, 1);
  covers.sort((a, b) => BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] || relationRank(a.relation) - relationRank(b.relation) || byLabel(a.item, b.item));
  const noCounterpart = outgoing(atlas, item.id, 'no-counterpart').find((r) => r.to === fromId)?.mapping;
  const best = covers.find((c) => c.basis !== 'via');
  const basis: Basis = best ? best.basis : noCounterpart ? 'none' : covers.length ? 'via' : 'unmapped';
  const relation = basis === 'none' || basis === 'unmapped' ? undefined : covers.find((c) => c.basis === basis)?.relation;
  return { item, basis, relation, covers, notRelated, noCounterpart };
}

/** The gap analysis from catalogue A (`fromId`) to catalogue B (`toId`): one row per item of B. */
export function gapAnalysis(atlas: Atlas, fromId: string, toId: string): Gap {
  const idx = index(atlas);
  const from = idx.catalogues.find((c) => c.id === fromId);
  const to = idx.catalogues.find((c) => c.id === toId);
  if (!from || !to) throw new Error(`gapAnalysis: unknown catalogue "${!from ? fromId : toId}"`);
  if (from === to) throw new Error(`gapAnalysis: a catalogue is not compared with itself ("${fromId}")`);
  const rows = to.rows.map((item) => rowFor(atlas, idx, item, fromId, toId));
  const counts = Object.fromEntries(BASES.map((b) => [b, 0])) as Record<Basis, number>;
  for (const r of rows) counts[r.basis]++;
  return { from, to, rows, counts };
}

/** Items of B that something in A covers (stated, derived or via an intermediate catalogue). */
export const coveredCount = (g: Gap) => g.counts.stated + g.counts.derived + g.counts.via;

/** The page of a pair: /{lang}/crosswalk/{A}/{B}/. */
export const gapPath = (lang: string, fromId: string, toId: string) => `/${lang}/crosswalk/${fromId}/${toId}/`;
/** Downloads of a pair: `/data/gap/{A}--{B}.json` and `/data/gap/{A}--{B}-{lang}.csv` (NIST IR 8477 layout). */
export const gapFile = (fromId: string, toId: string, ext: 'json' | 'en.csv' | 'ja.csv') =>
  `/data/gap/${fromId}--${toId}${ext === 'json' ? '.json' : `-${ext}`}`;
