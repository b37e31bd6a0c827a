/**
 * Named getters over a validated Atlas. Pages ask these; they never re-derive relations themselves.
 */
import type { Atlas, Entity, EntityKind, EntityOf, Relation, RelationType } from '../atlas/model.ts';
import { relationReading } from './model.ts';
import type { Lang } from './model.ts';
import { STAGES, type StatusEntry } from '../content/schema.ts';

export type { Atlas, Entity, EntityKind, Relation, RelationType };

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

/** The numbered parts of a multi-part document, by part number. */
export function partsOf(atlas: Atlas, documentId: string): EntityOf<'documents'>[] {
  return incoming(atlas, documentId, 'part-of')
    .map((r) => getOf(atlas, 'documents', r.from))
    .filter((d): d is EntityOf<'documents'> => !!d)
    .sort((a, b) => (a.data.part ?? 0) - (b.data.part ?? 0));
}

/** Bodies directly below a body (WGs of SC 27, SCs of JTC 1). */
export function childBodies(atlas: Atlas, bodyId: string): EntityOf<'bodies'>[] {
  return incoming(atlas, bodyId, 'part-of')
    .map((r) => getOf(atlas, 'bodies', r.from))
    .filter((b): b is EntityOf<'bodies'> => !!b);
}

/** Documents a committee develops (top-level projects only: parts are listed under their document). */
export function documentsOfCommittee(atlas: Atlas, bodyId: string): EntityOf<'documents'>[] {
  return incoming(atlas, bodyId, 'developed-by')
    .map((r) => getOf(atlas, 'documents', r.from))
    .filter((d): d is EntityOf<'documents'> => !!d && !d.data.partOf);
}

/** Controls that address a risk source (through `addresses` mappings). */
export function controlsAddressing(atlas: Atlas, riskSourceId: string): EntityOf<'controls'>[] {
  return incoming(atlas, riskSourceId, 'addresses')
    .map((r) => getOf(atlas, 'controls', r.from))
    .filter((c): c is EntityOf<'controls'> => !!c);
}

/** Risk sources a control addresses. */
export function riskSourcesOf(atlas: Atlas, controlId: string): EntityOf<'risk-sources'>[] {
  return outgoing(atlas, controlId, 'addresses')
    .map((r) => getOf(atlas, 'risk-sources', r.to))
    .filter((c): c is EntityOf<'risk-sources'> => !!c);
}

/** Items (controls, requirements, risk sources) defined in a document. */
export function itemsOfDocument(atlas: Atlas, documentId: string): Entity[] {
  return incoming(atlas, documentId, 'defined-in')
    .map((r) => atlas.entities.get(r.from))
    .filter((e): e is Entity => !!e);
}

/** The latest status entry of a document (entries are oldest first, so the last one; ties keep content order). */
export function currentStatus(doc: EntityOf<'documents'>): StatusEntry {
  return doc.data.status[doc.data.status.length - 1];
}

/** Published (or later) means the document exists as a finished deliverable. */
export function isPublished(status: StatusEntry): boolean {
  return STAGES.indexOf(status.stage) >= STAGES.indexOf('published') && status.stage !== 'draft';
}

/** The short label people use for an entity: a designation, a clause, an abbreviation. */
export function shortLabel(e: Entity): string {
  switch (e.kind) {
    case 'documents':
      return e.data.designation;
    case 'bodies':
    case 'schemes':
      return e.data.abbrev;
    case 'controls':
    case 'requirements':
      return e.data.clause;
    case 'risk-sources':
      return e.data.clause ?? e.data.label ?? '';
    default:
      return '';
  }
}

/** The entity's title in a language. */
export function titleOf(e: Entity, lang: Lang): string {
  switch (e.kind) {
    case 'bodies':
    case 'schemes':
      return e.data.name[lang];
    case 'terms':
      return e.data.term[lang];
    default:
      return e.data.title[lang];
  }
}

/**
 * The short label and the title to print together, neither repeating the other: when one holds the other (a
 * designation "JC-STAR ★1 適合基準・評価手法" and a title "★1 適合基準・評価手法"), only the longer is kept.
 */
export function labelAndTitle(e: Entity, lang: Lang): { short: string; title: string } {
  const short = shortLabel(e);
  const title = titleOf(e, lang);
  if (!short || short === title || title.startsWith(`${short} `)) return { short: '', title };
  if (title.length > 3 && short.endsWith(` ${title}`)) return { short, title: '' };
  return { short, title };
}

/** Label and title together, as a link text: `ISO/IEC 27400:2022 — IoT security and privacy — Guidelines`. */
export function displayName(e: Entity, lang: Lang): string {
  const { short, title } = labelAndTitle(e, lang);
  return [short, title].filter(Boolean).join(' ');
}

/** Sort documents by their designation's number, then part. */
export function compareDocuments(a: EntityOf<'documents'>, b: EntityOf<'documents'>): number {
  return a.data.designation.localeCompare(b.data.designation, 'en', { numeric: true });
}
