/**
 * Glossary: the terms of the atlas in a language, and first-mention linking of running text.
 *
 * `linkFirstMentions(text, terms, lang)` is pure: it scans the text once, at each position taking the longest term
 * form that matches there (so "risk source" wins over "risk"), and keeps only the first mention of each term.
 * English matches need word boundaries (and may take a plural "s"/"es"); Japanese matches are plain substrings,
 * except that a form's Latin letters or digits must not run on into more Latin letters or digits ("CD" is not
 * found in "CD2", "IS" not in "ISO").
 */
import type { Atlas } from '../atlas/getters.ts';
import { all } from '../atlas/getters.ts';
import type { Lang } from '../atlas/model.ts';

/** A term as the linker sees it: its ID and the forms that count as a mention. */
export interface GlossaryTerm {
  id: string;
  forms: string[];
}

/** A piece of linked text: plain, or a mention of a term. */
export type Segment = { text: string; termId?: undefined } | { text: string; termId: string };

/**
 * The forms of a term that count as a mention: the term itself and, for "CD (committee draft)" or
 * "サイバーフィジカルシステム（CPS）", each of the two parts.
 */
export function termForms(term: string): string[] {
  const forms = new Set<string>([term.trim()]);
  const m = /^(.+?)\s*[（(]([^()（）]+)[)）]\s*$/.exec(term.trim());
  if (m) {
    forms.add(m[1].trim());
    forms.add(m[2].trim());
  }
  return [...forms].filter((f) => f.length > 0);
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}_]/u.test(c);
const isAsciiAlnum = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);

interface Form {
  termId: string;
  form: string;
  /** Compare in lower case (forms written all in lower case match any case). */
  fold: boolean;
}

/** The end of a match of `f` at `i` in `text` (exclusive), or -1. */
function matchAt(text: string, lower: string, i: number, f: Form, lang: Lang): number {
  const hay = f.fold ? lower : text;
  const needle = f.fold ? f.form.toLowerCase() : f.form;
  if (!hay.startsWith(needle, i)) return -1;
  let end = i + needle.length;
  if (lang === 'en') {
    if (isWordChar(text[i - 1])) return -1;
    if (isWordChar(text[end])) {
      // a plural: "controls", "risk sources", "IoT users"
      const rest = text.slice(end, end + 2);
      if (rest.startsWith('es') && !isWordChar(text[end + 2])) end += 2;
      else if (rest.startsWith('s') && !isWordChar(text[end + 1])) end += 1;
      else return -1;
    }
    return end;
  }
  if (isAsciiAlnum(needle[0]) && isAsciiAlnum(text[i - 1])) return -1;
  if (isAsciiAlnum(needle[needle.length - 1]) && isAsciiAlnum(text[end])) return -1;
  return end;
}

/**
 * Splits `text` into segments, linking the first mention of each term. Terms in `exclude` (e.g. the term whose
 * own page this is) are never linked. Adjacent plain segments are merged; an empty text gives no segments.
 */
export function linkFirstMentions(text: string, terms: GlossaryTerm[], lang: Lang, exclude: Iterable<string> = []): Segment[] {
  const skip = new Set(exclude);
  const forms: Form[] = terms
    .filter((t) => !skip.has(t.id))
    .flatMap((t) => t.forms.map((form) => ({ termId: t.id, form, fold: form === form.toLowerCase() })))
    .filter((f) => f.form.length > 0)
    // longest first, so that at any position the longest form wins
    .sort((a, b) => b.form.length - a.form.length);
  // lower-casing must keep offsets aligned; if some character changes length, match case-sensitively only
  const folded = text.toLowerCase();
  const lower = folded.length === text.length ? folded : text;
  const seen = new Set<string>();
  const out: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    let hit: { f: Form; end: number } | undefined;
    for (const f of forms) {
      const end = matchAt(text, lower, i, f, lang);
      if (end > 0 && (!hit || end > hit.end)) hit = { f, end };
    }
    if (!hit) {
      plain += text[i];
      i += 1;
      continue;
    }
    const mention = text.slice(i, hit.end);
    if (seen.has(hit.f.termId)) {
      // a later mention: stays plain, but is consumed whole so that a shorter term inside it is not linked
      plain += mention;
    } else {
      seen.add(hit.f.termId);
      if (plain) out.push({ text: plain });
      plain = '';
      out.push({ text: mention, termId: hit.f.termId });
    }
    i = hit.end;
  }
  if (plain) out.push({ text: plain });
  return out;
}

const cache = new WeakMap<Atlas, Partial<Record<Lang, GlossaryTerm[]>>>();
/** Every term of the atlas in a language, with its forms. */
export function glossaryTerms(atlas: Atlas, lang: Lang): GlossaryTerm[] {
  const byLang = cache.get(atlas) ?? cache.set(atlas, {}).get(atlas)!;
  return (byLang[lang] ??= all(atlas, 'terms').map((t) => ({ id: t.id, forms: termForms(t.data.term[lang]) })));
}

/** Sort key for the glossary index: English alphabetically, Japanese by the collation of `Intl` for ja. */
export function compareTerms(lang: Lang): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a, b);
}
