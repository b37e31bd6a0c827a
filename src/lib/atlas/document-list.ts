/**
 * The documents list a committee member works with: rows of families with their parts right under them, the
 * ISO stage ladder for "at DIS or later", and sorting that keeps parts under their family. Pure: the page
 * renders the rows, src/scripts/filter-table.ts filters and sorts them with the same functions.
 *
 * The ladder is the order of the ISO harmonized stage codes: preliminary (00, PWI), proposal (10, NP),
 * preparatory (20, AWI then WD), committee (30, CD), enquiry (40, DIS), approval (50, FDIS), publication (60),
 * review (90: under review, confirmed) and withdrawal (95). `draft` and `final` are the words other publishers
 * (ETSI, NIST, national bodies) use for their own documents: they are not rungs of that ladder, so a stage range
 * leaves them out rather than guessing where they sit; the exact "current stage" filter still finds them.
 */
import type { Atlas, EntityOf } from './model.ts';
import { all, get, committeeOf, compareDocuments, currentStatus, shortLabel } from './getters.ts';
import { STAGES, TOPICS, DOCUMENT_TYPES, type Stage, type StatusEntry } from '../content/schema.ts';

type Doc = EntityOf<'documents'>;

/** The ISO stage ladder, earliest first (STAGES without the non-ISO `draft` and `final`). */
export const STAGE_LADDER = STAGES.filter((s) => s !== 'draft' && s !== 'final');

/** Position of a stage on the ISO ladder, or undefined for `draft` / `final`. */
export function stageRank(stage: Stage): number | undefined {
  const i = (STAGE_LADDER as readonly Stage[]).indexOf(stage);
  return i < 0 ? undefined : i;
}

/** Whether a rank lies within [min, max] (either bound optional); a stage off the ladder is never within a set bound. */
export function inStageRange(rank: number | undefined, min?: number, max?: number): boolean {
  if (min === undefined && max === undefined) return true;
  if (rank === undefined) return false;
  return (min === undefined || rank >= min) && (max === undefined || rank <= max);
}

export interface DocumentRow {
  doc: Doc;
  /** The committee/WG (through the whole document for a part), else the publisher. */
  committee?: string;
  status: StatusEntry;
  /** ID of the family the row belongs to: its own ID for a whole document, the whole document's for a part. */
  family: string;
  isPart: boolean;
  /** Sort keys: position in designation order, stage (ladder rank; draft and final after the ladder), date. */
  sort: { designation: number; stage: number; date: string };
}

/** Every document as a row, in designation order with each family's parts (in part order) right under it. */
export function documentRows(atlas: Atlas): DocumentRow[] {
  const docs = all(atlas, 'documents').sort(compareDocuments);
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const row = (d: Doc, family: string, isPart: boolean): DocumentRow => {
    const status = currentStatus(d);
    return {
      doc: d,
      committee: committeeOf(atlas, d.id)?.id,
      status,
      family,
      isPart,
      sort: { designation: order.get(d.id)!, stage: stageRank(status.stage) ?? STAGE_LADDER.length + STAGES.indexOf(status.stage), date: status.date },
    };
  };
  const isFamilyMember = (d: Doc) => !!d.data.partOf && order.has(d.data.partOf);
  const rows: DocumentRow[] = [];
  for (const d of docs) {
    if (isFamilyMember(d)) continue;
    rows.push(row(d, d.id, false));
    const parts = docs.filter((p) => p.data.partOf === d.id).sort((a, b) => (a.data.part ?? 0) - (b.data.part ?? 0) || compareDocuments(a, b));
    for (const p of parts) rows.push(row(p, d.id, true));
  }
  return rows;
}

export type SortKey = 'designation' | 'stage' | 'date';
export const SORT_KEYS: readonly SortKey[] = ['designation', 'stage', 'date'];

/** What a sort needs of a row (a DocumentRow, or a table row read back from its data attributes). */
export interface Sortable {
  family: string;
  isPart: boolean;
  key: number | string;
  /** Tie-breaker: designation order. */
  tie: number;
}

/**
 * Orders rows by a key, keeping each family together: families by their own row's key (ties by designation),
 * each followed by its parts in their original order. Descending reverses the families only.
 */
export function orderRows<T extends Sortable>(rows: T[], descending = false): T[] {
  const heads = rows.filter((r) => !r.isPart);
  const partsOf = new Map<string, T[]>();
  for (const r of rows) if (r.isPart) (partsOf.get(r.family) ?? partsOf.set(r.family, []).get(r.family)!).push(r);
  const cmp = (a: T, b: T) => {
    const c = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    return (descending ? -c : c) || a.tie - b.tie;
  };
  const out: T[] = [];
  for (const h of heads.slice().sort(cmp)) out.push(h, ...(partsOf.get(h.family) ?? []));
  // parts whose family row is missing keep their place at the end
  const placed = new Set(out);
  for (const r of rows) if (!placed.has(r)) out.push(r);
  return out;
}

/** Reads a sort parameter (`stage`, `-date`); unknown values give the default (designation, ascending). */
export function parseSort(value: string | null): { key: SortKey; descending: boolean } {
  const descending = !!value?.startsWith('-');
  const key = (value ?? '').replace(/^-/, '') as SortKey;
  return SORT_KEYS.includes(key) ? { key, descending } : { key: 'designation', descending: false };
}

/** The sort parameter for the URL, or null for the default. */
export function sortParam(key: SortKey, descending: boolean): string | null {
  return key === 'designation' && !descending ? null : `${descending ? '-' : ''}${key}`;
}

/** A filter's choice: the value it sets and the text it shows. */
export interface Choice {
  value: string;
  label: string;
}

/** The committees among `ids` (undefined ones skipped), each once, as filter choices sorted by short label (WG 2 before WG 10). */
export function committeeChoices(atlas: Atlas, ids: readonly (string | undefined)[]): Choice[] {
  return [...new Set(ids.filter((c): c is string => !!c))]
    .flatMap((id) => {
      const e = get(atlas, id);
      return e ? [{ value: id, label: shortLabel(e) }] : [];
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
}

/** What the documents list's filters offer: the committees, topics and types that its rows have, in a stable order. */
export function documentFilterChoices(atlas: Atlas, rows: readonly DocumentRow[]) {
  const docs = rows.map((r) => r.doc);
  return {
    committees: committeeChoices(atlas, rows.map((r) => r.committee)),
    topics: TOPICS.filter((x) => docs.some((d) => d.data.topic === x)),
    types: DOCUMENT_TYPES.filter((x) => docs.some((d) => d.data.type === x)),
  };
}
