/**
 * Finds a Chromium for the tests: Playwright's own if installed, else CHROMIUM_PATH, else /usr/bin/chromium.
 * Returns undefined when there is none (the test runner then stops with one line saying how to get one).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string | undefined {
  const candidates = [safe(() => chromium.executablePath()), process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Launch flags: headless, no sandbox (CI runs as root), and no background network traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
