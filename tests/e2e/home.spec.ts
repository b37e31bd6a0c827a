import { test, expect } from '@playwright/test';

test.describe('home: the landscape at a glance', () => {
  test('every box of the SVG is a named link; a document tile and a topic group lead where they say', async ({ page }) => {
    await page.goto('/en/');
    const region = page.getByRole('region', { name: 'The landscape at a glance' });
    const svg = region.locator('svg.icicle');
    await expect(svg).toBeVisible();
    const links = svg.getByRole('link');
    expect(await links.count()).toBeGreaterThan(40);
    for (const name of await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))) expect(name.length).toBeGreaterThan(3);
    await svg.getByRole('link', { name: /^ISO\/IEC 27400:2022 / }).click();
    await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27400\/$/);
    await page.goBack();
    await page.getByRole('region', { name: 'The landscape at a glance' }).locator('svg').getByRole('link', { name: /^WG 4: IoT security and privacy, CPS/ }).click();
    await expect(page).toHaveURL(/\/en\/documents\/\?committee=sc-27-wg-4&topic=iot-cps$/);
    await expect(page.getByRole('link', { name: 'ISO/IEC 27400:2022' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ISO/IEC 27001:2022' })).toBeHidden();
  });

  test('the text twin lists the same links, and the SVG fits a 390 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ja/');
    const region = page.getByRole('region', { name: '全体像をひと目で' });
    const svgNames = await region.locator('svg').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await region.getByText('同じ内容をリストで見る').click();
    const list = region.locator('details').getByRole('list').first();
    await expect(list).toBeVisible();
    const listHrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listHrefs).toEqual(svgNames);
    await list.getByRole('link', { name: /^WG 1 / }).click();
    await expect(page).toHaveURL(/\/ja\/bodies\/sc-27-wg-1\/$/);
    await page.goBack();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await page.locator('svg.icicle').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
  });

  test('latest changes: five dated status changes, newest first, each linking its document', async ({ page }) => {
    for (const [lang, name] of [['en', 'Latest changes'], ['ja', '最近の変更']] as const) {
      await page.goto(`/${lang}/`);
      const items = page.getByRole('region', { name }).getByRole('listitem');
      await expect(items).toHaveCount(5);
      const dates = await items.locator('.mono').allTextContents();
      const sorted = [...dates].sort().reverse();
      expect(dates.map((d) => d.replace('*', ''))).toEqual(sorted.map((d) => d.replace('*', '')));
      const link = items.first().getByRole('link');
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^/${lang}/documents/[a-z0-9-]+/$`));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
    }
  });

  test('without JavaScript the picture, its links and the list are all there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/');
    const region = page.getByRole('region', { name: 'The landscape at a glance' });
    await expect(region.locator('svg').getByRole('link', { name: /^ISO\/IEC 27402:2023 / })).toBeVisible();
    await region.getByText('The same as a list').click();
    await expect(region.locator('details').getByRole('link', { name: /^ISO\/IEC 27402:2023 / })).toBeVisible();
    await context.close();
  });
});
