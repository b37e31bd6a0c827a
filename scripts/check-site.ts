/**
 * Post-build checks of dist/ (or --dir): links, anchors, twins, head tags, sitemap. `npm run check:site`;
 * also run by `npm test`. Exits 1 with one line per problem.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from './lib/site-check.ts';
import { filesUnder } from '../src/lib/site/files.ts';

const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
let base = process.env.BASE_PATH ?? '/';
if (!base.endsWith('/')) base += '/';

if (!existsSync(dir)) {
  console.error(`check-site: ${dir} not found; run npm run build first`);
  process.exit(1);
}
const files = new Set(filesUnder(dir));
const pages = new Map<string, string>();
for (const f of files) if (f.endsWith('.html') && !f.startsWith('pagefind/')) pages.set(f, readFileSync(join(dir, f), 'utf8'));
const sitemapFile = join(dir, 'sitemap.xml');
const sitemap = existsSync(sitemapFile) ? [...readFileSync(sitemapFile, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]) : undefined;
const site = process.env.SITE_URL || undefined;
const errors = checkSite(pages, { base, files, bilingual: new Set(['index.html', '404.html']), sitemap, site });
if (errors.length) {
  console.error(`check-site: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}:`);
  for (const e of errors.slice(0, 200)) console.error(`  - ${e}`);
  if (errors.length > 200) console.error(`  … and ${errors.length - 200} more`);
  process.exit(1);
}
console.log(`check-site: ${pages.size} pages OK (lang, head tags, twins, links, anchors, sitemap, nothing but the site; addresses ${site ? `on ${site}` : 'root-relative, no SITE_URL'})`);
