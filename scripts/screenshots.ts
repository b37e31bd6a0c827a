/**
 * Takes full-page screenshots of built pages, to look at them as a person would.
 *   npx tsx scripts/screenshots.ts [--base http://127.0.0.1:4321] [--out reports/shots] [--dark] [--width 1280] path …
 * Start the site first (npm run serve).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './lib/chromium.ts';

const args = process.argv.slice(2);
const opt = (n: string, d: string) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const base = opt('base', 'http://127.0.0.1:4321');
const out = opt('out', 'reports/shots');
const width = Number(opt('width', '1280'));
const dark = args.includes('--dark');
const paths = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--') || (a.startsWith('/') && !args[i - 1]?.match(/^--(base|out|width)$/)));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
for (const p of paths) {
  await page.goto(base + p);
  const file = `${out}/${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}${dark ? '-dark' : ''}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
