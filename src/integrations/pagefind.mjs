/**
 * Astro integration: after the build, index dist/ with Pagefind (Node API) into dist/pagefind/.
 * Pagefind makes one index per page language (html lang), so ja and en are searched apart.
 * Search vocabularies (issue 15 §1) are applied here, at index time only: each page is handed to Pagefind with
 * an extra element holding its entity's aliases and the other spellings of the variant sets it uses
 * (src/lib/search/). The HTML files in dist/ are not changed: the extra text is indexed, never displayed.
 * Any Pagefind error fails the build.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readdirSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { siteAtlas } from '../lib/atlas/site-atlas.ts';
import { loadVariants, aliasesByPath, indexWords, clientVariants } from '../lib/search/site-variants.ts';
import { indexOnlyHtml } from '../lib/search/search-variants.ts';
import { siteHtmlFiles } from '../lib/site/files.ts';
import { rechunk } from '../lib/search/rechunk.ts';

/**
 * How each language's index is cut (src/lib/search/rechunk.ts `splitWords`): chunks of at least `target` encoded
 * bytes; `oneChar` × target before a cut between words sharing one first character, `anywhere` × target before a cut
 * inside a longer shared prefix. Such a cut makes a query term's hits depend on what earlier queries loaded, so
 * both languages allow it only past 21,000 bytes. English: small chunks (1–4 kB gzipped), so a query searched in
 * four spellings stays under the 120 kB budget; Japanese: 7,000 bytes, a first character's words together up to
 * 21,000 (queries are often cut into one-character terms). Pagefind's own chunks were up to 51 kB gzipped in ja.
 */
const CUT = { en: { target: 3500, oneChar: 1, anywhere: 6 }, ja: { target: 7000, oneChar: 3, anywhere: 3 } };

/**
 * Cuts each language's word index again into chunks (CUT) (src/lib/search/rechunk.ts), writes the
 * new chunk and meta files, points pagefind-entry.json at the new meta, and removes the files no longer named.
 * Returns the chunk counts before and after, per language.
 */
function rechunkIndexes(pagefindDir) {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  const counts = {};
  const sha = (bytes, n) => createHash('sha256').update(bytes).digest('hex').slice(0, n);
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = join(pagefindDir, `pagefind.${info.hash}.pf_meta`);
    const meta = gunzipSync(readFileSync(metaFile));
    const old = new Map();
    for (const name of readdirSync(join(pagefindDir, 'index'))) {
      if (name.startsWith(`${lang}_`) && name.endsWith('.pf_index')) old.set(name.slice(0, -'.pf_index'.length), gunzipSync(readFileSync(join(pagefindDir, 'index', name))));
    }
    const cut = CUT[lang] ?? CUT.en;
    const out = rechunk(meta, old, cut.target, (file) => `${lang}_${sha(file, 7)}`, cut.oneChar, cut.anywhere);
    for (const name of old.keys()) unlinkSync(join(pagefindDir, 'index', `${name}.pf_index`));
    for (const [hash, file] of out.chunks) writeFileSync(join(pagefindDir, 'index', `${hash}.pf_index`), gzipSync(file, { level: 9 }));
    const metaHash = `${lang}_${sha(out.meta, 10)}`;
    unlinkSync(metaFile);
    writeFileSync(join(pagefindDir, `pagefind.${metaHash}.pf_meta`), gzipSync(out.meta, { level: 9 }));
    info.hash = metaHash;
    counts[lang] = `${old.size} → ${out.chunks.size}`;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return counts;
}

/** The visible text of a page's <main>, roughly: enough to see which spellings it uses. */
const mainText = (html) =>
  (html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '')
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The pages in the output, not Pagefind's own folder. */

export default function pagefindIntegration() {
  return {
    name: 'sc27-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const fail = (what, errors) => {
          throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
        };
        const sets = loadVariants(resolve(process.env.CONTENT_DIR ?? 'content'));
        const aliases = aliasesByPath(siteAtlas());
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) fail('createIndex', errors);
          let pages = 0;
          let enriched = 0;
          for (const file of siteHtmlFiles(out)) {
            let html = readFileSync(join(out, file), 'utf8');
            const lang = html.match(/<html[^>]*\slang="(ja|en)"/)?.[1];
            if (lang && html.includes('data-pagefind-body')) {
              const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
              const own = aliases.get(path) ?? [];
              const words = indexWords(mainText(html), lang, own, sets);
              if (words.length) {
                html = html.replace(/<\/main>/, `${indexOnlyHtml(words, own)}</main>`);
                enriched++;
              }
            }
            // URLs relative to the site root, as addDirectory gives them: pagefind.js prefixes its own base path.
            const added = await index.addHTMLFile({ url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, content: html });
            if (added.errors.length) fail(`indexing ${file}`, added.errors);
            if (added.file?.url) pages++;
          }
          if (pages === 0) fail('indexing', ['no pages were indexed']);
          // The entry file is what the browser reads first; check it parses (once it was seen empty), and write again if not.
          const entry = join(out, 'pagefind', 'pagefind-entry.json');
          const entryOk = () => {
            try {
              return Boolean(JSON.parse(readFileSync(entry, 'utf8')).languages);
            } catch {
              return false;
            }
          };
          for (let attempt = 1; ; attempt++) {
            const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
            if (written.errors.length) fail('writing', written.errors);
            if (entryOk()) break;
            if (attempt === 2) fail('writing', [`${entry} is empty or not JSON after two writes`]);
            logger.warn('pagefind-entry.json was not written whole; writing the index again');
          }
          const counts = rechunkIndexes(join(out, 'pagefind'));
          // The variant sets for the browser, which searches a query in each spelling of the sets it uses.
          for (const lang of ['ja', 'en']) writeFileSync(join(out, 'pagefind', `variants-${lang}.json`), JSON.stringify(clientVariants(sets, lang)));
          logger.info(`Pagefind index chunks re-cut: ${Object.entries(counts).map(([l, c]) => `${l} ${c}`).join(', ')}`);
          logger.info(`Pagefind indexed ${pages} pages (${enriched} with index-only aliases or variant spellings from ${sets.length} sets)`);
        } finally {
          // Closed whatever happens, so that a failed build does not leave Pagefind's process running.
          await pagefind.close();
        }
      },
    },
  };
}
