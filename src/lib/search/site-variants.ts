/**
 * The site's search vocabularies: content/search/*.yaml read and validated (throws ContentValidationError with
 * file, line, set and field), and the index-only text of each built page: entity aliases plus variant spellings.
 */
import { readSearchFiles } from '../content/load.ts';
import { ContentValidationError } from '../content/errors.ts';
import type { VariantSet } from '../content/schema.ts';
import type { Atlas } from '../content/validate.ts';
import { LANGS, type Lang } from '../atlas/model.ts';
import { entityPath } from '../site/urls.ts';
import { validateVariants, variantsFor, normalizeText } from './search-variants.ts';

export function loadVariants(dir: string): VariantSet[] {
  const read = readSearchFiles(dir);
  if (read.errors.length) throw new ContentValidationError(read.errors);
  const { sets, errors } = validateVariants(read.items);
  if (errors.length) throw new ContentValidationError(errors);
  return sets;
}

/** Entity page path (`/ja/controls/x/`, without base) → that entity's aliases in the page's language. */
export function aliasesByPath(atlas: Atlas): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of atlas.entities.values()) {
    const aliases = (e.data as { aliases?: Partial<Record<Lang, string[]>> }).aliases;
    if (!aliases) continue;
    for (const lang of LANGS) if (aliases[lang]?.length && !entityPath(e, lang).includes('#')) out.set(entityPath(e, lang), aliases[lang]!);
  }
  return out;
}

/** The words to add to one page's index: its aliases, then the other spellings of what it (and they) say. */
export function indexWords(text: string, lang: Lang, aliases: string[], sets: VariantSet[]): string[] {
  const extra = variantsFor(`${text} ${aliases.join(' ')}`, lang, sets);
  return [...new Set([...aliases, ...extra])];
}

/**
 * One language's variant sets for the browser (pagefind/variants-<lang>.json): the spellings of each set that
 * has at least two in that language, normalised as queries are. The client searches a query in each spelling.
 */
export function clientVariants(sets: VariantSet[], lang: Lang): string[][] {
  return sets.map((s) => [...new Set(s[lang].map(normalizeText))]).filter((list) => list.length > 1);
}
