/**
 * Everything the graph page (src/pages/[lang]/graph.astro) shows, computed from the graph: the string table the
 * explorer reads from `data-strings`, the kinds and relation families on offer (filters and legend), the static
 * picture of the whole graph (in the explorer's own DOM order and captions, so the explorer can take it over as it
 * is: src/scripts/graph/view.ts) and the rows of the table twin. Pure; paths are site-relative (the page adds the
 * base path).
 */
import type { Lang } from '../atlas/model.ts';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../atlas/model.ts';
import { displayName } from '../atlas/names.ts';
import { RELATION_LABELS, label, t, type UiKey } from '../../i18n/index.ts';
import { nodePath, neighbourCount, type Graph, type GraphNode } from './graph-query.ts';
import { KIND_ORDER, RELATION_FAMILIES, RELATION_FAMILY, type RelationFamily } from './graph-style.ts';
import { overviewNodes, viewBoxAround, OVERVIEW_PAD } from './graph-view.ts';

/** The explorer's UI strings: kind names, relation names both ways, and the `graph.*` templates it fills. */
export interface ExplorerStrings {
  kinds: Record<string, string>;
  rels: Record<string, { out: string; in: string }>;
  t: Record<string, string>;
}
/** The dictionary keys the explorer fills in the browser (in its table without the `graph.` prefix). */
export const EXPLORER_KEYS: readonly UiKey[] = ['graph.status.all', 'graph.status.focus', 'graph.status.node', 'graph.searchNone', 'graph.open', 'graph.canvas', 'graph.canvasAll', 'graph.degree', 'graph.isFocus', 'graph.count', 'graph.loading', 'graph.loadError'];

/** The name of each relation family in the dictionary. */
const FAMILY_KEYS: Record<RelationFamily, UiKey> = { structural: 'graph.family.structural', mapping: 'graph.family.mapping', recognition: 'graph.family.recognition' };

export function explorerStrings(lang: Lang): ExplorerStrings {
  return {
    kinds: Object.fromEntries(KIND_ORDER.map((k) => [k, label(lang, 'entityKind', k)])),
    rels: Object.fromEntries(RELATION_TYPES.map((r) => [r, { out: RELATION_LABELS[r].out[lang], in: RELATION_LABELS[r].in[lang] }])),
    t: Object.fromEntries(EXPLORER_KEYS.map((k) => [k.replace(/^graph\./, ''), t(lang, k)])),
  };
}

export interface PageKind {
  kind: EntityKind;
  /** Plural name, for the filter and the legend. */
  name: string;
}
export interface PageFamily {
  family: RelationFamily;
  name: string;
  /** The relation types of the family present in the graph, with their names. */
  types: { type: RelationType; name: string }[];
}
export interface PictureNode {
  node: GraphNode;
  x: number;
  y: number;
  r: number;
  caption: string;
  captionClass: string;
  name: string;
}
export interface TableRow {
  name: string;
  path: string;
  kind: string;
  relation: string;
}
export interface GraphPage {
  strings: ExplorerStrings;
  kinds: PageKind[];
  families: PageFamily[];
  /** The whole graph as the explorer's overview draws it: nodes in table order, only the first-level captions. */
  picture: { nodes: PictureNode[]; viewBox: string; label: string };
  rows: TableRow[];
  count: string;
}

export function graphPage(graph: Graph, lang: Lang): GraphPage {
  const kinds = KIND_ORDER.filter((k) => graph.nodes.some((n) => n.kind === k));
  const types = RELATION_TYPES.filter((r) => graph.edges.some((e) => e.type === r));
  const families = RELATION_FAMILIES.filter((f) => types.some((r) => RELATION_FAMILY[r] === f));
  const overview = overviewNodes(graph, graph.nodes, lang);
  const counts = { n: graph.nodes.length, m: graph.edges.length };
  return {
    strings: explorerStrings(lang),
    kinds: kinds.map((kind) => ({ kind, name: label(lang, 'entityKindPlural', kind) })),
    families: families.map((family) => ({
      family,
      name: t(lang, FAMILY_KEYS[family]),
      types: types.filter((r) => RELATION_FAMILY[r] === family).map((type) => ({ type, name: RELATION_LABELS[type].out[lang] })),
    })),
    picture: {
      nodes: overview.map((v) => ({ node: v.node, x: v.node.x, y: v.node.y, r: v.r, caption: v.level === 1 ? v.caption : '', captionClass: `lvl-${v.level}`, name: displayName(v.node, lang) })),
      viewBox: viewBoxAround(graph.nodes, OVERVIEW_PAD) ?? '0 0 640 420',
      label: t(lang, 'graph.picture', counts),
    },
    rows: overview.map((v) => ({
      name: displayName(v.node, lang),
      path: nodePath(graph, v.node, lang),
      kind: label(lang, 'entityKind', v.node.kind),
      relation: t(lang, 'graph.degree', { n: neighbourCount(graph, v.id) }),
    })),
    count: t(lang, 'graph.count', counts),
  };
}
