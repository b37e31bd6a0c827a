import { test, expect, type Page } from '@playwright/test';
import { templatePaths } from './templates.ts';

/**
 * Every page fits every screen (issue 14): no template scrolls sideways at 320, 390 and 768 px, in both languages,
 * light and dark; wide tables scroll inside their own region instead. One page load per template: the colour
 * scheme switches live and the viewport is resized in the same page for the three widths.
 */
const WIDTHS = [320, 390, 768];
const paths = templatePaths();

/**
 * How far the site header's contents reach below the top of <main> (0 when they don't): a page's own style once
 * collapsed the header's bar (a shared class name), so the navigation drew over the page title.
 */
const headerOverlap = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    const bottoms = [...document.querySelectorAll('.site-header *')].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.bottom);
    return main && bottoms.length ? Math.max(0, Math.round(Math.max(...bottoms) - main.getBoundingClientRect().top)) : 0;
  });

/** How much wider than the viewport the page is (0 when it fits), and what sticks out furthest. */
async function overflow(page: Page): Promise<{ by: number; culprit: string }> {
  return page.evaluate(() => {
    const by = document.documentElement.scrollWidth - window.innerWidth;
    let culprit = '';
    if (by > 0) {
      let right = 0;
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > right && r.width > 0 && !el.closest('.table-scroll, .graph-stage, .rec-scroll')) {
          right = r.right;
          culprit = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (${Math.round(r.right)} px)`;
        }
      }
    }
    return { by, culprit };
  });
}

for (const path of paths) {
  test(`${path} fits 320/390/768 px (light and dark), header clear of the page`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await page.goto(path);
    for (const scheme of ['light', 'dark'] as const) {
      // the colour scheme switches live, as a reader's system setting does
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme).toBe(scheme === 'dark');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const { by, culprit } = await overflow(page);
        expect.soft(by, `${path} at ${width} px (${scheme}) is ${by} px too wide; furthest right: ${culprit}`).toBeLessThanOrEqual(0);
        if (scheme === 'light') expect.soft(await headerOverlap(page), `${path} at ${width} px: the site header reaches into <main> by`).toBe(0);
      }
    }
  });
}

test('on a phone a wide table scrolls inside its own region, which the keyboard can reach', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/en/controls/');
  const region = page.getByRole('region', { name: 'Controls', exact: true });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

/** Cells of one word (or one clause number) take one line: their height is at most one line box plus padding. */
for (const path of ['/en/controls/', '/ja/controls/', '/en/documents/', '/en/graph/']) {
  test(`one-word headers and cells stay on one line at 1280 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    if (path.includes('/graph/')) {
      await expect(page.locator('graph-explorer')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      await page.locator('summary').filter({ hasText: 'Current selection' }).click();
    }
    const broken = await page.locator('main table').first().evaluate((table) => {
      const out: string[] = [];
      for (const cell of table.querySelectorAll<HTMLElement>('thead th, tbody td, tbody th')) {
        const text = cell.textContent?.trim() ?? '';
        // one word: no space or list comma inside (a clause number, "Security", "Committee", "セキュリティ");
        // Japanese has no spaces, so a phrase longer than eight characters counts as more than one word
        if (!text || /[\s,、・]/.test(text) || text.length > (/[\u3040-\u9fff]/.test(text) ? 8 : 30)) continue;
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(`${text} (${lines.size} lines)`);
      }
      return out;
    });
    expect(broken).toEqual([]);
  });
}
