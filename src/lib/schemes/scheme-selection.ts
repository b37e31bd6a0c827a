/**
 * The one rule for reading a scheme selection from an untrusted URL value (`?schemes=jc-star,sg-cls,uk-psti`).
 * Used at build time through src/lib/schemes/schemes.ts and in the browser by src/scripts/scheme-compare.ts, so this module
 * imports nothing: the compare page's script stays tiny.
 */

/** The URL parameter that carries a comparison. */
export const SELECTION_PARAM = 'schemes';
export const MIN_SELECTION = 2;
export const MAX_SELECTION = 6;
/** Longest raw value looked at; anything beyond is ignored (a selection of six IDs is far shorter). */
const MAX_RAW = 1000;

/**
 * Reads a selection from an untrusted value and keeps only what is safe to use: known IDs, de-duplicated,
 * in the order given, at most six. Fewer than two known IDs is no comparison: the result is then `[]`.
 *
 * Accepts the parameter's value (`jc-star,sg-cls`), a whole query string (`?schemes=a,b`, or the form's
 * `?schemes=a&schemes=b`), or URLSearchParams.
 */
export function parseSelection(query: string | URLSearchParams | null | undefined, knownIds: Iterable<string>): string[] {
  if (query == null) return [];
  let raw: string;
  if (typeof query !== 'string') raw = query.getAll(SELECTION_PARAM).join(',');
  else if (query.startsWith('?') || /^[\w.-]+=/.test(query)) raw = new URLSearchParams(query.slice(0, MAX_RAW * 4)).getAll(SELECTION_PARAM).join(',');
  else raw = query;
  const known = new Set(knownIds);
  const out: string[] = [];
  for (const part of raw.slice(0, MAX_RAW).split(',')) {
    const id = part.trim().toLowerCase();
    if (known.has(id) && !out.includes(id)) out.push(id);
    if (out.length === MAX_SELECTION) break;
  }
  return out.length >= MIN_SELECTION ? out : [];
}

/** The shareable query string of a selection (`?schemes=a,b`), or '' when it is not a valid comparison. */
export function selectionQuery(ids: string[], knownIds: Iterable<string>): string {
  const ok = parseSelection(ids.join(','), knownIds);
  return ok.length ? `?${SELECTION_PARAM}=${ok.join(',')}` : '';
}
