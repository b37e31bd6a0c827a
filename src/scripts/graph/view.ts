/**
 * The explorer's picture: one SVG in the stage, drawn with d3 from a view (src/lib/graph/graph-view.ts), with zoom,
 * pan and drag. It takes over the static picture the page was built with (same DOM: a root <g>, the edges, the
 * nodes with data-id, in the same order), so the first view costs no redraw: `adopt` only adds what the static
 * picture lacks (roles, names, tab stops, the captions for deeper zoom levels), a slice at a time.
 * Attributes are written only when they change, so that a re-render moves only what moved.
 */
import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { drag as d3drag } from 'd3-drag';
import { forceSimulation, forceCollide, forceRadial, type Simulation } from 'd3-force';
import { kindPath, RELATION_FAMILY } from '../../lib/graph/graph-style.ts';
import { captionPlace, r1, type GraphView, type ViewLink, type ViewNode } from '../../lib/graph/graph-view.ts';

const NS = 'http://www.w3.org/2000/svg';
const motionOk = () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
/** Yields to the browser (input, paint) between slices of work: idle time where there is some, else a task. */
export const slice = () => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 200 }) : setTimeout(resolve, 0)));
/** Nodes (or edges × 4) handled per slice while adopting the static picture. */
const SLICE = 120;

