/**
 * <graph-explorer>: the interactive knowledge graph (issue 6). Framework-free; d3 modules imported one by one.
 *
 * Settings in data-* attributes, set at build time: `data-src` (URL of /graph.json, base path included),
 * `data-base` (the site's base path), `data-lang`, `data-strings` (UI strings as JSON, src/lib/graph/graph-page.ts).
 * The markup inside is the no-JavaScript page: a static picture, a legend, a table of all nodes, and a hidden form of
 * controls that this element reveals and wires up. The parts: view.ts (the picture), keyboard.ts, export.ts.
 *
 * State (focus, depth, kinds, relation types) lives in the URL (src/lib/graph/graph-url-state.ts) and is kept there
 * with history.replaceState. URL values are untrusted: each is checked against the known ids / kinds / types and
 * ignored otherwise, and no value ever reaches innerHTML (text goes through textContent, attributes through
 * setAttribute).
 */
import { decodeGraph, indexGraph, nodePath, compareNodes, neighbourCount, type Graph, type GraphNode } from '../../lib/graph/graph-query.ts';
import { parseGraphState, serializeGraphState, parseDepth, type GraphState, type GraphKnown } from '../../lib/graph/graph-url-state.ts';
import { graphView, viewBoxAround, filterOf, OVERVIEW_PAD, FOCUS_PAD, type ViewNode } from '../../lib/graph/graph-view.ts';
import { searchIndex, bestMatch, type SearchEntry } from '../../lib/graph/graph-search.ts';
import type { ExplorerStrings } from '../../lib/graph/graph-page.ts';
import { joinBase } from '../../lib/site/urls.ts';
import { displayName } from '../../lib/atlas/names.ts';
import type { Lang } from '../../lib/atlas/model.ts';
import { format } from '../../i18n/format.ts';
import { GraphCanvas, slice } from './view.ts';
import { keyMove } from './keyboard.ts';
import { downloadPng, downloadSvg, type ExportInput } from './export.ts';

export class GraphExplorer extends HTMLElement {
  private graph!: Graph;
  private uiLang: Lang = 'en';
  private base = '/';
  private s: ExplorerStrings = { kinds: {}, rels: {}, t: {} };
  private state: GraphState = { focus: null, depth: 1, kinds: new Set(), rels: new Set() };
  private known: GraphKnown = { ids: new Set<string>(), kinds: [], rels: [] };
  private form!: HTMLFormElement;
  private statusEl!: HTMLElement;
  private openLine!: HTMLElement;
  private openLink!: HTMLAnchorElement;
  private rows!: HTMLElement;
  /** The table twin (a <details>, closed by default): its rows are drawn only while it is open. */
  private tableBox: HTMLDetailsElement | null = null;
  private tableStale = true;
  private countEl!: HTMLElement | null;
  private canvas!: GraphCanvas;
  private optionIds = new Map<string, string>();
  private index: SearchEntry[] = [];

