/**
 * "Cite this": designation, clause, title, edition, the page URL and an access date, in one line.
 */
import { get, shortLabel, titleOf, currentStatus, type Atlas, type Entity } from '../atlas/getters.ts';
import type { Lang } from '../atlas/model.ts';

const EDITION = { en: (n: number) => `edition ${n}`, ja: (n: number) => `第${n}版` };
const ACCESSED = { en: (d: string) => `accessed ${d}`, ja: (d: string) => `${d} 閲覧` };

/** The parts of a citation, before the access date. */
export function citation(atlas: Atlas, e: Entity, lang: Lang, url: string): string {
  const parts: string[] = [];
  const doc = (e.kind === 'controls' || e.kind === 'requirements' || e.kind === 'risk-sources') && e.data.document ? get(atlas, e.data.document) : undefined;
  if (doc) parts.push(`${shortLabel(doc)}${lang === 'ja' ? ' 箇条 ' : ', clause '}${shortLabel(e)}`);
  else if (shortLabel(e)) parts.push(shortLabel(e));
  parts.push(lang === 'ja' ? `「${titleOf(e, lang)}」` : `“${titleOf(e, lang)}”`);
  if (e.kind === 'documents') {
    const ed = [...e.data.status].reverse().find((s) => s.edition)?.edition;
    if (ed) parts.push(EDITION[lang](ed));
    const st = currentStatus(e);
    if (st.stage !== 'published' && st.label) parts.push(st.label);
  }
  parts.push(lang === 'ja' ? 'SC 27 アトラス' : 'SC 27 Atlas');
  parts.push(url);
  return parts.join(lang === 'ja' ? '、' : ', ');
}

/** The full line with the access date. */
export function citationWithDate(base: string, date: string, lang: Lang): string {
  return `${base} (${ACCESSED[lang](date)})`;
}
