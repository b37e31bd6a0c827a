// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.mjs';
import sitemap from './src/integrations/sitemap.mjs';

/** Deployment base path: `/` by default, e.g. `BASE_PATH=/atlas/` for a sub-path. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sc27-atlas.example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), pagefind()],
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  vite: {
    // Keep scripts as files (no inline scripts: the CSP forbids them).
    build: { assetsInlineLimit: 0 },
  },
});
