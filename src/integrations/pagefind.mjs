/**
 * Astro integration: after the build, index dist/ with Pagefind (Node API) into dist/pagefind/.
 * Pagefind makes one index per page language (html lang), so ja and en are searched apart.
 * Any Pagefind error fails the build.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export default function pagefindIntegration() {
  return {
    name: 'sc27-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const fail = (what, errors) => {
          throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) fail('createIndex', errors);
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) fail('indexing', added.errors);
          if (added.page_count === 0) fail('indexing', ['no pages were indexed']);
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length) fail('writing', written.errors);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          // Closed whatever happened, so a failed index does not leave Pagefind's process holding the build open.
          await pagefind.close();
        }
      },
    },
  };
}
