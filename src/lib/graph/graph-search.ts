/**
 * Finding a node by what a person types into the graph explorer's search box: designation, clause, abbreviation or
 * title, in either language. Pure; the explorer builds the index once and asks `bestMatch` on each search.
 */
import type { GraphNode } from './graph-query.ts';

export interface SearchEntry {
  id: string;
  label: string;
  en: string;
  ja: string;
}

/** Text made comparable: Unicode-normalised (full-width digits become ASCII), lower case, single spaces. */
export const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function searchIndex(nodes: readonly GraphNode[]): SearchEntry[] {
  return nodes.map((n) => ({ id: n.id, label: normalise(n.label), en: normalise(n.title.en), ja: normalise(n.title.ja) }));
}

/** How well an entry matches a normalised query: 0 best, -1 no match. */
function score(n: SearchEntry, q: string): number {
  if (n.id === q || n.label === q) return 0;
  if (n.label.startsWith(q) || n.en === q || n.ja === q) return 1;
  if (n.label.includes(q)) return 2;
  if (n.en.includes(q) || n.ja.includes(q)) return 3;
  if (n.id.includes(q)) return 4;
  return -1;
}

/** The id of the best match for a query (best score, then the shortest name), or undefined. */
export function bestMatch(index: readonly SearchEntry[], query: string): string | undefined {
  const q = normalise(query.slice(0, 500));
  if (!q) return undefined;
  let best: { id: string; score: number; len: number } | undefined;
  for (const n of index) {
    const s = score(n, q);
    if (s < 0) continue;
    const len = (n.label || n.en).length;
    if (!best || s < best.score || (s === best.score && len < best.len)) best = { id: n.id, score: s, len };
  }
  return best?.id;
}
