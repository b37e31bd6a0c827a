/**
 * Lighthouse (mobile, its default settings: simulated slow 4G and a 4× slower CPU) over served pages, for
 * `npm run bench`: the four category scores of one page per template, against a budget of 95 each, plus the
 * layout shift (CLS), LCP and total blocking time. Uses the same Chromium as the tests (scripts/lib/chromium.ts).
 * Not part of `npm test`: the scores depend on the machine, so they are a measure, not a test.
 *
 * On its own, against a built dist/ (served here on a free port):
 *   npx tsx scripts/bench-lighthouse.ts [--dir dist] [/en/graph/ /en/schemes/compare/ …]
 * Without paths it takes one English page per template (tests/e2e/templates.ts) and the Japanese graph page.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium, CHROMIUM_ARGS } from './lib/chromium.ts';
import { templatePaths } from '../tests/e2e/templates.ts';

export const LIGHTHOUSE_BUDGET = 95;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
}

/** Runs Lighthouse on each path of a site served at `origin`. */
export async function lighthouseRun(origin: string, paths: string[], log: (line: string) => void = () => {}): Promise<LighthouseResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium found (Playwright, CHROMIUM_PATH or /usr/bin/chromium)');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const out: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const runner = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = runner?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const r: LighthouseResult = {
        path,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
        lcpMs: Math.round(num('largest-contentful-paint')),
        tbtMs: Math.round(num('total-blocking-time')),
      };
      out.push(r);
      log(formatRow(r));
    }
  } finally {
    chrome.kill();
  }
  return out;
}

export const HEADER = `${'page'.padEnd(40)} perf  a11y  best   seo     CLS    LCP    TBT`;
export function formatRow(r: LighthouseResult): string {
  const s = CATEGORIES.map((c) => `${String(r.scores[c]).padStart(4)}${r.scores[c] < LIGHTHOUSE_BUDGET ? '!' : ' '}`).join(' ');
  return `${r.path.padEnd(40)} ${s} ${r.cls.toFixed(3).padStart(6)} ${String(r.lcpMs).padStart(6)} ${String(r.tbtMs).padStart(6)}`;
}

/** What is under the budget, one line each. */
export function lighthouseProblems(results: LighthouseResult[]): string[] {
  return results.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < LIGHTHOUSE_BUDGET).map((c) => `${r.path}: Lighthouse ${c} ${r.scores[c]} (budget ${LIGHTHOUSE_BUDGET})`));
}

/**
 * One English page per template (articles count as one template), and the Japanese graph page: Lighthouse takes
 * ~15 s a page, so the bench does not run it twice for every template.
 */
export function lighthousePaths(dist: string): string[] {
  const seen = new Set<string>();
  return [...templatePaths(dist).filter((p) => p.startsWith('/en/')), '/ja/graph/'].filter((p) => {
    const key = p.replace(/^(\/en\/articles\/)[^/]+\/$/, '$1:slug/');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Serves `dist` on `port` (scripts/serve.mjs) for the length of `f`. */
export async function withServer<T>(dist: string, port: number, f: (origin: string) => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 800));
    return await f(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--dir');
  const dist = dirAt >= 0 ? args[dirAt + 1] : 'dist';
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4491;
  const given = args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--dir');
  const paths = given.length ? given : lighthousePaths(dist);
  console.log(HEADER);
  const results = await withServer(dist, port, (origin) => lighthouseRun(origin, paths, console.log));
  const problems = lighthouseProblems(results);
  console.log(problems.length ? `under budget:\n  ${problems.join('\n  ')}` : `every page ≥ ${LIGHTHOUSE_BUDGET} in all four categories`);
}
