/**
 * <graph-explorer>: the interactive knowledge graph (issue 6). Framework-free; d3 modules imported one by one.
 *
 * Settings in data-* attributes, set at build time: `data-src` (URL of /graph.json, base path included),
 * `data-base` (the site's base path), `data-lang`, `data-strings` (UI strings as JSON). The markup inside is the
 * no-JavaScript page: a static picture, a legend, a table of all nodes, and a hidden form of controls that this
 * element reveals and wires up.
 *
 * State (focus, depth, kinds, relation types) lives in the URL and is kept there with history.replaceState.
 * URL values are untrusted: each is checked against the known ids / kinds / types and ignored otherwise, and no
 * value ever reaches innerHTML (text goes through textContent, attributes through setAttribute).
 */
import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { drag as d3drag } from 'd3-drag';
import { forceSimulation, forceCollide, forceRadial, type Simulation, type SimulationNodeDatum } from 'd3-force';
import { decodeGraph, neighbourhood, filterGraph, indexGraph, nodePath, compareNodes, radialLayout, neighbourCount, type Graph, type GraphNode, type GraphEdge, type GraphFilter } from '../lib/graph/graph-query.ts';
import { kindPath, RELATION_FAMILY, fitText, captionLevel, nodeCaption } from '../lib/graph/graph-style.ts';
import { joinBase } from '../lib/site/urls.ts';
import type { EntityKind, RelationType } from '../lib/atlas/model.ts';
import { displayName } from '../lib/atlas/names.ts';
import type { Lang } from '../i18n/index.ts';
import { format } from '../i18n/format.ts';

interface Strings {
  kinds: Record<string, string>;
  rels: Record<string, { out: string; in: string }>;
  t: Record<string, string>;
}
interface State {
  focus: string | null;
  depth: 1 | 2 | 3;
  kinds: Set<string>;
  rels: Set<string>;
}
interface VNode extends SimulationNodeDatum {
  id: string;
  node: GraphNode;
  /** Links from the focus; null in the whole-graph view. */
  distance: number | null;
  via?: { edge: GraphEdge; from: string };
  r: number;
  level: 1 | 2 | 3;
  caption: string;
  /** Ring radius in the focus view (kept by a radial force). */
  ring: number;
  /** Caption drawn along the radius (crowded rings) rather than level. */
  rotate: boolean;
}
interface VLink {
  edge: GraphEdge;
  source: VNode;
  target: VNode;
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const motionOk = () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
/** Yields to the browser (input, paint) between slices of work: idle time where there is some, else a task. */
const slice = () => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 200 }) : setTimeout(resolve, 0)));
const EXPORT_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'opacity', 'font-family', 'font-size', 'font-weight', 'display'];

export class GraphExplorer extends HTMLElement {
  private graph!: Graph;
  private uiLang: Lang = 'en';
  private base = '/';
  private s: Strings = { kinds: {}, rels: {}, t: {} };
  private state: State = { focus: null, depth: 1, kinds: new Set(), rels: new Set() };
  private knownKinds: string[] = [];
  private knownRels: string[] = [];
  private form!: HTMLFormElement;
  private statusEl!: HTMLElement;
  private openLine!: HTMLElement;
  private openLink!: HTMLAnchorElement;
  private rows!: HTMLElement;
  /** The table twin (a <details>, closed by default): its rows are drawn only while it is open. */
  private tableBox: HTMLDetailsElement | null = null;
  private tableStale = true;
  private countEl!: HTMLElement | null;
  private svgEl!: SVGSVGElement;
  private svg!: Selection<SVGSVGElement, unknown, null, undefined>;
  private gRoot!: Selection<SVGGElement, unknown, null, undefined>;
  private gEdges!: Selection<SVGGElement, unknown, null, undefined>;
  private gNodes!: Selection<SVGGElement, unknown, null, undefined>;
  private nodeSel?: Selection<SVGGElement, VNode, SVGGElement, unknown>;
  private edgeSel?: Selection<SVGLineElement, VLink, SVGGElement, unknown>;
  private zoomB!: ZoomBehavior<SVGSVGElement, unknown>;
  private sim: Simulation<VNode, undefined> | null = null;
  private view: { nodes: VNode[]; links: VLink[] } = { nodes: [], links: [] };
  private elById = new Map<string, SVGGElement>();
  private optionIds = new Map<string, string>();
  private searchIndex: { id: string; label: string; en: string; ja: string; kind: string }[] = [];

