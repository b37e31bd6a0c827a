import { test, expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, up to a limit; fails if it never does. */
async function tabTo(page: Page, name: RegExp | string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      if (!el) return '';
      return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`never reached ${name} with Tab`);
}

test('keyboard only: skip link, navigation, filters, a document, the language switch', async ({ page }) => {
  test.slow(); // a walk of up to 250 Tab presses through the documents list, each followed by a look at the focus
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await page.goto('/en/');
  await tabTo(page, 'Documents');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/documents\/$/);

  await tabTo(page, /^Committee \/ WG/);
  await expect(page.getByRole('combobox', { name: 'Committee / WG' })).toBeFocused();
  const total = await page.locator('tbody tr').count();
  await page.keyboard.press('ArrowDown'); // first committee in the list
  await expect.poll(() => page.locator('tbody tr:visible').count()).toBeLessThan(total);

  await page.goto('/en/documents/');
  await tabTo(page, /^ISO\/IEC 27402:2023$/, 250);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/documents\/iso-iec-27402\/$/);
  await tabTo(page, 'この頁を日本語で読む');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ja\/documents\/iso-iec-27402\/$/);
});

test('keyboard only: the focus is always visible', async ({ page }) => {
  await page.goto('/ja/controls/');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), tag: el.tagName };
    });
    expect(outline.style, `${outline.tag} #${i}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test('prefers-reduced-motion: no animation runs and scrolling is instant', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/en/', '/en/documents/iso-iec-27400/', '/ja/cps/', '/en/graph/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(running, path).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), path).toBe('auto');
  }
});
