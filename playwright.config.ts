import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/lib/chromium.ts';

/** dist/ is served at the root; dist-base/ (BASE_PATH=/atlas/ build, made by `npm test`) under /atlas/. */
const PORT = Number(process.env.E2E_PORT ?? 4411);
const BASE_PORT = PORT + 1;
const withBasePath = existsSync('dist-base/index.html');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PORT}` } },
    ...(withBasePath ? [{ name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${BASE_PORT}/atlas/` } }] : []),
  ],
  webServer: [
    { command: `node scripts/serve.mjs --port ${PORT} --base /`, url: `http://127.0.0.1:${PORT}/en/`, reuseExistingServer: false, timeout: 30_000 },
    ...(withBasePath
      ? [{ command: `node scripts/serve.mjs --dir dist-base --port ${BASE_PORT} --base /atlas/`, url: `http://127.0.0.1:${BASE_PORT}/atlas/en/`, reuseExistingServer: false, timeout: 30_000 }]
      : []),
  ],
});
