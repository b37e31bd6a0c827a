/**
 * `npm test`: every test, in order — unit tests (Vitest), the type check, the build (content validation, Astro, Pagefind),
 * post-build checks, then the browser tests (Playwright, real Chromium). Ends with one line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found: install Debian\'s "chromium" and "fonts-noto-cjk" (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
  process.exit(1);
}
mkdirSync('reports', { recursive: true });
rmSync('reports/unit.json', { force: true });
rmSync('reports/e2e.json', { force: true });

const run = (label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
};

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
const checkOk = buildOk && run('post-build checks', 'npx', ['tsx', 'scripts/check-site.ts']);
steps.push(['post-build checks', checkOk]);
// The same site under a sub-path, for the base-path browser tests. The first build has no SITE_URL (every address
// root-relative); this one has one (absolute canonical, hreflang, sitemap and citations), so both kinds are checked.
rmSync('dist-base', { recursive: true, force: true });
const baseEnv = { ...process.env, BASE_PATH: '/atlas/', OUT_DIR: 'dist-base', SITE_URL: 'https://sc27-atlas.test' };
const baseOk = buildOk && run('build under /atlas/', 'npx', ['astro', 'build'], baseEnv) && run('post-build checks under /atlas/', 'npx', ['tsx', 'scripts/check-site.ts', '--dir', 'dist-base'], baseEnv);
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

console.log('\n=== summary');
for (const [name, ok] of steps) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
const stepFailures = steps.filter(([, ok]) => !ok).length;
console.log(`tests: ${passed} passed, ${failed + (failed === 0 ? stepFailures : 0)} failed`);
process.exit(stepFailures ? 1 : 0);
