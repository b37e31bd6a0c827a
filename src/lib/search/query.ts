/**
 * Search text normalisation shared by the index (build time) and the query (browser): no imports, so the client
 * bundle stays small.
 */

/** Text as the index and the query compare it: NFKC (全角 → half width), one space between words. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * A query as typed or pasted, made to match how the atlas writes things: full-width digits and letters become
 * half width (２７４００ → 27400), "ISO/IEC27400" or "ISO27001" get their space, and a clause number keeps its dots.
 */
export function normalizeQuery(q: string): string {
  return normalizeText(q)
    .replace(/\b(ISO\/IEC|ISO|IEC|EN|TS|TR|IR|JIS [A-Z]|JIS)(?=\d)/gi, '$1 ')
    .replace(/(\d)\s*\.\s*(?=\d)/g, '$1.');
}
