/**
 * Crosswalk matrix: the items of one catalogue as rows (e.g. the 45 ISO/IEC 27400 controls), and as columns every
 * other catalogue whose items are mapped to them. Columns come from the content: a new catalogue with mappings
 * becomes a new column without new code.
 */
import { all, displayName, get, incoming, isMapping, outgoing, parentOf, shortLabel, titleOf, type Atlas, type Entity, type Relation } from '../atlas/getters.ts';
import { label, type Lang } from '../../i18n/index.ts';
import { toCsv } from '../export/csv.ts';

export interface CrosswalkColumn {
  /** `<document id>:<kind>`, e.g. `iso-iec-27402:requirements`. */
  key: string;
  document: Entity;
  kind: Entity['kind'];
}
export interface CrosswalkCell {
  entity: Entity;
  relation: Relation;
}
export interface Crosswalk {
  document: Entity;
  rows: Entity[];
  columns: CrosswalkColumn[];
  /** rowId → columnKey → related items. */
  cells: Map<string, Map<string, CrosswalkCell[]>>;
  /** rowId → how deep the row sits below other rows (a provision under its group: 1), at most 4. */
  depth: Map<string, number>;
}

const documentOf = (e: Entity): string | undefined =>
  e.kind === 'controls' || e.kind === 'requirements' || e.kind === 'risk-sources' ? e.data.document : undefined;

/** Builds the crosswalk of the catalogue items (controls or requirements) defined in `documentId`. */
export function crosswalk(atlas: Atlas, documentId: string): Crosswalk {
  const document = get(atlas, documentId);
  if (!document) throw new Error(`crosswalk: unknown document "${documentId}"`);
  const rows = [...all(atlas, 'controls'), ...all(atlas, 'requirements')].filter((e) => e.data.document === documentId);
  const rowIds = new Set(rows.map((r) => r.id));
  const cells = new Map<string, Map<string, CrosswalkCell[]>>();
  const columns = new Map<string, CrosswalkColumn>();
  for (const row of rows) {
    const byCol = new Map<string, CrosswalkCell[]>();
    const links = [
      ...outgoing(atlas, row.id).filter((r) => isMapping(r.type)).map((r) => ({ r, other: r.to })),
      ...incoming(atlas, row.id).filter((r) => isMapping(r.type)).map((r) => ({ r, other: r.from })),
    ];
    for (const { r, other } of links) {
      const entity = get(atlas, other);
      if (!entity || rowIds.has(other)) continue;
      const doc = documentOf(entity);
      const docEntity = doc ? get(atlas, doc) : undefined;
      if (!docEntity) continue;
      const key = `${doc}:${entity.kind}`;
      if (!columns.has(key)) columns.set(key, { key, document: docEntity, kind: entity.kind });
      (byCol.get(key) ?? byCol.set(key, []).get(key)!).push({ entity, relation: r });
    }
    for (const list of byCol.values()) list.sort((a, b) => shortLabel(a.entity).localeCompare(shortLabel(b.entity), 'en', { numeric: true }));
    cells.set(row.id, byCol);
  }
  // Columns: risk sources first (they answer "why"), then other catalogues by designation.
  const cols = [...columns.values()].sort(
    (a, b) => Number(b.kind === 'risk-sources') - Number(a.kind === 'risk-sources') || shortLabel(a.document).localeCompare(shortLabel(b.document), 'en', { numeric: true }),
  );
  return { document, rows, columns: cols, cells, depth: rowDepths(atlas, rows) };
}

/** How many of its ancestors are rows too, capped at 4; loop-safe. */
function rowDepths(atlas: Atlas, rows: Entity[]): Map<string, number> {
  const ids = new Set(rows.map((r) => r.id));
  const depth = new Map<string, number>();
  const of = (id: string, seen: Set<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    const p = parentOf(atlas, id)?.id;
    const d = p && ids.has(p) && !seen.has(p) ? Math.min(of(p, seen.add(id)) + 1, 4) : 0;
    depth.set(id, d);
    return d;
  };
  for (const r of rows) of(r.id, new Set());
  return depth;
}

export function columnTitle(c: CrosswalkColumn, lang: Lang): string {
  return `${shortLabel(c.document)} — ${label(lang, 'entityKindPlural', c.kind)}`;
}

/** The crosswalk as CSV (RFC 4180): one row per catalogue item, related items as "clause title" joined by "; ". */
export function crosswalkCsv(cw: Crosswalk, lang: Lang): string {
  const header = ['id', 'clause', 'title', ...cw.columns.map((c) => columnTitle(c, lang))];
  const lines: string[][] = [header];
  for (const row of cw.rows) {
    const byCol = cw.cells.get(row.id)!;
    const cells = cw.columns.map((c) =>
      (byCol.get(c.key) ?? []).map(({ entity }) => displayName(entity, lang)).join('; '),
    );
    lines.push([row.id, shortLabel(row), titleOf(row, lang), ...cells]);
  }
  return toCsv(lines);
}
