/**
 * `npm run bench`: build time and pages built; HTML / CSS / JS bytes per page (gzip; median and max per template);
 * the Pagefind payload of a first query; explorer render time; Lighthouse (mobile) on one page per template, four
 * category scores ≥ 95 each (scripts/bench-lighthouse.ts); for the real content and generated content at
 * 10× (and, with `--scale 100`, 100×) entities. Prints a table, writes reports/bench.json, and exits 1 when a
 * budget is broken (reading pages ≤ 10 kB JS and ≤ 20 kB CSS gzip, graph page ≤ 60 kB JS, real build < 60 s,
 * Lighthouse ≥ 95). The real site is built with SITE_URL set to the local origin Lighthouse loads it from, so
 * canonical and hreflang links are absolute as on a deployed site.
 *   npx tsx scripts/bench.ts [--scale 10,100] [--skip-browser] [--skip-lighthouse]
 */
import { spawnSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { chromium } from '@playwright/test';
import { loadAtlas } from '../src/lib/atlas/site-atlas.ts';
import { findChromium, CHROMIUM_ARGS } from './lib/chromium.ts';
import { benchGraph } from './bench-graph.ts';
import { lighthouseRun, lighthousePaths, lighthouseProblems, withServer, HEADER as LH_HEADER, LIGHTHOUSE_BUDGET } from './bench-lighthouse.ts';
import { benchSearch } from './bench-search.ts';
import { siteHtmlFiles } from '../src/lib/site/files.ts';

const args = process.argv.slice(2);
const scales = (args.includes('--scale') ? args[args.indexOf('--scale') + 1] : '10').split(',').map(Number).filter((n) => n > 1);
const skipBrowser = args.includes('--skip-browser');
const skipLighthouse = skipBrowser || args.includes('--skip-lighthouse');
const LH_PORT = 4491;
const BUDGET = { readingJs: 10_240, readingCss: 20_480, graphJs: 61_440, buildSeconds: 60, searchFirstQuery: 120_000 };

const gz = (buf: Buffer | string) => gzipSync(buf).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function build(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): { seconds: number; pages: number } {
  const t0 = performance.now();
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  const v = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-content.ts', contentDir], { env, encoding: 'utf8' });
  if (v.status !== 0) throw new Error(`validation failed for ${contentDir}:\n${v.stderr}`);
  const r = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`build failed for ${contentDir}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const seconds = (performance.now() - t0) / 1000;
  const pages = siteHtmlFiles(outDir).length;
  return { seconds, pages };
}

/** The pages of a built site, not Pagefind's own files. */

/** The template of a page: its path with the last segment replaced by :id for entity pages. */
const templateOf = (file: string) => {
  const path = `/${file.replace(/index\.html$/, '')}`;
  return path.split('/').filter(Boolean).length >= 3 ? path.replace(/\/[^/]+\/$/, '/:id/') : path;
};

/** Gzip bytes of the JS a page loads (its module scripts and everything they import statically). */
function jsOf(dist: string, html: string, cache: Map<string, number>): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(dirname(file), m[1]));
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(join(dist, m[1].replace(/^\/(atlas\/)?/, '')));
  let total = 0;
  for (const f of seen) {
    if (!cache.has(f)) cache.set(f, gz(readFileSync(f)));
    total += cache.get(f)!;
  }
  return total;
}
function cssOf(dist: string, html: string, cache: Map<string, number>): number {
  let total = 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = join(dist, m[1]);
    if (!cache.has(f)) cache.set(f, existsSync(f) ? gz(readFileSync(f)) : 0);
    total += cache.get(f)!;
  }
  return total;
}

interface TemplateWeights {
  template: string;
  pages: number;
  html: { median: number; max: number };
  css: { median: number; max: number };
  js: { median: number; max: number };
}
function weights(dist: string): TemplateWeights[] {
  const byTemplate = new Map<string, { html: number[]; css: number[]; js: number[] }>();
  const jsCache = new Map<string, number>();
  const cssCache = new Map<string, number>();
  for (const file of siteHtmlFiles(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    const t = templateOf(file);
    const w = byTemplate.get(t) ?? byTemplate.set(t, { html: [], css: [], js: [] }).get(t)!;
    w.html.push(gz(html));
    w.css.push(cssOf(dist, html, cssCache));
    w.js.push(jsOf(dist, html, jsCache));
  }
  return [...byTemplate].sort(([a], [b]) => a.localeCompare(b)).map(([template, w]) => ({
    template,
    pages: w.html.length,
    html: { median: median(w.html), max: Math.max(...w.html) },
    css: { median: median(w.css), max: Math.max(...w.css) },
    js: { median: median(w.js), max: Math.max(...w.js) },
  }));
}

/** Copies the content n times, suffixing every ID (and every reference to one) with -x<i>. */
function synthesize(n: number): string {
  const src = resolve('content');
  const atlas = loadAtlas(src);
  const ids = new Set(atlas.entities.keys());
  const dir = mkdtempSync(join(tmpdir(), `atlas-x${n}-`));
  const rename = (v: unknown, suffix: string): unknown => {
    if (typeof v === 'string') return ids.has(v) ? `${v}${suffix}` : v;
    if (Array.isArray(v)) return v.map((x) => rename(x, suffix));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' && typeof x === 'string' && !ids.has(x) ? `${x}${suffix}` : rename(x, suffix)]));
    return v;
  };
  for (const kind of readdirSync(src)) {
    const kdir = join(src, kind);
    if (!statSync(kdir).isDirectory() || kind === 'articles') continue;
    mkdirSync(join(dir, kind), { recursive: true });
    for (const file of readdirSync(kdir).filter((f) => f.endsWith('.yaml'))) {
      const items = parseDocument(readFileSync(join(kdir, file), 'utf8')).toJS() as unknown[];
      const all = Array.from({ length: n }, (_, i) => (i === 0 ? items : (rename(items, `-x${i}`) as unknown[]))).flat();
      writeFileSync(join(dir, kind, file), JSON.stringify(all)); // JSON is YAML
    }
  }
  return dir;
}

async function browserMetrics(dist: string) {
  const exe = findChromium();
  if (!exe) return undefined;
  const port = 4490;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 800));
    const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
    const out: Record<string, number> = {};
    Object.assign(out, await benchSearch(browser, `http://127.0.0.1:${port}`));
    if (existsSync(join(dist, 'en/graph/index.html'))) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${port}/en/graph/`);
      await page.waitForFunction(() => document.querySelector('graph-explorer')?.getAttribute('data-ready') === 'true', null, { timeout: 30_000 });
      out.explorerFirstRenderMs = Date.now() - t0;
      await page.close();
    }
    await browser.close();
    return out;
  } finally {
    server.kill();
  }
}

const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, budgets: { ...BUDGET, lighthouse: LIGHTHOUSE_BUDGET }, runs: [] as unknown[] };
const runs = report.runs as { scale: number; entities: number; seconds: number; pages: number; weights?: TemplateWeights[]; browser?: Record<string, number> }[];
const problems: string[] = [];

const realOut = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const real = build(resolve('content'), realOut, { SITE_URL: `http://127.0.0.1:${LH_PORT}` });
const w = weights(realOut);
const browser = skipBrowser ? undefined : await browserMetrics(realOut);
let lighthouse: Awaited<ReturnType<typeof lighthouseRun>> | undefined;
if (!skipLighthouse && findChromium()) {
  console.log(`\nLighthouse (mobile), one page per template, budget ${LIGHTHOUSE_BUDGET} in each category`);
  console.log(LH_HEADER);
  lighthouse = await withServer(realOut, LH_PORT, (origin) => lighthouseRun(origin, lighthousePaths(realOut), console.log));
  report.lighthouse = lighthouse;
  problems.push(...lighthouseProblems(lighthouse));
}
runs.push({ scale: 1, entities: loadAtlas(resolve('content')).entities.size, ...real, weights: w, browser });
for (const n of scales) {
  const dir = synthesize(n);
  const out = mkdtempSync(join(tmpdir(), `atlas-bench-x${n}-`));
  const r = build(dir, out);
  runs.push({ scale: n, entities: loadAtlas(dir).entities.size, ...r });
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

console.log('\nPage weights (gzip), real content, per template: median / max');
console.log('template'.padEnd(34), 'pages'.padStart(6), 'HTML'.padStart(18), 'CSS'.padStart(18), 'JS'.padStart(18));
for (const t of w) {
  console.log(t.template.padEnd(34), String(t.pages).padStart(6), `${kb(t.html.median)} / ${kb(t.html.max)}`.padStart(18), `${kb(t.css.median)} / ${kb(t.css.max)}`.padStart(18), `${kb(t.js.median)} / ${kb(t.js.max)}`.padStart(18));
  const isGraph = /\/graph\/$/.test(t.template);
  if (t.js.max > (isGraph ? BUDGET.graphJs : BUDGET.readingJs)) problems.push(`${t.template}: JS ${kb(t.js.max)} over budget ${kb(isGraph ? BUDGET.graphJs : BUDGET.readingJs)}`);
  if (t.css.max > BUDGET.readingCss) problems.push(`${t.template}: CSS ${kb(t.css.max)} over budget ${kb(BUDGET.readingCss)}`);
}
console.log('\nBuilds');
console.log('scale'.padEnd(8), 'entities'.padStart(9), 'pages'.padStart(8), 'seconds'.padStart(9), 's / 1000 pages'.padStart(16));
for (const r of runs) console.log(`${r.scale}×`.padEnd(8), String(r.entities).padStart(9), String(r.pages).padStart(8), r.seconds.toFixed(1).padStart(9), ((r.seconds / r.pages) * 1000).toFixed(1).padStart(16));
if (browser) {
  console.log('\nBrowser');
  for (const [k, v] of Object.entries(browser)) console.log(k.padEnd(34), k.endsWith('Ms') ? `${v} ms` : kb(v));
  for (const [k, v] of Object.entries(browser)) if (/^pagefind(FirstQuery|VariantQuery)_/.test(k) && v > BUDGET.searchFirstQuery) problems.push(`${k}: ${kb(v)} over budget ${kb(BUDGET.searchFirstQuery)}`);
}
const graph = benchGraph({ nodes: 5000, edges: 15000 });
report.graph5k = graph;
console.log('\nGraph, synthetic 5,000 nodes / 15,000 edges');
console.log(`layout ${graph.layoutMs.toFixed(0)} ms (${graph.ticks} ticks), depth-2 neighbourhood ${graph.neighbourhoodMs.toFixed(1)} ms (${graph.neighbourhoodNodes} nodes), JSON ${kb(graph.jsonGzipBytes)} gzip; CPU calibration ${graph.cpuCalibrationMs.toFixed(0)} ms`);
if (real.seconds > BUDGET.buildSeconds) problems.push(`real build took ${real.seconds.toFixed(1)} s (budget ${BUDGET.buildSeconds} s)`);
report.problems = problems;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2));
rmSync(realOut, { recursive: true, force: true });
console.log(`\nreport: reports/bench.json${problems.length ? `\nOVER BUDGET:\n  ${problems.join('\n  ')}` : '\nall budgets met'}`);
process.exit(problems.length ? 1 : 0);

