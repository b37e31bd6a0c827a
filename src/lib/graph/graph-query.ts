/**
 * The knowledge graph as data, and the queries on it that both the build and the browser need: an adjacency index,
 * the neighbourhood of a node (BFS, both directions, with kind / relation filters), the slim JSON encoding, a radial
 * layout for neighbourhoods, and the page of a node.
 *
 * Dependency-free at run time (types only, plus the path table of urls.ts), so the graph explorer can import it
 * without pulling in Zod or d3-force's build-time layout. Every function is O(n + e) or better.
 * `src/lib/graph.ts` builds the graph from the Atlas and re-exports all of this.
 */
import type { EntityKind, RelationType } from '../atlas/model.ts';
import type { Lang } from '../atlas/model.ts';
import { SECTIONS } from '../site/urls.ts';
import { KIND_ORDER } from './graph-style.ts';

export interface GraphNode {
  id: string;
  kind: EntityKind;
  /** Short label: designation, clause, abbreviation; '' when the entity has none (terms, model elements). */
  label: string;
  title: { en: string; ja: string };
  /** Position from the build-time layout. */
  x: number;
  y: number;
}
export interface GraphEdge {
  /** The entity that states the relation. */
  source: string;
  target: string;
  type: RelationType;
}
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** One end of an edge seen from a node: the edge, the node at the other end, and which way the edge points. */
export interface Adjacent {
  edge: GraphEdge;
  other: string;
  dir: 'out' | 'in';
}
export interface GraphIndex {
  byId: Map<string, GraphNode>;
  adj: Map<string, Adjacent[]>;
}

const indexes = new WeakMap<Graph, GraphIndex>();
/** Nodes by id and edges by both ends, built once per graph (O(n + e)). */
export function indexGraph(graph: Graph): GraphIndex {
  let idx = indexes.get(graph);
  if (idx) return idx;
  const byId = new Map<string, GraphNode>();
  const adj = new Map<string, Adjacent[]>();
  for (const n of graph.nodes) {
    byId.set(n.id, n);
    adj.set(n.id, []);
  }
  for (const e of graph.edges) {
    const a = adj.get(e.source);
    const b = adj.get(e.target);
    if (!a || !b) continue; // an edge to a node that is not in the graph is dropped
    a.push({ edge: e, other: e.target, dir: 'out' });
    b.push({ edge: e, other: e.source, dir: 'in' });
  }
  idx = { byId, adj };
  indexes.set(graph, idx);
  return idx;
}

/** Which nodes and edges to keep. An absent set keeps everything; an empty set keeps nothing. */
export interface GraphFilter {
  kinds?: Iterable<EntityKind> | null;
  relationTypes?: Iterable<RelationType> | null;
}
const asSet = <T>(xs: Iterable<T> | null | undefined) => (xs ? new Set(xs) : undefined);

export interface NeighbourhoodNode {
  node: GraphNode;
  /** Number of links from the focus (0 for the focus itself). */
  distance: number;
  /** The edge through which the breadth-first search reached this node, and the node it came from. */
  via?: { edge: GraphEdge; from: string };
}
export interface Neighbourhood {
  focus: string;
  /** Breadth-first order: the focus first, then by distance. */
  nodes: NeighbourhoodNode[];
  /** Every edge (of an allowed type) between two nodes of the neighbourhood. */
  edges: GraphEdge[];
}

/**
 * The nodes within `depth` links of `id`, following edges both ways. Only edges of the allowed relation types are
 * followed and only nodes of the allowed kinds are entered (the focus itself is always included).
 * Returns undefined for an unknown id. O(nodes + edges of the result's frontier).
 */
