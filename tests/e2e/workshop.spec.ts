import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('build a checklist for IoT users at end of life and download its CSV and Markdown', async ({ page }) => {
  await page.goto('/en/workshop/checklist/');
  await page.getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'IoT user' });
  await page.getByRole('combobox', { name: 'Life-cycle stage' }).selectOption({ label: 'End of life' });
  const items = page.locator('ol.checklist > li:visible');
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(45);
  await expect(page).toHaveURL(/audience=user/);
  await items.first().getByRole('checkbox').check();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('sc27-atlas-checklist-en.csv');
  const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('Clause,Title,Audience,Life-cycle stage,URL,Done');
  expect(lines).toHaveLength(n + 1);
  expect(lines[1]).toMatch(/,x$/);
  for (const l of lines.slice(1)) expect(l).toContain('IoT user');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  const text = readFileSync((await md.path())!, 'utf8');
  expect(text.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(n);
  // the selection survives in the URL
  await page.reload();
  await expect(page.locator('ol.checklist > li:visible')).toHaveCount(n);
});

test('control cards print six to an A4 sheet without the site chrome', async ({ page }) => {
  await page.goto('/ja/workshop/cards/');
  await expect(page.locator('.control-card')).toHaveCount(45);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.filters')).toBeHidden();
  const columns = await page.locator('.control-cards').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  expect(columns).toBe(2);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(8); // 45 cards, 6 per sheet
});

test('presenter view: P toggles, arrows step through sections, Esc leaves', async ({ page }) => {
  await page.goto('/en/documents/iso-iec-27400/');
  const html = page.locator('html');
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenting/);
  await expect(page.getByRole('button', { name: 'Presenter view (P)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('main h2:focus, main h1:focus')).toHaveCount(1);
  const first = await page.locator(':focus').textContent();
  await page.keyboard.press('ArrowRight');
  const second = await page.locator(':focus').textContent();
  expect(second).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveClass(/presenting/);
});

test('cite this: today’s date and a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/controls/iso-iec-27400-7-1-2-10/');
  const cite = page.locator('code.cite');
  await expect(cite).toContainText('ISO/IEC 27400:2022, clause 7.1.2.10, “Security in connecting varied IoT devices”');
  const today = new Date().toISOString().slice(0, 10);
  await expect(cite).toContainText(`(accessed ${today.slice(0, 7)}`);
  // Built without SITE_URL: the citation carries the address the page was loaded from, never a placeholder origin.
  await expect(cite).toContainText(`SC 27 Atlas, ${new URL('/en/controls/iso-iec-27400-7-1-2-10/', page.url()).href} (accessed`);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cite.textContent());
});

test('BibTeX and CSL-JSON: copy and download, with this page’s address and today’s date', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/controls/iso-iec-27400-7-1-2-10/');
  const today = new Date().toISOString().slice(0, 10);
  const url = new URL('/en/controls/iso-iec-27400-7-1-2-10/', page.url()).href;
  await page.getByText('BibTeX', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  expect(bib).toMatch(/^@misc\{sc27atlas-iso-iec-27400-7-1-2-10-en,/);
  expect(bib).toContain(`url = {${url}}`);
  expect(bib.slice(0, bib.indexOf('urldate') + 30)).toContain(`urldate = {${today.slice(0, 7)}`);
  await page.getByText('CSL-JSON', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSL-JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('iso-iec-27400-7-1-2-10-en.json');
  const csl = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
  expect(csl[0]).toMatchObject({ type: 'webpage', URL: url, language: 'en' });
});

test('the about page cites the atlas itself, with its version', async ({ page }) => {
  await page.goto('/ja/about/');
  await expect(page.getByRole('heading', { name: 'アトラス全体の引用' })).toBeVisible();
  await page.getByText('BibTeX', { exact: true }).click();
  await expect(page.locator('cite-formats code').first()).toContainText('version = {0.1.0}');
  await expect(page.getByRole('link', { name: 'BibTeXをダウンロード' })).toBeVisible();
});
