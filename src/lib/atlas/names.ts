/**
 * How an entity is named: its short label (designation, clause, abbreviation), its title in a language, and the two
 * together. No runtime imports, so the browser scripts (graph explorer) use the same rule as the pages.
 */
import type { Entity, Lang } from './model.ts';

/** Something already reduced to a label and a title per language (a graph node). */
export interface Named {
  label?: string;
  title: Record<Lang, string>;
}

/** The short label people use for an entity: a designation, a clause, an abbreviation; '' when it has none. */
export function shortLabel(e: Entity): string {
  switch (e.kind) {
    case 'documents':
      return e.data.designation;
    case 'bodies':
    case 'schemes':
      return e.data.abbrev;
    case 'controls':
    case 'requirements':
      return e.data.clause;
    case 'risk-sources':
      return e.data.clause ?? e.data.label ?? '';
    default:
      return '';
  }
}

/** The entity's title in a language. */
export function titleOf(e: Entity, lang: Lang): string {
  switch (e.kind) {
    case 'bodies':
    case 'schemes':
      return e.data.name[lang];
    case 'terms':
      return e.data.term[lang];
    default:
      return e.data.title[lang];
  }
}

/**
 * The short label and the title to print together, neither repeating the other: when one holds the other (a
 * designation "JC-STAR ★1 適合基準・評価手法" and a title "★1 適合基準・評価手法"), only the longer is kept.
 */
export function labelAndTitle(e: Entity | Named, lang: Lang): { short: string; title: string } {
  const [short, title] = 'data' in e ? [shortLabel(e), titleOf(e, lang)] : [e.label ?? '', e.title[lang]];
  if (!short || short === title || title.startsWith(`${short} `)) return { short: '', title };
  if (title.length > 3 && short.endsWith(` ${title}`)) return { short, title: '' };
  return { short, title };
}

/** Label and title together, as a link text: `ISO/IEC 27400:2022 IoT security and privacy — Guidelines`. */
export function displayName(e: Entity | Named, lang: Lang): string {
  const { short, title } = labelAndTitle(e, lang);
  return [short, title].filter(Boolean).join(' ');
}
