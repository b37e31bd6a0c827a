import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

/** The explorer is ready when its controls are shown and the live region has spoken; then the table is opened. */
async function ready(page: Page) {
  await expect(page.getByRole('form', { name: /Graph controls|グラフの操作/ })).toBeVisible();
  await expect(page.getByRole('status')).not.toHaveText('');
  await openTable(page);
}
/** The table twin is collapsed by default (a <details>): a real click on its summary opens it. */
async function openTable(page: Page) {
  await expect(table(page)).toBeHidden();
  await page.locator('summary').filter({ hasText: /^(Current selection|現在の表示内容)/ }).click();
  await expect(table(page)).toBeVisible();
}
/** Drags the node named `name` by (dx, dy) with the mouse, in `steps` moves. */
async function dragNode(page: Page, name: RegExp, dx: number, dy: number, steps: number) {
  const node = page.getByRole('button', { name });
  await node.scrollIntoViewIfNeeded(); // opening the table below may have scrolled the picture away
  const box = (await node.locator('path').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + dx, box.y + dy, { steps });
  await page.mouse.up();
}
const table = (page: Page) => page.getByRole('table', { name: /^(Current selection|現在の表示内容)$/ });
const rowOf = (page: Page, name: RegExp) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name }) });

test('search focuses ISO/IEC 27400; depth 1 lists its neighbours and controls in the table', async ({ page }) => {
  await page.goto('/en/graph/');
  await ready(page);
  await expect(page.getByRole('status')).toContainText('Showing the whole graph');
  await page.getByRole('combobox', { name: 'Find a node' }).fill('27400');
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page).toHaveURL(/\?focus=iso-iec-27400&depth=1$/);
  await expect(page.getByRole('status')).toContainText('ISO/IEC 27400:2022');
  await expect(page.getByRole('status')).toContainText('within depth 1');
  for (const d of [/^ISO\/IEC 27402/, /^ISO\/IEC 27403/, /^ISO\/IEC 27404/, /^ISO\/IEC 30141/]) await expect(rowOf(page, d)).toHaveCount(1);
  // its 45 controls, each reached through "Defines"
  const controls = table(page).getByRole('row').filter({ has: page.getByRole('cell', { name: 'Control', exact: true }) });
  await expect(controls).toHaveCount(45);
  await expect(rowOf(page, /^7\.1\.2\.10 /).getByRole('cell').nth(1)).toHaveText('Defined in: ISO/IEC 27400:2022 Cybersecurity — IoT security and privacy — Guidelines');
  // ISO/IEC 27402 is a direct neighbour (a document-level mapping); its requirements are one step further
  await expect(rowOf(page, /^ISO\/IEC 27402:2023/).getByRole('cell').last()).toHaveText('1');
  await expect(rowOf(page, /^5\.2\.7 /)).toHaveCount(0);
  await page.getByRole('combobox', { name: /^Depth/ }).selectOption('2');
  await expect(page).toHaveURL(/depth=2/);
  await expect(rowOf(page, /^5\.2\.7 /)).toHaveCount(1);
  await expect(rowOf(page, /^5\.2\.7 /).getByRole('cell').last()).toHaveText('2');
  // the page of the focus is one link away
  await page.getByRole('link', { name: /^Open the page of ISO\/IEC 27400:2022/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27400\/$/);
});

test('searching by a Japanese title works on the English page', async ({ page }) => {
  await page.goto('/en/graph/');
  await ready(page);
  await page.getByRole('combobox', { name: 'Find a node' }).fill('ファームウェアの更新の提供');
  await page.getByRole('combobox', { name: 'Find a node' }).press('Enter');
  await expect(page).toHaveURL(/focus=iso-iec-27400-7-1-2-17/);
  await page.getByRole('combobox', { name: 'Find a node' }).fill('no such thing at all');
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('No node matches “no such thing at all”.');
});

