/**
 * axe-core with every WCAG 2.2 A/AA rule, as the accessibility tests (a11y, graph, gap) run it.
 * Two settings save time without changing what is checked:
 * - On a page without frames, axe runs in the page itself ("legacy mode"). The default mode runs it per frame and
 *   then opens a second, blank page, loads axe-core into it again and sends it every result to be put together —
 *   work that only frames need (measured: 30–45 % of each analysis). A page with frames gets the default mode.
 * - `resultTypes: ['violations']`: every rule still runs on every node, but only violations are reported node by
 *   node (passes are not turned into selectors and HTML snippets nobody reads).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations on the page as it is now, one line each: rule, then up to three of its nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);
  const results = await (page.frames().length === 1 ? builder.setLegacyMode() : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
