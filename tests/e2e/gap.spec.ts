import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';

const PAIR = '/en/crosswalk/uk-psti-regulations-2023/etsi-en-303-645/';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}


test('choosing two catalogues opens their gap analysis, with filters kept in the URL', async ({ page }) => {
  await page.goto('/en/crosswalk/');
  const chooser = page.getByRole('form', { name: 'Gap analysis: from A to B' });
  await chooser.getByRole('combobox', { name: 'From (A)' }).selectOption({ label: 'UK PSTI' });
  await chooser.getByRole('combobox', { name: 'To (B)' }).selectOption({ label: 'ETSI EN 303 645' });
  await chooser.getByRole('button', { name: 'Show the gap analysis' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAIR}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From UK PSTI to ETSI EN 303 645');
  const table = page.getByRole('table', { name: 'From UK PSTI to ETSI EN 303 645' });
  const rows = table.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(68);
  const stated = Number(await page.getByRole('row', { name: /^Stated by a source/ }).getByRole('cell').first().textContent());
  expect(stated).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'How sure' }).selectOption('stated');
  await expect(page).toHaveURL(/\?basis=stated$/);
  await expect(rows.locator('visible=true')).toHaveCount(stated);
  await expect(page.getByText(`${stated} of ${total} items shown`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'How sure' })).toHaveValue('stated');
  await expect(rows.locator('visible=true')).toHaveCount(stated);
  await page.getByRole('link', { name: 'The other way: from ETSI EN 303 645 to UK PSTI' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From ETSI EN 303 645 to UK PSTI');
});

test('the matrix links every cell to its gap page', async ({ page }) => {
  await page.goto('/ja/crosswalk/');
  const matrix = page.getByRole('table', { name: '行のカタログが満たす、列のカタログの項目数' });
  const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'UK PSTI', exact: true }) });
  await row.getByRole('link', { name: /UK PSTI から ETSI EN 303 645 へ/ }).click();
  await expect(page).toHaveURL(/\/ja\/crosswalk\/uk-psti-regulations-2023\/etsi-en-303-645\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UK PSTI から ETSI EN 303 645 へ');
});

test('the CSV (NIST IR 8477 layout) matches the page and the mappings in atlas.json', async ({ page, request }) => {
  await page.goto(PAIR);
  const href = await page.getByRole('link', { name: 'CSV in the NIST IR 8477 layout' }).getAttribute('href');
  const csv = parseCsv((await (await request.get(href!)).text()).replace(/^\uFEFF/, ''));
  expect(csv[0].slice(0, 8)).toEqual(['Focal Document', 'Focal Document Element', 'Focal Document Element Description', 'STRM Rationale', 'STRM Relationship', 'Reference Document', 'Reference Document Element', 'Reference Document Element Description']);
  const col = (name: string) => csv[0].indexOf(name);
  const body = csv.slice(1);
  // One focal element per row of the page, in the same order.
  const elements = [...new Set(body.map((r) => r[col('Focal Document Element')]))];
  const rowHeaders = await page.getByRole('table', { name: 'From UK PSTI to ETSI EN 303 645' }).locator('tbody th').allTextContents();
  expect(elements).toEqual(rowHeaders.map((h) => h.trim().split(' ')[0]));
  // Every stated line is a stated mapping in atlas.json between those two items.
  const atlas = await (await request.get('/data/atlas.json')).json();
  const clause = new Map<string, string>(atlas.entities.filter((e: { clause?: string }) => e.clause).map((e: { id: string; document: string; clause: string }) => [e.id, `${e.document}|${e.clause}`]));
  const stated = new Set<string>();
  for (const r of atlas.relations) {
    if (r.mapping?.basis !== 'stated' || !clause.has(r.from) || !clause.has(r.to)) continue;
    stated.add(`${clause.get(r.from)}|${clause.get(r.to)}`).add(`${clause.get(r.to)}|${clause.get(r.from)}`);
  }
  const statedLines = body.filter((r) => r[col('Basis')] === 'stated');
  expect(statedLines.length).toBeGreaterThan(0);
  for (const r of statedLines) expect(stated).toContain(`etsi-en-303-645|${r[col('Focal Document Element')]}|uk-psti-regulations-2023|${r[col('Reference Document Element')]}`);
  const json = await (await request.get(href!.replace(/-en\.csv$/, '.json'))).json();
  expect(json.counts.stated).toBe(new Set(statedLines.map((r) => r[1])).size);
});

test('without JavaScript the pair page is complete and the chooser lists every pair', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAIR);
  const rows = page.getByRole('table', { name: 'From UK PSTI to ETSI EN 303 645' }).locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(68);
  await expect(page.getByRole('combobox', { name: 'How sure' })).toBeHidden();
  await page.getByRole('button', { name: 'Show the gap analysis' }).click();
  await expect(page).toHaveURL(/\/en\/crosswalk\/gap\/\?from=uk-psti-regulations-2023&to=etsi-en-303-645$/);
  await page.getByRole('link', { name: 'From UK PSTI to ETSI EN 303 645' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAIR}$`));
  await context.close();
});

test('the chooser page opens a valid pair and names the valid choices for a hostile one', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, d.dismiss()));
  await page.goto('/en/crosswalk/gap/?from=uk-psti-regulations-2023&to=etsi-en-303-645');
  await expect(page).toHaveURL(new RegExp(`${PAIR}$`));
  await page.goto(`/en/crosswalk/gap/?from=${encodeURIComponent('<img src=x onerror=alert(1)>')}&to=etsi-en-303-645`);
  await expect(page.getByRole('alert')).toContainText(/Valid choices: .*ETSI EN 303 645, /);
  await expect(page.getByRole('alert')).toContainText('UK PSTI');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.goto('/ja/crosswalk/gap/?from=etsi-en-303-645&to=etsi-en-303-645');
  await expect(page.getByRole('alert')).toHaveText('異なる二つのカタログを選んでください。');
  expect(dialogs).toBe(0);
});

for (const path of [PAIR, '/ja/crosswalk/uk-psti-regulations-2023/etsi-en-303-645/', '/en/crosswalk/', '/ja/crosswalk/method/']) {
  test(`axe: no WCAG 2.2 A/AA violations on ${path}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
