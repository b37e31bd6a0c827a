/** Address rules shared by the checks. */
import type { SiteCheckOptions } from './types.ts';

/** The page's file → its URL path under the base: `en/index.html` → `/en/`. */
export function pageUrl(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Resolves a link target to a file of the build, or undefined when it points outside the site. */
export function targetFile(href: string, fromUrl: string, base: string): { file: string; hash?: string } | undefined {
  if (/^(mailto:|tel:|data:|blob:|javascript:)/i.test(href) || /^[a-z]+:\/\//i.test(href) || href.startsWith('//')) return undefined;
  const u = new URL(href, `http://site${fromUrl}`);
  const path = decodeURIComponent(u.pathname);
  if (!path.startsWith(base)) return { file: `__outside_base__${path}` };
  let rel = path.slice(base.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return { file: rel, hash: u.hash ? decodeURIComponent(u.hash.slice(1)) : undefined };
}

/** A canonical / hreflang / sitemap address: on the given origin, or root-relative under the base when none is given. */
export function addressOk(href: string, opt: Pick<SiteCheckOptions, 'site' | 'base'>): boolean {
  if (opt.site) return href.startsWith(`${opt.site.replace(/\/$/, '')}/`);
  return href.startsWith(opt.base) && !href.startsWith('//');
}

/** The end of an address message: why the address is wrong for this build. */
export const notOn = (opt: Pick<SiteCheckOptions, 'site'>) => (opt.site ? `is not on ${opt.site}` : 'claims an origin (no SITE_URL was given)');
