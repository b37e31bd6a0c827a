/**
 * Labelling schemes side by side (DESIGN §5 "Schemes list, page and side-by-side comparison").
 *
 * - `SCHEME_ATTRIBUTES` and `compareRows()`: the comparison model — one row per attribute, one cell per scheme.
 * - `parseSelection()`: the one rule for an untrusted `?schemes=…` value (in scheme-selection.ts, re-exported here;
 *   the compare page's script imports that module directly so that it carries no atlas code).
 * - `recognitionMap()`: who recognises whom (from `recognises` mappings), at which level, since when, one way or both.
 *
 * Pure: no Astro, no DOM. Cells are plain data (text, site-relative links, notes); pages render them.
 */
import { all, getOf, outgoing, shortLabel, titleOf, type Atlas, type Entity } from '../atlas/getters.ts';
import type { EntityOf } from '../atlas/model.ts';
import { label, t, type Lang, type UiKey } from '../../i18n/index.ts';
import { entityPath } from '../site/urls.ts';
import type { Localized, Mapping, Source } from '../content/schema.ts';

export type SchemeEntity = EntityOf<'schemes'>;
type Level = SchemeEntity['data']['levels'][number];

// ---------------------------------------------------------------------------------------------------------------
// selection: implemented in scheme-selection.ts (no imports, so the compare page's script can use it as is)

export { SELECTION_PARAM, MIN_SELECTION, MAX_SELECTION, parseSelection, selectionQuery } from './scheme-selection.ts';

// ---------------------------------------------------------------------------------------------------------------
// recognition

/** A level named in a recognition, with "and above" when the rationale says so. */
export interface LevelRef {
  name: string;
  andAbove: boolean;
}

/** One `recognises` mapping: `from` accepts products labelled under `to`. */
export interface RecognitionEdge {
  /** The mapping's ID. */
  id: string;
  from: SchemeEntity;
  to: SchemeEntity;
  /** When the arrangement was signed or took effect. */
  date?: string;
  /** Levels of `from` and of `to` that the rationale names (for a one-level scheme, that level). */
  fromLevels: LevelRef[];
  toLevels: LevelRef[];
  /** `mutual` when the other scheme recognises this one too (a mapping exists the other way). */
  direction: 'mutual' | 'one-way';
  rationale: Localized;
  basis: Mapping['basis'];
  sources: Source[];
  /** True when a source of the mapping is only PARTIAL. */
  partial: boolean;
}

/** Two schemes linked by recognition in one or both directions (for the diagram). */
export interface RecognitionPair {
  a: SchemeEntity;
  b: SchemeEntity;
  /** a → b and/or b → a. */
  edges: RecognitionEdge[];
  mutual: boolean;
}

