// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.mjs';
import sitemap from './src/integrations/sitemap.mjs';
import cleanOutput from './src/integrations/clean-output.mjs';

/** Deployment base path: `/` by default, e.g. `BASE_PATH=/atlas/` for a sub-path. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // The public origin (e.g. SITE_URL=https://atlas.example.jp). Unset: no absolute addresses anywhere —
  // canonical, hreflang and sitemap are root-relative and "Cite this" uses the address the page was loaded from.
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), cleanOutput(), sitemap(), pagefind()],
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  vite: {
    // Keep scripts as files (no inline scripts: the CSP forbids them).
    build: { assetsInlineLimit: 0 },
  },
});
