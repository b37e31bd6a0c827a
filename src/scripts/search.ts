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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string | string[]> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;
/** Loads pagefind.js once. `base` is the site's base path ("/" or "/atlas/"). */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    return pf;
  })();
  return loading;
}

/** Runs a query and returns the first `limit` results' data. */
export async function runSearch(base: string, q: string, filters: Record<string, string> = {}, limit = 12): Promise<PagefindResult[]> {
  const pf = await loadPagefind(base);
  const res = await pf.search(q, { filters });
  return Promise.all(res.results.slice(0, limit).map((r) => r.data()));
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
