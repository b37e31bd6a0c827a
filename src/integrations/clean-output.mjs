/**
 * Astro integration: the output folder holds the site and nothing else.
 * Cause: when OUT_DIR lies outside the project (e.g. /tmp/x, as the bench builds), Astro builds into the project's
 * `.astro/` folder instead and copies all of it to OUT_DIR — including the content layer's `collections/`,
 * `content-assets.mjs` and `content-modules.mjs`, which live there too. They are removed here; `check-site` fails
 * on any that remain.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';

export const ASTRO_LEFTOVERS = ['collections', 'content-assets.mjs', 'content-modules.mjs'];

export default function cleanOutputIntegration() {
  return {
    name: 'sc27-atlas:clean-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (out.startsWith(process.cwd())) return; // built in place: Astro leaves nothing behind
        await Promise.all(ASTRO_LEFTOVERS.map((name) => rm(join(out, name), { recursive: true, force: true })));
        logger.info(`removed Astro's ${ASTRO_LEFTOVERS.join(', ')} from ${out}`);
      },
    },
  };
}