  async connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'loading';
    this.uiLang = this.dataset.lang === 'ja' ? 'ja' : 'en';
    this.base = this.dataset.base ?? '/';
    try {
      this.s = { ...this.s, ...(JSON.parse(this.dataset.strings ?? '{}') as Partial<ExplorerStrings>) };
    } catch {
      /* keep the empty strings */
    }
    const status = this.querySelector<HTMLElement>('[data-status]');
    const form = this.querySelector<HTMLFormElement>('form[data-toolbar]');
    const stage = this.querySelector<HTMLElement>('[data-stage]');
    const rows = this.querySelector<HTMLElement>('[data-rows]');
    const openLink = this.querySelector<HTMLAnchorElement>('a[data-graph-open]');
    if (!status || !form || !stage || !rows || !openLink) return;
    [this.statusEl, this.form, this.rows, this.openLink] = [status, form, rows, openLink];
    this.openLine = openLink.closest<HTMLElement>('[data-open-line]') ?? openLink;
    this.countEl = this.querySelector<HTMLElement>('[data-count]');
    this.tableBox = this.querySelector<HTMLDetailsElement>('details[data-table]');
    this.tableBox?.addEventListener('toggle', () => {
      if (this.tableBox?.open && this.tableStale && this.graph) this.renderTable();
    });
    this.say(this.s.t.loading);
    try {
      const res = await fetch(this.dataset.src ?? '', { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const json: unknown = await res.json();
      await slice();
      this.graph = decodeGraph(json);
    } catch {
      this.say(this.s.t.loadError);
      this.dataset.ready = 'error';
      return;
    }
    const values = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((i) => i.value);
    this.known = { ids: indexGraph(this.graph).byId, kinds: values('kind'), rels: values('rel') };
    await slice();
    // the search (every node's name, and its name in the other language as the suggestion's label) is made on first use
    form.querySelector<HTMLInputElement>('input[name="q"]')?.addEventListener('focus', () => this.prepareSearch(), { once: true });
    this.canvas = new GraphCanvas(stage, {
      nodeName: (v) => `${this.name(v.node)} (${this.kindName(v.node)})`,
      activate: (v, fromKeyboard) => this.activate(v, fromKeyboard),
      open: (v) => location.assign(this.href(v.node)),
      key: (ev, v) => this.onKey(ev, v),
    });
    this.setUpForm();
    this.state = parseGraphState(location.search, this.known);
    this.syncForm();
    await slice();
    await this.render({ resetZoom: true, announce: true, sliced: !this.state.focus });
    this.dataset.ready = 'true';
  }

  disconnectedCallback() {
    this.canvas?.stop();
  }

  private syncForm() {
    const depth = this.form.querySelector<HTMLSelectElement>('select[name="depth"]');
    if (depth) depth.value = String(this.state.depth);
    for (const i of this.form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) i.checked = this.state.kinds.has(i.value);
    for (const i of this.form.querySelectorAll<HTMLInputElement>('input[name="rel"]')) i.checked = this.state.rels.has(i.value);
  }

  private setUpForm() {
    const form = this.form;
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const input = form.querySelector<HTMLInputElement>('input[name="q"]');
      if (input) this.search(input.value);
    });
    form.querySelector<HTMLInputElement>('input[name="q"]')?.addEventListener('input', (ev) => {
      const id = this.optionIds.get((ev.target as HTMLInputElement).value);
      if (id) this.setFocus(id, false);
    });
    form.addEventListener('change', (ev) => {
      const el = ev.target as HTMLInputElement | HTMLSelectElement;
      if (el.name === 'depth') {
        this.state.depth = parseDepth(el.value);
      } else if (el.name === 'kind' || el.name === 'rel') {
        const set = new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)].filter((i) => i.checked).map((i) => i.value));
        if (el.name === 'kind') this.state.kinds = set;
        else this.state.rels = set;
      } else return;
      void this.render({ resetZoom: this.state.focus !== null, announce: true });
    });
    form.addEventListener('click', (ev) => {
      const button = (ev.target as Element).closest<HTMLButtonElement>('button[data-action]');
      const exported = (): ExportInput => ({
        svg: this.canvas.svgEl,
        host: this,
        stage: this.querySelector('[data-stage]') ?? this,
        kinds: [...new Set(this.canvas.view.nodes.map((v) => v.node.kind))].map((kind) => ({ kind, name: this.s.kinds[kind] ?? kind })),
      });
      const file = `sc27-atlas-graph-${this.state.focus ?? 'all'}`;
      switch (button?.dataset.action) {
        case 'all':
          return this.setFocus(null, false);
        case 'zoom-in':
          return this.canvas.zoomBy(1.5);
        case 'zoom-out':
          return this.canvas.zoomBy(1 / 1.5);
        case 'reset':
          return void this.render({ resetZoom: true, announce: false });
        case 'svg':
          return downloadSvg(exported(), file);
        case 'png':
          return downloadPng(exported(), file);
      }
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // view

  private name(n: GraphNode): string {
    return displayName(n, this.uiLang);
  }
  private kindName(n: GraphNode): string {
    return this.s.kinds[n.kind] ?? n.kind;
  }
  private href(n: GraphNode): string {
    return joinBase(this.base, nodePath(this.graph, n, this.uiLang));
  }
  private get focusNode(): GraphNode | undefined {
    return this.state.focus ? indexGraph(this.graph).byId.get(this.state.focus) : undefined;
  }

  /** Draws the state (sliced: a few nodes at a time, the first time), then the table, the link, the URL, the status. */
  private async render(opts: { resetZoom: boolean; announce: boolean; sliced?: boolean }) {
    const view = graphView(this.graph, this.state, this.uiLang);
    const focus = this.focusNode;
    const viewBox = focus ? viewBoxAround(view.nodes, FOCUS_PAD) : viewBoxAround(this.graph.nodes, OVERVIEW_PAD);
    const label = focus ? format(this.s.t.canvas, { name: this.name(focus) }) : (this.s.t.canvasAll ?? '');
    const drawn = this.canvas.show(view, { label, viewBox, resetZoom: opts.resetZoom, sliced: opts.sliced });
    this.renderTable();
    this.renderOpenLink();
    const q = serializeGraphState(this.state, this.known);
    if (q !== location.search) history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
    if (opts.announce) this.announceView();
    await drawn;
  }

  private renderTable() {
    const { nodes, links } = this.canvas.view;
    if (this.countEl) this.countEl.textContent = format(this.s.t.count, { n: nodes.length, m: links.length });
    this.tableStale = true;
    if (this.tableBox && !this.tableBox.open) return;
    this.tableStale = false;
    const frag = document.createDocumentFragment();
    const cell = (tag: 'td' | 'th', text: string) => {
      const c = document.createElement(tag);
      c.textContent = text;
      return c;
    };
    for (const v of nodes) {
      const tr = document.createElement('tr');
      const th = cell('th', '');
      th.setAttribute('scope', 'row');
      const a = document.createElement('a');
      a.setAttribute('href', this.href(v.node));
      a.textContent = this.name(v.node);
      th.append(a);
      const short = (text: string) => Object.assign(cell('td', text), { className: 'short' });
      tr.append(th, short(this.kindName(v.node)), cell('td', this.relationText(v)), short(v.distance === null ? '—' : String(v.distance)));
      frag.append(tr);
    }
    this.rows.replaceChildren(frag);
  }

  private relationText(v: ViewNode): string {
    if (v.distance === null) return format(this.s.t.degree, { n: neighbourCount(this.graph, v.id, filterOf(this.state)) });
    if (!v.via) return this.s.t.isFocus ?? '';
    const dir = v.via.edge.source === v.id ? 'out' : 'in';
    const from = indexGraph(this.graph).byId.get(v.via.from)!;
    return `${this.s.rels[v.via.edge.type]?.[dir] ?? v.via.edge.type}: ${this.name(from)}`;
  }

  private renderOpenLink() {
    const focus = this.focusNode;
    this.openLine.hidden = !focus;
    if (focus) {
      this.openLink.setAttribute('href', this.href(focus));
      this.openLink.textContent = format(this.s.t.open, { name: this.name(focus) });
    }
  }

  private say(text: string | undefined) {
    this.statusEl.textContent = text ?? '';
  }

  private announceView() {
    const focus = this.focusNode;
    const { nodes, links } = this.canvas.view;
    if (focus) this.say(format(this.s.t['status.focus'], { name: this.name(focus), kind: this.kindName(focus), n: nodes.length - 1, d: this.state.depth }));
    else this.say(format(this.s.t['status.all'], { n: nodes.length, m: links.length }));
  }

  // -------------------------------------------------------------------------------------------------------------
  // interaction

  private setFocus(id: string | null, moveDomFocus: boolean) {
    if (id !== null && !indexGraph(this.graph).byId.has(id)) return;
    this.state.focus = id;
    void this.render({ resetZoom: true, announce: true });
    if (moveDomFocus && id) this.canvas.elById.get(id)?.focus({ preventScroll: true });
  }

  /** Click or Enter on a node: put it in the centre; Enter on the centre node opens its page. */
  private activate(v: ViewNode, fromKeyboard: boolean) {
    if (fromKeyboard && v.id === this.state.focus) location.assign(this.href(v.node));
    else this.setFocus(v.id, true);
  }

  private onKey(ev: KeyboardEvent, v: ViewNode) {
    const list = this.canvas.view.nodes;
    const move = keyMove(ev.key, list.indexOf(v), list.length);
    if (!move) return;
    ev.preventDefault();
    if ('activate' in move) return this.activate(v, true);
    const to = list[move.to];
    this.canvas.moveTo(to);
    const total = list.length;
    this.say(format(this.s.t['status.node'], { name: this.name(to.node), kind: this.kindName(to.node), n: neighbourCount(this.graph, to.id, filterOf(this.state)), i: move.to + 1, total }));
  }

  /** The search index and the suggestions list (every node's name, with its name in the other language). */
  private prepareSearch() {
    if (this.index.length) return;
    this.index = searchIndex(this.graph.nodes);
    for (const n of this.graph.nodes) this.optionIds.set(this.name(n), n.id);
    const list = this.querySelector<HTMLDataListElement>('#graph-nodes');
    if (!list || list.childElementCount) return;
    const other: Lang = this.uiLang === 'ja' ? 'en' : 'ja';
    const frag = document.createDocumentFragment();
    for (const n of [...this.graph.nodes].sort(compareNodes)) {
      const o = document.createElement('option');
      o.value = this.name(n);
      o.label = displayName(n, other);
      frag.append(o);
    }
    list.append(frag);
  }

  private search(q: string) {
    this.prepareSearch();
    const id = this.optionIds.get(q) ?? bestMatch(this.index, q);
    if (id) this.setFocus(id, false);
    else if (q.trim()) this.say(format(this.s.t.searchNone, { q: q.slice(0, 80) }));
  }
}

if (!customElements.get('graph-explorer')) customElements.define('graph-explorer', GraphExplorer);
