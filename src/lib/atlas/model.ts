/**
 * The domain vocabulary: languages, entity kinds, relation types, and the Atlas / Entity types derived from the
 * content schemas. Every other module takes these from here.
 */
import type { Body, Document, Control, Requirement, RiskSource, Scheme, Model, Term, Mapping, Localized } from '../content/schema.ts';

/** The site's languages; Japanese first. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');
export const isLang = (s: string | undefined): s is Lang => s === 'ja' || s === 'en';

export interface ModelElementData {
  id: string;
  title: Localized;
  summary?: Localized;
  /** What has to be trustworthy in this element (the CPS layers). */
  trust?: Localized;
  /** The model it belongs to. */
  model: string;
  /** Position in the model, from 1. */
  order: number;
  sources: Model['sources'];
}

interface At {
  file: string;
  line: number;
}
export type Entity =
  | ({ kind: 'bodies'; id: string; data: Body } & At)
  | ({ kind: 'documents'; id: string; data: Document } & At)
  | ({ kind: 'controls'; id: string; data: Control } & At)
  | ({ kind: 'requirements'; id: string; data: Requirement } & At)
  | ({ kind: 'risk-sources'; id: string; data: RiskSource } & At)
  | ({ kind: 'schemes'; id: string; data: Scheme } & At)
  | ({ kind: 'models'; id: string; data: Model } & At)
  | ({ kind: 'model-elements'; id: string; data: ModelElementData } & At)
  | ({ kind: 'terms'; id: string; data: Term } & At);
export type EntityKind = Entity['kind'];
export type EntityOf<K extends EntityKind> = Extract<Entity, { kind: K }>;

/** Structural relation types (from fields) and mapping relation types. */
export const RELATION_TYPES = [
  'part-of',
  'developed-by',
  'published-by',
  'operated-by',
  'mirrors',
  'based-on',
  'references',
  'replaces',
  'adopts',
  'defined-in',
  'related',
  'equal',
  'subset-of',
  'superset-of',
  'intersects-with',
  'not-related-to',
  'no-counterpart',
  'addresses',
  'recognises',
  'uses',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * How a relation reads from one of its ends, as one (type, direction) pair: a symmetric type reads the same both
 * ways (A intersects with B = B intersects with A), and `superset-of` read backwards is `subset-of` read forwards.
 * Entity pages group relations by this reading, so each heading appears once.
 */
export function relationReading(type: RelationType, direction: 'out' | 'in'): { type: RelationType; direction: 'out' | 'in' } {
  if (type === 'equal' || type === 'intersects-with' || type === 'not-related-to') return { type, direction: 'out' };
  if (direction === 'in' && type === 'superset-of') return { type: 'subset-of', direction: 'out' };
  if (direction === 'in' && type === 'subset-of') return { type: 'superset-of', direction: 'out' };
  return { type, direction };
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  /** The mapping entry behind a cross-framework relation (rationale, basis, sources). */
  mapping?: Mapping & { id: string };
  file: string;
  line: number;
}

export interface Atlas {
  entities: Map<string, Entity>;
  relations: Relation[];
}
