import { test, expect } from '@playwright/test';

test.describe('CPS page', () => {
  test('a layer opens by keyboard and shows its standards; a click opens another', async ({ page }) => {
    await page.goto('/en/cps/');
    const tabs = page.getByRole('tablist', { name: 'Layers of the diagram' });
    await expect(tabs.getByRole('tab')).toHaveCount(3);
    // Without interaction, layer 1 is shown and the static table has given way to the panels.
    await expect(page.getByRole('tab', { name: /^Layer 1:/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table')).toBeHidden();

    // Keyboard: from the link just before the figure, Tab lands on the selected layer; ↑ moves to layer 2; Enter shows it.
    await page.getByRole('link', { name: 'Three-layer model of cyber-physical systems', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: /^Layer 1:/ })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const layer2 = page.getByRole('tab', { name: /^Layer 2:/ });
    await expect(layer2).toBeFocused();
    await expect(layer2).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name: /^Layer 2:/ });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: /transcription|cyberspace and physical space/i })).toBeVisible();
    await expect(panel.getByText('Trustworthy transcription between physical space and cyberspace').first()).toBeVisible();
    // its standards, each a link to the document
    await expect(panel.getByRole('link', { name: 'ISO/IEC TS 5689' })).toBeVisible();
    await expect(panel.getByRole('link', { name: /Cyber\/Physical Security Framework/ })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toHaveCount(1); // the others are hidden

    // Home/End and the mouse work too.
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: /^Layer 3:/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: /^Layer 3:/ })).toContainText('Trustworthy data');
    await page.getByRole('tab', { name: /^Layer 1:/ }).click();
    await expect(page.getByRole('tabpanel', { name: /^Layer 1:/ })).toContainText('management');
  });

  test('without JavaScript the figure is an image and a table shows every layer', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ja/cps/');
    await expect(page.getByRole('img', { name: 'サイバーフィジカルシステムの三層構造モデル' })).toBeVisible();
    await expect(page.getByRole('tab')).toHaveCount(0);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(4);
    for (const n of [1, 2, 3]) await expect(table.getByRole('rowheader', { name: new RegExp(`^第${n}層`) })).toBeVisible();
    await expect(table.getByRole('link', { name: 'ISO/IEC TS 5689' })).toHaveCount(3);
    await context.close();
  });
});

