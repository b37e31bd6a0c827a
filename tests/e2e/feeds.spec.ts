import { test, expect } from '@playwright/test';

// Issue 15 §5: Atom feeds of status changes, linked from the landscape, timeline and committee pages, parsed as XML
// by the browser's own parser.

async function parseFeed(page: import('@playwright/test').Page, href: string) {
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/xml/);
  const text = await res.text();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const err = doc.getElementsByTagName('parsererror')[0];
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
    return {
      error: err?.textContent ?? '',
      root: `${root.namespaceURI} ${root.localName}`,
      lang: root.getAttribute('xml:lang'),
      title: doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
      updated: [...entries.map((e) => e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '')],
      links: entries.map((e) => e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? ''),
      complete: entries.every((e) => ['id', 'title', 'updated', 'link'].every((k) => e.getElementsByTagNameNS(ns, k).length === 1)),
    };
  }, text);
}

for (const [path, lang] of [['/en/landscape/', 'en'], ['/ja/timeline/', 'ja'], ['/en/bodies/sc-27-wg-4/', 'en'], ['/ja/bodies/sc-27/', 'ja']] as const) {
  test(`${path} links a valid Atom feed of status changes, newest first`, async ({ page }) => {
    await page.goto(path);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    const feed = await parseFeed(page, (await link.getAttribute('href'))!);
    expect(feed.error).toBe('');
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.lang).toBe(lang);
    expect(feed.updated.length).toBeGreaterThan(0);
    expect(feed.complete).toBe(true);
    expect([...feed.updated].sort().reverse()).toEqual(feed.updated);
    // Entry links lead to the document pages, in the feed's language.
    const first = await page.request.get(feed.links[0]);
    expect(first.status()).toBe(200);
    expect(feed.links[0]).toMatch(new RegExp(`^/${lang}/documents/`));
  });
}

test('the timeline shows a link to its feed', async ({ page }) => {
  await page.goto('/en/timeline/');
  await expect(page.getByRole('link', { name: 'Feed of status changes (Atom)' })).toHaveAttribute('href', '/en/feeds/status.xml');
});
