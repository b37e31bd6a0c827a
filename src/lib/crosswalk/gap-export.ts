/**
 * Downloads of a gap analysis: CSV in the NIST IR 8477 relationship-mapping layout (per language) and JSON (both
 * languages). The focal document is B (the catalogue whose items are the rows), the reference document is A; the
 * relationship reads "focal element <relation> reference element". Columns after "Notes" are ours.
 */
import { shortLabel, titleOf, type Entity } from '../atlas/getters.ts';
import { toCsv } from '../export/csv.ts';
import type { Lang } from '../atlas/model.ts';
import type { Mapping, Source } from '../content/schema.ts';
import type { Cover, Gap, GapRow, Hop } from './gap.ts';

export const IR8477_COLUMNS = [
  'Focal Document',
  'Focal Document Element',
  'Focal Document Element Description',
  'STRM Rationale',
  'STRM Relationship',
  'Reference Document',
  'Reference Document Element',
  'Reference Document Element Description',
  'Strength of Relationship',
  'Notes',
  'Basis',
  'Intermediate Element',
  'Sources',
] as const;

/** `subset-of` → `subset of`, as IR 8477 writes its relationships. */
export const relationWords = (r: string) => r.replace(/-/g, ' ');
const sourceText = (s: Source) => (s.seed ? `${s.seed} — ${s.slide}` : s.url) + (s.partial ? ' (partial)' : '');
const sourcesOf = (ms: Mapping[]) => [...new Set(ms.flatMap((m) => m.sources.map(sourceText)))].join(' | ');
const element = (e: Entity) => shortLabel(e) || e.id;

/** The CSV of a gap analysis: one line per covering item of each row, one line for a row with none. */
export function gapCsv(g: Gap, lang: Lang): string {
  const focal = (row: GapRow) => [g.to.name, element(row.item), titleOf(row.item, lang)];
  const lines: unknown[][] = [[...IR8477_COLUMNS]];
  for (const row of g.rows) {
    if (row.covers.length === 0) {
      const m = row.noCounterpart;
      lines.push([...focal(row), m?.reason, m ? 'no counterpart' : '', g.from.name, '', '', '', m?.rationale[lang], row.basis, '', m ? sourcesOf([m]) : '']);
      continue;
    }
    for (const c of row.covers) {
      const ms = c.hops.map((h) => h.mapping);
      const reason = [...new Set(ms.map((m) => m.reason))].join(' + ');
      const via = c.hops.length > 1 ? `${element(c.hops[0].to)} ${titleOf(c.hops[0].to, lang)}` : '';
      lines.push([
        ...focal(row), reason, relationWords(c.relation), g.from.name, element(c.item), titleOf(c.item, lang), '',
        ms.map((m) => m.rationale[lang]).join(' → '), c.basis, via, sourcesOf(ms),
      ]);
    }
  }
  return toCsv(lines);
}

const hopJson = (h: Hop) => ({
  from: h.from.id,
  to: h.to.id,
  relation: h.relation,
  basis: h.mapping.basis,
  reason: h.mapping.reason,
  rationale: h.mapping.rationale,
  sources: h.mapping.sources,
});
const itemJson = (e: Entity) => ({ id: e.id, element: element(e), title: { en: titleOf(e, 'en'), ja: titleOf(e, 'ja') } });
const coverJson = (c: Cover) => ({ ...itemJson(c.item), relation: c.relation, basis: c.basis, hops: c.hops.map(hopJson) });

/** The gap analysis as JSON: both catalogues, the counts, and every row with its covers and the rationale of each hop. */
export function gapJson(g: Gap) {
  return {
    from: { id: g.from.id, name: g.from.name },
    to: { id: g.to.id, name: g.to.name },
    counts: g.counts,
    rows: g.rows.map((r) => ({
      ...itemJson(r.item),
      basis: r.basis,
      ...(r.relation ? { relation: r.relation } : {}),
      covers: r.covers.map(coverJson),
      ...(r.notRelated.length ? { notRelated: r.notRelated.map(hopJson) } : {}),
      ...(r.noCounterpart ? { noCounterpart: { rationale: r.noCounterpart.rationale, reason: r.noCounterpart.reason, sources: r.noCounterpart.sources } } : {}),
    })),
  };
}
