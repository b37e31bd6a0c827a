/**
 * Post-build checks over the built pages (pure: pages come in as a path → HTML map).
 * Every internal link and anchor resolves; every page has its twin in the other language; every page has lang,
 * title, description, canonical and hreflang alternates; links stay in their language except the language switch;
 * the sitemap lists every page.
 */
export interface SiteCheckOptions {
  /** Base path the site is built for: `/` or `/atlas/`. */
  base: string;
  /** Paths (relative to the output folder, with `/`) of every file in the build, for links to non-HTML files. */
  files: Set<string>;
  /** Pages exempt from the head and twin checks (the bilingual root and the 404 page). */
  bilingual: Set<string>;
  /** URLs listed in sitemap.xml (absolute, or root-relative without a site origin), or undefined when there is none. */
  sitemap?: string[];
  /**
   * The public origin the site was built for (SITE_URL), or undefined. With it, canonical and hreflang links must be
   * absolute on it; without it they must be root-relative: no page may claim an origin it was not given.
   */
  site?: string;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

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

export function checkSite(pages: Map<string, string>, opt: SiteCheckOptions): string[] {
  const errors: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [file, html] of pages) ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));

  for (const [file, html] of pages) {
    const url = pageUrl(file, opt.base);
    const where = `${file}:`;
    const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1];
    if (!lang) errors.push(`${where} <html> has no lang`);
    const isBilingual = opt.bilingual.has(file);
    if (!isBilingual) {
      if (!/<title>[^<]+<\/title>/.test(html)) errors.push(`${where} no <title>`);
      const head = html.split('</head>')[0];
      const metas = [...head.matchAll(/<meta\s[^>]*>/g)].map((m) => m[0]);
      const links = [...head.matchAll(/<link\s[^>]*>/g)].map((m) => m[0]);
      const desc = metas.find((m) => attr(m, 'name') === 'description');
      if (!desc || !attr(desc, 'content')?.trim()) errors.push(`${where} no meta description`);
      if (!links.some((l) => attr(l, 'rel') === 'canonical')) errors.push(`${where} no canonical link`);
      for (const l of ['ja', 'en']) if (!links.some((x) => attr(x, 'rel') === 'alternate' && attr(x, 'hreflang') === l)) errors.push(`${where} no hreflang="${l}" alternate`);
      for (const l of links.filter((x) => /^(canonical|alternate)$/.test(attr(x, 'rel') ?? '') && attr(x, 'hreflang'))) {
        const href = attr(l, 'href') ?? '';
        if (!addressOk(href, opt)) errors.push(`${where} ${attr(l, 'rel')} hreflang="${attr(l, 'hreflang')}" href "${href}" ${opt.site ? `is not on ${opt.site}` : 'claims an origin (no SITE_URL was given)'}`);
      }
      const canonical = links.find((l) => attr(l, 'rel') === 'canonical');
      if (canonical && !addressOk(attr(canonical, 'href') ?? '', opt)) errors.push(`${where} canonical href "${attr(canonical, 'href')}" ${opt.site ? `is not on ${opt.site}` : 'claims an origin (no SITE_URL was given)'}`);
      const m = file.match(/^(ja|en)\/(.*)$/);
      if (m) {
        const twin = `${m[1] === 'ja' ? 'en' : 'ja'}/${m[2]}`;
        if (!pages.has(twin)) errors.push(`${where} has no twin page ${twin}`);
        if (lang && lang !== m[1]) errors.push(`${where} lang="${lang}" but the page is under /${m[1]}/`);
      }
    }
    for (const a of html.matchAll(/<(a|link)\s[^>]*>/g)) {
      const tag = a[0];
      const href = attr(tag, 'href');
      if (href === undefined || href === '') continue;
      const rel = attr(tag, 'rel') ?? '';
      if (a[1] === 'link' && /alternate|canonical/.test(rel)) continue; // absolute URLs on the public origin
      const t = targetFile(decode(href), url, opt.base);
      if (!t) continue;
      if (t.file.startsWith('__outside_base__')) {
        errors.push(`${where} link "${href}" leaves the base path ${opt.base}`);
        continue;
      }
      const exists = pages.has(t.file) || opt.files.has(t.file);
      if (!exists) {
        errors.push(`${where} broken link "${href}"`);
        continue;
      }
      if (t.hash && pages.has(t.file) && !ids.get(t.file)!.has(t.hash)) errors.push(`${where} link "${href}": no element with id "${t.hash}"`);
      const fromLang = file.match(/^(ja|en)\//)?.[1];
      const toLang = t.file.match(/^(ja|en)\//)?.[1];
      if (fromLang && toLang && fromLang !== toLang && !attr(tag, 'hreflang')) errors.push(`${where} link "${href}" goes to the other language without being the language switch`);
    }
  }
  if (opt.sitemap) {
    for (const u of opt.sitemap) if (!addressOk(u, opt)) errors.push(`sitemap.xml: "${u}" ${opt.site ? `is not on ${opt.site}` : 'claims an origin (no SITE_URL was given)'}`);
    const listed = new Set(opt.sitemap.map((u) => new URL(u, 'http://site').pathname));
    for (const file of pages.keys()) {
      if (file === '404.html') continue;
      if (!listed.has(pageUrl(file, opt.base))) errors.push(`sitemap.xml does not list ${pageUrl(file, opt.base)}`);
    }
  } else errors.push('no sitemap.xml');
  return errors;
}
