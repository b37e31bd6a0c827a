import { describe, it, expect } from 'vitest';
import { fromYaml, BASE, SRC } from './helpers.ts';
import {
  buildGraph,
  layoutGraph,
  hash32,
  neighbourhood,
  filterGraph,
  neighbourCount,
  encodeGraph,
  decodeGraph,
  radialLayout,
  nodePath,
  indexGraph,
  type Graph,
} from '../../src/lib/graph/graph.ts';
import { entityPath } from '../../src/lib/site/urls.ts';
import { RELATION_FAMILY, KIND_SHAPE, KIND_ORDER, kindPath } from '../../src/lib/graph/graph-style.ts';
import { RELATION_TYPES } from '../../src/lib/atlas/model.ts';

/** The fixture plus a model with elements, a term and a second-level chain, so every kind of edge shows up. */
const FILES: Record<string, string> = {
  ...BASE,
  'models/m.yaml': `
- id: cps-model
  title: { en: CPS three-layer model, ja: CPS 三層モデル }
  document: iso-iec-27400
  elements:
    - { id: cps-layer-1, title: { en: Layer 1, ja: 第1層 } }
    - { id: cps-layer-2, title: { en: Layer 2, ja: 第2層 } }
  sources: ${SRC}
`,
  'terms/t.yaml': `
- id: term-iot
  term: { en: Internet of Things, ja: モノのインターネット }
  definitions: [{ document: iso-iec-27400, summary: { en: Connected things., ja: つながるモノ。 } }]
  sources: ${SRC}
`,
};

function fixture() {
  const { atlas, errors } = fromYaml(FILES);
  expect(errors).toEqual([]);
  return { atlas, graph: buildGraph(atlas, { ticks: 120 }) };
}

