/** sitemap.xml exists, lists every page but the 404, and only addresses on SITE_URL (or root-relative without one). */
import type { SiteWideCheck } from './types.ts';
import { addressOk, notOn, pageUrl } from './urls.ts';

export const sitemapCheck: SiteWideCheck = ({ pages, opt }) => {
  if (!opt.sitemap) return ['no sitemap.xml'];
  const errors: string[] = [];
  for (const u of opt.sitemap) if (!addressOk(u, opt)) errors.push(`sitemap.xml: "${u}" ${notOn(opt)}`);
  const listed = new Set(opt.sitemap.map((u) => new URL(u, 'http://site').pathname));
  for (const file of pages.keys()) {
    if (file === '404.html') continue;
    if (!listed.has(pageUrl(file, opt.base))) errors.push(`sitemap.xml does not list ${pageUrl(file, opt.base)}`);
  }
  return errors;
};
