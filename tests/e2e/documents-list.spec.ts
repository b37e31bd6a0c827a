import { test, expect, type Page } from '@playwright/test';

const LADDER = ['pwi', 'np', 'awi', 'wd', 'cd', 'dis', 'fdis', 'published', 'under-review', 'confirmed', 'withdrawn'];
const visibleRows = (page: Page) => page.locator('tbody tr:visible');

test('"at DIS or later": a stage range over the ISO ladder, in the URL, surviving a reload', async ({ page }) => {
  await page.goto('/en/documents/');
  const total = await page.locator('tbody tr').count();
  // every stage is offered, even one no document is at
  await expect(page.getByRole('combobox', { name: 'Current stage' }).getByRole('option')).toHaveCount(1 + 13);
  await expect(page.getByRole('combobox', { name: 'At stage or later' }).getByRole('option')).toHaveCount(1 + LADDER.length);
  await page.getByRole('combobox', { name: 'At stage or later' }).selectOption({ label: 'Draft International Standard (DIS)' });
  await expect(page).toHaveURL(/[?&]from=dis/);
  const n = await visibleRows(page).count();
  expect(n).toBeGreaterThan(20);
  expect(n).toBeLessThan(total);
  await expect(page.getByText(`${n} of ${total} documents`)).toBeVisible();
  for (const stage of await visibleRows(page).evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.stage!))) {
    expect(LADDER.indexOf(stage)).toBeGreaterThanOrEqual(LADDER.indexOf('dis'));
  }
  await expect(page.getByRole('link', { name: 'ISO/IEC 27090', exact: true })).toBeVisible(); // FDIS
  await expect(page.getByRole('link', { name: 'ISO/IEC 27046', exact: true })).toBeHidden(); // CD
  await expect(page.getByRole('link', { name: 'UK SI 2023/1007' })).toBeHidden(); // "final": not on the ISO ladder
  // and no later than "confirmed": the withdrawn one goes
  await expect(page.getByRole('link', { name: 'ISO/IEC 20924:2021' })).toBeVisible();
  await page.getByRole('combobox', { name: 'At stage or earlier' }).selectOption({ label: 'Confirmed' });
  await expect(page.getByRole('link', { name: 'ISO/IEC 20924:2021' })).toBeHidden();
  const m = await visibleRows(page).count();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'At stage or later' })).toHaveValue('dis');
  await expect(visibleRows(page)).toHaveCount(m);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(visibleRows(page)).toHaveCount(total);
});

test('sorting by date and stage keeps parts under their family; aria-sort and the URL follow', async ({ page }) => {
  await page.goto('/ja/documents/');
  const header = (name: string) => page.getByRole('columnheader', { name, exact: true });
  await expect(header('番号')).toHaveAttribute('aria-sort', 'ascending');
  await header('日付').getByRole('button').click();
  await expect(header('日付')).toHaveAttribute('aria-sort', 'descending');
  await expect(header('番号')).not.toHaveAttribute('aria-sort', /.+/);
  await expect(page).toHaveURL(/[?&]sort=-date/);
  const read = () =>
    page.locator('tbody tr').evaluateAll((rs) =>
      rs.map((r) => {
        const d = (r as HTMLElement).dataset;
        return { family: d.family!, part: d.part !== undefined, date: d.sortDate!, stage: Number(d.sortStage), id: r.querySelector('a')!.getAttribute('href')! };
      }),
    );
  const checkFamilies = (rows: Awaited<ReturnType<typeof read>>) => {
    let family = '';
    for (const r of rows) {
      if (!r.part) family = r.family;
      else expect(r.family).toBe(family); // a part sits right under its family (or a sibling part)
    }
  };
  let rows = await read();
  const heads = rows.filter((r) => !r.part);
  for (let i = 1; i < heads.length; i++) expect(heads[i - 1].date >= heads[i].date).toBe(true);
  checkFamilies(rows);
  await header('現在の段階').getByRole('button').click();
  await expect(header('現在の段階')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sort=stage/);
  rows = await read();
  const stages = rows.filter((r) => !r.part).map((r) => r.stage);
  expect(stages).toEqual([...stages].sort((a, b) => a - b));
  checkFamilies(rows);
  // the URL reproduces the order, and the language switch carries it
  const order = rows.map((r) => r.id);
  await page.reload();
  expect((await read()).map((r) => r.id)).toEqual(order);
  await header('現在の段階').getByRole('button').click();
  await expect(header('現在の段階')).toHaveAttribute('aria-sort', 'descending');
});

test('without JavaScript: parts under their family in designation order, no sort buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/documents/');
  await expect(page.getByRole('columnheader', { name: 'Designation' }).getByRole('button')).toHaveCount(0);
  const family = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'ISO/IEC 27033', exact: true }) });
  const next = family.locator('+ tr');
  await expect(next.getByRole('link').first()).toHaveText(/^ISO\/IEC 27033-1/);
  await expect(next).toContainText('Part of ISO/IEC 27033');
  await context.close();
});