describe('buildGraph', () => {
  it('makes every entity (model elements included) a node and every relation an edge', () => {
    const { atlas, graph } = fixture();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...atlas.entities.keys()].sort());
    expect(graph.nodes.some((n) => n.kind === 'model-elements')).toBe(true);
    expect(graph.edges).toHaveLength(atlas.relations.length);
    expect(graph.edges).toContainEqual({ source: 'iso-iec-27400-7-1-2-17', target: 'rs-a', type: 'addresses' });
    expect(graph.edges).toContainEqual({ source: 'cps-layer-1', target: 'cps-model', type: 'part-of' });
  });

  it('leaves decisions of absence (no counterpart, not related) out of the graph', () => {
    const extra = `- { from: iso-iec-27400-7-1-2-17, to: iso-iec-27033, relation: no-counterpart, reason: semantic, basis: derived, rationale: { en: None., ja: なし。 }, sources: ${SRC} }\n`;
    const { atlas, errors } = fromYaml({ ...FILES, 'requirements/q.yaml': `- { id: iso-iec-27033-r1, document: iso-iec-27033, clause: "1", title: { en: X, ja: X }, sources: ${SRC} }\n`, 'mappings/nc.yaml': extra });
    expect(errors).toEqual([]);
    expect(atlas.relations.some((r) => r.type === 'no-counterpart')).toBe(true);
    const graph = buildGraph(atlas, { ticks: 10 });
    expect(graph.edges.filter((e) => e.type === 'no-counterpart' || e.type === 'not-related-to')).toEqual([]);
    expect(graph.edges).toHaveLength(atlas.relations.length - 1);
  });

  it('labels nodes with their short label and titles in both languages', () => {
    const { graph } = fixture();
    const doc = graph.nodes.find((n) => n.id === 'iso-iec-27400')!;
    expect(doc).toMatchObject({ kind: 'documents', label: 'ISO/IEC 27400:2022', title: { en: 'IoT security and privacy — Guidelines', ja: 'IoTセキュリティ及びプライバシー — 指針' } });
    expect(graph.nodes.find((n) => n.id === 'sc-27-wg-4')!.label).toBe('WG 4');
    expect(graph.nodes.find((n) => n.id === 'term-iot')!.label).toBe('');
  });

  it('lays the graph out deterministically, with finite, distinct positions', () => {
    const a = fixture().graph;
    const b = fixture().graph;
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    for (const n of a.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect(new Set(a.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(a.nodes.length);
  });

  it('does not use Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    try {
      expect(() => layoutGraph([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ source: 'a', target: 'b' }], { ticks: 10 })).not.toThrow();
    } finally {
      Math.random = original;
    }
  });

  it('pulls linked nodes closer together than unlinked ones', () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}` }));
    const edges = nodes.slice(1, 10).map((n) => ({ source: 'n0', target: n.id }));
    const pos = layoutGraph(nodes, edges);
    const d = (i: number, j: number) => Math.hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y);
    const linked = nodes.slice(1, 10).map((_, i) => d(0, i + 1));
    const unlinked = nodes.slice(10).map((_, i) => d(0, i + 10));
    expect(Math.max(...linked)).toBeLessThan(Math.min(...unlinked) + 60);
    expect(linked.reduce((s, x) => s + x, 0) / linked.length).toBeLessThan(unlinked.reduce((s, x) => s + x, 0) / unlinked.length);
  });

  it('hashes ids stably', () => {
    expect(hash32('iso-iec-27400')).toBe(hash32('iso-iec-27400'));
    expect(hash32('a')).not.toBe(hash32('b'));
  });
});

describe('neighbourhood', () => {
  it('follows edges both ways, to the given depth', () => {
    const { graph } = fixture();
    const d1 = neighbourhood(graph, 'iso-iec-27400', 1)!;
    const at = (nb: typeof d1, d: number) => nb.nodes.filter((n) => n.distance === d).map((n) => n.node.id).sort();
    expect(d1.nodes[0]).toMatchObject({ node: { id: 'iso-iec-27400' }, distance: 0 });
    // out: developed by WG 4; in: the control, the risk source, the model and the term defined in it
    expect(at(d1, 1)).toEqual(['cps-model', 'iso-iec-27400-7-1-2-17', 'rs-a', 'sc-27-wg-4', 'term-iot']);
    const d2 = neighbourhood(graph, 'iso-iec-27400', 2)!;
    expect(at(d2, 2)).toEqual(['cps-layer-1', 'cps-layer-2', 'iso-iec-27033', 'sc-27']);
    expect(at(d2, 1)).toEqual(at(d1, 1));
    const d3 = neighbourhood(graph, 'iso-iec-27400', 3)!;
    expect(at(d3, 3)).toEqual(['iso-iec-27033-1', 'iso-iec-27033-2', 'jtc-1']);
  });

  it('returns the induced edges and the edge each node was reached by', () => {
    const { graph } = fixture();
    const nb = neighbourhood(graph, 'iso-iec-27400', 1)!;
    // control → risk source is inside the neighbourhood too
    expect(nb.edges).toContainEqual({ source: 'iso-iec-27400-7-1-2-17', target: 'rs-a', type: 'addresses' });
    expect(nb.edges.every((e) => nb.nodes.some((n) => n.node.id === e.source) && nb.nodes.some((n) => n.node.id === e.target))).toBe(true);
    expect(new Set(nb.edges).size).toBe(nb.edges.length);
    const wg = nb.nodes.find((n) => n.node.id === 'sc-27-wg-4')!;
    expect(wg.via).toEqual({ from: 'iso-iec-27400', edge: { source: 'iso-iec-27400', target: 'sc-27-wg-4', type: 'developed-by' } });
  });

  it('filters by kind and by relation type', () => {
    const { graph } = fixture();
    const onlyControls = neighbourhood(graph, 'iso-iec-27400', 2, { kinds: ['controls', 'risk-sources'] })!;
    expect(onlyControls.nodes.map((n) => n.node.id).sort()).toEqual(['iso-iec-27400', 'iso-iec-27400-7-1-2-17', 'rs-a']);
    const onlyAddresses = neighbourhood(graph, 'rs-a', 3, { relationTypes: ['addresses'] })!;
    expect(onlyAddresses.nodes.map((n) => n.node.id)).toEqual(['rs-a', 'iso-iec-27400-7-1-2-17']);
    expect(onlyAddresses.edges.map((e) => e.type)).toEqual(['addresses']);
    // the focus stays even when its kind is filtered out
    expect(neighbourhood(graph, 'iso-iec-27400', 1, { kinds: [] })!.nodes.map((n) => n.node.id)).toEqual(['iso-iec-27400']);
  });

  it('handles unknown ids and odd depths', () => {
    const { graph } = fixture();
    expect(neighbourhood(graph, 'no-such-id', 1)).toBeUndefined();
    expect(neighbourhood(graph, '<img src=x onerror=alert(1)>', 2)).toBeUndefined();
    expect(neighbourhood(graph, 'iso-iec-27400', 0)!.nodes).toHaveLength(1);
    expect(neighbourhood(graph, 'iso-iec-27400', Number.NaN)!.nodes).toHaveLength(1);
    expect(neighbourhood(graph, 'iso-iec-27400', -3)!.nodes).toHaveLength(1);
  });

  it('stays linear: on a long chain and a big star it reads each adjacency entry at most twice', () => {
    const n = 20000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'documents' as const, label: '', title: { en: '', ja: '' }, x: 0, y: 0 }));
    /** Wraps the graph's adjacency lists so that every entry read is counted. */
    const counting = (g: Graph) => {
      const idx = indexGraph(g);
      let reads = 0;
      for (const [k, list] of idx.adj) {
        idx.adj.set(k, new Proxy(list, { get: (t, p, r) => ((typeof p === 'string' && /^\d+$/.test(p) && reads++), Reflect.get(t, p, r)) }));
      }
      return () => reads;
    };
    const chain: Graph = { nodes, edges: nodes.slice(1).map((x, i) => ({ source: `n${i}`, target: x.id, type: 'references' as const })) };
    const chainReads = counting(chain);
    expect(neighbourhood(chain, 'n0', n)!.nodes).toHaveLength(n);
    expect(chainReads()).toBeLessThanOrEqual(2 * 2 * chain.edges.length);
    const star: Graph = { nodes, edges: nodes.slice(1).map((x) => ({ source: x.id, target: 'n0', type: 'part-of' as const })) };
    const starReads = counting(star);
    expect(neighbourhood(star, 'n5', 2)!.nodes).toHaveLength(n);
    expect(starReads()).toBeLessThanOrEqual(2 * 2 * star.edges.length);
  });
});

describe('filters and counts', () => {
  it('filterGraph keeps edges whose both ends are kept', () => {
    const { graph } = fixture();
    const g = filterGraph(graph, { kinds: ['documents', 'bodies'] });
    expect(g.nodes.every((n) => n.kind === 'documents' || n.kind === 'bodies')).toBe(true);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.edges.every((e) => ['part-of', 'developed-by'].includes(e.type))).toBe(true);
    expect(filterGraph(graph, { relationTypes: [] }).edges).toHaveLength(0);
    expect(filterGraph(graph)).toEqual({ nodes: graph.nodes, edges: graph.edges });
  });

  it('neighbourCount counts distinct neighbours under a filter', () => {
    const { graph } = fixture();
    expect(neighbourCount(graph, 'iso-iec-27400')).toBe(5);
    expect(neighbourCount(graph, 'iso-iec-27400', { kinds: ['bodies'] })).toBe(1);
    expect(neighbourCount(graph, 'nope')).toBe(0);
  });
});

describe('slim JSON', () => {
  it('round-trips the graph with coordinates rounded to 0.1', () => {
    const { graph } = fixture();
    const slim = encodeGraph(graph);
    const back = decodeGraph(JSON.parse(JSON.stringify(slim)));
    expect(back.edges).toEqual(graph.edges);
    expect(back.nodes.map(({ x, y, ...rest }) => rest)).toEqual(graph.nodes.map(({ x, y, ...rest }) => rest));
    back.nodes.forEach((n, i) => {
      expect(Math.abs(n.x - graph.nodes[i].x)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(n.y - graph.nodes[i].y)).toBeLessThanOrEqual(0.05);
    });
    // kinds and relation types are stored once, not per node / edge
    expect(slim.k.length).toBeLessThan(10);
    expect(JSON.stringify(slim).split('"documents"')).toHaveLength(2);
  });

  it('rejects malformed data', () => {
    expect(() => decodeGraph(null)).toThrow();
    expect(() => decodeGraph({ v: 2, k: [], r: [], n: [], e: [] })).toThrow();
    expect(() => decodeGraph({ v: 1, k: ['documents'], r: [], n: [['a', 0, '', 'A', 'A', 0, 0]], e: [[0, 5, 0]] })).toThrow();
    expect(() => decodeGraph({ v: 1, k: ['documents'], r: [], n: [['a', 3, '', 'A', 'A', 0, 0]], e: [] })).toThrow();
    expect(decodeGraph({ v: 1, k: ['documents'], r: [], n: [['a', 0, '', 'A', 'Ａ', 1, 2]], e: [] }).nodes).toHaveLength(1);
  });
});

describe('radial layout and pages', () => {
  it('puts the focus in the centre and each distance on a ring further out', () => {
    const { graph } = fixture();
    const nb = neighbourhood(graph, 'iso-iec-27400', 2)!;
    const pos = radialLayout(nb, { ring: 100 });
    expect(pos.get('iso-iec-27400')).toEqual({ x: 0, y: 0 });
    expect(pos.size).toBe(nb.nodes.length);
    const r = (id: string) => Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
    for (const n of nb.nodes.filter((x) => x.distance === 1)) expect(r(n.node.id)).toBeCloseTo(100, 0);
    for (const n of nb.nodes.filter((x) => x.distance === 2)) expect(r(n.node.id)).toBeGreaterThan(150);
    expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(pos.size);
  });

  it('nodePath agrees with entityPath for every entity', () => {
    const { atlas, graph } = fixture();
    const idx = indexGraph(graph);
    for (const e of atlas.entities.values()) for (const lang of ['en', 'ja'] as const) expect(nodePath(graph, idx.byId.get(e.id)!, lang)).toBe(entityPath(e, lang));
  });
});

describe('graph style', () => {
  it('has a shape per kind, all different, and a family for every relation type', () => {
    expect(new Set(Object.values(KIND_SHAPE)).size).toBe(Object.keys(KIND_SHAPE).length);
    expect([...KIND_ORDER].sort()).toEqual(Object.keys(KIND_SHAPE).sort());
    expect(Object.keys(RELATION_FAMILY).sort()).toEqual([...RELATION_TYPES].sort());
    for (const k of KIND_ORDER) expect(kindPath(k, 6)).toMatch(/^M[-\d.,ALZ ]+Z$/);
  });
});
