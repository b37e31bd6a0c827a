/** The pure parts of the graph explorer and its page: view, search, keys, page model (src/lib/graph, src/scripts/graph/keyboard.ts). */
import { describe, it, expect } from 'vitest';
import { fromYaml, BASE } from './helpers.ts';
import { buildGraph, compareNodes, neighbourCount, type Graph } from '../../src/lib/graph/graph.ts';
import { graphView, viewBoxAround, captionPlace, overviewNodes } from '../../src/lib/graph/graph-view.ts';
import { searchIndex, bestMatch, normalise } from '../../src/lib/graph/graph-search.ts';
import { graphPage, explorerStrings, EXPLORER_KEYS } from '../../src/lib/graph/graph-page.ts';
import { parseGraphState } from '../../src/lib/graph/graph-url-state.ts';
import { keyMove } from '../../src/scripts/graph/keyboard.ts';
import { KIND_ORDER } from '../../src/lib/graph/graph-style.ts';
import { RELATION_TYPES } from '../../src/lib/atlas/model.ts';

function graph(): Graph {
  const { atlas, errors } = fromYaml(BASE);
  expect(errors).toEqual([]);
  return buildGraph(atlas, { ticks: 60 });
}
const G = graph();
const known = (g: Graph) => ({ ids: new Set(g.nodes.map((n) => n.id)), kinds: [...KIND_ORDER], rels: [...RELATION_TYPES] });
const stateOf = (q: string) => parseGraphState(q, known(G));

describe('graphView', () => {
  it('the overview: every node in table order at its layout position, every edge, no focus', () => {
    const v = graphView(G, stateOf(''), 'en');
    expect(v.focus).toBeNull();
    expect(v.nodes.map((n) => n.id)).toEqual([...G.nodes].sort(compareNodes).map((n) => n.id));
    expect(v.links).toHaveLength(G.edges.length);
    const n = v.nodes[0];
    expect([n.x, n.y]).toEqual([n.node.x, n.node.y]);
    expect(v.nodes.every((n) => n.distance === null && n.r === 5)).toBe(true);
  });

  it('filters the overview by kind: links need both ends', () => {
    const v = graphView(G, stateOf('?kinds=documents'), 'en');
    expect(v.nodes.every((n) => n.node.kind === 'documents')).toBe(true);
    expect(v.links.every((l) => l.source.node.kind === 'documents' && l.target.node.kind === 'documents')).toBe(true);
  });

  it('a focus view: the focus first at the centre, then by distance, captions in the UI language', () => {
    const v = graphView(G, stateOf('?focus=iso-iec-27400&depth=2'), 'ja');
    expect(v.focus).toBe('iso-iec-27400');
    expect(v.nodes[0]).toMatchObject({ id: 'iso-iec-27400', distance: 0, r: 13, x: 0, y: 0 });
    const d = v.nodes.map((n) => n.distance!);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(Math.max(...d)).toBeLessThanOrEqual(2);
    expect(v.nodes.find((n) => n.id === 'sc-27-wg-4')?.caption).toMatch(/WG 4/);
    for (const l of v.links) expect(v.nodes).toContain(l.source);
  });

  it('an unknown focus is the overview', () => {
    expect(graphView(G, { ...stateOf(''), focus: 'nope' }, 'en').focus).toBeNull();
  });
});

describe('viewBoxAround', () => {
  it('frames the points with padding, at least the minimum size, centred', () => {
    expect(viewBoxAround([{ x: 0, y: 0 }, { x: 1000, y: 500 }], 40)).toBe('-40 -40 1080 580');
    expect(viewBoxAround([{ x: 10, y: 10 }], 40)).toBe('-310 -200 640 420');
    expect(viewBoxAround([], 40)).toBeUndefined();
  });
});

describe('captionPlace', () => {
  it('below the node in the overview and for the focus', () => {
    expect(captionPlace({ distance: null, r: 5, x: 3, y: 4, rotate: false })).toEqual({ x: 0, y: 17, anchor: 'middle', transform: null });
    expect(captionPlace({ distance: 0, r: 13, x: 0, y: 0, rotate: false })).toMatchObject({ y: 27, anchor: 'middle' });
  });
  it('pointing away from the centre on a ring, never upside down', () => {
    expect(captionPlace({ distance: 1, r: 8, x: 100, y: 0, rotate: false })).toMatchObject({ x: 13, anchor: 'start' });
    expect(captionPlace({ distance: 1, r: 8, x: -100, y: 0, rotate: false })).toMatchObject({ x: -13, anchor: 'end' });
    expect(captionPlace({ distance: 1, r: 8, x: 0, y: 100, rotate: false })).toMatchObject({ y: 21, anchor: 'middle' });
    expect(captionPlace({ distance: 1, r: 8, x: -100, y: -100, rotate: true })).toEqual({ x: -12, y: 3.5, anchor: 'end', transform: 'rotate(45)' });
    expect(captionPlace({ distance: 1, r: 8, x: 100, y: 100, rotate: true })).toEqual({ x: 12, y: 3.5, anchor: 'start', transform: 'rotate(45)' });
  });
});