function set(el: Element, name: string, value: string | null) {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export interface CanvasHooks {
  /** Accessible name of a node's button. */
  nodeName(v: ViewNode): string;
  /** Click on a node (or Enter / Space from the keyboard). */
  activate(v: ViewNode, fromKeyboard: boolean): void;
  /** Double click on the node in the centre. */
  open(v: ViewNode): void;
  key(ev: KeyboardEvent, v: ViewNode): void;
}

export class GraphCanvas {
  readonly svgEl: SVGSVGElement;
  private svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly gRoot: SVGGElement;
  private gEdges: SVGGElement;
  readonly gNodes: SVGGElement;
  private nodeSel?: Selection<SVGGElement, ViewNode, SVGGElement, unknown>;
  private edgeSel?: Selection<SVGLineElement, ViewLink, SVGGElement, unknown>;
  private zoomB: ZoomBehavior<SVGSVGElement, unknown>;
  private sim: Simulation<ViewNode, undefined> | null = null;
  view: GraphView = { nodes: [], links: [], focus: null };
  readonly elById = new Map<string, SVGGElement>();

  constructor(stage: HTMLElement, private hooks: CanvasHooks) {
    // the static picture: svg > g (root) > g (edges) + g (nodes); anything else is replaced by an empty picture
    let svgEl = stage.querySelector<SVGSVGElement>(':scope > svg.graph-svg');
    if (!svgEl || svgEl.querySelectorAll(':scope > g > g').length !== 2) {
      svgEl = document.createElementNS(NS, 'svg');
      svgEl.setAttribute('class', 'graph-svg');
      const root = svgEl.appendChild(document.createElementNS(NS, 'g'));
      root.append(document.createElementNS(NS, 'g'), document.createElementNS(NS, 'g'));
      stage.replaceChildren(svgEl);
    }
    this.svgEl = svgEl;
    this.gRoot = svgEl.querySelector<SVGGElement>(':scope > g')!;
    [this.gEdges, this.gNodes] = [...this.gRoot.querySelectorAll<SVGGElement>(':scope > g')];
    set(svgEl, 'role', 'group');
    set(svgEl, 'aria-describedby', 'graph-help');
    set(svgEl, 'data-zoom', '1');
    set(this.gEdges, 'aria-hidden', 'true');
    this.svg = select(svgEl);
    this.zoomB = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 10])
      .on('zoom', (ev: { transform: { k: number; toString(): string } }) => {
        this.gRoot.setAttribute('transform', ev.transform.toString());
        const k = ev.transform.k;
        set(this.svgEl, 'data-zoom', k >= 2.4 ? '3' : k >= 1.5 ? '2' : '1');
      });
    this.svg.call(this.zoomB).on('dblclick.zoom', null);
    // one drag behaviour on the nodes' group (not one per node): its subject is the node under the pointer
    select(this.gNodes).call(this.dragBehaviour());
    this.gNodes.addEventListener('keydown', (ev) => {
      const v = this.nodeOf(ev.target);
      if (v) this.hooks.key(ev, v);
    });
    this.gNodes.addEventListener('click', (ev) => {
      const v = this.nodeOf(ev.target);
      if (v) this.hooks.activate(v, false);
    });
    this.gNodes.addEventListener('dblclick', (ev) => {
      const v = this.nodeOf(ev.target);
      if (v && v.distance === 0) this.hooks.open(v);
    });
  }

  stop() {
    this.sim?.stop();
  }

  nodeOf(target: EventTarget | null): ViewNode | undefined {
    const g = (target as Element | null)?.closest?.('g.node');
    return g ? (select(g).datum() as ViewNode | undefined) : undefined;
  }

  /**
   * Shows a view. `sliced`: the work that touches the nodes runs a slice at a time (first view after load; the
   * static picture is on the screen meanwhile). Returns when everything is drawn.
   */
  async show(view: GraphView, opts: { label: string; viewBox: string | undefined; resetZoom: boolean; sliced?: boolean }) {
    this.sim?.stop();
    this.sim = null;
    this.view = view;
    this.edgeSel = select(this.gEdges).selectAll<SVGLineElement, ViewLink>('line').data(view.links).join('line');
    const keyOf = function (this: Element | ViewNode[], d: ViewNode | undefined) {
      return d ? d.id : ((this as Element).getAttribute?.('data-id') ?? '');
    };
    this.nodeSel = select(this.gNodes)
      .selectAll<SVGGElement, ViewNode>('g.node')
      .data(view.nodes, keyOf as (d: ViewNode) => string)
      .join((enter) => enter.append('g').attr('class', 'node'));
    this.nodeSel.order();
    this.elById.clear();
    this.nodeSel.each((d, i, els) => this.elById.set(d.id, els[i]));
    set(this.svgEl, 'aria-label', opts.label);
    if (opts.viewBox) set(this.svgEl, 'viewBox', opts.viewBox);
    if (opts.resetZoom && zoomTransform(this.svgEl) !== zoomIdentity) this.svg.call(this.zoomB.transform, zoomIdentity);
    const edges = this.edgeSel.nodes();
    const nodes = this.nodeSel.nodes();
    const current = view.focus && this.elById.has(view.focus) ? view.focus : view.nodes[0]?.id;
    const step = opts.sliced ? SLICE : Infinity;
    for (let i = 0; i < Math.max(nodes.length, edges.length / 4); i += step) {
      if (opts.sliced && i) await slice();
      if (this.view !== view) return; // a newer view has been asked for
      for (const el of edges.slice(i * 4, (i + step) * 4)) this.paintEdge(el, select(el).datum() as ViewLink);
      const part = nodes.slice(i, i + step);
      for (const el of part) this.paintNode(el, select(el).datum() as ViewNode, current);
    }
    if (view.focus) this.startSim(view);
  }

  private paintEdge(el: SVGLineElement, d: ViewLink) {
    set(el, 'class', `edge f-${RELATION_FAMILY[d.edge.type] ?? 'structural'}`);
    set(el, 'x1', String(r1(d.source.x)));
    set(el, 'y1', String(r1(d.source.y)));
    set(el, 'x2', String(r1(d.target.x)));
    set(el, 'y2', String(r1(d.target.y)));
  }

  private paintNode(g: SVGGElement, d: ViewNode, current: string | undefined) {
    set(g, 'class', d.distance === 0 ? 'node is-focus' : 'node');
    set(g, 'data-id', d.id);
    set(g, 'role', 'button');
    set(g, 'tabindex', d.id === current ? '0' : '-1');
    set(g, 'aria-label', this.hooks.nodeName(d));
    set(g, 'aria-current', d.distance === 0 ? 'true' : null);
    set(g, 'transform', `translate(${r1(d.x)},${r1(d.y)})`);
    const path = g.querySelector('path') ?? g.appendChild(document.createElementNS(NS, 'path'));
    set(path, 'class', `shape k-${d.node.kind}`);
    set(path, 'd', kindPath(d.node.kind, d.r));
    const text = g.querySelector('text') ?? g.appendChild(document.createElementNS(NS, 'text'));
    set(text, 'class', `label lvl-${d.level}`);
    if (text.textContent !== d.caption) text.textContent = d.caption;
    this.placeCaption(text, d);
  }

  private placeCaption(text: SVGTextElement, d: ViewNode) {
    const c = captionPlace(d);
    set(text, 'x', String(c.x));
    set(text, 'y', String(c.y));
    set(text, 'text-anchor', c.anchor);
    set(text, 'transform', c.transform);
  }

  /** Moves nodes, edges and (in a focus view) the captions to the current positions (after a drag or a tick). */
  positions() {
    this.nodeSel?.each((d, i, els) => set(els[i], 'transform', `translate(${r1(d.x)},${r1(d.y)})`));
    this.edgeSel?.each((d, i, els) => this.paintEdge(els[i], d));
    if (this.view.focus) this.nodeSel?.each((d, i, els) => this.placeCaption(els[i].querySelector('text')!, d));
  }

  /** In a focus view the positions come from the radial layout; the simulation only runs while a node is dragged. */
  private startSim(view: GraphView) {
    const focus = view.nodes.find((v) => v.id === view.focus);
    if (focus) [focus.fx, focus.fy] = [0, 0];
    this.sim = forceSimulation<ViewNode>(view.nodes)
      .force('collide', forceCollide<ViewNode>((d) => d.r + 4))
      .force('ring', forceRadial<ViewNode>((d) => d.ring, 0, 0).strength(0.6))
      .alpha(0)
      .stop();
    this.sim.on('tick', () => this.positions());
  }

  zoomBy(k: number) {
    this.svg.call(this.zoomB.scaleBy, k);
  }
  resetZoom() {
    this.svg.call(this.zoomB.transform, zoomIdentity);
  }

  /** Makes `v` the one tab stop among the nodes, focuses it and pans it into view when near the edge. */
  moveTo(v: ViewNode) {
    for (const el of this.elById.values()) set(el, 'tabindex', '-1');
    const el = this.elById.get(v.id);
    if (!el) return;
    el.setAttribute('tabindex', '0');
    el.focus({ preventScroll: true });
    const [sx, sy] = zoomTransform(this.svgEl).apply([v.x ?? 0, v.y ?? 0]);
    const vb = this.svgEl.viewBox.baseVal;
    const m = Math.min(vb.width, vb.height) * 0.08;
    if (sx < vb.x + m || sx > vb.x + vb.width - m || sy < vb.y + m || sy > vb.y + vb.height - m) this.svg.call(this.zoomB.translateTo, v.x ?? 0, v.y ?? 0);
  }

  private dragBehaviour() {
    return d3drag<SVGGElement, unknown, ViewNode>()
      .subject((ev: { sourceEvent: Event }) => this.nodeOf(ev.sourceEvent.target) ?? null!)
      .on('start', (ev: { subject: ViewNode }) => {
        const d = ev.subject;
        this.svgEl.classList.add('is-dragging');
        if (this.sim && motionOk()) this.sim.alphaTarget(0.15).restart();
        d.fx = d.x;
        d.fy = d.y;
      })
      .on('drag', (ev: { x: number; y: number; subject: ViewNode }) => {
        const d = ev.subject;
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
}
