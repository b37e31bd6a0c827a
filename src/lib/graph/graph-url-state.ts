/**
 * The graph explorer's state in the URL (`?focus=iso-iec-27400&depth=2&kinds=documents,controls&rels=defined-in`):
 * the one rule for reading it from an untrusted query string and for writing it back. Pure and dependency-free, so
 * the explorer (src/scripts/graph/element.ts) imports it without weight; the pattern is scheme-selection.ts.
 *
 * Every value is checked against what is known (node ids, the kinds and relation types the page offers) and
 * anything else is ignored: an unknown focus means the whole graph, an unknown depth means 1, unknown kinds or
 * relation types are dropped. Nothing read here is ever written into the document as markup.
 */

export type GraphDepth = 1 | 2 | 3;
export interface GraphState {
  /** The node in the centre, or null for the whole graph. */
  focus: string | null;
  depth: GraphDepth;
  /** Kinds of node shown. */
  kinds: Set<string>;
  /** Relation types shown. */
  rels: Set<string>;
}
/** What the URL may name: node ids (anything with `has`), and the kinds and relation types on offer, in order. */
export interface GraphKnown {
  ids: { has(id: string): boolean };
  kinds: readonly string[];
  rels: readonly string[];
}

/** Longest value looked at, per parameter: a list of every kind or relation type is far shorter. */
const MAX_RAW = 2000;

/** A depth from an untrusted value: '2' or '3', anything else (absent, junk, NaN, huge, negative) is 1. */
export function parseDepth(value: string | null | undefined): GraphDepth {
  return value === '2' ? 2 : value === '3' ? 3 : 1;
}

/**
 * A list parameter: absent is everything known; present but empty (`kinds=`) is nothing; otherwise the known values
 * named (repeated parameters count together), and everything known when none of the named values is known.
 */
function parseList(p: URLSearchParams, name: string, known: readonly string[]): Set<string> {
  const all = p.getAll(name);
  if (!all.length) return new Set(known);
  const raw = all.join(',').slice(0, MAX_RAW);
  if (raw.replace(/,/g, '') === '') return new Set<string>();
  const named = new Set(raw.split(',').map((v) => v.trim()));
  const ok = known.filter((k) => named.has(k));
  return new Set(ok.length ? ok : known);
}

/** Reads the state from a query string (`?focus=…`, with or without the `?`) or URLSearchParams. */
export function parseGraphState(search: string | URLSearchParams | null | undefined, known: GraphKnown): GraphState {
  const p = typeof search === 'string' ? new URLSearchParams(search.slice(0, MAX_RAW * 4)) : (search ?? new URLSearchParams());
  const focus = p.get('focus');
  return {
    focus: focus !== null && focus.length <= 200 && known.ids.has(focus) ? focus : null,
    depth: parseDepth(p.get('depth')),
    kinds: parseList(p, 'kinds', known.kinds),
    rels: parseList(p, 'rels', known.rels),
  };
}

/**
 * The query string of a state ('' for the default view): focus and depth when there is a focus, and a list only
 * when it leaves something out, in the order of `known` so that the same state always gives the same URL.
 */
export function serializeGraphState(state: GraphState, known: Pick<GraphKnown, 'kinds' | 'rels'>): string {
  const parts: string[] = [];
  if (state.focus) parts.push(`focus=${encodeURIComponent(state.focus)}`, `depth=${parseDepth(String(state.depth))}`);
  const list = (name: string, set: Set<string>, all: readonly string[]) => {
    if (all.every((k) => set.has(k))) return;
    parts.push(`${name}=${all.filter((k) => set.has(k)).map(encodeURIComponent).join(',')}`);
  };
  list('kinds', state.kinds, known.kinds);
  list('rels', state.rels, known.rels);
  return parts.length ? `?${parts.join('&')}` : '';
}
