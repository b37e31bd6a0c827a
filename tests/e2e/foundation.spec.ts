import { test, expect } from '@playwright/test';

test('home → landscape → a WG 4 project → its committee', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1, name: 'SC 27 Atlas' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Landscape' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Landscape' })).toBeVisible();
  // The outline nests ISO / IEC → JTC 1 → SC 27 → WG 4 → topic → project.
  const wg4 = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^WG 4 / }) }).first();
  await wg4.getByRole('link', { name: /ISO\/IEC 27400:2022/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27400\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IoT security and privacy');
  await page.getByRole('term').filter({ hasText: 'Committee' }).locator('+ dd').getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/bodies\/sc-27-wg-4\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Security controls and services');
  // and the committee lists the project back
  await expect(page.getByRole('region', { name: 'Relations' }).getByRole('link', { name: /ISO\/IEC 27400:2022/ })).toBeVisible();
});

test('the language switch on a document page lands on the same document', async ({ page }) => {
  await page.goto('/en/documents/iso-iec-27402/');
  const enTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: 'この頁を日本語で読む' }).click();
  await expect(page).toHaveURL(/\/ja\/documents\/iso-iec-27402\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(enTitle ?? '');
  await expect(page.locator('.designation')).toHaveText(/ISO\/IEC 27402/);
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27402\/$/);
});

test('filtering the documents list to WG 4 + published', async ({ page }) => {
  await page.goto('/en/documents/');
  const rows = page.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(50);
  await page.getByRole('combobox', { name: 'Committee / WG' }).selectOption({ label: 'WG 4' });
  await page.getByRole('combobox', { name: 'Current stage' }).selectOption({ label: 'Published' });
  const visible = page.locator('tbody tr:visible');
  const n = await visible.count();
  expect(n).toBeGreaterThan(5);
  expect(n).toBeLessThan(total);
  await expect(page.getByText(`${n} of ${total} documents`)).toBeVisible();
  for (const row of await visible.all()) {
    await expect(row.getByRole('cell').nth(2)).toHaveText('WG 4');
    await expect(row.getByRole('cell').nth(3)).toContainText('Published');
  }
  // A WG 4 document still at draft stage is filtered out; a WG 1 one too.
  await expect(page.getByRole('link', { name: 'ISO/IEC TS 27100:2020' })).toBeHidden();
  // The selection is in the URL and survives a reload.
  await expect(page).toHaveURL(/committee=sc-27-wg-4/);
  await expect(page).toHaveURL(/stage=published/);
  await page.reload();
  await expect(page.locator('tbody tr:visible')).toHaveCount(n);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page.locator('tbody tr:visible')).toHaveCount(total);
});

test('untrusted filter values in the URL are ignored', async ({ page }) => {
  await page.goto('/en/documents/?stage=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&committee=nope');
  const total = await page.locator('tbody tr').count();
  await expect(page.locator('tbody tr:visible')).toHaveCount(total);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('without JavaScript the whole documents list is there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ja/documents/');
  const total = await page.locator('tbody tr').count();
  expect(total).toBeGreaterThan(50);
  await expect(page.locator('tbody tr:visible')).toHaveCount(total);
  await expect(page.getByRole('combobox')).toHaveCount(0); // the filter form stays hidden
  await context.close();
});

test('unknown pages get the bilingual 404', async ({ page }) => {
  const res = await page.goto('/en/documents/no-such-document/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
  await expect(page.getByRole('link', { name: 'ホームへ' })).toBeVisible();
});
