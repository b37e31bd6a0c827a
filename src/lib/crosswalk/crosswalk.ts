/**
 * Crosswalk matrix: the items of one catalogue as rows (e.g. the 45 ISO/IEC 27400 controls), and as columns every
 * other catalogue whose items are mapped to them. Columns come from the content: a new catalogue with mappings
 * becomes a new column without new code.
 */
import { all, get, incoming, outgoing, shortLabel, titleOf, type Atlas, type Entity, type Relation } from '../atlas/getters.ts';
import { MAPPING_RELATIONS } from '../content/schema.ts';
import { label, type Lang } from '../../i18n/index.ts';

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
}

const isMapping = (r: Relation) => (MAPPING_RELATIONS as readonly string[]).includes(r.type);
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
      ...outgoing(atlas, row.id).filter(isMapping).map((r) => ({ r, other: r.to })),
      ...incoming(atlas, row.id).filter(isMapping).map((r) => ({ r, other: r.from })),
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
  return { document, rows, columns: cols, cells };
}

export function columnTitle(c: CrosswalkColumn, lang: Lang): string {
  return `${shortLabel(c.document)} — ${label(lang, 'entityKindPlural', c.kind)}`;
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The crosswalk as CSV (RFC 4180): one row per catalogue item, related items as "clause title" joined by "; ". */
export function crosswalkCsv(cw: Crosswalk, lang: Lang): string {
  const header = ['id', 'clause', 'title', ...cw.columns.map((c) => columnTitle(c, lang))];
  const lines = [header.map(csvField).join(',')];
  for (const row of cw.rows) {
    const byCol = cw.cells.get(row.id)!;
    const cells = cw.columns.map((c) =>
      (byCol.get(c.key) ?? []).map(({ entity }) => [shortLabel(entity), titleOf(entity, lang)].filter(Boolean).join(' ')).join('; '),
    );
    lines.push([row.id, shortLabel(row), titleOf(row, lang), ...cells].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
