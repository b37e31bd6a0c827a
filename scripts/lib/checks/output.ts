/**
 * The build holds the site and nothing else: no Astro internals (the content layer's `collections/`,
 * `content-assets.mjs`, `content-modules.mjs`, server `.mjs` chunks, `.d.ts` types) whatever OUT_DIR was.
 */
import type { SiteWideCheck } from './types.ts';

const INTERNAL = [/^collections\//, /\.mjs$/, /\.d\.ts$/, /^data-store\.json$/, /^settings\.json$/];

export const outputCheck: SiteWideCheck = ({ opt }) =>
  [...opt.files].filter((f) => INTERNAL.some((re) => re.test(f))).sort().map((f) => `${f}: not part of the site (an Astro build file left in the output folder)`);
