import { test, expect } from '@playwright/test';
import { templatePaths } from './templates.ts';
import { watch } from './network.ts';

const paths = templatePaths();

test('the template list covers the main page kinds', () => {
  expect(paths.length).toBeGreaterThan(12);
  for (const p of ['/en/documents/:id/', '/ja/controls/:id/', '/en/landscape/']) {
    const re = new RegExp(`^${p.replace(':id', '[^/]+')}$`);
    expect(paths.some((x) => re.test(x)), p).toBe(true);
  }
});

// One test per template, three loads: as linked, with hostile query strings, and with JavaScript off.
for (const path of paths) {
  test(`${path}: no request leaves the origin, no CSP violation, hostile query strings change nothing, readable without JavaScript`, async ({ page, browser }) => {
    const w = watch(page);
    await w.ready;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });

    await test.step('as linked: no request leaves the origin, no CSP violation', async () => {
      await page.goto(path);
      await w.settled();
      expect.soft(w.outside, 'requests that left the origin').toEqual([]);
      expect.soft(await w.csp(), 'CSP violations').toEqual([]);
      expect.soft(dialogs, 'dialogs').toBe(0);
    });

    await test.step('hostile query strings change nothing', async () => {
      const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
      const q = ['q', 'focus', 'schemes', 'kind', 'kinds', 'stage', 'committee', 'depth', 'rels', 'topic', 'audience', 'lifecycle', 'risk', 'type'].map((k) => `${k}=${evil}`).join('&');
      await page.goto(`${path}?${q}#${evil}`);
      await w.settled();
      await expect.soft(page.locator('img[src="x"]'), 'hostile query: injected image').toHaveCount(0);
      expect.soft(dialogs, 'hostile query: dialogs').toBe(0);
      expect.soft(await w.csp(), 'hostile query: CSP violations').toEqual([]);
      expect.soft(w.outside, 'hostile query: requests that left the origin').toEqual([]);
    });

    await test.step('readable without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const off = await context.newPage();
      const res = await off.goto(path);
      expect.soft(res?.status(), 'JavaScript off: status').toBe(200);
      await expect.soft(off.getByRole('heading', { level: 1 }), 'JavaScript off: heading').toBeVisible();
      const text = (await off.locator('main').innerText()).trim();
      expect.soft(text.length, 'JavaScript off: length of the text in <main>').toBeGreaterThan(80);
      await context.close();
    });
  });
}

test('search runs under the CSP (WebAssembly allowed, nothing else)', async ({ page }) => {
  const w = watch(page);
  await w.ready;
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('firmware');
  await expect(page.getByRole('dialog').locator('.search-results a').first()).toBeVisible();
  expect(await w.csp()).toEqual([]);
  expect(w.outside).toEqual([]);
});
