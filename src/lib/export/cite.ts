/**
 * "Cite this": designation, clause, title, edition, the page URL and an access date, in one line.
 */
import { get, shortLabel, titleOf, currentStatus, type Atlas, type Entity } from '../atlas/getters.ts';
import type { Lang } from '../atlas/model.ts';
import { listJoin } from '../site/text.ts';

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
  return listJoin(parts, lang);
}

/** The full line with the access date. */
export function citationWithDate(base: string, date: string, lang: Lang): string {
  return `${base} (${ACCESSED[lang](date)})`;
}

/** What a reference manager needs about one cited page: BibTeX or CSL-JSON. */
export interface CiteRecord {
  /** Citation key / CSL id: stable, ASCII. */
  key: string;
  title: string;
  /** The page (absolute with SITE_URL, else root-relative: the browser completes it). */
  url: string;
  lang: Lang;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  /** Version of the atlas, for the atlas itself. */
  version?: string;
  /** Issue date, YYYY-MM-DD, for the atlas itself (the build). */
  issued?: string;
  /** A document's designation, for the note. */
  number?: string;
}

const SITE = { en: 'SC 27 Atlas', ja: 'SC 27 アトラス' };

/** The record for an entity page: its designation or clause and title, on the atlas, at `url`. */
export function entityRecord(atlas: Atlas, e: Entity, lang: Lang, url: string, accessed: string): CiteRecord {
  const doc = (e.kind === 'controls' || e.kind === 'requirements' || e.kind === 'risk-sources') && e.data.document ? get(atlas, e.data.document) : undefined;
  const label = doc ? `${shortLabel(doc)}${lang === 'ja' ? ' 箇条 ' : ', clause '}${shortLabel(e)}` : shortLabel(e);
  const title = label && label !== titleOf(e, lang) ? `${label} ${titleOf(e, lang)}` : titleOf(e, lang);
  return { key: `sc27atlas-${e.id}-${lang}`, title, url, lang, accessed, number: e.kind === 'documents' ? shortLabel(e) : undefined };
}

/** The record for the atlas itself (About page): version and build date. */
export function atlasRecord(lang: Lang, url: string, version: string, issued: string, accessed: string): CiteRecord {
  return { key: `sc27atlas-${version.replace(/[^0-9a-z]+/gi, '-')}`, title: SITE[lang], url, lang, accessed, version, issued };
}

/** The atlas's own citation as one line of text: name, version, build date and address. */
export function atlasCitation(r: CiteRecord): string {
  return r.lang === 'ja' ? `SC 27 アトラス、第${r.version}版（${r.issued}）、${r.url}` : `SC 27 Atlas, version ${r.version} (${r.issued}), ${r.url}`;
}

/** BibTeX braces and specials escaped; non-ASCII kept (biber and modern BibTeX read UTF-8). */
const bib = (s: string) => s.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** One @misc entry (BibTeX and biblatex both read it): title, publisher, URL, access date, language. */
export function bibtex(r: CiteRecord): string {
  const year = (r.issued ?? r.accessed).slice(0, 4);
  const fields: [string, string][] = [
    ['title', `{${bib(r.title)}}`],
    ...(r.version ? [] : ([['howpublished', `{${bib(SITE[r.lang])}}`]] as [string, string][])),
    ['organization', '{SC 27 Atlas}'],
    ...(r.version ? ([['version', `{${bib(r.version)}}`]] as [string, string][]) : []),
    ['year', `{${year}}`],
    ...(r.issued ? ([['date', `{${r.issued}}`]] as [string, string][]) : []),
    ['url', `{${r.url}}`],
    ['urldate', `{${r.accessed}}`],
    ['note', `{${r.lang === 'ja' ? `${r.accessed} 閲覧` : `Accessed ${r.accessed}`}}`],
    ['language', `{${r.lang === 'ja' ? 'japanese' : 'english'}}`],
  ];
  return `@misc{${r.key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

const parts = (d: string) => [d.split('-').map(Number)];

/** A CSL-JSON item (a list of one), as Zotero, Mendeley and citeproc read it. */
export function cslJson(r: CiteRecord): string {
  const item: Record<string, unknown> = {
    id: r.key,
    type: r.version ? 'software' : 'webpage',
    title: r.title,
    'container-title': r.version ? undefined : SITE[r.lang],
    publisher: 'SC 27 Atlas',
    version: r.version,
    issued: r.issued ? { 'date-parts': parts(r.issued) } : undefined,
    URL: r.url,
    accessed: { 'date-parts': parts(r.accessed) },
    language: r.lang,
    note: r.number,
  };
  return `${JSON.stringify([Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined))], null, 2)}\n`;
}