test.describe('glossary', () => {
  test('a first-mention link in a summary lands on the term, whose page does not link to itself', async ({ page }) => {
    await page.goto('/en/documents/iso-iec-27400/');
    const summary = page.getByRole('region', { name: 'Summary' });
    // only the first mention is linked
    await expect(summary.getByRole('link', { name: 'risk sources' })).toHaveCount(1);
    await summary.getByRole('link', { name: 'risk sources' }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/term-risk-source\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('risk source');
    await expect(page.getByRole('region', { name: 'Definitions' })).toContainText('ISO/IEC 27400');
    await expect(page.locator('main a[href$="/glossary/term-risk-source/"]')).toHaveCount(0);
    // other terms in the definitions are linked
    await expect(page.getByRole('region', { name: 'Definitions' }).getByRole('link', { name: /^risks?$/ }).first()).toBeVisible();
  });

  test('the index lists every term with an anchor, sorted alphabetically', async ({ page }) => {
    await page.goto('/en/glossary/#term-cybersecurity');
    const entry = page.locator('#term-cybersecurity');
    await expect(entry.getByRole('heading', { level: 2 })).toContainText('cybersecurity');
    await expect(entry.getByRole('link', { name: /X\.1205/ })).toBeVisible();
    const names = await page.getByRole('navigation', { name: 'Terms' }).getByRole('link').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.getByRole('navigation', { name: 'Terms' }).getByRole('link', { name: 'security by design' }).click();
    await expect(page).toHaveURL(/#term-security-by-design$/);
    await expect(page.locator('#term-security-by-design')).toBeInViewport();
  });
});

test.describe('model pages', () => {
  test('TR 27103 lists its five functions with anchors and the standards they are mapped to', async ({ page }) => {
    await page.goto('/en/models/iso-iec-27103-functions/#iso-iec-27103-respond');
    const elements = page.getByRole('region', { name: /Elements/ });
    await expect(elements.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(5);
    await expect(page.locator('#iso-iec-27103-respond')).toBeInViewport();
    const respond = page.locator('#iso-iec-27103-respond');
    await expect(respond.getByRole('heading')).toHaveText('RESPOND');
    await expect(respond).toContainText('response planning and management process');
    await respond.getByRole('link', { name: /ISO\/IEC 27035/ }).click();
    await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27035\/$/);
  });
});

test.describe('timeline', () => {
  test('lists every document that has a dated status, each point linking to its document', async ({ page }) => {
    await page.goto('/en/documents/');
    const documents = await page.locator('tbody tr').count();
    expect(documents).toBeGreaterThan(50);
    await page.goto('/en/timeline/');
    const rows = page.locator('[data-row]');
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(documents);
    const docs = new Set(await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.doc)));
    expect(docs.size).toBe(documents);
    await expect(page.getByText(`${total} of ${total} entries`)).toBeVisible();
    // the axis is a described image
    await expect(page.getByRole('img', { name: /Status entries per year/ })).toBeVisible();
    // a point links to its document
    const first = page.getByRole('region', { name: /^2022/ }).getByRole('link', { name: 'ISO/IEC 27400:2022' }).first();
    await first.click();
    await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27400\/$/);
  });

  test('filters by WG, hiding the years left empty', async ({ page }) => {
    await page.goto('/en/timeline/');
    const total = await page.locator('[data-row]').count();
    await page.getByRole('combobox', { name: 'Committee / WG' }).selectOption({ label: 'WG 1' });
    const visible = page.locator('[data-row]:visible');
    const n = await visible.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    await expect(page.getByText(`${n} of ${total} entries`)).toBeVisible();
    for (const c of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.committee))) expect(c).toBe('sc-27-wg-1');
    // 2008 only has ITU-T X.1205, so its year disappears
    await expect(page.getByRole('heading', { level: 2, name: /^2008/ })).toBeHidden();
    await expect(page).toHaveURL(/committee=sc-27-wg-1/);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page.locator('[data-row]:visible')).toHaveCount(total);
    await expect(page.getByRole('heading', { level: 2, name: /^2008/ })).toBeVisible();
  });
});

test.describe('articles', () => {
  test('the index lists the articles and the language switch lands on the same article', async ({ page }) => {
    await page.goto('/en/articles/');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(5);
    await page.getByRole('link', { name: 'Why international cyber standards?' }).click();
    await expect(page).toHaveURL(/\/en\/articles\/why-international-cyber-standards\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why international cyber standards?');
    // <Ref> links render the designation and go to the entity page
    await expect(page.getByRole('article').getByRole('link', { name: 'ISO/IEC TS 27100:2020' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('slide “サイバーセキュリティ標準の効果”');
    await page.getByRole('link', { name: 'この頁を日本語で読む' }).click();
    await expect(page).toHaveURL(/\/ja\/articles\/why-international-cyber-standards\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('なぜサイバーセキュリティの国際標準が必要か');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(/\/en\/articles\/why-international-cyber-standards\/$/);
  });

  test('the participants article has its figure, and every article links back to the concepts hub', async ({ page }) => {
    await page.goto('/ja/articles/who-takes-part/');
    await expect(page.getByRole('img', { name: '国際標準化に参加する団体' })).toBeVisible();
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '概念' }).click();
    await expect(page).toHaveURL(/\/ja\/concepts\/$/);
    for (const name of ['サイバーフィジカルシステムの三層構造', 'ISO/IEC TR 27103の5つの機能', '用語集', '解説記事', '年表']) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true }).first()).toBeVisible();
    }
  });
});
