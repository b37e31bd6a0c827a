import { test, expect } from '@playwright/test';

// Issue 15 §7: state that travels — the language switch keeps what you were looking at; the search dialog
// tells the truth about its count, links to all results and closes with one Esc; search says when it needs JS.

test('the language switch carries the search query to the twin page', async ({ page }) => {
  await page.goto('/en/search/?q=firmware');
  await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toHaveValue('firmware');
  await page.getByRole('link', { name: 'この頁を日本語で読む' }).click();
  await expect(page).toHaveURL(/\/ja\/search\/\?q=firmware$/);
  await expect(page.getByRole('searchbox', { name: 'アトラスを検索' })).toHaveValue('firmware');
});

test('the language switch carries list filters, as changed on the page, and the hash', async ({ page }) => {
  await page.goto('/en/documents/');
  await page.getByRole('combobox', { name: 'Committee / WG' }).selectOption('sc-27-wg-1');
  await expect(page).toHaveURL(/committee=sc-27-wg-1/);
  await page.getByRole('link', { name: 'この頁を日本語で読む' }).click();
  await expect(page).toHaveURL(/\/ja\/documents\/\?committee=sc-27-wg-1$/);
  await expect(page.getByRole('combobox', { name: '委員会 / WG' })).toHaveValue('sc-27-wg-1');
  await page.goto('/ja/documents/iso-iec-27400/#status-h');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27400\/#status-h$/);
});

test('the language switch opens the Japanese scheme comparison with the same schemes selected', async ({ page }) => {
  await page.goto('/en/schemes/compare/?schemes=jc-star,uk-psti');
  await page.getByRole('link', { name: 'この頁を日本語で読む' }).click();
  await expect(page).toHaveURL(/\/ja\/schemes\/compare\/\?schemes=jc-star,uk-psti$/);
  await expect(page.locator('th', { hasText: 'JC-STAR' }).first()).toBeVisible();
});

test('the search dialog gives the true count, links to all results, and one Esc closes it', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('software');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/^\d+ results$/);
  const total = Number((await status.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(5);
  await expect(dialog.locator('.search-results a')).toHaveCount(5);
  const all = dialog.getByRole('link', { name: `All ${total} results on the search page` });
  await all.click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=software$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText(`${total} results`);
  await expect(page.locator('[data-results] .search-results a')).toHaveCount(10);
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(page.locator('[data-results] .search-results a')).toHaveCount(Math.min(20, total));

  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('firmware');
  await expect(dialog.getByRole('status')).not.toHaveText('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('with JavaScript off, the search page says search needs it and offers lists to browse', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/ja/search/?q=test');
  await expect(page.getByText('検索にはJavaScriptが必要です')).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: '文書' }).click();
  await expect(page).toHaveURL(/\/ja\/documents\/$/);
  await context.close();
});
