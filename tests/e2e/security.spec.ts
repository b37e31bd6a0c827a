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

// Per template (as linked, with hostile query strings, with JavaScript off): every-template.spec.ts.

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
