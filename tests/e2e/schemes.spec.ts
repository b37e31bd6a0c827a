import { test, expect, type Page } from '@playwright/test';

const ALL = 7; // schemes in content/schemes/schemes.yaml

/** The visible scheme columns of the comparison table, by their header link text. */
const visibleColumns = async (page: Page) => {
  await page.waitForLoadState();
  const table = page.getByRole('table', { name: 'Labelling schemes side by side' });
  const headers = table.getByRole('columnheader');
  const names = (await headers.allInnerTexts()).map((s) => s.split('\n')[0].trim());
  return names.slice(1); // the first column is "Attribute"
};

test('pick JC-STAR, CLS and PSTI and read them side by side', async ({ page }) => {
  await page.goto('/en/schemes/');
  await page.getByRole('link', { name: 'Compare schemes side by side' }).click();
  await expect(page).toHaveURL(/\/en\/schemes\/compare\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare labelling schemes' })).toBeVisible();
  // Before any pick every scheme is a column.
  expect(await visibleColumns(page)).toHaveLength(ALL);
  await expect(page.getByText(`Showing all ${ALL} schemes. Pick two to six to compare.`)).toBeVisible();

  const picker = page.getByRole('group', { name: 'Schemes to compare' });
  await picker.getByRole('checkbox', { name: /JC-STAR/ }).check();
  await expect(page.getByText('Showing 1 scheme. Pick at least one more to compare.')).toBeVisible();
  await picker.getByRole('checkbox', { name: /^CLS/ }).check();
  await picker.getByRole('checkbox', { name: /PSTI/ }).check();

  expect(await visibleColumns(page)).toEqual(['JC-STAR', 'CLS', 'PSTI']);
  await expect(page.getByText(`Comparing 3 of ${ALL} schemes.`)).toBeVisible();
  await expect(page).toHaveURL(/\?schemes=jc-star,sg-cls,uk-psti$/);

  // One row per attribute, one cell per visible scheme.
  const levels = page.getByRole('row', { name: /^Levels and assessment/ });
  const cells = levels.getByRole('cell');
  await expect(cells).toHaveCount(3);
  const jc = cells.nth(0);
  const star3 = jc.getByRole('listitem').filter({ hasText: /^STAR-3/ });
  await expect(star3).toContainText('Third-party evaluation');
  await expect(jc.getByRole('listitem').filter({ hasText: /^STAR-1/ })).toContainText('Self-declaration');
  await expect(page.getByRole('row', { name: /^Mandatory or voluntary/ }).getByRole('cell')).toHaveText(['Voluntary', 'Voluntary', 'Mandatory']);
  await expect(page.getByRole('row', { name: /^Structure/ }).getByRole('cell').nth(2)).toContainText('Binary (one label)');
  // A folded rationale opens with a click.
  const rec = page.getByRole('row', { name: /^Recognition/ }).getByRole('cell').nth(0);
  await rec.getByText('Why').first().click();
  await expect(rec.getByText(/From 2026-01-01 IPA accepts products that comply with the UK PSTI Act/)).toBeVisible();

  // Unticking one keeps the others, in order, and updates the address.
  await picker.getByRole('checkbox', { name: /^CLS/ }).uncheck();
  expect(await visibleColumns(page)).toEqual(['JC-STAR', 'PSTI']);
  await expect(page).toHaveURL(/\?schemes=jc-star,uk-psti$/);
  await page.getByRole('button', { name: 'Show all schemes' }).click();
  expect(await visibleColumns(page)).toHaveLength(ALL);
  await expect(page).toHaveURL(/\/en\/schemes\/compare\/$/);
});

test('a shared address restores the same comparison, in its order', async ({ page }) => {
  await page.goto('/en/schemes/compare/?schemes=uk-psti,jc-star,sg-cls');
  expect(await visibleColumns(page)).toEqual(['PSTI', 'JC-STAR', 'CLS']);
  const picker = page.getByRole('group', { name: 'Schemes to compare' });
  await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(picker.getByRole('checkbox', { name: /JC-STAR/ })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: /Cyber Trust Mark/ })).not.toBeChecked();
  // Reloading keeps it.
  await page.reload();
  expect(await visibleColumns(page)).toEqual(['PSTI', 'JC-STAR', 'CLS']);
});

