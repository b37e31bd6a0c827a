/**
 * Atlas → knowledge graph: every entity (model elements included) a node, every relation an edge, with a layout
 * computed once at build time. The layout is deterministic: start positions come from a hash of each id, and
 * d3-force runs synchronously for a fixed number of ticks with its own seeded random source (no Math.random).
 *
 * The queries (neighbourhood, filters, slim JSON) live in graph-query.ts, which the browser imports directly;
 * they are re-exported here so that build-time code has one module to ask.
 */
import { forceSimulation, forceLink, forceManyBody, forceX, forceY, forceCollide, type SimulationNodeDatum } from 'd3-force';
import type { Atlas, RelationType } from '../atlas/model.ts';
import { shortLabel, titleOf } from '../atlas/getters.ts';
import type { Graph, GraphNode, GraphEdge } from './graph-query.ts';

export * from './graph-query.ts';

/** 32-bit FNV-1a hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A start position for a node from its id alone: a point in a disc whose area grows with the number of nodes. */
export function seedPosition(id: string, count: number): { x: number; y: number } {
  const a = hash32(id);
  const b = hash32(`${id}#`);
  const angle = (a / 2 ** 32) * 2 * Math.PI;
  const r = Math.sqrt(b / 2 ** 32) * 12 * Math.sqrt(Math.max(count, 1));
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export interface LayoutOptions {
  /**
   * Number of simulation steps; the simulation cools from alpha 1 to d3's minimum over exactly this many.
   * Default 300 (d3's own), 150 above 2,000 nodes.
   */
  ticks?: number;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
}

/** Above this many nodes the layout drops the collision force and halves the ticks, to keep big builds fast. */
const LARGE = 2000;

/**
 * Force-directed positions for any graph of ids, rounded to 0.1. Pure and deterministic: the same input gives the
 * same output. Cost per tick: O(e) for links, O(n log n) for the many-body and collision forces.
 */
export function layoutGraph(nodes: readonly { id: string }[], edges: readonly { source: string; target: string }[], opts: LayoutOptions = {}): { x: number; y: number }[] {
  const large = nodes.length > LARGE;
  const ticks = Math.max(1, Math.floor(opts.ticks ?? (large ? 150 : 300)));
  const sim: LayoutNode[] = nodes.map((n) => ({ id: n.id, ...seedPosition(n.id, nodes.length) }));
  const ids = new Set(sim.map((n) => n.id));
  const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(sim)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink<LayoutNode, { source: string | LayoutNode; target: string | LayoutNode }>(links).id((d) => d.id).distance(28))
    .force('charge', forceManyBody<LayoutNode>().strength(-45).distanceMax(420).theta(0.9))
    .force('x', forceX<LayoutNode>(0).strength(0.045))
    .force('y', forceY<LayoutNode>(0).strength(0.045))
    .stop();
  if (!large) simulation.force('collide', forceCollide<LayoutNode>(7));
  simulation.tick(ticks);
  return sim.map((n) => ({ x: Math.round((n.x ?? 0) * 10) / 10, y: Math.round((n.y ?? 0) * 10) / 10 }));
}

/**
 * Relations that are decisions of absence, not links: "no counterpart in X" points at a whole catalogue document and
 * "not related to" says two items share nothing. Drawn as edges they would read as relations (and make every
 * catalogue a hub), so the graph leaves them out; item pages and gap analyses show them.
 */
export const NOT_IN_GRAPH: readonly RelationType[] = ['no-counterpart', 'not-related-to'];

/** The knowledge graph of an atlas, laid out. Nodes in content order; edges in relation order. */
export function buildGraph(atlas: Atlas, opts: LayoutOptions = {}): Graph {
  const entities = [...atlas.entities.values()];
  const edges: GraphEdge[] = atlas.relations.filter((r) => !NOT_IN_GRAPH.includes(r.type)).map((r) => ({ source: r.from, target: r.to, type: r.type }));
  const positions = layoutGraph(entities, edges, opts);
  const nodes: GraphNode[] = entities.map((e, i) => ({
    id: e.id,
    kind: e.kind,
    label: shortLabel(e),
    title: { en: titleOf(e, 'en'), ja: titleOf(e, 'ja') },
    x: positions[i].x,
    y: positions[i].y,
  }));
  return { nodes, edges };
}

const graphs = new WeakMap<Atlas, Graph>();
/** The graph of an atlas, built (and laid out) once per build. */
export function graphOf(atlas: Atlas): Graph {
  let g = graphs.get(atlas);
  if (!g) graphs.set(atlas, (g = buildGraph(atlas)));
  return g;
}
