/**
 * How the knowledge graph looks: a shape per kind of entity (colour comes from CSS, `.k-<kind>` in
 * src/styles/graph.css), a line style per family of relation. Pure and dependency-free: used at build time by the
 * static SVGs and in the browser by the graph explorer, so both draw the same picture.
 */
import type { EntityKind, RelationType } from '../atlas/model.ts';

/** Order of kinds in legends, filters and tables: the big things first, catalogue items after. */
export const KIND_ORDER: readonly EntityKind[] = ['bodies', 'documents', 'schemes', 'models', 'model-elements', 'controls', 'requirements', 'risk-sources', 'terms'];

/** Kinds whose labels are drawn in the overview (the others are many and small: they get labels when zoomed). */
export const MAJOR_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['bodies', 'documents', 'schemes', 'models']);

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon' | 'pentagon' | 'star' | 'plus';

/** One shape per kind, so that colour is never the only cue. */
export const KIND_SHAPE: Record<EntityKind, Shape> = {
  bodies: 'hexagon',
  documents: 'square',
  schemes: 'star',
  models: 'pentagon',
  'model-elements': 'triangle-down',
  controls: 'circle',
  requirements: 'diamond',
  'risk-sources': 'triangle',
  terms: 'plus',
};

/** Relation families, each drawn with its own line style. */
export type RelationFamily = 'structural' | 'mapping' | 'recognition';
export const RELATION_FAMILIES: readonly RelationFamily[] = ['structural', 'mapping', 'recognition'];
export const RELATION_FAMILY: Record<RelationType, RelationFamily> = {
  'part-of': 'structural',
  'developed-by': 'structural',
  'published-by': 'structural',
  'operated-by': 'structural',
  mirrors: 'structural',
  'based-on': 'structural',
  references: 'structural',
  replaces: 'structural',
  adopts: 'structural',
  'defined-in': 'structural',
  related: 'structural',
  equal: 'mapping',
  'subset-of': 'mapping',
  'superset-of': 'mapping',
  'intersects-with': 'mapping',
  'not-related-to': 'mapping',
  'no-counterpart': 'mapping',
  addresses: 'mapping',
  recognises: 'recognition',
  uses: 'recognition',
};

const f = (n: number) => String(Math.round(n * 100) / 100);
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
const regular = (sides: number, radius: number, rotation = -Math.PI / 2): [number, number][] =>
  Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [radius * Math.cos(a), radius * Math.sin(a)];
  });

/** SVG path data of a shape of about radius `r`, centred on 0,0 (shapes are sized to look equally big). */
export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const a = r * 0.9;
      return polygon([[-a, -a], [a, -a], [a, a], [-a, a]]);
    }
    case 'diamond': {
      const a = r * 1.3;
      return polygon([[0, -a], [a, 0], [0, a], [-a, 0]]);
    }
    case 'triangle':
      return polygon(regular(3, r * 1.35));
    case 'triangle-down':
      return polygon(regular(3, r * 1.35, Math.PI / 2));
    case 'hexagon':
      return polygon(regular(6, r * 1.12));
    case 'pentagon':
      return polygon(regular(5, r * 1.15));
    case 'star': {
      const outer = regular(5, r * 1.45);
      const inner = regular(5, r * 0.62, -Math.PI / 2 + Math.PI / 5);
      return polygon(outer.flatMap((p, i) => [p, inner[i]]));
    }
    case 'plus': {
      const a = r * 1.15;
      const b = r * 0.42;
      return polygon([[-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b]]);
    }
  }
}

/** The path of a kind's shape. */
export const kindPath = (kind: EntityKind, r: number) => shapePath(KIND_SHAPE[kind], r);

/** A node's visible label: its short label (designation, clause, abbreviation) or, failing that, its title, shortened. */
export function nodeCaption(label: string, title: string, max = 24): string {
  const s = label || title;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Shortens text to about `width` units, counting CJK and other wide characters as two. */
export function fitText(s: string, width: number): string {
  let used = 0;
  for (let i = 0; i < s.length; i++) {
    used += s.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    if (used > width) return `${s.slice(0, Math.max(1, i - 1))}…`;
  }
  return s;
}

/**
 * When a node's caption shows in the overview: 1 always, 2 when zoomed in, 3 when zoomed in further.
 * Well-connected documents, bodies, schemes and models first; catalogue items last.
 */
export function captionLevel(kind: EntityKind, degree: number): 1 | 2 | 3 {
  if (MAJOR_KINDS.has(kind)) return degree >= 6 ? 1 : 2;
  return 3;
}
