/**
 * Named getters over a validated Atlas. Pages ask these; they never re-derive relations themselves.
 */
import type { Atlas, Entity, EntityKind, EntityOf, Relation, RelationType } from '../atlas/model.ts';
import { relationReading } from './model.ts';
import { MAPPING_RELATIONS, STAGES, type StatusEntry } from '../content/schema.ts';

export type { Atlas, Entity, EntityKind, Relation, RelationType };
export { shortLabel, titleOf, labelAndTitle, displayName, type Named } from './names.ts';

/** An index built once per atlas: relations by their two ends. */
interface Index {
  out: Map<string, Relation[]>;
  in: Map<string, Relation[]>;
}
const indexes = new WeakMap<Atlas, Index>();
function index(atlas: Atlas): Index {
  let idx = indexes.get(atlas);
  if (!idx) {
    idx = { out: new Map(), in: new Map() };
    for (const r of atlas.relations) {
      (idx.out.get(r.from) ?? idx.out.set(r.from, []).get(r.from)!).push(r);
      (idx.in.get(r.to) ?? idx.in.set(r.to, []).get(r.to)!).push(r);
    }
    indexes.set(atlas, idx);
  }
  return idx;
}

export function get(atlas: Atlas, id: string): Entity | undefined {
  return atlas.entities.get(id);
}

export function getOf<K extends EntityKind>(atlas: Atlas, kind: K, id: string): EntityOf<K> | undefined {
  const e = atlas.entities.get(id);
  return e?.kind === kind ? (e as EntityOf<K>) : undefined;
}

/** All entities of a kind, in content order. */
export function all<K extends EntityKind>(atlas: Atlas, kind: K): EntityOf<K>[] {
  return [...atlas.entities.values()].filter((e): e is EntityOf<K> => e.kind === kind);
}

/** How many entities of each kind, in the order given, leaving out kinds with none. */
export function countsByKind(atlas: Atlas, kinds: readonly EntityKind[]): { kind: EntityKind; count: number }[] {
  const counts = new Map<EntityKind, number>();
  for (const e of atlas.entities.values()) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return kinds.flatMap((kind) => (counts.get(kind) ? [{ kind, count: counts.get(kind)! }] : []));
}

export function outgoing(atlas: Atlas, id: string, type?: RelationType): Relation[] {
  const rs = index(atlas).out.get(id) ?? [];
  return type ? rs.filter((r) => r.type === type) : rs;
}

export function incoming(atlas: Atlas, id: string, type?: RelationType): Relation[] {
  const rs = index(atlas).in.get(id) ?? [];
  return type ? rs.filter((r) => r.type === type) : rs;
}

/** One group of an entity's relations: a type, a direction, and the entities at the other end. */
export interface RelationGroup {
  type: RelationType;
  direction: 'out' | 'in';
  items: { entity: Entity; relation: Relation }[];
}

/**
 * Everything related to an entity, grouped once per reading of the relation from this entity (both ways; a
 * symmetric type such as `intersects-with` is one group whichever end stated it, see relationReading), and within a
 * group each other entity once.
 */
export function relatedGrouped(atlas: Atlas, id: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (r: Relation, dir: 'out' | 'in') => {
    const otherId = dir === 'out' ? r.to : r.from;
    const entity = atlas.entities.get(otherId);
    if (!entity) return;
    const { type, direction } = relationReading(r.type, dir);
    const key = `${direction}:${type}`;
    const g = groups.get(key) ?? groups.set(key, { type, direction, items: [] }).get(key)!;
    if (!g.items.some((i) => i.entity.id === otherId)) g.items.push({ entity, relation: r });
  };
  outgoing(atlas, id).forEach((r) => add(r, 'out'));
  incoming(atlas, id).forEach((r) => add(r, 'in'));
  return [...groups.values()];
}

