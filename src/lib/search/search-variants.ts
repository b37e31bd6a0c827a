/**
 * Search vocabularies (issue 15 §1). Sets of equivalent spellings from content/search/*.yaml, and per-entity
 * `aliases`, become extra text in the search index only: a page that uses one spelling of a set is indexed with
 * the others too, so every spelling finds it. Nothing here is shown on a page. Queries are normalised the same
 * way on the client (full-width digits and letters, "ISO/IEC27400").
 */
import { VariantSet } from '../content/schema.ts';
import type { ContentError } from '../content/errors.ts';
import type { RawItem } from '../content/load.ts';
import type { Lang } from '../atlas/model.ts';
import { normalizeText, isLatin, latinWordRe } from './query.ts';

export { normalizeText, normalizeQuery } from './query.ts';

/** Validates raw variant-set items; errors name file, line, set and field. */
export function validateVariants(items: Omit<RawItem, 'kind'>[]): { sets: VariantSet[]; errors: ContentError[] } {
  const sets: VariantSet[] = [];
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const item of items) {
    const id = (item.data as { id?: unknown } | null)?.id;
    const parsed = VariantSet.safeParse(item.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ file: item.file, line: item.lineOf(issue.path) ?? item.line, entity: typeof id === 'string' ? id : undefined, field: issue.path.join('.') || undefined, message: issue.message });
      continue;
    }
    const prev = seen.get(parsed.data.id);
    if (prev) errors.push({ file: item.file, line: item.line, entity: parsed.data.id, field: 'id', message: `duplicate variant set ID: already used at ${prev}` });
    seen.set(parsed.data.id, `${item.file}:${item.line}`);
    sets.push(parsed.data);
  }
  return { sets, errors };
}


/**
 * Does `text` (normalised) use `spelling`? Latin spellings match whole words, case-insensitively; others as
 * substrings, ignoring spaces (Japanese text writes "IoT 機器" and "IoT機器" alike).
 */
export function uses(text: string, spelling: string): boolean {
  const s = normalizeText(spelling);
  if (isLatin(s)) return latinWordRe(s).test(text);
  return text.replace(/ /g, '').includes(s.replace(/ /g, ''));
}

/**
 * The spellings to add to a page's index text: for every set whose `lang` list has a spelling the page uses, the
 * spellings of that list the page does not use. Sorted, without duplicates.
 */
export function variantsFor(text: string, lang: Lang, sets: VariantSet[]): string[] {
  const t = normalizeText(text);
  const out = new Set<string>();
  for (const set of sets) {
    const list = set[lang];
    if (!list.some((s) => uses(t, s))) continue;
    for (const s of list) if (!uses(t, s)) out.add(normalizeText(s));
  }
  return [...out].sort();
}

/**
 * The index-only elements for a page: its aliases (weighted like a heading: they name the entry) and the variant
 * spellings of what it says (weighted below body text, so a page that uses the query's own spelling ranks first).
 */
export function indexOnlyHtml(words: string[], aliases: string[] = []): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const el = (ws: string[], weight: number) => (ws.length ? `<div data-pagefind-weight="${weight}" data-index-only>${ws.map(esc).join(' / ')}</div>` : '');
  return el(aliases, 3) + el(words.filter((w) => !aliases.includes(w)), 0.5);
}
