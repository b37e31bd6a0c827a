/**
 * Small text rules shared by pages, components and browser scripts (no imports, so client code can use them):
 * a URL's host for a link text, and lists joined the way each language writes them (Intl.ListFormat).
 */

/** The host of a URL for a link text, without `www.`: `https://www.etsi.org/x` → `etsi.org`. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

// `narrow` conjunction: "A, B, C" in English, "A、B、C" in Japanese — a plain enumeration without "and".
const formats = new Map<string, Intl.ListFormat>();
const listFormat = (lang: string) => formats.get(lang) ?? formats.set(lang, new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' })).get(lang)!;

/** Strings joined as a list in the language: `A, B, C` / `A、B、C`. */
export function listJoin(items: readonly string[], lang: string): string {
  return listFormat(lang).format(items);
}

/** The separator between two list items in the language: `, ` / `、`. */
export function listSeparator(lang: string): string {
  return listJoin(['', ''], lang);
}

/** Any items (e.g. links in a template) interleaved with the language's list separators. */
export function listParts<T>(items: readonly T[], lang: string): (T | string)[] {
  return listFormat(lang)
    .formatToParts(items.map((_, i) => String(i)))
    .map((p) => (p.type === 'element' ? items[Number(p.value)] : p.value));
}
