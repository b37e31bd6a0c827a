import { test, expect } from '@playwright/test';

test('all 45 controls are listed; privacy + IoT user leaves exactly 3', async ({ page }) => {
  await page.goto('/en/controls/');
  await expect(page.locator('tbody tr')).toHaveCount(45);
  await expect(page.getByText('45 of 45 controls')).toBeVisible();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Privacy' });
  await page.getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'IoT user' });
  const rows = page.locator('tbody tr:visible');
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('3 of 45 controls')).toBeVisible();
  await expect(rows.locator('td:first-child')).toHaveText(['7.2.3.1', '7.2.3.2', '7.2.3.3']);
  await expect(page).toHaveURL(/kind=privacy&audience=user|audience=user.*kind=privacy/);
});

test('filtering by life-cycle stage and by risk source', async ({ page }) => {
  await page.goto('/ja/controls/?lifecycle=end-of-life');
  const rows = page.locator('tbody tr:visible');
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(45);
  for (const r of await rows.all()) await expect(r.getByRole('cell').nth(4)).toContainText('寿命後');
  await page.getByRole('combobox', { name: 'リスク源' }).selectOption({ index: 1 });
  expect(await rows.count()).toBeLessThanOrEqual(n);
});

test('without JavaScript all 45 controls are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ja/controls/');
  await expect(page.locator('tbody tr:visible')).toHaveCount(45);
  await context.close();
});

test('from 7.1.2.17 to the 27402 requirement it maps to, and back', async ({ page }) => {
  await page.goto('/en/controls/iso-iec-27400-7-1-2-17/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provision of software and firmware updates');
  const relations = page.getByRole('region', { name: 'Relations' });
  await relations.getByRole('link', { name: /^5\.2\.7 / }).click();
  await expect(page).toHaveURL(/\/en\/requirements\/iso-iec-27402-5-2-7\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Software and firmware updates');
  // the mapping shows its rationale and basis from this end too
  const back = page.getByRole('region', { name: 'Relations' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: /^7\.1\.2\.17 / }) });
  await expect(back).toContainText('derived by us');
  await back.getByRole('link', { name: /^7\.1\.2\.17 / }).click();
  await expect(page).toHaveURL(/\/en\/controls\/iso-iec-27400-7-1-2-17\/$/);
});

test('a risk source lists the controls that answer it', async ({ page }) => {
  await page.goto('/en/risk-sources/');
  await page.getByRole('link', { name: /^a / }).click();
  const addressed = page.getByRole('region', { name: 'Relations' }).getByRole('heading', { name: /Addressed by/ });
  await expect(addressed).toBeVisible();
  await expect(page.getByRole('region', { name: 'Relations' }).getByRole('link', { name: /^7\.1\.2\.17 / })).toBeVisible();
});

test('the ISO/IEC 27400 crosswalk has 45 rows and its CSV has 45 data rows', async ({ page, request }) => {
  await page.goto('/en/crosswalk/');
  await page.getByRole('link', { name: 'Crosswalk: ISO/IEC 27400:2022' }).click();
  await expect(page).toHaveURL(/\/en\/crosswalk\/iso-iec-27400\/$/);
  await expect(page.locator('tbody tr')).toHaveCount(45);
  const headers = await page.locator('thead th').allTextContents();
  expect(headers).toEqual(expect.arrayContaining([expect.stringContaining('ISO/IEC 27402:2023'), expect.stringContaining('Risk sources')]));
  const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const lines = (await res.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines).toHaveLength(46);
  expect(lines[0].split(',').slice(0, 3)).toEqual(['id', 'clause', 'title']);
  expect(lines.find((l) => l.startsWith('iso-iec-27400-7-1-2-17,'))).toContain('5.2.7 Software and firmware updates');
});

test('the guideline page shows its 5 policies and 21 key points', async ({ page }) => {
  await page.goto('/ja/documents/jp-iot-security-guidelines-v1/');
  const contents = page.getByRole('region', { name: '構成' });
  await expect(contents.locator(':scope > ul > li')).toHaveCount(5);
  await expect(contents.locator('ul ul > li')).toHaveCount(21);
  await expect(contents.getByRole('link', { name: /要点|KP15/ }).first()).toBeVisible();
});