test('at most six schemes can be picked', async ({ page }) => {
  await page.goto('/en/schemes/compare/?schemes=jc-star,sg-cls,uk-psti,de-bsi-it-security-label,fi-cybersecurity-label,us-cyber-trust-mark,kr-kisa-iot-certification');
  expect(await visibleColumns(page)).toHaveLength(6);
  const last = page.getByRole('checkbox', { name: /CIC/ });
  await expect(last).not.toBeChecked();
  await expect(last).toBeDisabled();
  await expect(page.getByText(`Comparing 6 of ${ALL} schemes. Six schemes are selected, the most that can be compared at once.`)).toBeVisible();
  await page.getByRole('checkbox', { name: /Cyber Trust Mark/ }).uncheck();
  await expect(last).toBeEnabled();
  await last.check();
  expect(await visibleColumns(page)).toEqual(['JC-STAR', 'CLS', 'PSTI', 'IT-Sicherheitskennzeichen', 'Tietoturvamerkki', 'CIC']);
  await expect(page).toHaveURL(/\?schemes=jc-star,sg-cls,uk-psti,de-bsi-it-security-label,fi-cybersecurity-label,kr-kisa-iot-certification$/);
});

test('hostile values in ?schemes= are ignored and never reach the page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/en/schemes/compare/?schemes=<img src=x onerror=alert(1)>,jc-star');
  // Only one known ID is left: no comparison, so every scheme shows and nothing is ticked.
  expect(await visibleColumns(page)).toHaveLength(ALL);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('onerror');

  await page.goto('/en/schemes/compare/?schemes=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,jc-star,sg-cls,jc-star,nope');
  expect(await visibleColumns(page)).toEqual(['JC-STAR', 'CLS']);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('onerror');
  expect(dialogs).toEqual([]);
});

test('without JavaScript the comparison shows every scheme', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ja/schemes/compare/?schemes=jc-star,sg-cls');
  const table = page.getByRole('table', { name: 'ラベリング制度の比較表' });
  await expect(table.getByRole('columnheader')).toHaveCount(ALL + 1);
  await expect(page.getByRole('checkbox')).toHaveCount(0); // the picker stays hidden
  await expect(page.getByText('この表はすべての制度を示しています。')).toBeVisible();
  await context.close();
});

test('the recognition map lists BSI ↔ CLS Level 2', async ({ page }) => {
  await page.goto('/en/schemes/');
  await page.getByRole('link', { name: 'Who recognises whom' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recognition between schemes' })).toBeVisible();
  const table = page.getByRole('table', { name: /Recognition arrangements/ });
  const bsiToCls = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /IT-Sicherheitskennzeichen/ }) });
  await expect(bsiToCls).toHaveCount(1);
  await expect(bsiToCls.getByRole('cell').nth(0)).toContainText('CLS');
  await expect(bsiToCls.getByRole('cell').nth(1)).toHaveText('IT-Sicherheitskennzeichen ⇔ CLS Level 2');
  await expect(bsiToCls.getByRole('cell').nth(2)).toHaveText('2022-10-20');
  await expect(bsiToCls.getByRole('cell').nth(3)).toHaveText('Mutual');
  const clsToBsi = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^CLS/ }) }).filter({ hasText: 'IT-Sicherheitskennzeichen' });
  await expect(clsToBsi.getByRole('cell').nth(1)).toHaveText('CLS Level 2 ⇔ IT-Sicherheitskennzeichen');
  // The one-way, partially sourced record is marked.
  const ukToCls = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^PSTI/ }) }).filter({ hasText: 'PSTI ⇔ CLS' });
  await expect(ukToCls).toHaveCount(1);
  await expect(ukToCls.getByRole('cell').nth(3)).toHaveText('One way');
  await expect(ukToCls.getByText('partial source').first()).toBeVisible();
  // The diagram is a picture with a text alternative naming the pair.
  const img = page.getByRole('img', { name: 'Recognition between labelling schemes' });
  await expect(img).toBeVisible();
  await expect(img.locator('desc')).toContainText('IT-Sicherheitskennzeichen — CLS (Level 2): Mutual, since 2022-10-20');
});

