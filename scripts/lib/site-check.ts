/**
 * Post-build checks over the built pages (pure: pages come in as a path → HTML map). One check per file under
 * ./checks/, each on pages parsed once with a real HTML parser (./html.ts):
 * lang (every page says its language), head (title, description, canonical, hreflang), twins (both languages),
 * links (internal links and anchors resolve, stay under the base and in their language), sitemap (lists every page),
 * output (the build holds the site and nothing else).
 */
import { languageCheck } from './checks/language.ts';
import { attr, elements, find, parseHtml } from './html.ts';
import { headCheck } from './checks/head.ts';
import { langCheck } from './checks/lang.ts';
import { linkCheck } from './checks/links.ts';
import { outputCheck } from './checks/output.ts';
import { sitemapCheck } from './checks/sitemap.ts';
import { twinCheck } from './checks/twins.ts';
import type { Page, PageCheck, Site, SiteCheckOptions, SiteWideCheck } from './checks/types.ts';
import { pageUrl } from './checks/urls.ts';

export type { Page, PageCheck, Site, SiteCheckOptions, SiteWideCheck } from './checks/types.ts';
export { addressOk, pageUrl, targetFile } from './checks/urls.ts';

/** Run on every page, in this order (a page's problems are listed together). */
export const PAGE_CHECKS: PageCheck[] = [langCheck, headCheck, twinCheck, linkCheck, languageCheck];
/** Run once over the whole build, after the page checks. */
export const SITE_CHECKS: SiteWideCheck[] = [sitemapCheck, outputCheck];

export function parsePage(file: string, html: string, base: string): Page {
  const doc = parseHtml(html);
  const ids = new Set<string>();
  for (const e of elements(doc)) {
    const id = attr(e, 'id');
    if (id !== undefined) ids.add(id);
  }
  const htmlEl = find(doc, 'html');
  const folderLang = file.match(/^(ja|en)\//)?.[1] as Page['folderLang'];
  return { file, url: pageUrl(file, base), doc, lang: htmlEl ? attr(htmlEl, 'lang') : undefined, folderLang, ids };
}

export function checkSite(html: Map<string, string>, opt: SiteCheckOptions): string[] {
  const pages = new Map<string, Page>();
  for (const [file, text] of html) pages.set(file, parsePage(file, text, opt.base));
  const site: Site = { pages, opt };
  const errors: string[] = [];
  for (const page of pages.values()) for (const check of PAGE_CHECKS) errors.push(...check(page, site));
  for (const check of SITE_CHECKS) errors.push(...check(site));
  return errors;
}