test('URL round trip: parameters set the state, the state goes back into the URL', async ({ page }) => {
  await page.goto('/en/graph/?focus=iso-iec-27400&depth=2&kinds=documents,controls,bogus&rels=defined-in,based-on,references');
  await ready(page);
  await expect(page.getByRole('combobox', { name: /^Depth/ })).toHaveValue('2');
  await expect(page.getByRole('checkbox', { name: 'Documents' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Controls' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Bodies' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Risk sources' })).not.toBeChecked();
  // the unknown kind is dropped from the URL
  await expect(page).toHaveURL(/\?focus=iso-iec-27400&depth=2&kinds=documents,controls&rels=based-on,references,defined-in$/);
  const kinds = await table(page).getByRole('row').locator('td:nth-child(2)').allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['Document', 'Control']));
  // change the state with real clicks
  await page.getByRole('checkbox', { name: 'Controls' }).click();
  await expect(page).toHaveURL(/kinds=documents&/);
  await expect(table(page).getByRole('cell', { name: 'Control', exact: true })).toHaveCount(0);
  await page.getByText('Kinds of relation').click();
  await page.getByRole('checkbox', { name: 'Addresses risk sources' }).click();
  await expect(page).toHaveURL(/rels=based-on,references,defined-in,addresses$/);
  await page.getByRole('button', { name: 'Show the whole graph' }).click();
  await expect(page).toHaveURL(/\/en\/graph\/\?kinds=documents&rels=based-on,references,defined-in,addresses$/);
  await expect(page.getByRole('status')).toContainText('Showing the whole graph');
  // and the URL, reloaded, gives the same view
  const n = await table(page).getByRole('row').count();
  await page.reload();
  await ready(page);
  await expect(table(page).getByRole('row')).toHaveCount(n);
  await expect(page.getByRole('checkbox', { name: 'Bodies' })).not.toBeChecked();
});

test('keyboard: arrow keys move between nodes, the live region says where, Enter recentres and then opens', async ({ page }) => {
  await page.goto('/en/graph/?focus=iso-iec-27403');
  await ready(page);
  const status = page.getByRole('status');
  await expect(status).toContainText('ISO/IEC 27403');
  // Tab reaches the graph: the focus node is the one tab stop among the nodes
  const focusNode = page.getByRole('button', { name: /^ISO\/IEC 27403:2024 .*\(Document\)$/ });
  await expect(focusNode).toHaveAttribute('tabindex', '0');
  await page.getByRole('link', { name: /^Open the page of ISO\/IEC 27403/ }).focus();
  await page.keyboard.press('Tab');
  await expect(focusNode).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = page.locator('g.node:focus');
  await expect(second).toHaveCount(1);
  const name = (await second.getAttribute('aria-label'))!;
  expect(name).not.toMatch(/27403/);
  await expect(status).toContainText(name.replace(/ \([^)]*\)$/, ''));
  await expect(status).toContainText(/neighbours\. 2 of \d+\./);
  await page.keyboard.press('End');
  await expect(status).toContainText(/(\d+) of \1\./);
  await page.keyboard.press('Home');
  await expect(status).toContainText('1 of');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const id = new URL(page.url()).searchParams.get('focus');
  expect(id).not.toBe('iso-iec-27403');
  await expect(status).toContainText('in the centre');
  await expect(page.locator('g.node:focus')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/graph\//);
});

test('a hostile focus value changes nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`/en/graph/?focus=${encodeURIComponent('<img src=x onerror=alert(1)>')}&depth=${encodeURIComponent('"><svg onload=alert(1)>')}&kinds=${encodeURIComponent('<b>')}`);
  await ready(page);
  await expect(page.getByRole('status')).toContainText('Showing the whole graph');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('b')).toHaveCount(0);
  expect(await page.content()).not.toContain('onerror');
  expect(dialogs).toBe(0);
  await expect(page.getByRole('checkbox', { name: 'Bodies' })).toBeChecked();
  await expect(page).toHaveURL(/\/en\/graph\/$/);
});

test('zoom, pan-free reset and drag', async ({ page }) => {
  await page.goto('/en/graph/?focus=iso-iec-27402');
  await ready(page);
  const root = page.locator('[data-stage] svg > g').first();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(root).toHaveAttribute('transform', /scale\(1\.5\)/);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(root).toHaveAttribute('transform', /scale\(1\)/);
  const node = page.getByRole('button', { name: /^5\.2\.7 / });
  const before = await node.getAttribute('transform');
  await dragNode(page, /^5\.2\.7 /, 80, 60, 5);
  await expect(node).not.toHaveAttribute('transform', before!);
  await expect(page).toHaveURL(/focus=iso-iec-27402&/); // a drag is not a click
});