export function neighbourhood(graph: Graph, id: string, depth: number, filter: GraphFilter = {}): Neighbourhood | undefined {
  const { byId, adj } = indexGraph(graph);
  const start = byId.get(id);
  if (!start) return undefined;
  const max = Number.isFinite(depth) ? Math.max(0, Math.floor(depth)) : 0;
  const kinds = asSet(filter.kinds);
  const types = asSet(filter.relationTypes);
  const found = new Map<string, NeighbourhoodNode>([[id, { node: start, distance: 0 }]]);
  const order = [id];
  for (let head = 0; head < order.length; head++) {
    const current = order[head];
    const d = found.get(current)!.distance;
    if (d >= max) continue;
    for (const a of adj.get(current)!) {
      if (found.has(a.other) || (types && !types.has(a.edge.type))) continue;
      const other = byId.get(a.other)!;
      if (kinds && !kinds.has(other.kind)) continue;
      found.set(a.other, { node: other, distance: d + 1, via: { edge: a.edge, from: current } });
      order.push(a.other);
    }
  }
  const edges: GraphEdge[] = [];
  for (const nid of order) {
    for (const a of adj.get(nid)!) {
      if (a.dir === 'out' && found.has(a.other) && (!types || types.has(a.edge.type))) edges.push(a.edge);
    }
  }
  return { focus: id, nodes: order.map((n) => found.get(n)!), edges };
}

/** The whole graph narrowed to some kinds and relation types (edges need both ends kept). O(n + e). */
export function filterGraph(graph: Graph, filter: GraphFilter = {}): Graph {
  const kinds = asSet(filter.kinds);
  const types = asSet(filter.relationTypes);
  const nodes = kinds ? graph.nodes.filter((n) => kinds.has(n.kind)) : graph.nodes;
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => (!types || types.has(e.type)) && kept.has(e.source) && kept.has(e.target));
  return { nodes, edges };
}

/** How many distinct nodes are one link away from `id`, under a filter. O(degree). */
export function neighbourCount(graph: Graph, id: string, filter: GraphFilter = {}): number {
  const { byId, adj } = indexGraph(graph);
  const kinds = asSet(filter.kinds);
  const types = asSet(filter.relationTypes);
  const seen = new Set<string>();
  for (const a of adj.get(id) ?? []) {
    if (types && !types.has(a.edge.type)) continue;
    if (kinds && !kinds.has(byId.get(a.other)!.kind)) continue;
    seen.add(a.other);
  }
  return seen.size;
}

