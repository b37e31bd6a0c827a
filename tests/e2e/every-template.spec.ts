import { test, expect, type Page } from '@playwright/test';
import { templatePaths } from './templates.ts';
import { watch } from './network.ts';
import { axeViolations } from './axe.ts';

/**
 * Every page template in both languages (one URL per template, from the built sitemap: templates.ts), every check
 * that applies to any page, on one page load where they can share it:
 * 1. as linked: no request leaves the origin, no CSP violation;
 * 2. axe: no WCAG 2.2 A/AA violation, in light and then in dark (the colour scheme switches live, as a reader's
 *    system setting does) — except the graph explorer, which has its own axe tests in graph.spec.ts;
 * 3. it fits 320, 390 and 768 px wide, light and dark, and the site header stays clear of <main> (issue 14);
 * then a second load with hostile query strings (they change nothing) and a third with JavaScript off (readable).
 */
const paths = templatePaths();
const WIDTHS = [320, 390, 768];

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

const scheme = async (page: Page, colorScheme: 'light' | 'dark') => {
  await page.emulateMedia({ colorScheme });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme).toBe(colorScheme === 'dark');
};

for (const path of paths) {
  const axe = !/\/graph\/$/.test(path);
  test(`${path}: same-origin requests and CSP${axe ? ', axe (light and dark)' : ''}, fits 320/390/768 px, hostile query strings, readable without JavaScript`, async ({ page, browser }) => {
    test.setTimeout(90_000); // two axe runs and three loads
    // Gap pages hold a long table with every hop's rationale: axe needs longer there.
    if (/\/crosswalk\/[^/]+\/[^/]+\//.test(path)) test.slow();
    const w = watch(page);
    await w.ready;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });

    await test.step('as linked: no request leaves the origin, no CSP violation', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      const res = await page.goto(path);
      await w.settled(); // whatever the page's scripts fetch has arrived
      expect(res?.status()).toBe(200);
      expect.soft(w.outside, 'requests that left the origin').toEqual([]);
      expect.soft(await w.csp(), 'CSP violations').toEqual([]);
      expect.soft(dialogs, 'dialogs').toBe(0);
    });

    if (axe)
      await test.step('axe: no WCAG 2.2 A/AA violations (light and dark)', async () => {
        for (const s of ['light', 'dark'] as const) {
          await scheme(page, s);
          expect.soft(await axeViolations(page), `axe (${s})`).toEqual([]);
        }
      });

    await test.step('fits 320/390/768 px (light and dark), header clear of the page', async () => {
      for (const s of ['light', 'dark'] as const) {
        await scheme(page, s);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const { by, culprit } = await overflow(page);
          expect.soft(by, `${path} at ${width} px (${s}) is ${by} px too wide; furthest right: ${culprit}`).toBeLessThanOrEqual(0);
          if (s === 'light') expect.soft(await headerOverlap(page), `${path} at ${width} px: the site header reaches into <main> by`).toBe(0);
        }
      }
    });

    await test.step('hostile query strings change nothing', async () => {
      const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
      const q = ['q', 'focus', 'schemes', 'kind', 'kinds', 'stage', 'committee', 'depth', 'rels', 'topic', 'audience', 'lifecycle', 'risk', 'type'].map((k) => `${k}=${evil}`).join('&');
      await page.goto(`${path}?${q}#${evil}`);
      await w.settled();
      await expect.soft(page.locator('img[src="x"]'), 'hostile query: injected image').toHaveCount(0);
      expect.soft(dialogs, 'hostile query: dialogs').toBe(0);
      expect.soft(await w.csp(), 'hostile query: CSP violations').toEqual([]);
      expect.soft(w.outside, 'hostile query: requests that left the origin').toEqual([]);
    });

    await test.step('readable without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const off = await context.newPage();
      const res = await off.goto(path);
      expect.soft(res?.status(), 'JavaScript off: status').toBe(200);
      await expect.soft(off.getByRole('heading', { level: 1 }), 'JavaScript off: heading').toBeVisible();
      const text = (await off.locator('main').innerText()).trim();
      expect.soft(text.length, 'JavaScript off: length of the text in <main>').toBeGreaterThan(80);
      await context.close();
    });
  });
}