test('export the view as SVG and PNG', async ({ page }) => {
  await page.goto('/ja/graph/?focus=jc-star');
  await ready(page);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVGで保存' }).click()]);
  expect(svg.suggestedFilename()).toBe('sc27-atlas-graph-jc-star.svg');
  const text = readFileSync((await svg.path())!, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('JC-STAR');
  expect(text).not.toContain('tabindex');
  // a title (the picture's name) and a legend of the kinds shown; the whole view, not the zoomed window
  const title = await page.locator('[data-stage] svg').getAttribute('aria-label');
  expect(text).toContain(`>${title}</text>`);
  expect(text).toContain('>制度</text>');
  const vb = text.match(/viewBox="([-\d. ]+)"/)![1].split(' ').map(Number);
  const bbox = await page.locator('[data-stage] svg > g').first().evaluate((g) => { const r = (g as SVGGElement).getBBox(); return { x: r.x, width: r.width }; });
  expect(vb[0]).toBeLessThanOrEqual(bbox.x);
  expect(vb[0] + vb[2]).toBeGreaterThanOrEqual(bbox.x + bbox.width);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNGで保存' }).click()]);
  expect(png.suggestedFilename()).toBe('sc27-atlas-graph-jc-star.png');
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5000);
  mkdirSync('reports/shots', { recursive: true });
  writeFileSync('reports/shots/graph-export-jc-star.png', bytes); // to look at
});

test('without JavaScript: a picture of the whole graph and a table of every node', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ja/graph/');
  await expect(page.getByRole('img', { name: /^グラフ全体：ノード\d+個/ })).toBeVisible();
  await openTable(page);
  const rows = table(page).getByRole('row');
  expect(await rows.count()).toBeGreaterThan(300);
  await expect(table(page).getByRole('link', { name: /^ISO\/IEC 27400:2022 / })).toHaveAttribute('href', '/ja/documents/iso-iec-27400/');
  await expect(page.getByRole('form')).toHaveCount(0); // the controls stay hidden
  await context.close();
});

test('entity pages: neighbourhood picture with named links, and a link into the explorer', async ({ page }) => {
  await page.goto('/en/documents/iso-iec-27403/');
  const region = page.getByRole('region', { name: 'Neighbourhood' });
  await expect(region.getByRole('group', { name: /^ISO\/IEC 27403:2024 .* and the \d+ entries directly related to it$/ })).toBeVisible();
  await expect(region.getByRole('link', { name: /^Developed by: WG 4 / })).toHaveAttribute('href', '/en/bodies/sc-27-wg-4/');
  await region.getByRole('link', { name: /^Based on: ISO\/IEC 27400:2022 / }).click();
  await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27400\/$/);
  await page.getByRole('region', { name: 'Neighbourhood' }).getByRole('link', { name: 'Open in the graph explorer' }).click();
  await expect(page).toHaveURL(/\/en\/graph\/\?focus=iso-iec-27400(&depth=1)?$/);
  await ready(page);
  await expect(page.getByRole('status')).toContainText('ISO/IEC 27400:2022');
});

test('the main navigation links to the graph in both languages', async ({ page }) => {
  await page.goto('/ja/');
  await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'グラフ' }).click();
  await expect(page).toHaveURL(/\/ja\/graph\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('関係グラフ');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/graph\/$/);
});

// One page load per path, axe in light and then in dark (the colour scheme switches live, as in a11y.spec.ts).
for (const path of ['/en/graph/', '/ja/graph/', '/en/graph/?focus=iso-iec-27400&depth=2', '/ja/graph/?focus=jc-star']) {
  test(`axe: no WCAG 2.2 A/AA violations on ${path} (light and dark)`, async ({ page }) => {
    test.setTimeout(180_000); // a big page (the whole graph, a 330-row table), two axe runs: a while on a busy machine
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await ready(page);
    await page.locator('details.graph-rels summary').click(); // check the relation filters too
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect.soft(await axeViolations(page), scheme).toEqual([]);
    }
  });
}

test('reduced motion: the layout does not animate', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/en/graph/?focus=iso-iec-27402');
  await ready(page);
  const transforms = () => page.locator('g.node').evaluateAll((els) => els.map((e) => e.getAttribute('transform')));
  const a = await transforms();
  await page.waitForTimeout(400);
  expect(await transforms()).toEqual(a);
  // a drag moves only the dragged node
  await dragNode(page, /^5\.2\.7 /, 60, 50, 4);
  const b = await transforms();
  expect(b.filter((t, i) => t !== a[i])).toHaveLength(1);
  await context.close();
});

/** Sum of the layout shifts the page has had so far (PerformanceObserver, buffered), as Lighthouse counts CLS. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
}

for (const [path, width] of [['/en/graph/', 1280], ['/ja/graph/', 390], ['/en/schemes/compare/', 390], ['/ja/schemes/compare/', 1280]] as const) {
  test(`no layout shift while ${path} loads at ${width} px (CLS < 0.05)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    if (path.includes('/graph/')) await expect(page.locator('graph-explorer')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });
}