  async connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'loading';
    this.uiLang = this.dataset.lang === 'ja' ? 'ja' : 'en';
    this.base = this.dataset.base ?? '/';
    try {
      this.s = { ...this.s, ...(JSON.parse(this.dataset.strings ?? '{}') as Partial<Strings>) };
    } catch {
      /* keep the empty strings */
    }
    const status = this.querySelector<HTMLElement>('[data-status]');
    const form = this.querySelector<HTMLFormElement>('form[data-toolbar]');
    const stage = this.querySelector<HTMLElement>('[data-stage]');
    const rows = this.querySelector<HTMLElement>('[data-rows]');
    const openLink = this.querySelector<HTMLAnchorElement>('a[data-graph-open]');
    if (!status || !form || !stage || !rows || !openLink) return;
    this.statusEl = status;
    this.form = form;
    this.rows = rows;
    this.openLink = openLink;
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
    indexGraph(this.graph);
    this.knownKinds = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')].map((i) => i.value);
    this.knownRels = [...form.querySelectorAll<HTMLInputElement>('input[name="rel"]')].map((i) => i.value);
    for (const n of this.graph.nodes) this.optionIds.set(this.name(n), n.id);
    // the search suggestions (every node's name, with its name in the other language) are made on first use
    form.querySelector<HTMLInputElement>('input[name="q"]')?.addEventListener('focus', () => this.fillSuggestions(), { once: true });
    this.searchIndex = this.graph.nodes.map((n) => ({ id: n.id, label: norm(n.label), en: norm(n.title.en), ja: norm(n.title.ja), kind: n.kind }));
    await slice();
    this.setUpSvg(stage);
    this.setUpForm();
    this.state = this.parseState(location.search);
    this.syncForm();
    this.render({ resetZoom: true, announce: true });
    this.dataset.ready = 'true';
  }

  disconnectedCallback() {
    this.sim?.stop();
  }

  // -------------------------------------------------------------------------------------------------------------
  // state ⇄ URL

  /** Reads the state from a query string, ignoring every value that is not a known id, kind, type or depth. */
  private parseState(search: string): State {
    const p = new URLSearchParams(search);
    const focus = p.get('focus');
    const depth = p.get('depth');
    const list = (name: string, known: string[]) => {
      const raw = p.get(name);
      if (raw === null) return new Set(known);
      if (raw === '') return new Set<string>();
      const ok = raw.split(',').filter((v) => known.includes(v));
      return new Set(ok.length ? ok : known);
    };
    return {
      focus: focus !== null && indexGraph(this.graph).byId.has(focus) ? focus : null,
      depth: depth === '2' ? 2 : depth === '3' ? 3 : 1,
      kinds: list('kinds', this.knownKinds),
      rels: list('rels', this.knownRels),
    };
  }

  private queryString(): string {
    const st = this.state;
    const parts: string[] = [];
    if (st.focus) parts.push(`focus=${encodeURIComponent(st.focus)}`, `depth=${st.depth}`);
    const list = (name: string, set: Set<string>, known: string[]) => {
      if (known.every((k) => set.has(k))) return;
      parts.push(`${name}=${known.filter((k) => set.has(k)).map(encodeURIComponent).join(',')}`);
    };
    list('kinds', st.kinds, this.knownKinds);
    list('rels', st.rels, this.knownRels);
    return parts.length ? `?${parts.join('&')}` : '';
  }

  private writeUrl() {
    const q = this.queryString();
    if (q !== location.search) history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
  }

  private syncForm() {
    const depth = this.form.querySelector<HTMLSelectElement>('select[name="depth"]');
    if (depth) depth.value = String(this.state.depth);
    for (const i of this.form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) i.checked = this.state.kinds.has(i.value);
    for (const i of this.form.querySelectorAll<HTMLInputElement>('input[name="rel"]')) i.checked = this.state.rels.has(i.value);
  }

  private get filter(): GraphFilter {
    return { kinds: this.state.kinds as Set<EntityKind>, relationTypes: this.state.rels as Set<RelationType> };
  }

  // -------------------------------------------------------------------------------------------------------------
  // set-up

  private setUpSvg(stage: HTMLElement) {
    stage.replaceChildren();
    this.svg = select(stage)
      .append('svg')
      .attr('xmlns', 'http://www.w3.org/2000/svg')
      .attr('class', 'graph-svg')
      .attr('role', 'group')
      .attr('aria-describedby', 'graph-help')
      .attr('data-zoom', '1')
      .attr('preserveAspectRatio', 'xMidYMid meet') as Selection<SVGSVGElement, unknown, null, undefined>;
    this.svgEl = this.svg.node()!;
    this.gRoot = this.svg.append('g');
    this.gEdges = this.gRoot.append('g').attr('aria-hidden', 'true');
    this.gNodes = this.gRoot.append('g');
    this.zoomB = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 10])
      .on('zoom', (ev: { transform: { k: number; toString(): string } }) => {
        this.gRoot.attr('transform', ev.transform.toString());
        const k = ev.transform.k;
        this.svgEl.dataset.zoom = k >= 2.4 ? '3' : k >= 1.5 ? '2' : '1';
      });
    this.svg.call(this.zoomB).on('dblclick.zoom', null);
    const nodesEl = this.gNodes.node()!;
    nodesEl.addEventListener('keydown', (ev) => this.onKey(ev));
    nodesEl.addEventListener('click', (ev) => {
      const v = this.vnodeOf(ev.target);
      if (v) this.activate(v, false);
    });
    nodesEl.addEventListener('dblclick', (ev) => {
      const v = this.vnodeOf(ev.target);
      if (v && v.id === this.state.focus) location.assign(this.href(v.node));
    });
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
        this.state.depth = el.value === '2' ? 2 : el.value === '3' ? 3 : 1;
      } else if (el.name === 'kind' || el.name === 'rel') {
        const set = new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)].filter((i) => i.checked).map((i) => i.value));
        if (el.name === 'kind') this.state.kinds = set;
        else this.state.rels = set;
      } else return;
      this.render({ resetZoom: this.state.focus !== null, announce: true });
    });
    form.addEventListener('click', (ev) => {
      const button = (ev.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      switch (button.dataset.action) {
        case 'all':
          this.setFocus(null, false);
          break;
        case 'zoom-in':
          this.svg.call(this.zoomB.scaleBy, 1.5);
          break;
        case 'zoom-out':
          this.svg.call(this.zoomB.scaleBy, 1 / 1.5);
          break;
        case 'reset':
          this.render({ resetZoom: true, announce: false });
          break;
        case 'svg':
          this.download(new Blob([this.svgString().svg], { type: 'image/svg+xml' }), `${this.fileName()}.svg`);
          break;
        case 'png':
          this.exportPng();
          break;
      }
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // view

  private name(n: GraphNode): string {
    return displayName(n, this.uiLang);
  }

  private fillSuggestions() {
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

  private href(n: GraphNode): string {
    return joinBase(this.base, nodePath(this.graph, n, this.uiLang));
  }

  private relationText(v: VNode): string {
    if (v.distance === null) return format(this.s.t.degree, { n: neighbourCount(this.graph, v.id, this.filter) });
    if (!v.via) return this.s.t.isFocus ?? '';
    const dir = v.via.edge.source === v.id ? 'out' : 'in';
    const from = indexGraph(this.graph).byId.get(v.via.from)!;
    return `${this.s.rels[v.via.edge.type]?.[dir] ?? v.via.edge.type}: ${this.name(from)}`;
  }

  /** Builds the current view (nodes, links, positions) from the state. */
  private buildView() {
    this.sim?.stop();
    this.sim = null;
    const st = this.state;
    const nb = st.focus ? neighbourhood(this.graph, st.focus, st.depth, this.filter) : undefined;
    let nodes: VNode[];
    let edges: GraphEdge[];
    if (nb) {
      const pos = radialLayout(nb, { ring: 130, gap: 30 });
      const many = nb.nodes.length > 90;
      const perRing = new Map<number, number>();
      for (const n of nb.nodes) perRing.set(n.distance, (perRing.get(n.distance) ?? 0) + 1);
      nodes = nb.nodes.map((n) => {
        const p = pos.get(n.node.id)!;
        const level = n.distance <= 1 || !many ? 1 : captionLevel(n.node.kind, 6) === 1 ? 2 : 3;
        const caption = n.distance === 0 ? fitText(n.node.label || n.node.title[this.uiLang], 30) : fitText(this.name(n.node), n.distance === 1 ? 34 : 24);
        return { id: n.node.id, node: n.node, distance: n.distance, via: n.via, r: n.distance === 0 ? 13 : 8, level, caption, x: p.x, y: p.y, ring: Math.hypot(p.x, p.y), rotate: perRing.get(n.distance)! > 14 };
      });
      nodes.sort((a, b) => a.distance! - b.distance! || compareNodes(a.node, b.node));
      edges = nb.edges;
    } else {
      const g = filterGraph(this.graph, this.filter);
      nodes = [...g.nodes].sort(compareNodes).map((n) => ({
        id: n.id,
        node: n,
        distance: null,
        r: 5,
        level: captionLevel(n.kind, neighbourCount(this.graph, n.id)),
        caption: nodeCaption(n.label, n.title[this.uiLang], 22),
        x: n.x,
        y: n.y,
        ring: 0,
        rotate: false,
      }));
      edges = g.edges;
    }
    const byId = new Map(nodes.map((v) => [v.id, v]));
    const links = edges.map((e) => ({ edge: e, source: byId.get(e.source)!, target: byId.get(e.target)! })).filter((l) => l.source && l.target);
    if (nb) {
      const focus = byId.get(nb.focus)!;
      focus.fx = 0;
      focus.fy = 0;
      // Positions come from the radial layout; the simulation only runs while a node is dragged (and only when
      // motion is welcome), keeping every node on its ring and out of the others' way.
      this.sim = forceSimulation<VNode>(nodes)
        .force('collide', forceCollide<VNode>((d) => d.r + 4))
        .force('ring', forceRadial<VNode>((d) => d.ring, 0, 0).strength(0.6))
        .alpha(0)
        .stop();
      this.sim.on('tick', () => this.positions());
    }
    this.view = { nodes, links };
  }

  private render(opts: { resetZoom: boolean; announce: boolean }) {
    this.buildView();
    this.draw();
    this.fitViewBox();
    if (opts.resetZoom) this.svg.call(this.zoomB.transform, zoomIdentity);
    this.renderTable();
    this.renderOpenLink();
    this.writeUrl();
    if (opts.announce) this.announceView();
  }

  private draw() {
    const { nodes, links } = this.view;
    this.edgeSel = this.gEdges
      .selectAll<SVGLineElement, VLink>('line')
      .data(links)
      .join('line')
      .attr('class', (d) => `edge f-${RELATION_FAMILY[d.edge.type] ?? 'structural'}`);
    const focusView = this.state.focus !== null;
    const sel = this.gNodes
      .selectAll<SVGGElement, VNode>('g.node')
      .data(nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'node').attr('role', 'button');
        g.append('path');
        g.append('text');
        return g;
      });
    sel
      .attr('tabindex', -1)
      .attr('aria-label', (d) => `${this.name(d.node)} (${this.s.kinds[d.node.kind] ?? d.node.kind})`)
      .attr('aria-current', (d) => (d.distance === 0 ? 'true' : null))
      .classed('is-focus', (d) => d.distance === 0);
    sel.select('path').attr('class', (d) => `shape k-${d.node.kind}`).attr('d', (d) => kindPath(d.node.kind, d.r));
    sel
      .select('text')
      .attr('class', (d) => `label lvl-${d.level}`)
      .text((d) => d.caption);
    if (!focusView) sel.select('text').attr('x', 0).attr('y', (d) => d.r + 11).attr('text-anchor', 'middle').attr('transform', null);
    sel.order();
    sel.call(this.dragBehaviour());
    this.nodeSel = sel;
    this.elById.clear();
    sel.each((d, i, els) => this.elById.set(d.id, els[i]));
    const current = this.state.focus && this.elById.has(this.state.focus) ? this.state.focus : nodes[0]?.id;
    if (current) this.elById.get(current)!.setAttribute('tabindex', '0');
    const focusNode = this.state.focus ? indexGraph(this.graph).byId.get(this.state.focus) : undefined;
    this.svg.attr('aria-label', focusNode ? format(this.s.t.canvas, { name: this.name(focusNode) }) : (this.s.t.canvasAll ?? ''));
    this.positions();
  }

  /** Moves nodes, edges and (in the focus view) the radial captions to the current positions. */
  private positions() {
    const focusView = this.state.focus !== null;
    this.nodeSel?.attr('transform', (d) => `translate(${r1(d.x)},${r1(d.y)})`);
    this.edgeSel
      ?.attr('x1', (d) => r1(d.source.x))
      .attr('y1', (d) => r1(d.source.y))
      .attr('x2', (d) => r1(d.target.x))
      .attr('y2', (d) => r1(d.target.y));
    if (focusView && this.nodeSel) {
      this.nodeSel.select<SVGTextElement>('text').each((d, i, els) => {
        const t = els[i];
        if (d.distance === 0) {
          t.setAttribute('x', '0');
          t.setAttribute('y', String(d.r + 14));
          t.setAttribute('text-anchor', 'middle');
          t.removeAttribute('transform');
          return;
        }
        const angle = (Math.atan2(d.y ?? 0, d.x ?? 0) * 180) / Math.PI;
        if (!d.rotate) {
          // few nodes on the ring: level captions pointing away from the centre
          const cos = Math.cos((angle * Math.PI) / 180);
          const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
          const below = (d.y ?? 0) > 0;
          t.removeAttribute('transform');
          t.setAttribute('x', String(anchor === 'start' ? d.r + 5 : anchor === 'end' ? -(d.r + 5) : 0));
          t.setAttribute('y', String(anchor === 'middle' ? (below ? d.r + 13 : -(d.r + 6)) : 3.5));
          t.setAttribute('text-anchor', anchor);
          return;
        }
        const flip = angle > 90 || angle < -90;
        t.setAttribute('transform', `rotate(${Math.round(flip ? angle + 180 : angle)})`);
        t.setAttribute('x', String(flip ? -(d.r + 4) : d.r + 4));
        t.setAttribute('y', '3.5');
        t.setAttribute('text-anchor', flip ? 'end' : 'start');
      });
    }
  }

  private fitViewBox() {
    const { nodes } = this.view;
    if (!nodes.length) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const src = this.state.focus ? nodes : this.graph.nodes;
    for (const n of src) {
      x0 = Math.min(x0, n.x ?? 0);
      y0 = Math.min(y0, n.y ?? 0);
      x1 = Math.max(x1, n.x ?? 0);
      y1 = Math.max(y1, n.y ?? 0);
    }
    const pad = this.state.focus ? 190 : 40;
    let w = x1 - x0 + 2 * pad;
    let h = y1 - y0 + 2 * pad;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    w = Math.max(w, 640);
    h = Math.max(h, 420);
    this.svgEl.setAttribute('viewBox', [cx - w / 2, cy - h / 2, w, h].map((v) => Math.round(v)).join(' '));
  }

  private renderTable() {
    if (this.countEl) this.countEl.textContent = format(this.s.t.count, { n: this.view.nodes.length, m: this.view.links.length });
    this.tableStale = true;
    if (this.tableBox && !this.tableBox.open) return;
    this.tableStale = false;
    const frag = document.createDocumentFragment();
    const cell = (tag: 'td' | 'th', text: string) => {
      const c = document.createElement(tag);
      c.textContent = text;
      return c;
    };
    for (const v of this.view.nodes) {
      const tr = document.createElement('tr');
      const th = cell('th', '');
      th.setAttribute('scope', 'row');
      const a = document.createElement('a');
      a.setAttribute('href', this.href(v.node));
      a.textContent = this.name(v.node);
      th.append(a);
      tr.append(th, cell('td', this.s.kinds[v.node.kind] ?? v.node.kind), cell('td', this.relationText(v)), cell('td', v.distance === null ? '—' : String(v.distance)));
      frag.append(tr);
    }
    this.rows.replaceChildren(frag);
  }

  private renderOpenLink() {
    const focus = this.state.focus ? indexGraph(this.graph).byId.get(this.state.focus) : undefined;
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
    const focus = this.state.focus ? indexGraph(this.graph).byId.get(this.state.focus) : undefined;
    if (focus) {
      this.say(format(this.s.t['status.focus'], { name: this.name(focus), kind: this.s.kinds[focus.kind] ?? focus.kind, n: this.view.nodes.length - 1, d: this.state.depth }));
    } else {
      this.say(format(this.s.t['status.all'], { n: this.view.nodes.length, m: this.view.links.length }));
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // interaction

  private vnodeOf(target: EventTarget | null): VNode | undefined {
    const g = (target as Element | null)?.closest?.('g.node');
    return g ? (select(g).datum() as VNode) : undefined;
  }

  private setFocus(id: string | null, moveDomFocus: boolean) {
    if (id !== null && !indexGraph(this.graph).byId.has(id)) return;
    this.state.focus = id;
    this.render({ resetZoom: true, announce: true });
    if (moveDomFocus && id) this.elById.get(id)?.focus({ preventScroll: true });
  }

  /** Click or Enter on a node: put it in the centre; Enter on the centre node opens its page. */
  private activate(v: VNode, fromKeyboard: boolean) {
    if (fromKeyboard && v.id === this.state.focus) {
      location.assign(this.href(v.node));
      return;
    }
    this.setFocus(v.id, true);
  }

  private onKey(ev: KeyboardEvent) {
    const v = this.vnodeOf(ev.target);
    if (!v) return;
    const list = this.view.nodes;
    let i = list.indexOf(v);
    switch (ev.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        i = Math.min(list.length - 1, i + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        i = Math.max(0, i - 1);
        break;
      case 'Home':
        i = 0;
        break;
      case 'End':
        i = list.length - 1;
        break;
      case 'Enter':
      case ' ':
        ev.preventDefault();
        this.activate(v, true);
        return;
      default:
        return;
    }
    ev.preventDefault();
    this.moveTo(list[i], i);
  }

  /** Keyboard movement: roving tabindex, keep the node in view, say where we are. */
  private moveTo(v: VNode, i: number) {
    for (const el of this.elById.values()) el.setAttribute('tabindex', '-1');
    const el = this.elById.get(v.id);
    if (!el) return;
    el.setAttribute('tabindex', '0');
    el.focus({ preventScroll: true });
    const t = zoomTransform(this.svgEl);
    const [sx, sy] = t.apply([v.x ?? 0, v.y ?? 0]);
    const vb = this.svgEl.viewBox.baseVal;
    const m = Math.min(vb.width, vb.height) * 0.08;
    if (sx < vb.x + m || sx > vb.x + vb.width - m || sy < vb.y + m || sy > vb.y + vb.height - m) this.svg.call(this.zoomB.translateTo, v.x ?? 0, v.y ?? 0);
    this.say(
      format(this.s.t['status.node'], {
        name: this.name(v.node),
        kind: this.s.kinds[v.node.kind] ?? v.node.kind,
        n: neighbourCount(this.graph, v.id, this.filter),
        i: i + 1,
        total: this.view.nodes.length,
      }),
    );
  }

  private dragBehaviour() {
    return d3drag<SVGGElement, VNode>()
      .on('start', (_ev, d) => {
        this.svgEl.classList.add('is-dragging');
        if (this.sim && motionOk()) this.sim.alphaTarget(0.15).restart();
        d.fx = d.x;
        d.fy = d.y;
      })
      .on('drag', (ev: { x: number; y: number }, d) => {
        d.fx = ev.x;
        d.fy = ev.y;
        if (!this.sim || !motionOk()) {
          d.x = ev.x;
          d.y = ev.y;
          this.positions();
        }
      })
      .on('end', () => {
        this.svgEl.classList.remove('is-dragging');
        if (this.sim && motionOk()) this.sim.alphaTarget(0);
      });
  }

  private search(q: string) {
    const direct = this.optionIds.get(q);
    if (direct) return this.setFocus(direct, false);
    const query = norm(q);
    if (!query) return;
    let best: { id: string; score: number; len: number } | undefined;
    for (const n of this.searchIndex) {
      const score =
        n.id === query || n.label === query ? 0 : n.label.startsWith(query) ? 1 : n.en === query || n.ja === query ? 1 : n.label.includes(query) ? 2 : n.en.includes(query) || n.ja.includes(query) ? 3 : n.id.includes(query) ? 4 : -1;
      if (score < 0) continue;
      const len = (n.label || n.en).length;
      if (!best || score < best.score || (score === best.score && len < best.len)) best = { id: n.id, score, len };
    }
    if (best) this.setFocus(best.id, false);
    else this.say(format(this.s.t.searchNone, { q: q.slice(0, 80) }));
  }

  // -------------------------------------------------------------------------------------------------------------
  // export

  private fileName() {
    return `sc27-atlas-graph-${this.state.focus ?? 'all'}`;
  }

  /**
   * The current view as a standalone SVG document, with the computed styles written onto each element: the whole
   * view (every node and label, not the zoomed window), a title (the picture's name) above and a legend of the
   * kinds shown below.
   */
  private svgString(): { svg: string; width: number; height: number } {
    const NS = 'http://www.w3.org/2000/svg';
    const clone = this.svgEl.cloneNode(true) as SVGSVGElement;
    const from = [this.svgEl, ...this.svgEl.querySelectorAll('*')];
    const to = [clone, ...clone.querySelectorAll('*')];
    from.forEach((el, i) => {
      const cs = getComputedStyle(el);
      for (const p of EXPORT_PROPS) {
        const value = cs.getPropertyValue(p);
        if (value && !(p === 'display' && value !== 'none')) to[i].setAttribute(p, value);
      }
      to[i].removeAttribute('tabindex');
      to[i].removeAttribute('class');
    });
    clone.setAttribute('xmlns', NS);
    const root = clone.querySelector('g');
    root?.removeAttribute('transform');
    // the content's own bounds, labels included (nothing clipped at the edge), plus room for the title and legend
    const b = this.gRoot.node()!.getBBox();
    const pad = 24;
    const fg = getComputedStyle(this).color || '#000';
    const font = getComputedStyle(this).fontFamily;
    const kinds = [...new Set(this.view.nodes.map((v) => v.node.kind))];
    const w = Math.max(b.width + 2 * pad, 480);
    const perRow = Math.max(1, Math.floor((w - 2 * pad) / 170));
    const legendH = Math.ceil(kinds.length / perRow) * 22 + 12;
    const x0 = b.x + b.width / 2 - w / 2;
    const y0 = b.y - pad - 34;
    const h = b.height + 2 * pad + 34 + legendH;
    clone.setAttribute('viewBox', [x0, y0, w, h].map((v) => Math.round(v)).join(' '));
    clone.setAttribute('width', String(Math.round(w)));
    clone.setAttribute('height', String(Math.round(h)));
    const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
      const e = document.createElementNS(NS, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const bg = el('rect', { x: x0, y: y0, width: w, height: h, fill: getComputedStyle(this.querySelector('[data-stage]') ?? this).backgroundColor || '#fff' });
    clone.insertBefore(bg, clone.firstChild);
    clone.append(el('text', { x: x0 + pad, y: y0 + 24, fill: fg, 'font-family': font, 'font-size': 17, 'font-weight': 700 }, this.svgEl.getAttribute('aria-label') ?? ''));
    const legend = el('g', { 'font-family': font, 'font-size': 12, fill: fg });
    kinds.forEach((k, i) => {
      const lx = x0 + pad + (i % perRow) * 170;
      const ly = b.y + b.height + pad + 14 + Math.floor(i / perRow) * 22;
      const sample = this.gNodes.node()!.querySelector(`path.k-${k}`);
      legend.append(el('path', { d: kindPath(k, 6), transform: `translate(${lx + 6},${ly - 4})`, fill: sample ? getComputedStyle(sample).fill : fg }));
      legend.append(el('text', { x: lx + 18, y: ly }, this.s.kinds[k] ?? k));
    });
    clone.append(legend);
    return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`, width: w, height: h };
  }

  private exportPng() {
    const { svg, width, height } = this.svgString();
    const scale = 2;
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const img = new Image();
    img.addEventListener('load', () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => blob && this.download(blob, `${this.fileName()}.png`), 'image/png');
    });
    img.src = url;
  }

  private download(blob: Blob, name: string) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 2000);
  }
}

const r1 = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

if (!customElements.get('graph-explorer')) customElements.define('graph-explorer', GraphExplorer);
