import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { templatePaths } from './templates.ts';
import { network } from './network.ts';

/**
 * Every page template in both languages (from the built sitemap) is checked with axe in every-template.spec.ts
 * (one page load per template for all its checks); here, states only JavaScript reaches.
 * The graph explorer has its own, slower axe tests in graph.spec.ts (with its filters opened).
 */
const built = templatePaths().filter((p) => !/\/graph\/$/.test(p));
const pages = ['/ja/schemes/compare/?schemes=jc-star,sg-cls,uk-psti'];

test('every template is covered in both languages', () => {
  const en = built.filter((p) => p.startsWith('/en/'));
  expect(built.filter((p) => p.startsWith('/ja/')).map((p) => p.replace(/^\/ja\//, '/en/'))).toEqual(en);
  expect(en.length).toBeGreaterThan(25);
});

// One page load per path, axe in light and then in dark (the colour scheme switches live, as a reader's system
// setting does): half the page loads of one test per scheme, the same checks.
for (const path of pages) {
  test(`axe: no WCAG 2.2 A/AA violations on ${path} (light and dark)`, async ({ page }) => {
    test.setTimeout(60_000); // two axe runs
    await page.emulateMedia({ colorScheme: 'light' });
    const net = network(page);
    const res = await page.goto(path);
    await net.settled(); // whatever the page's scripts fetch has arrived
    expect(res?.status()).toBe(200);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect.soft(await axeViolations(page), scheme).toEqual([]);
    }
  });
}
