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
  // the Markdown and the printed sheet are titled with the chosen audience and stage
  expect(text.split('\n')[0]).toBe('# Checklist builder — Audience: IoT user · Life-cycle stage: End of life');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint'))); // what the browser fires on Print
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Checklist builder — Audience: IoT user · Life-cycle stage: End of life')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
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
  // a hint says how to step and leave; the navigation stays
  await expect(page.getByRole('note')).toHaveText(/Esc or P to leave/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presenter view (P)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('main h2:focus, main h1:focus')).toHaveCount(1);
  const first = await page.locator(':focus').textContent();
  await page.keyboard.press('ArrowRight');
  const second = await page.locator(':focus').textContent();
  expect(second).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveClass(/presenting/);
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('presenter view scales the graph labels', async ({ page }) => {
  await page.goto('/en/graph/?focus=iso-iec-27402');
  await expect(page.locator('graph-explorer')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const size = () => page.locator('.graph-svg text.label').nth(1).evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
  const before = await size();
  await page.keyboard.press('p');
  expect(await size()).toBeGreaterThanOrEqual(before * 1.5);
});

test('printed cards: every card whole inside the A4 page, its URL line inside its border, with cut marks', async ({ page }) => {
  await page.setViewportSize({ width: 718, height: 1000 }); // A4 less 10 mm margins, at 96 px per inch
  for (const lang of ['en', 'ja']) {
    await page.goto(`/${lang}/workshop/cards/`);
    await page.emulateMedia({ media: 'print' });
    const bad = await page.locator('.control-card').evaluateAll((cards) => {
      const page = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const card of cards) {
        const c = card.getBoundingClientRect();
        const url = card.querySelector('.card-url')!.getBoundingClientRect();
        const clause = card.querySelector('.card-clause')?.textContent?.slice(0, 12);
        if (c.left < 0 || c.right > page) out.push(`${clause}: border outside the page (${Math.round(c.left)}–${Math.round(c.right)} of ${page})`);
        if (url.height === 0 || url.bottom > c.bottom || url.right > c.right || url.top < c.top) out.push(`${clause}: URL line outside the card`);
        if (getComputedStyle(card, '::before').backgroundImage.split('linear-gradient').length - 1 !== 8) out.push(`${clause}: no cut marks`);
      }
      return out;
    });
    expect(bad).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('cards, checklist and data downloads lead back to the workshop kit', async ({ page }) => {
  for (const path of ['/en/workshop/cards/', '/en/workshop/checklist/', '/en/data/']) {
    await page.goto(path);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Workshop kit' }).click();
    await expect(page).toHaveURL(/\/en\/workshop\/$/);
  }
  await page.goto('/ja/workshop/cards/');
  await expect(page.getByRole('button', { name: 'カードを印刷' })).toBeVisible();
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
