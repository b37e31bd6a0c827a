/**
 * Freshness: when the facts an entry takes from outside the talks were last checked.
 *
 * The check date is the entity's existing `asOf` field (one date per entry: the day its sources — including the
 * sources of its status entries — were last read). A talk's facts are fixed at the talk's date and need none.
 * Required, as a full YYYY-MM-DD date, on every document (its status history can move on) and on every other
 * entry with a public URL among its sources, except catalogue items (controls, requirements, risk sources,
 * model elements): they belong to a fixed edition, which their document's check covers.
 */
import type { Source } from './schema.ts';

export const CHECK_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CATALOGUE_ITEMS = new Set(['controls', 'requirements', 'risk-sources', 'model-elements']);

interface Checkable {
  kind: string;
  data: { sources?: Source[]; status?: { source: Source }[]; asOf?: string };
}

/** True when the entry must carry a full `asOf` check date. */
export function needsCheck(e: Checkable): boolean {
  if (e.kind === 'documents') return true;
  if (CATALOGUE_ITEMS.has(e.kind)) return false;
  return [...(e.data.sources ?? []), ...(e.data.status ?? []).map((s) => s.source)].some((s) => s.url);
}

/** Why an entry's check date is missing or malformed, or undefined when it is fine. */
export function checkDateProblem(e: Checkable): string | undefined {
  if (!needsCheck(e)) return undefined;
  const a = e.data.asOf;
  if (!a) return 'missing `asOf`: the date (YYYY-MM-DD) its public sources and statuses were last checked — required on every document and on every entry with a URL source';
  if (!CHECK_DATE.test(a)) return `\`asOf\` must be a full date YYYY-MM-DD (the day the sources were checked), got "${a}"`;
  return undefined;
}

/** Entries whose last check is more than `months` months before `today` (YYYY-MM-DD), oldest first. */
export function staleChecks<E extends Checkable & { id: string }>(entities: Iterable<E>, today: string, months = 12): { id: string; asOf: string }[] {
  const t = new Date(`${today}T00:00:00Z`);
  const limit = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - months, t.getUTCDate())).toISOString().slice(0, 10);
  return [...entities]
    .filter((e) => needsCheck(e) && e.data.asOf && e.data.asOf < limit)
    .map((e) => ({ id: e.id, asOf: e.data.asOf! }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}

/** The oldest check date among the entries that need one (for the About page), with how many share it. */
export function oldestCheck<E extends Checkable>(entities: Iterable<E>): { date: string; count: number } | undefined {
  const dates = [...entities].filter(needsCheck).map((e) => e.data.asOf).filter((d): d is string => !!d && CHECK_DATE.test(d));
  if (!dates.length) return undefined;
  const date = dates.reduce((a, b) => (b < a ? b : a));
  return { date, count: dates.filter((d) => d === date).length };
}
