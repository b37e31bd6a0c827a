import { test, expect } from '@playwright/test';

/**
 * Every page fits every screen (issue 14). That no template scrolls sideways at 320, 390 and 768 px, in both
 * languages, light and dark, is checked in every-template.spec.ts (one page load per template for all its checks);
 * here: wide tables scroll inside their own region instead, and short cells stay on one line.
 */

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
