/**
 * `npm test`: every test, in order — unit tests (Vitest), the type check, the build (content validation, Astro, Pagefind),
 * post-build checks, then the browser tests (Playwright, real Chromium). The checks of the first build run while the
 * /atlas/ build runs (both mostly single-threaded on a 2-core machine). Prints each phase's time, then one line
 * "N passed, N failed".
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found: install Debian\'s "chromium" and "fonts-noto-cjk" (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
  process.exit(1);
}
const t0 = performance.now();
mkdirSync('reports', { recursive: true });
rmSync('reports/unit.json', { force: true });
rmSync('reports/e2e.json', { force: true });

/** label → seconds, in the order the phases ran. */
const times: [string, number][] = [];
const timed = <T,>(label: string, start: number, result: T) => (times.push([label, (performance.now() - start) / 1000]), result);

const run = (label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return timed(label, start, r.status === 0);
};
/** The same, without waiting (stdio inherited: a blocked parent must not leave the child's output pipe full). */
const runAsync = (label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  new Promise<boolean>((resolve) => {
    console.log(`\n=== ${label} (in parallel): ${cmd} ${args.join(' ')}`);
    const start = performance.now();
    spawn(cmd, args, { env, stdio: 'inherit' }).on('close', (code) => resolve(timed(label, start, code === 0)));
  });

let passed = 0;
let failed = 0;
const steps: [string, boolean][] = [];

const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json']);
steps.push(['unit tests', unitOk]);
if (existsSync('reports/unit.json')) {
  const j = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
}

steps.push(['type check', run('type check', 'npm', ['run', 'check'])]);

const buildOk = run('build', 'npm', ['run', 'build'], { ...process.env, SITE_URL: '' });
steps.push(['build', buildOk]);
// The same site under a sub-path, for the base-path browser tests. The first build has no SITE_URL (every address
// root-relative); this one has one (absolute canonical, hreflang, sitemap and citations), so both kinds are checked.
// The first build's checks run meanwhile.
rmSync('dist-base', { recursive: true, force: true });
const baseEnv = { ...process.env, BASE_PATH: '/atlas/', OUT_DIR: 'dist-base', SITE_URL: 'https://sc27-atlas.test' };
const [checkOk, baseBuildOk] = buildOk
  ? await Promise.all([runAsync('post-build checks', 'npx', ['tsx', 'scripts/check-site.ts']), runAsync('build under /atlas/', 'npx', ['astro', 'build'], baseEnv)])
  : [false, false];
steps.push(['post-build checks', checkOk]);
const baseOk = baseBuildOk && run('post-build checks under /atlas/', 'npx', ['tsx', 'scripts/check-site.ts', '--dir', 'dist-base'], baseEnv);
steps.push(['build and checks under /atlas/', baseOk]);
if (buildOk) {
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test']);
  steps.push(['browser tests', e2eOk]);
  if (existsSync('reports/e2e.json')) {
    const j = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
    passed += j.stats.expected;
    failed += j.stats.unexpected + (j.stats.flaky ?? 0);
  }
}

console.log('\n=== time per phase (wall clock; the two "in parallel" phases overlap)');
const total = times.reduce((a, [, t]) => a + t, 0);
for (const [label, t] of times) console.log(`${t.toFixed(1).padStart(7)} s  ${label}`);
console.log(`${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s  in all (phases add up to ${total.toFixed(1)} s)`);

console.log('\n=== summary');
for (const [name, ok] of steps) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
const stepFailures = steps.filter(([, ok]) => !ok).length;
console.log(`tests: ${passed} passed, ${failed + (failed === 0 ? stepFailures : 0)} failed`);
process.exit(stepFailures ? 1 : 0);
