/**
 * Timeline: every dated status entry of every document, oldest first, grouped by year, with the committee (or
 * publisher) each document belongs to for filtering. Pure data preparation for the timeline page.
 */
import type { Atlas, EntityOf } from '../atlas/model.ts';
import { all, committeeOf, compareDocuments } from '../atlas/getters.ts';
import type { StatusEntry } from '../content/schema.ts';

export interface TimelineEntry {
  /** The document's ID. */
  documentId: string;
  /** The status entry as written in content. */
  status: StatusEntry;
  /** Date as precise as the source gives it: `2022`, `2022-06`, `2022-06-07`. */
  date: string;
  year: number;
  /** The committee/WG that develops it (through its whole document for a part), else its publisher. */
  committee?: string;
  /** Position of the entry in the document's own history (0 = oldest). */
  index: number;
}

export interface TimelineYear {
  year: number;
  entries: TimelineEntry[];
}

type Doc = EntityOf<'documents'>;

/** Every status entry of every document, sorted by date (a bare year before its months), then by designation, then history order. */
export function timelineEntries(atlas: Atlas): TimelineEntry[] {
  const docs = all(atlas, 'documents');
  const byId = new Map(docs.map((d) => [d.id, d]));
  const entries = docs.flatMap((d) =>
    d.data.status.map((status, index) => ({
      documentId: d.id,
      status,
      date: status.date,
      year: Number(status.date.slice(0, 4)),
      committee: committeeOf(atlas, d.id)?.id,
      index,
    })),
  );
  return entries.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      compareDocuments(byId.get(a.documentId)!, byId.get(b.documentId)!) ||
      a.index - b.index,
  );
}

/** Entries grouped by year, years ascending; only years that have entries. */
export function groupByYear(entries: TimelineEntry[]): TimelineYear[] {
  const years = new Map<number, TimelineEntry[]>();
  for (const e of entries) (years.get(e.year) ?? years.set(e.year, []).get(e.year)!).push(e);
  return [...years].sort(([a], [b]) => a - b).map(([year, es]) => ({ year, entries: es }));
}

/** An evenly spaced axis from the first to the last year, with the number of entries in each year (0 for gaps). */
export function yearAxis(groups: TimelineYear[]): { year: number; count: number }[] {
  if (!groups.length) return [];
  const counts = new Map(groups.map((g) => [g.year, g.entries.length]));
  const first = groups[0].year;
  const last = groups[groups.length - 1].year;
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** The `n` newest status entries, newest first (a dated month before its bare year), ties by designation. */
export function latestChanges(atlas: Atlas, n = 5): TimelineEntry[] {
  const byId = new Map(all(atlas, 'documents').map((d) => [d.id, d]));
  return timelineEntries(atlas)
    .slice()
    .sort(
      (a, b) =>
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
        compareDocuments(byId.get(a.documentId)!, byId.get(b.documentId)!) ||
        b.index - a.index,
    )
    .slice(0, n);
}