describe('graph search', () => {
  const index = searchIndex(G.nodes);
  it('finds by designation, clause, abbreviation or title in either language, full-width digits too', () => {
    expect(bestMatch(index, '27400')).toBe('iso-iec-27400');
    expect(bestMatch(index, '２７４００')).toBe('iso-iec-27400');
    expect(bestMatch(index, 'wg 4')).toBe('sc-27-wg-4');
    expect(bestMatch(index, '  WG   4 ')).toBe('sc-27-wg-4');
    expect(bestMatch(index, '国際標準化機構')).toBe('iso');
  });
  it('finds nothing for nothing, junk or markup', () => {
    for (const q of ['', '   ', 'no such thing at all', '<script>alert(1)</script>', 'x'.repeat(100_000)]) expect(bestMatch(index, q), q.slice(0, 20)).toBeUndefined();
  });
  it('normalises', () => expect(normalise(' ＩＳＯ／ＩＥＣ\t27400 ')).toBe('iso/iec 27400'));
});

describe('keyMove', () => {
  it('steps, clamps at both ends, jumps with Home / End and activates with Enter or Space', () => {
    expect(keyMove('ArrowDown', 0, 5)).toEqual({ to: 1 });
    expect(keyMove('ArrowRight', 4, 5)).toEqual({ to: 4 });
    expect(keyMove('ArrowUp', 0, 5)).toEqual({ to: 0 });
    expect(keyMove('ArrowLeft', 3, 5)).toEqual({ to: 2 });
    expect(keyMove('Home', 3, 5)).toEqual({ to: 0 });
    expect(keyMove('End', 0, 5)).toEqual({ to: 4 });
    expect(keyMove('Enter', 2, 5)).toEqual({ activate: true });
    expect(keyMove(' ', 2, 5)).toEqual({ activate: true });
    expect(keyMove('a', 2, 5)).toBeNull();
    expect(keyMove('Tab', 2, 5)).toBeNull();
  });
});

describe('graphPage', () => {
  it('every string the explorer fills, in both languages, none empty', () => {
    for (const lang of ['en', 'ja'] as const) {
      const s = explorerStrings(lang);
      expect(Object.keys(s.t).sort()).toEqual(EXPLORER_KEYS.map((k) => k.replace(/^graph\./, '')).sort());
      expect(s.t['status.all']).toMatch(/\{n\}/);
      expect(Object.values(s.t).every((v) => v.length > 0)).toBe(true);
      expect(Object.keys(s.kinds)).toEqual([...KIND_ORDER]);
      expect(Object.keys(s.rels)).toEqual([...RELATION_TYPES]);
    }
    expect(explorerStrings('ja').t['status.all']).not.toBe(explorerStrings('en').t['status.all']);
  });

  it('offers the kinds and relation families present, in order, and a row per node with its degree', () => {
    const p = graphPage(G, 'en');
    expect(p.kinds.map((k) => k.kind)).toEqual(KIND_ORDER.filter((k) => G.nodes.some((n) => n.kind === k)));
    const types = p.families.flatMap((f) => f.types.map((t) => t.type));
    expect(new Set(types)).toEqual(new Set(G.edges.map((e) => e.type)));
    expect(p.rows).toHaveLength(G.nodes.length);
    const wg4 = p.rows.find((r) => r.path === '/en/bodies/sc-27-wg-4/')!;
    expect(wg4.relation).toBe(`${neighbourCount(G, 'sc-27-wg-4')} links`);
    expect(p.count).toBe(`${G.nodes.length} nodes, ${G.edges.length} links`);
  });

  it('draws the static picture in the explorer overview order and captions, so the explorer can take it over', () => {
    const p = graphPage(G, 'ja');
    const overview = overviewNodes(G, G.nodes, 'ja');
    expect(p.picture.nodes.map((n) => n.node.id)).toEqual(overview.map((v) => v.id));
    p.picture.nodes.forEach((n, i) => {
      expect(n.captionClass).toBe(`lvl-${overview[i].level}`);
      expect(n.caption).toBe(overview[i].level === 1 ? overview[i].caption : '');
    });
    expect(p.picture.viewBox).toBe(viewBoxAround(G.nodes, 40));
    expect(p.picture.label).toMatch(/^グラフ全体/);
  });
});
