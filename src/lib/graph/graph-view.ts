/**
 * What the graph explorer draws for a state: the nodes (with caption, size, zoom level of the caption, ring) and
 * links of the whole graph or of a focus's neighbourhood, the viewBox that frames them, and where a caption goes
 * around a ring. Pure (numbers and strings); src/scripts/graph/view.ts puts it on the screen with d3, and the
 * graph page uses the same rules for its static picture so that the explorer can take that picture over as it is.
 */
import type { Lang } from '../atlas/model.ts';
import type { EntityKind, RelationType } from '../atlas/model.ts';
import { displayName } from '../atlas/names.ts';
import { neighbourhood, filterGraph, radialLayout, compareNodes, neighbourCount, type Graph, type GraphNode, type GraphEdge, type GraphFilter } from './graph-query.ts';
import { captionLevel, fitText, nodeCaption } from './graph-style.ts';
import type { GraphState } from './graph-url-state.ts';

export interface ViewNode {
  id: string;
  node: GraphNode;
  /** Links from the focus; null in the whole-graph view. */
  distance: number | null;
  via?: { edge: GraphEdge; from: string };
  r: number;
  level: 1 | 2 | 3;
  caption: string;
  x?: number;
  y?: number;
  fx?: number | null;
  fy?: number | null;
  /** Ring radius in the focus view (kept by a radial force while dragging). */
  ring: number;
  /** Caption drawn along the radius (crowded rings) rather than level. */
  rotate: boolean;
}
export interface ViewLink {
  edge: GraphEdge;
  source: ViewNode;
  target: ViewNode;
}
export interface GraphView {
  nodes: ViewNode[];
  links: ViewLink[];
  /** The focus id when the view is a neighbourhood. */
  focus: string | null;
}

export const filterOf = (state: Pick<GraphState, 'kinds' | 'rels'>): GraphFilter => ({ kinds: state.kinds as Set<EntityKind>, relationTypes: state.rels as Set<RelationType> });

/** The nodes of the whole graph (under a filter) as drawn in the overview: content positions, small shapes. */
export function overviewNodes(graph: Graph, nodes: readonly GraphNode[], lang: Lang): ViewNode[] {
  return [...nodes].sort(compareNodes).map((n) => ({
    id: n.id,
    node: n,
    distance: null,
    r: 5,
    level: captionLevel(n.kind, neighbourCount(graph, n.id)),
    caption: nodeCaption(n.label, n.title[lang], 22),
    x: n.x,
    y: n.y,
    ring: 0,
    rotate: false,
  }));
}

/** The view of a state: the focus's neighbourhood (radial rings) or, without a known focus, the filtered graph. */
export function graphView(graph: Graph, state: GraphState, lang: Lang): GraphView {
  const filter = filterOf(state);
  const nb = state.focus ? neighbourhood(graph, state.focus, state.depth, filter) : undefined;
  let nodes: ViewNode[];
  let edges: GraphEdge[];
  if (nb) {
    const pos = radialLayout(nb, { ring: 130, gap: 30 });
    const many = nb.nodes.length > 90;
    const perRing = new Map<number, number>();
    for (const n of nb.nodes) perRing.set(n.distance, (perRing.get(n.distance) ?? 0) + 1);
    nodes = nb.nodes.map((n) => {
      const p = pos.get(n.node.id)!;
      const level = n.distance <= 1 || !many ? 1 : captionLevel(n.node.kind, 6) === 1 ? 2 : 3;
      const caption = n.distance === 0 ? fitText(n.node.label || n.node.title[lang], 30) : fitText(displayName(n.node, lang), n.distance === 1 ? 34 : 24);
      return { id: n.node.id, node: n.node, distance: n.distance, via: n.via, r: n.distance === 0 ? 13 : 8, level, caption, x: p.x, y: p.y, ring: Math.hypot(p.x, p.y), rotate: perRing.get(n.distance)! > 14 };
    });
    nodes.sort((a, b) => a.distance! - b.distance! || compareNodes(a.node, b.node));
    edges = nb.edges;
  } else {
    const g = filterGraph(graph, filter);
    nodes = overviewNodes(graph, g.nodes, lang);
    edges = g.edges;
  }
  const byId = new Map(nodes.map((v) => [v.id, v]));
  const links = edges.map((e) => ({ edge: e, source: byId.get(e.source)!, target: byId.get(e.target)! })).filter((l) => l.source && l.target);
  return { nodes, links, focus: nb ? nb.focus : null };
}

/**
 * The viewBox around some points ("x y w h", rounded): their bounds plus `pad` on each side, at least `min` wide and
 * high, centred. The overview frames every node of the graph (so that filtering does not jump), a focus view its own.
 */
export function viewBoxAround(points: readonly { x?: number; y?: number }[], pad: number, min: [number, number] = [640, 420]): string | undefined {
  if (!points.length) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of points) {
    x0 = Math.min(x0, n.x ?? 0);
    y0 = Math.min(y0, n.y ?? 0);
    x1 = Math.max(x1, n.x ?? 0);
    y1 = Math.max(y1, n.y ?? 0);
  }
  const w = Math.max(x1 - x0 + 2 * pad, min[0]);
  const h = Math.max(y1 - y0 + 2 * pad, min[1]);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [cx - w / 2, cy - h / 2, w, h].map((v) => Math.round(v)).join(' ');
}
/** Room around the nodes: wide in a focus view (captions point outwards), narrow in the overview. */
export const OVERVIEW_PAD = 40;
export const FOCUS_PAD = 190;

export interface CaptionPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A rotation ("rotate(…)") for captions along the radius, else null. */
  transform: string | null;
}
/**
 * Where a node's caption goes: below the node in the overview and for the focus; in a focus view, pointing away
 * from the centre (level text on sparse rings, along the radius on crowded ones, never upside down).
 */
export function captionPlace(v: Pick<ViewNode, 'distance' | 'r' | 'x' | 'y' | 'rotate'>): CaptionPlace {
  if (v.distance === null) return { x: 0, y: v.r + 12, anchor: 'middle', transform: null };
  if (v.distance === 0) return { x: 0, y: v.r + 14, anchor: 'middle', transform: null };
  const angle = (Math.atan2(v.y ?? 0, v.x ?? 0) * 180) / Math.PI;
  if (!v.rotate) {
    const cos = Math.cos((angle * Math.PI) / 180);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const below = (v.y ?? 0) > 0;
    return { x: anchor === 'start' ? v.r + 5 : anchor === 'end' ? -(v.r + 5) : 0, y: anchor === 'middle' ? (below ? v.r + 13 : -(v.r + 6)) : 3.5, anchor, transform: null };
  }
  const flip = angle > 90 || angle < -90;
  return { x: flip ? -(v.r + 4) : v.r + 4, y: 3.5, anchor: flip ? 'end' : 'start', transform: `rotate(${Math.round(flip ? angle + 180 : angle)})` };
}

/** Rounds a coordinate to 0.1 (what is written into the SVG). */
export const r1 = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;