/** Which way to follow relations from an entity: `out` (it is the `from`), `in` (it is the `to`), or both. */
export type Direction = 'out' | 'in' | 'both';
export interface RelatedQuery<K extends EntityKind = EntityKind> {
  /** Only relations of this type (or these types). */
  type?: RelationType | readonly RelationType[];
  /** Default `out`. */
  direction?: Direction;
  /** Only entities of this kind (or these kinds) at the other end. */
  kind?: K | readonly K[];
}

/**
 * The one way to walk relations: the entities at the other end of an entity's relations, in content order, each
 * once. Every named getter below is this with a fixed query.
 */
export function related<K extends EntityKind = EntityKind>(atlas: Atlas, id: string, q: RelatedQuery<K> = {}): EntityOf<K>[] {
  const dir = q.direction ?? 'out';
  const types = q.type === undefined ? undefined : typeof q.type === 'string' ? [q.type] : q.type;
  const kinds = q.kind === undefined ? undefined : typeof q.kind === 'string' ? [q.kind] : q.kind;
  const ends: string[] = [];
  if (dir !== 'in') for (const r of outgoing(atlas, id)) if (!types || types.includes(r.type)) ends.push(r.to);
  if (dir !== 'out') for (const r of incoming(atlas, id)) if (!types || types.includes(r.type)) ends.push(r.from);
  const out: EntityOf<K>[] = [];
  const seen = new Set<string>();
  for (const end of ends) {
    const e = atlas.entities.get(end);
    if (!e || seen.has(end) || (kinds && !(kinds as readonly string[]).includes(e.kind))) continue;
    seen.add(end);
    out.push(e as EntityOf<K>);
  }
  return out;
}

/** The entity this one is part of (a document's whole, an item's parent, a body's first parent), or undefined. */
export const parentOf = (atlas: Atlas, id: string): Entity | undefined => related(atlas, id, { type: 'part-of' })[0];

/** The entities directly below this one (parts, sub-items, sub-bodies, model elements). */
export const childrenOf = <K extends EntityKind = EntityKind>(atlas: Atlas, id: string, kind?: K): EntityOf<K>[] =>
  related(atlas, id, { type: 'part-of', direction: 'in', kind });

/** The numbered parts of a multi-part document, by part number. */
export const partsOf = (atlas: Atlas, documentId: string): EntityOf<'documents'>[] =>
  childrenOf(atlas, documentId, 'documents').sort((a, b) => (a.data.part ?? 0) - (b.data.part ?? 0));

/** Bodies directly below a body (WGs of SC 27, SCs of JTC 1). */
export const childBodies = (atlas: Atlas, bodyId: string): EntityOf<'bodies'>[] => childrenOf(atlas, bodyId, 'bodies');

/** Documents a committee develops (top-level projects only: parts are listed under their document). */
export const documentsOfCommittee = (atlas: Atlas, bodyId: string): EntityOf<'documents'>[] =>
  related(atlas, bodyId, { type: 'developed-by', direction: 'in', kind: 'documents' }).filter((d) => !parentOf(atlas, d.id));

/** Controls that address a risk source (through `addresses` mappings). */
export const controlsAddressing = (atlas: Atlas, riskSourceId: string): EntityOf<'controls'>[] =>
  related(atlas, riskSourceId, { type: 'addresses', direction: 'in', kind: 'controls' });

/** Risk sources that at least one control addresses, in content order (the controls list's risk filter). */
export const addressedRiskSources = (atlas: Atlas): EntityOf<'risk-sources'>[] =>
  all(atlas, 'risk-sources').filter((r) => controlsAddressing(atlas, r.id).length > 0);

/** Risk sources a control addresses. */
export const riskSourcesOf = (atlas: Atlas, controlId: string): EntityOf<'risk-sources'>[] =>
  related(atlas, controlId, { type: 'addresses', kind: 'risk-sources' });

/** Items (controls, requirements, risk sources) defined in a document. */
export const itemsOfDocument = (atlas: Atlas, documentId: string): Entity[] => related(atlas, documentId, { type: 'defined-in', direction: 'in' });

