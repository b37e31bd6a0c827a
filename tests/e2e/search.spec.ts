import { test, expect, type Page } from '@playwright/test';

/** Opens the header search with the "/" key and types a query; returns the dialog. */
async function headerSearch(page: Page, q: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill(q);
  await expect(dialog.getByRole('status')).not.toHaveText('');
  return dialog;
}

const firstResult = (scope: ReturnType<Page['getByRole']>) => scope.locator('.search-results a').first();

test.describe('search, Japanese', () => {
  const cases: [string, RegExp][] = [
    ['ファームウェア', /ソフトウェア及びファームウェアの更新/], // katakana word inside a compound title
    ['初期設定', /初期設定/],
    ['27402', /ISO\/IEC 27402:2023/], // a designation
    ['ISO/IEC 27402', /ISO\/IEC 27402:2023/],
    ['EN 303 645', /ETSI EN 303 645/],
    ['7.1.2.17', /7\.1\.2\.17/], // a clause number
    ['IoTセキュリティガイドライン', /IoTセキュリティガイドライン/], // mixed Latin and Japanese
  ];
  for (const [q, expected] of cases) {
    test(`"${q}" finds ${expected}`, async ({ page }) => {
      await page.goto('/ja/');
      const dialog = await headerSearch(page, q);
      await expect(firstResult(dialog)).toHaveText(expected);
    });
  }
});

test.describe('search, English', () => {
  const cases: [string, RegExp][] = [
    ['firmware updates', /Software and firmware updates/],
    ['vulnerability disclosure', /Vulnerability disclosure/],
    ['7.1.2.17', /7\.1\.2\.17 Provision of software and firmware updates/],
    ['27400', /ISO\/IEC 27400:2022/],
    ['5.3-13', /^5\.3-13 /], // an EN 303 645 provision ID finds its page
  ];
  for (const [q, expected] of cases) {
    test(`"${q}" finds ${expected}`, async ({ page }) => {
      await page.goto('/en/documents/');
      const dialog = await headerSearch(page, q);
      await expect(firstResult(dialog)).toHaveText(expected);
    });
  }
});

test('results are grouped by kind and reachable with the keyboard', async ({ page }) => {
  await page.goto('/en/');
  const dialog = await headerSearch(page, 'software');
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('.search-results a:focus');
  await expect(focused).toHaveCount(1);
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a compound from a control title finds the control among the first hits', async ({ page }) => {
  await page.goto('/ja/');
  const dialog = await headerSearch(page, '脆弱性情報');
  await expect(dialog.locator('.search-results a', { hasText: '7.1.2.18' })).toBeVisible();
});

test('the search page groups its results by kind', async ({ page }) => {
  await page.goto('/ja/search/?q=' + encodeURIComponent('脆弱性情報'));
  for (const kind of ['文書', '管理策', '要求事項']) await expect(page.getByRole('main').getByRole('heading', { name: kind, level: 3 })).toBeVisible();
});

test('Ctrl+K opens search and Escape closes it', async ({ page }) => {
  await page.goto('/ja/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the search page reads ?q= and narrows by kind', async ({ page }) => {
  await page.goto('/ja/search/?q=' + encodeURIComponent('ファームウェア'));
  await expect(page.getByRole('searchbox')).toHaveValue('ファームウェア');
  const results = page.locator('[data-results] .search-results a');
  await expect(results.first()).toBeVisible();
  const all = await results.count();
  await page.getByRole('combobox', { name: '種類' }).selectOption('管理策');
  await expect(page).toHaveURL(/kind=/);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['管理策']);
  expect(await results.count()).toBeLessThan(all);
  await expect(results.first()).toContainText('7.1.2.17');
});

test('hostile ?q= is searched as text, never injected', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/en/search/?q=' + encodeURIComponent('<img src=x onerror=alert(1)>') + '&kind=' + encodeURIComponent('"><script>alert(2)</script>'));
  await expect(page.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.getByRole('status')).not.toHaveText('');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('');
  expect(dialogs).toBe(0);
});

test.describe('the JIS ↔ ISO/IEC bridge', () => {
  for (const lang of ['ja', 'en'] as const) {
    test(`"JIS Q 27001" finds the JIS and its ISO/IEC counterpart (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      const dialog = await headerSearch(page, 'JIS Q 27001');
      const results = dialog.locator('.search-results a');
      await expect(results.filter({ hasText: /^JIS Q 27001:2023/ })).toHaveCount(1);
      await expect(results.filter({ hasText: /^ISO\/IEC 27001\b/ })).toHaveCount(1);
    });
  }

  test('a JIS page links its ISO/IEC counterpart, and the counterpart links back', async ({ page }) => {
    await page.goto('/ja/documents/jis-q-27017/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('クラウドサービスのための情報セキュリティ管理策');
    await page.getByRole('link', { name: /ISO\/IEC 27017:2015/ }).first().click();
    await expect(page).toHaveURL(/\/ja\/documents\/iso-iec-27017\/$/);
    await page.getByRole('link', { name: /JIS Q 27017:2016/ }).first().click();
    await expect(page).toHaveURL(/\/ja\/documents\/jis-q-27017\/$/);
  });
});
