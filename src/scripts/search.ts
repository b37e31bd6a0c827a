/**
 * Client search over the Pagefind index, shared by the header dialog (<site-search>) and the search page
 * (<search-page>). Pagefind's own script is loaded on first use, from the site's base path.
 * Query text and results are only ever written with textContent / DOM nodes, never innerHTML.
 */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindHit[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

import { normalizeQuery, expandQuery } from '../lib/search/query.ts';

let loading: Promise<Pagefind> | undefined;
/**
 * Loads pagefind.js once. `base` is the site's base path ("/" or "/atlas/"). No worker: the index is small, and
 * the worker script would be a second copy of Pagefind's code on the first query (about 40 kB).
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24, noWorker: true });
    return pf;
  })();
  return loading;
}

/** The answer to one query: the true number of hits, and a way to load the data of any slice of them. */
export interface SearchAnswer {
  total: number;
  /** Loads the data (one fragment each) of hits [from, to); only what is shown is ever fetched. */
  load(from: number, to: number): Promise<PagefindResult[]>;
}

const variants = new Map<string, Promise<string[][]>>();
/**
 * The variant sets of the page's language (written next to the index at build time, src/integrations/pagefind.mjs),
 * loaded once; none if the file cannot be read.
 */
function loadVariants(base: string, lang: string): Promise<string[][]> {
  const url = `${base.replace(/\/?$/, '/')}pagefind/variants-${lang}.json`;
  if (!variants.has(url)) variants.set(url, fetch(url).then((r) => (r.ok ? (r.json() as Promise<string[][]>) : []), () => []));
  return variants.get(url)!;
}

/**
 * Runs a query in each spelling of the variant sets it uses (src/lib/search/query.ts) and merges the hits, each
 * page once with its best score; fragments are fetched only when `load` asks for them.
 */
export async function runSearch(base: string, q: string, filters: Record<string, string> = {}): Promise<SearchAnswer> {
  const lang = document.documentElement.lang === 'ja' ? 'ja' : 'en';
  const [pf, sets] = await Promise.all([loadPagefind(base), loadVariants(base, lang)]);
  const answers = await Promise.all(expandQuery(normalizeQuery(q), sets).map((query) => pf.search(query, { filters })));
  const best = new Map<string, PagefindHit>();
  for (const hit of answers.flatMap((a) => a.results)) if ((best.get(hit.id)?.score ?? -Infinity) < hit.score) best.set(hit.id, hit);
  const hits = [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)); // ties: one order for every spelling
  return { total: hits.length, load: (from, to) => Promise.all(hits.slice(from, to).map((r) => r.data())) };
}

/** Pause after the last keystroke before searching: no index chunks or fragments for half-typed words. */
export const TYPING_PAUSE_MS = 220;

/** Calls `fn` once the input has been quiet for `ms`; a paste or Enter can call `now()` to skip the wait. */
export function debounce(fn: () => void, ms = TYPING_PAUSE_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    later() {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    },
    now() {
      clearTimeout(timer);
      fn();
    },
  };
}

/** An excerpt from Pagefind as DOM nodes: its text, with <mark> kept and every other tag dropped. */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const n of doc.body.firstChild?.childNodes ?? []) {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  }
  return out;
}

/** Groups results by their kind metadata, keeping the order of first appearance. */
export function groupByKind(results: PagefindResult[]): [string, PagefindResult[]][] {
  const groups = new Map<string, PagefindResult[]>();
  for (const r of results) {
    const k = r.meta.kind ?? '';
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  return [...groups];
}

/** Renders grouped results into a list element: each group a heading + links. Returns the links in order. */
export function renderResults(list: HTMLElement, results: PagefindResult[], labels: { none: string; other: string }): HTMLAnchorElement[] {
  list.replaceChildren();
  const links: HTMLAnchorElement[] = [];
  if (!results.length) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = labels.none;
    list.append(p);
    return links;
  }
  for (const [kind, items] of groupByKind(results)) {
    const section = document.createElement('section');
    const h = document.createElement('h3');
    h.textContent = kind || labels.other;
    const ul = document.createElement('ul');
    ul.className = 'search-results';
    for (const r of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      if (r.meta.designation) {
        const d = document.createElement('span');
        d.className = 'mono';
        d.textContent = `${r.meta.designation} `;
        a.append(d);
      }
      a.append(document.createTextNode(r.meta.title ?? r.url));
      const ex = document.createElement('p');
      ex.className = 'excerpt';
      ex.append(...excerptNodes(r.excerpt));
      li.append(a, ex);
      ul.append(li);
      links.push(a);
    }
    section.append(h, ul);
    list.append(section);
  }
  return links;
}

/** Arrow-key movement between result links (and back to the input with ArrowUp from the first). */
export function arrowNavigation(container: HTMLElement, input: HTMLInputElement, links: () => HTMLAnchorElement[]) {
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const ls = links();
    if (!ls.length) return;
    const i = ls.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') ls[Math.min(i + 1, ls.length - 1)].focus();
    else if (i <= 0) input.focus();
    else ls[i - 1].focus();
  });
}