const kindRank = new Map(KIND_ORDER.map((k, i) => [k, i]));
/** One collator for every comparison (`localeCompare` with options builds a new one each call: 30× slower). */
const natural = new Intl.Collator('en', { numeric: true });
/** Display order: kind (KIND_ORDER), then label and title in natural order. */
export function compareNodes(a: GraphNode, b: GraphNode): number {
  return (
    (kindRank.get(a.kind) ?? 99) - (kindRank.get(b.kind) ?? 99) ||
    natural.compare(a.label, b.label) ||
    natural.compare(a.title.en, b.title.en) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Positions for a neighbourhood: the focus in the centre, each distance on its own ring, every node's angle inside the
 * wedge of the node it was reached from (wedges sized by the number of leaves below, smoothed). Deterministic, O(n log n).
 */
export function radialLayout(nb: Neighbourhood, opts: { ring?: number; gap?: number } = {}): Map<string, { x: number; y: number }> {
  const ring = opts.ring ?? 110;
  const gap = opts.gap ?? 26;
  const children = new Map<string, NeighbourhoodNode[]>();
  for (const n of nb.nodes) {
    if (n.via) (children.get(n.via.from) ?? children.set(n.via.from, []).get(n.via.from)!).push(n);
  }
  for (const list of children.values()) list.sort((a, b) => compareNodes(a.node, b.node));
  const leaves = new Map<string, number>();
  for (let i = nb.nodes.length - 1; i >= 0; i--) {
    const id = nb.nodes[i].node.id;
    const kids = children.get(id);
    leaves.set(id, kids ? kids.reduce((s, k) => s + leaves.get(k.node.id)!, 0) : 1);
  }
  const perRing = new Map<number, number>();
  for (const n of nb.nodes) perRing.set(n.distance, (perRing.get(n.distance) ?? 0) + 1);
  const radius: number[] = [0];
  for (let d = 1; perRing.has(d); d++) radius[d] = Math.max(d * ring, radius[d - 1] + ring * 0.8, (perRing.get(d)! * gap) / (2 * Math.PI));
  const pos = new Map<string, { x: number; y: number }>([[nb.focus, { x: 0, y: 0 }]]);
  const wedge = new Map<string, [number, number]>([[nb.focus, [-Math.PI / 2, (3 * Math.PI) / 2]]]);
  for (const n of nb.nodes) {
    const kids = children.get(n.node.id);
    if (!kids) continue;
    const [from, to] = wedge.get(n.node.id)!;
    // weights: leaves below, plus half the average, so that a node with a small subtree still gets room
    const extra = leaves.get(n.node.id)! / kids.length / 2;
    const total = leaves.get(n.node.id)! + extra * kids.length;
    let a = from;
    for (const k of kids) {
      const span = ((to - from) * (leaves.get(k.node.id)! + extra)) / total;
      wedge.set(k.node.id, [a, a + span]);
      const mid = a + span / 2;
      const r = radius[k.distance];
      pos.set(k.node.id, { x: Math.round(r * Math.cos(mid) * 10) / 10, y: Math.round(r * Math.sin(mid) * 10) / 10 });
      a += span;
    }
  }
  return pos;
}

/** Site-relative path of a node's page (model elements live on their model's page). */
export function nodePath(graph: Graph, node: GraphNode, lang: Lang): string {
  if (node.kind === 'model-elements') {
    const { byId, adj } = indexGraph(graph);
    const model = adj.get(node.id)?.find((a) => a.dir === 'out' && a.edge.type === 'part-of' && byId.get(a.other)?.kind === 'models');
    return model ? `/${lang}/models/${model.other}/#${node.id}` : `/${lang}/graph/?focus=${node.id}`;
  }
  return `/${lang}/${SECTIONS[node.kind]}/${node.id}/`;
}

// ---------------------------------------------------------------------------------------------------------------
// slim JSON: { v, k: kinds, r: relation types, n: [id, kind#, label, en, ja, x, y][], e: [source#, target#, type#][] }

export type SlimNode = [string, number, string, string, string, number, number];
export interface SlimGraph {
  v: 1;
  k: string[];
  r: string[];
  n: SlimNode[];
  e: [number, number, number][];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function encodeGraph(graph: Graph): SlimGraph {
  const k: string[] = [];
  const r: string[] = [];
  const kIdx = new Map<string, number>();
  const rIdx = new Map<string, number>();
  const nIdx = new Map<string, number>();
  const code = (m: Map<string, number>, list: string[], v: string) => m.get(v) ?? (list.push(v), m.set(v, list.length - 1).get(v)!);
  const n = graph.nodes.map((node, i): SlimNode => {
    nIdx.set(node.id, i);
    return [node.id, code(kIdx, k, node.kind), node.label, node.title.en, node.title.ja, round1(node.x), round1(node.y)];
  });
  const e = graph.edges.filter((x) => nIdx.has(x.source) && nIdx.has(x.target)).map((x): [number, number, number] => [nIdx.get(x.source)!, nIdx.get(x.target)!, code(rIdx, r, x.type)]);
  return { v: 1, k, r, n, e };
}

/** Decodes and checks slim JSON; throws on anything malformed (the explorer then keeps its static picture). */
export function decodeGraph(json: unknown): Graph {
  const bad = (what: string): never => {
    throw new Error(`graph data: ${what}`);
  };
  if (!json || typeof json !== 'object') bad('not an object');
  const g = json as Partial<SlimGraph>;
  if (g.v !== 1 || !Array.isArray(g.k) || !Array.isArray(g.r) || !Array.isArray(g.n) || !Array.isArray(g.e)) bad('unexpected shape');
  const isStr = (x: unknown): x is string => typeof x === 'string';
  const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  if (!g.k!.every(isStr) || !g.r!.every(isStr)) bad('bad kinds or relation types');
  const nodes = g.n!.map((n): GraphNode => {
    if (!Array.isArray(n) || n.length !== 7 || !isStr(n[0]) || !isStr(n[2]) || !isStr(n[3]) || !isStr(n[4]) || !isNum(n[5]) || !isNum(n[6])) bad('bad node');
    const kind = g.k![n[1]];
    if (!isStr(kind)) bad('bad node kind');
    return { id: n[0], kind: kind as EntityKind, label: n[2], title: { en: n[3], ja: n[4] }, x: n[5], y: n[6] };
  });
  const edges = g.e!.map((e): GraphEdge => {
    if (!Array.isArray(e) || e.length !== 3) bad('bad edge');
    const [s, t, r] = e;
    const source = nodes[s];
    const target = nodes[t];
    const type = g.r![r];
    if (!source || !target || !isStr(type)) bad('edge points nowhere');
    return { source: source.id, target: target.id, type: type as RelationType };
  });
  return { nodes, edges };
}
