import { test, expect, type Page } from '@playwright/test';
import { templatePaths } from './templates.ts';

const paths = templatePaths();

/** Collects CSP violations and requests that leave the page's origin. */
async function watch(page: Page) {
  const outside: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== new URL(page.url() === 'about:blank' ? u : page.url()).origin) outside.push(u);
  });
  return { outside, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

test('the template list covers the main page kinds', () => {
  expect(paths.length).toBeGreaterThan(12);
  for (const p of ['/en/documents/:id/', '/ja/controls/:id/', '/en/landscape/']) {
    const re = new RegExp(`^${p.replace(':id', '[^/]+')}$`);
    expect(paths.some((x) => re.test(x)), p).toBe(true);
  }
});

for (const path of paths) {
  test(`${path}: no request leaves the origin, no CSP violation`, async ({ page }) => {
    const w = await watch(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(w.outside).toEqual([]);
    expect(await w.csp()).toEqual([]);
  });

  test(`${path}: hostile query strings change nothing`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const w = await watch(page);
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    const q = ['q', 'focus', 'schemes', 'kind', 'kinds', 'stage', 'committee', 'depth', 'rels', 'topic', 'audience', 'lifecycle', 'risk', 'type'].map((k) => `${k}=${evil}`).join('&');
    await page.goto(`${path}?${q}#${evil}`, { waitUntil: 'networkidle' });
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(await w.csp()).toEqual([]);
  });

  test(`${path}: readable without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = (await page.locator('main').innerText()).trim();
    expect(text.length).toBeGreaterThan(80);
    await context.close();
  });
}

test('search runs under the CSP (WebAssembly allowed, nothing else)', async ({ page }) => {
  const w = await watch(page);
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('firmware');
  await expect(page.getByRole('dialog').locator('.search-results a').first()).toBeVisible();
  expect(await w.csp()).toEqual([]);
  expect(w.outside).toEqual([]);
});
