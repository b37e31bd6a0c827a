/**
 * Times the graph's build-time work on a synthetic graph (default 5,000 nodes and 15,000 edges): the force layout,
 * a depth-2 neighbourhood of the biggest hub, and the slim JSON encoding.
 *   npx tsx scripts/bench-graph.ts [--nodes 5000] [--edges 15000] [--ticks 300]
 * `benchGraph()` is exported so that `npm run bench` (scripts/bench.ts) can call it and report the numbers.
 * Deterministic: the synthetic graph comes from a seeded generator, never Math.random.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { layoutGraph, neighbourhood, encodeGraph, type Graph, type GraphNode } from '../src/lib/graph/graph.ts';
import { KIND_ORDER } from '../src/lib/graph/graph-style.ts';
import { RELATION_TYPES } from '../src/lib/atlas/model.ts';

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A graph shaped like the atlas: a few hubs (documents with many items) and many small nodes, each edge from a
 * random node to a target drawn with a bias towards early (hub) nodes; no self-loops.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 27400): Graph {
  const rnd = prng(seed);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n-${i}`,
    kind: KIND_ORDER[i % KIND_ORDER.length],
    label: `X ${i}`,
    title: { en: `Synthetic node ${i}`, ja: `合成ノード ${i}` },
    x: 0,
    y: 0,
  }));
  const edges: Graph['edges'] = [];
  for (let i = 0; i < edgeCount && nodeCount > 1; i++) {
    const s = Math.floor(rnd() * nodeCount);
    let t = Math.floor(rnd() ** 3 * nodeCount);
    if (t === s) t = (t + 1) % nodeCount;
    edges.push({ source: nodes[s].id, target: nodes[t].id, type: RELATION_TYPES[i % RELATION_TYPES.length] });
  }
  return { nodes, edges };
}

export interface GraphBench {
  nodes: number;
  edges: number;
  ticks: number;
  /** Build-time force layout. */
  layoutMs: number;
  /** Depth-2 neighbourhood of the biggest hub, and how many nodes it has. */
  neighbourhoodMs: number;
  neighbourhoodNodes: number;
  /** Slim JSON of the laid-out graph. */
  encodeMs: number;
  jsonBytes: number;
  jsonGzipBytes: number;
  /** 10⁷ square roots, to tell a slow layout from a slow or busy machine (10–20 ms on an idle laptop core). */
  cpuCalibrationMs: number;
}

function calibrate(): number {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < 1e7; i++) s += Math.sqrt(i);
  if (s < 0) console.log(s);
  return performance.now() - t0;
}

export function benchGraph(opts: { nodes?: number; edges?: number; ticks?: number } = {}): GraphBench {
  const n = opts.nodes ?? 5000;
  const e = opts.edges ?? 15000;
  const ticks = opts.ticks ?? (n > 2000 ? 150 : 300); // layoutGraph's defaults
  const cpuCalibrationMs = calibrate();
  const g = syntheticGraph(n, e);
  let t0 = performance.now();
  const pos = layoutGraph(g.nodes, g.edges, { ticks: opts.ticks });
  const layoutMs = performance.now() - t0;
  g.nodes.forEach((node, i) => Object.assign(node, pos[i]));
  t0 = performance.now();
  const nb = neighbourhood(g, 'n-0', 2)!;
  const neighbourhoodMs = performance.now() - t0;
  t0 = performance.now();
  const json = JSON.stringify(encodeGraph(g));
  const encodeMs = performance.now() - t0;
  return { nodes: n, edges: e, ticks, layoutMs, neighbourhoodMs, neighbourhoodNodes: nb.nodes.length, encodeMs, jsonBytes: Buffer.byteLength(json), jsonGzipBytes: gzipSync(json).length, cpuCalibrationMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const num = (name: string) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : undefined);
  const r = benchGraph({ nodes: num('nodes'), edges: num('edges'), ticks: num('ticks') });
  console.log(`graph layout: ${r.nodes} nodes, ${r.edges} edges, ${r.ticks} ticks: ${(r.layoutMs / 1000).toFixed(2)} s`);
  console.log(`neighbourhood (depth 2 of the biggest hub, ${r.neighbourhoodNodes} nodes): ${r.neighbourhoodMs.toFixed(1)} ms`);
  console.log(`CPU calibration loop: ${r.cpuCalibrationMs.toFixed(0)} ms (10–20 ms on an idle laptop core; more means a slow or busy machine)`);
  console.log(`slim JSON: ${(r.jsonBytes / 1024).toFixed(0)} kB, ${(r.jsonGzipBytes / 1024).toFixed(0)} kB gzip, encoded in ${r.encodeMs.toFixed(0)} ms`);
}
