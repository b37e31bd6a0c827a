import { test, expect } from '@playwright/test';

// Runs against the BASE_PATH=/atlas/ build (dist-base/), served under /atlas/. Paths here are relative to it.

test('under /atlas/: navigation, language switch and assets keep the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SC 27 Atlas');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page).toHaveURL(/\/atlas\/en\/documents\/$/);
  await page.getByRole('link', { name: 'ISO/IEC 27400:2022' }).click();
  await expect(page).toHaveURL(/\/atlas\/en\/documents\/iso-iec-27400\/$/);
  await page.getByRole('link', { name: 'この頁を日本語で読む' }).click();
  await expect(page).toHaveURL(/\/atlas\/ja\/documents\/iso-iec-27400\/$/);
  await page.getByRole('combobox').count(); // page settled
  expect(failed).toEqual([]);
});

test('under /atlas/: search loads its index from the base path', async ({ page }) => {
  await page.goto('ja/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('ファームウェア');
  const first = page.getByRole('dialog').locator('.search-results a').first();
  await expect(first).toContainText('ファームウェア');
  expect(await first.getAttribute('href')).toMatch(/^\/atlas\/ja\//);
  await first.click();
  await expect(page).toHaveURL(/\/atlas\/ja\/(requirements|controls)\//);
});

test('under /atlas/: the documents filter works', async ({ page }) => {
  await page.goto('en/documents/?committee=sc-27-wg-1');
  const rows = page.locator('tbody tr:visible');
  await expect(rows.first()).toBeVisible();
  for (const r of await rows.all()) await expect(r.getByRole('cell').nth(2)).toHaveText('WG 1');
});

test('under /atlas/: the graph explorer loads its data and links under the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('en/graph/?focus=iso-iec-27400');
  await expect(page.locator('graph-explorer')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.slice(0, 50).map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const h of hrefs) expect(h).toMatch(/^\/atlas\//);
  expect(failed).toEqual([]);
});

test('under /atlas/: the feed of status changes is linked and its entries point under the base path', async ({ page }) => {
  await page.goto('en/landscape/');
  const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toMatch(/\/atlas\/en\/feeds\/status\.xml$/);
  const res = await page.request.get('en/feeds/status.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  const ok = await page.evaluate((x) => !new DOMParser().parseFromString(x, 'application/xml').getElementsByTagName('parsererror').length, xml);
  expect(ok).toBe(true);
  expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="[^"]*\/atlas\/en\/documents\//);
});
