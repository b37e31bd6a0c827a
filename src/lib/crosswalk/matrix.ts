/**
 * The catalogue × catalogue coverage matrix: for every ordered pair, how many items of B (column) something in A (row)
 * covers, and the geometry of its build-time SVG heat map. Pure.
 */
import type { Atlas } from '../atlas/getters.ts';
import { coveredCount, gapAnalysis, gapCatalogues, type Basis, type GapCatalogue } from './gap.ts';

export interface MatrixCell {
  from: GapCatalogue;
  to: GapCatalogue;
  covered: number;
  total: number;
  counts: Record<Basis, number>;
  /** 0 … 4: empty, under a quarter, under a half, under three quarters, the rest. */
  level: number;
}
export interface CoverageMatrix {
  catalogues: GapCatalogue[];
  /** `cells[i][j]`: from catalogue i to catalogue j; `undefined` on the diagonal. */
  cells: (MatrixCell | undefined)[][];
}

export const coverageLevel = (covered: number, total: number) => (covered === 0 || total === 0 ? 0 : Math.min(4, 1 + Math.floor((4 * covered) / total)));

export function coverageMatrix(atlas: Atlas): CoverageMatrix {
  const catalogues = gapCatalogues(atlas);
  const cells = catalogues.map((a) =>
    catalogues.map((b): MatrixCell | undefined => {
      if (a === b) return undefined;
      const g = gapAnalysis(atlas, a.id, b.id);
      const covered = coveredCount(g);
      return { from: a, to: b, covered, total: g.rows.length, counts: g.counts, level: coverageLevel(covered, g.rows.length) };
    }),
  );
  return { catalogues, cells };
}

export interface MatrixLayout {
  width: number;
  height: number;
  cell: number;
  /** Left edge of the grid (row labels end here) and top edge (column labels end here). */
  left: number;
  top: number;
}

/** Geometry of the heat map: row labels on the left, column labels slanted above, square cells. */
export function matrixLayout(m: CoverageMatrix, charWidth = 7): MatrixLayout {
  const cell = 44;
  const longest = Math.max(0, ...m.catalogues.map((c) => c.name.length));
  const left = Math.ceil(longest * charWidth) + 12;
  const top = Math.ceil(longest * charWidth * 0.71) + 16;
  const n = m.catalogues.length;
  return { width: left + n * cell + cell, height: top + n * cell + 4, cell, left, top };
}
