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

/** Whether a spelling is Latin (printable ASCII): such spellings match as whole words, ignoring case. */
export const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Latin spelling as a whole word (not inside a longer word or number), ignoring case. */
export const latinWordRe = (s: string, flags = 'i') => new RegExp(`(?<![A-Za-z0-9])${escapeRe(s)}(?![A-Za-z0-9])`, flags);
/** Where a spelling occurs in a query: Latin spellings as whole words, ignoring case; others with or without spaces. */
const spellingRe = (s: string) => (isLatin(s) ? latinWordRe(s, 'gi') : new RegExp([...s.replace(/ /g, '')].map(escapeRe).join(' ?'), 'g'));

/**
 * A query in every spelling of the variant sets it uses (issue 15 §1), so that each spelling of a set finds the
 * same pages: the client searches each and merges the hits. `sets` are one language's sets, spellings normalised.
 * A set counts as used when the query holds one of its spellings (the longest one is replaced by each of the
 * others). The query itself comes first; at most `max` queries (combinations of the sets used, in order).
 */
export function expandQuery(q: string, sets: string[][], max = 6): string[] {
  let out = [q];
  for (const set of sets) {
    const next: string[] = [];
    for (const query of out) {
      const used = set.filter((s) => spellingRe(s).test(query)).sort((a, b) => b.length - a.length)[0];
      next.push(query);
      if (used) for (const alt of set) if (alt !== used) next.push(query.replace(spellingRe(used), alt));
    }
    out = [...new Set(next)];
  }
  return out.slice(0, max);
}