test('a scheme page shows its levels with their assessment and links to a comparison', async ({ page }) => {
  await page.goto('/ja/schemes/');
  await page.getByRole('link', { name: /JC-STAR/ }).first().click();
  await expect(page).toHaveURL(/\/ja\/schemes\/jc-star\/$/);
  const levels = page.getByRole('table', { name: 'JC-STARのレベル（低い順）' });
  await expect(levels.getByRole('row', { name: /STAR-3/ }).getByRole('cell').first()).toHaveText('第三者評価');
  await expect(levels.getByRole('row', { name: /STAR-1/ }).getByRole('cell').first()).toHaveText('自己宣言');
  await page.getByRole('link', { name: 'PSTIと比較する' }).click();
  await expect(page).toHaveURL(/\/ja\/schemes\/compare\/\?schemes=jc-star,uk-psti$/);
  await expect(page.getByRole('table', { name: 'ラベリング制度の比較表' }).getByRole('columnheader')).toHaveCount(3);
});

test('the requirement catalogues nest items and link to the ISO/IEC 27402 crosswalk', async ({ page }) => {
  await page.goto('/en/requirements/');
  await expect(page.getByRole('heading', { level: 1, name: 'Requirement catalogues' })).toBeVisible();
  for (const d of ['ETSI EN 303 645', 'NIST IR 8259A', 'NIST IR 8259B', 'JC-STAR ★1 適合基準・評価手法', 'ISO/IEC 27402:2023']) {
    await expect(page.getByRole('heading', { level: 2, name: d })).toBeVisible();
  }
  const r27402 = page.getByRole('region', { name: 'ISO/IEC 27402:2023' });
  // 5.2.7 sits under 5.2.
  const group = r27402.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^5\.2 / }) });
  await expect(group.getByRole('link', { name: /^5\.2\.7 / })).toBeVisible();
  await r27402.getByRole('link', { name: 'Crosswalk' }).click();
  await expect(page).toHaveURL(/\/en\/crosswalk\/iso-iec-27402\/$/);
  const table = page.getByRole('table', { name: /ISO\/IEC 27402:2023 \(13 rows\)/ });
  for (const col of ['ETSI EN 303 645 — Requirements', 'NIST IR 8259A — Requirements', 'ISO/IEC 27400:2022 — Controls']) {
    await expect(table.getByRole('columnheader', { name: col })).toBeVisible();
  }
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /5\.2\.7/ }) });
  // Mapped at provision level: 5.2.7 (software and firmware updates) ∩ EN 303 645 5.3-1.
  await expect(row.getByRole('link', { name: /^5\.3-1 / })).toBeVisible();
  const csv = await page.request.get('/data/crosswalk-iso-iec-27402-en.csv');
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split('\r\n')[0]).toContain('ISO/IEC 27400:2022 — Controls');
  // The 27400 crosswalk still works.
  expect((await page.request.get('/en/crosswalk/')).status()).toBe(200);
});

test('the Schemes item in the main navigation', async ({ page }) => {
  await page.goto('/ja/');
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'ラベリング制度' }).click();
  await expect(page).toHaveURL(/\/ja\/schemes\/$/);
  await expect(page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'ラベリング制度' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('table', { name: /アトラスに収録したラベリング制度/ }).getByRole('row')).toHaveCount(ALL + 1);
});
