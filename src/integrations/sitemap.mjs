/**
 * Astro integration: writes dist/sitemap.xml listing every built page (absolute URLs on SITE_URL + base),
 * with the other language of each page as an xhtml:link alternate. Without SITE_URL there is no origin to
 * claim, so the addresses are root-relative (base + path) and a comment says how to make them absolute.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function sitemapIntegration() {
  let site = '';
  let base = '/';
  return {
    name: 'sc27-atlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = (config.site ?? '').replace(/\/$/, '');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const paths = pages.map((p) => p.pathname).filter((p) => p !== '404/' && !p.endsWith('.csv') && !p.endsWith('.json') && !p.endsWith('.xml'));
        const url = (p) => `${site}${`${base}${p}`.replace(/\/\/+/g, '/')}`;
        const twin = (p) => (/^(ja|en)\//.test(p) ? p.replace(/^(ja|en)/, (l) => (l === 'ja' ? 'en' : 'ja')) : undefined);
        const body = paths
          .sort()
          .map((p) => {
            const t = twin(p);
            const alt = t ? `\n    <xhtml:link rel="alternate" hreflang="${t.slice(0, 2)}" href="${url(t)}"/>` : '';
            return `  <url>\n    <loc>${url(p)}</loc>${alt}\n  </url>`;
          })
          .join('\n');
        writeFileSync(
          join(fileURLToPath(dir), 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n${site ? '' : '<!-- Built without SITE_URL: addresses are relative to the site\'s origin. Set SITE_URL to make them absolute. -->\n'}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`,
        );
        logger.info(`sitemap.xml lists ${paths.length} pages`);
      },
    },
  };
}
