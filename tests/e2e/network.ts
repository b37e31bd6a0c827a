/**
 * What a page asks for: when its network has settled, requests that leave its origin, CSP violations.
 * `settled()` stands in for Playwright's `waitUntil: 'networkidle'`, which always waits 500 ms after the last
 * request: it returns once no request has been in flight for `quietMs` (call it after page.goto, which waits for
 * the load event).
 */
import type { Page } from '@playwright/test';

export function network(page: Page) {
  let inflight = 0;
  let last = Date.now();
  page.on('request', () => {
    inflight++;
    last = Date.now();
  });
  const end = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    async settled(quietMs = 200, timeout = 20_000) {
      const t0 = Date.now();
      while (inflight > 0 || Date.now() - last < quietMs) {
        if (Date.now() - t0 > timeout) throw new Error(`${inflight} request(s) still in flight after ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/** Collects CSP violations and requests that leave the page's origin. Await `ready` before the first navigation. */
export function watch(page: Page) {
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== new URL(page.url() === 'about:blank' ? u : page.url()).origin) outside.push(u);
  });
  const ready = page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { ...network(page), ready, outside, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}