/**
 * The body responsible for a document: the committee that develops it, else its whole's committee (a part inherits
 * it), else its publisher, else its whole's publisher. The one rule for "the committee of a document".
 */
export function committeeOf(atlas: Atlas, documentId: string): EntityOf<'bodies'> | undefined {
  const whole = related(atlas, documentId, { type: 'part-of', kind: 'documents' })[0];
  const by = (id: string | undefined, type: RelationType) => (id ? related(atlas, id, { type, kind: 'bodies' })[0] : undefined);
  return by(documentId, 'developed-by') ?? by(whole?.id, 'developed-by') ?? by(documentId, 'published-by') ?? by(whole?.id, 'published-by');
}

/** One node of a tree built by `treeOf`. */
export interface TreeNode<E> {
  item: E;
  children: TreeNode<E>[];
}

/**
 * The items as a tree by `part-of`, in the items' order. Loop-safe: an item whose parent is not among the items is a
 * root, and items caught in a parent cycle are listed as roots rather than lost.
 */
export function treeOf<E extends Entity>(atlas: Atlas, items: readonly E[]): TreeNode<E>[] {
  const ids = new Set(items.map((i) => i.id));
  const parent = new Map(items.map((i) => [i.id, parentOf(atlas, i.id)?.id]));
  const kids = new Map<string, E[]>();
  for (const i of items) {
    const p = parent.get(i.id);
    if (p && ids.has(p)) (kids.get(p) ?? kids.set(p, []).get(p)!).push(i);
  }
  const seen = new Set<string>();
  const node = (item: E): TreeNode<E> => {
    seen.add(item.id);
    return { item, children: (kids.get(item.id) ?? []).filter((c) => !seen.has(c.id)).map(node) };
  };
  const roots = items.filter((i) => !parent.get(i.id) || !ids.has(parent.get(i.id)!)).map(node);
  for (const i of items) if (!seen.has(i.id)) roots.push(node(i));
  return roots;
}

/**
 * True for a cross-framework mapping between catalogue items (equal, subset-of, intersects-with, addresses …);
 * `uses` and `recognises` link schemes and do not count.
 */
export function isMapping(type: RelationType): boolean {
  return (MAPPING_RELATIONS as readonly string[]).includes(type) && type !== 'uses' && type !== 'recognises';
}

/**
 * Entities tied to this one by a cross-framework mapping (either end, see isMapping), each once with the first such
 * relation, in content order; optionally only those of one kind.
 */
export function mappedWith<K extends EntityKind = EntityKind>(atlas: Atlas, id: string, kind?: K): { entity: EntityOf<K>; relation: Relation }[] {
  const out: { entity: EntityOf<K>; relation: Relation }[] = [];
  const ends = [...outgoing(atlas, id).map((r) => [r.to, r] as const), ...incoming(atlas, id).map((r) => [r.from, r] as const)];
  for (const [end, r] of ends) {
    const e = atlas.entities.get(end);
    if (!e || !isMapping(r.type) || (kind && e.kind !== kind) || out.some((o) => o.entity.id === end)) continue;
    out.push({ entity: e as EntityOf<K>, relation: r });
  }
  return out;
}

/** The latest status entry of a document (entries are oldest first, so the last one; ties keep content order). */
export function currentStatus(doc: EntityOf<'documents'>): StatusEntry {
  return doc.data.status[doc.data.status.length - 1];
}

/** Published (or later) means the document exists as a finished deliverable. */
export function isPublished(status: StatusEntry): boolean {
  return STAGES.indexOf(status.stage) >= STAGES.indexOf('published') && status.stage !== 'draft';
}

/** Sort documents by their designation's number, then part. */
export function compareDocuments(a: EntityOf<'documents'>, b: EntityOf<'documents'>): number {
  return a.data.designation.localeCompare(b.data.designation, 'en', { numeric: true });
}