export interface RecognitionMap {
  /** Schemes that recognise or are recognised, in content order. */
  nodes: SchemeEntity[];
  /** Schemes without any recorded recognition. */
  isolated: SchemeEntity[];
  /** Every edge, in content order of the mappings. */
  edges: RecognitionEdge[];
  /** Unordered pairs, in order of their first edge. */
  pairs: RecognitionPair[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The levels of a scheme that a text names, lowest first: "CLS Level 2" → Level 2; "CIC Basic and above" →
 * Basic (and above). A level name counts only as a whole token ("Level 1" is not in "Level 10"). A scheme with a
 * single level is at that level when the text names none.
 */
export function levelsNamed(scheme: SchemeEntity, text: string): LevelRef[] {
  const found: LevelRef[] = [];
  for (const level of scheme.data.levels) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(level.name)}(?![\\w-])(\\s+(?:and|or)\\s+(?:above|higher))?`);
    const m = re.exec(text);
    if (m) found.push({ name: level.name, andAbove: !!m[1] });
  }
  if (!found.length && scheme.data.levels.length === 1) found.push({ name: scheme.data.levels[0].name, andAbove: false });
  return found;
}

/** Who recognises whom, from the `recognises` mappings; level equivalence read from each mapping's rationale. */
export function recognitionMap(atlas: Atlas): RecognitionMap {
  const schemes = all(atlas, 'schemes');
  const rels = atlas.relations.filter((r) => r.type === 'recognises' && r.mapping);
  const has = new Set(rels.map((r) => `${r.from}>${r.to}`));
  const edges: RecognitionEdge[] = [];
  for (const r of rels) {
    const from = getOf(atlas, 'schemes', r.from);
    const to = getOf(atlas, 'schemes', r.to);
    const m = r.mapping!;
    if (!from || !to) continue;
    edges.push({
      id: m.id,
      from,
      to,
      date: m.date,
      fromLevels: levelsNamed(from, m.rationale.en),
      toLevels: levelsNamed(to, m.rationale.en),
      direction: has.has(`${r.to}>${r.from}`) ? 'mutual' : 'one-way',
      rationale: m.rationale,
      basis: m.basis,
      sources: m.sources,
      partial: m.sources.some((s) => s.partial),
    });
  }
  const pairs: RecognitionPair[] = [];
  for (const e of edges) {
    const p = pairs.find((x) => (x.a.id === e.from.id && x.b.id === e.to.id) || (x.a.id === e.to.id && x.b.id === e.from.id));
    if (p) {
      p.edges.push(e);
      p.mutual = p.mutual || e.from.id === p.b.id;
    } else pairs.push({ a: e.from, b: e.to, edges: [e], mutual: false });
  }
  const linked = new Set(edges.flatMap((e) => [e.from.id, e.to.id]));
  return { nodes: schemes.filter((s) => linked.has(s.id)), isolated: schemes.filter((s) => !linked.has(s.id)), edges, pairs };
}

/** The recognitions a scheme takes part in, from its side: `out` = it recognises the other scheme. */
export function recognitionsOf(map: RecognitionMap, schemeId: string): { edge: RecognitionEdge; side: 'out' | 'in'; other: SchemeEntity }[] {
  return map.edges
    .filter((e) => e.from.id === schemeId || e.to.id === schemeId)
    .map((edge) => (edge.from.id === schemeId ? { edge, side: 'out' as const, other: edge.to } : { edge, side: 'in' as const, other: edge.from }));
}

/** A scheme's levels as named in a recognition: `CLS Level 2`, `CIC Basic and above`, `PSTI` (one-level schemes by name only). */
export function formatLevels(scheme: SchemeEntity, levels: LevelRef[], lang: Lang): string {
  if (scheme.data.levels.length === 1 || !levels.length) return scheme.data.abbrev;
  const names = levels.map((l) => (l.andAbove ? t(lang, 'schemes.andAbove', { level: l.name }) : l.name));
  return `${scheme.data.abbrev} ${names.join(' / ')}`;
}

/** "IT-Sicherheitskennzeichen ⇔ CLS Level 2": the levels an edge treats as equivalent, `from` side first. */
export function equivalence(edge: RecognitionEdge, lang: Lang): string {
  return `${formatLevels(edge.from, edge.fromLevels, lang)} ⇔ ${formatLevels(edge.to, edge.toLevels, lang)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// comparison

/** The attributes compared, in row order. */
export const SCHEME_ATTRIBUTES = [
  'operator',
  'country',
  'launched',
  'mandatory',
  'structure',
  'levels',
  'labelForm',
  'scope',
  'validity',
  'baseDocuments',
  'recognitions',
  'active',
  'asOf',
] as const;
export type SchemeAttribute = (typeof SCHEME_ATTRIBUTES)[number];

/** One piece of a cell: text, optionally a link (site-relative path), a muted note, a longer detail, a partial mark. */
export interface CellPart {
  text: string;
  href?: string;
  /** Short secondary text: an assessment, a date. */
  note?: string;
  /** Longer explanation (a rationale), shown folded. */
  detail?: string;
  /** Rests on a PARTIAL source. */
  partial?: boolean;
}
export interface CompareCell {
  schemeId: string;
  /** Empty when the atlas records nothing for this attribute. */
  parts: CellPart[];
  /** Render as a list (several items of the same sort) rather than as running text. */
  list: boolean;
}
export interface CompareRow {
  key: SchemeAttribute;
  label: string;
  cells: CompareCell[];
}

const ATTRIBUTE_KEYS: Record<SchemeAttribute, UiKey> = {
  operator: 'schemes.attr.operator',
  country: 'schemes.attr.country',
  launched: 'schemes.attr.launched',
  mandatory: 'schemes.attr.mandatory',
  structure: 'schemes.attr.structure',
  levels: 'schemes.attr.levels',
  labelForm: 'schemes.attr.labelForm',
  scope: 'schemes.attr.scope',
  validity: 'schemes.attr.validity',
  baseDocuments: 'schemes.attr.baseDocuments',
  recognitions: 'schemes.attr.recognitions',
  active: 'schemes.attr.active',
  asOf: 'schemes.attr.asOf',
};
export const attributeLabel = (a: SchemeAttribute, lang: Lang) => t(lang, ATTRIBUTE_KEYS[a]);

/** A country code in words (`JP` → Japan / 日本), or the code itself when there is no label for it. */
export function countryName(code: string, lang: Lang): string {
  try {
    return label(lang, 'country', code);
  } catch {
    return code;
  }
}

/** The documents (and catalogue items) a scheme builds on, from its `uses` mappings. */
export function baseDocumentsOf(atlas: Atlas, schemeId: string): { entity: Entity; rationale: Localized; partial: boolean }[] {
  return outgoing(atlas, schemeId, 'uses').flatMap((r) => {
    const entity = atlas.entities.get(r.to);
    return entity && r.mapping ? [{ entity, rationale: r.mapping.rationale, partial: r.mapping.sources.some((s) => s.partial) }] : [];
  });
}

const linkPart = (e: Entity, lang: Lang, text?: string): CellPart => ({ text: text ?? (shortLabel(e) || titleOf(e, lang)), href: entityPath(e, lang) });

/** One cell of the comparison. */
export function schemeCell(atlas: Atlas, scheme: SchemeEntity, attr: SchemeAttribute, lang: Lang, map: RecognitionMap = recognitionMap(atlas)): CompareCell {
  const s = scheme.data;
  const one = (text: string | undefined): CellPart[] => (text ? [{ text }] : []);
  let parts: CellPart[] = [];
  let list = false;
  switch (attr) {
    case 'operator': {
      const op = getOf(atlas, 'bodies', s.operator);
      parts = op ? [{ ...linkPart(op, lang, op.data.abbrev), note: op.data.name[lang] }] : [];
      break;
    }
    case 'country':
      parts = [{ text: countryName(s.country, lang) }];
      break;
    case 'launched':
      parts = one(s.launched);
      break;
    case 'mandatory':
      parts = [{ text: t(lang, s.mandatory ? 'schemes.mandatory' : 'schemes.voluntary') }];
      break;
    case 'structure':
      parts = [{ text: label(lang, 'structure', s.structure), note: s.levels.length === 1 ? t(lang, 'schemes.levelOne') : t(lang, 'schemes.levelCount', { n: s.levels.length }) }];
      break;
    case 'levels':
      list = true;
      parts = s.levels.map((l: Level) => ({ text: l.name, note: label(lang, 'assessment', l.assessment), detail: l.summary[lang], partial: l.partial }));
      break;
    case 'labelForm':
      parts = s.labelForm ? [{ text: label(lang, 'labelForm', s.labelForm) }] : [];
      break;
    case 'scope':
      parts = one(s.scope?.[lang]);
      break;
    case 'validity':
      parts = one(s.validity?.[lang]);
      break;
    case 'baseDocuments':
      list = true;
      parts = baseDocumentsOf(atlas, scheme.id).map(({ entity, rationale, partial }) => {
        const link = linkPart(entity, lang);
        const title = titleOf(entity, lang);
        return { ...link, note: title !== link.text ? title : undefined, detail: rationale[lang], partial };
      });
      break;
    case 'recognitions':
      list = true;
      parts = recognitionsOf(map, scheme.id).map(({ edge, side, other }) => ({
        ...linkPart(other, lang, t(lang, side === 'out' ? 'schemes.recognises' : 'schemes.recognisedBy', { scheme: other.data.abbrev })),
        note: [equivalence(edge, lang), edge.date ? t(lang, 'schemes.since', { date: edge.date }) : ''].filter(Boolean).join(' · '),
        detail: edge.rationale[lang],
        partial: edge.partial,
      }));
      break;
    case 'active':
      parts = [{ text: t(lang, s.active ? 'schemes.active' : 'schemes.inactive') }];
      break;
    case 'asOf': {
      const partial = scheme.data.sources.filter((x) => x.partial).length;
      const count = t(lang, 'schemes.sourcesCount', { n: scheme.data.sources.length }) + (partial ? ` (${t(lang, 'schemes.partialCount', { n: partial })})` : '');
      parts = [
        ...(scheme.data.asOf ? [{ text: t(lang, 'entity.asOf', { date: scheme.data.asOf }) }] : []),
        { text: count, href: `${entityPath(scheme, lang)}#sources-h` },
      ];
      break;
    }
  }
  return { schemeId: scheme.id, parts, list };
}

/**
 * The comparison of the given schemes: one row per attribute, one cell per scheme (in the order given).
 * Unknown IDs are skipped.
 */
export function compareRows(atlas: Atlas, ids: string[], lang: Lang): CompareRow[] {
  const schemes = ids.map((id) => getOf(atlas, 'schemes', id)).filter((s): s is SchemeEntity => !!s);
  const map = recognitionMap(atlas);
  return SCHEME_ATTRIBUTES.map((key) => ({ key, label: attributeLabel(key, lang), cells: schemes.map((s) => schemeCell(atlas, s, key, lang, map)) }));
}

/** Every scheme, in content order (the columns of the full table). */
export const allSchemes = (atlas: Atlas): SchemeEntity[] => all(atlas, 'schemes');
