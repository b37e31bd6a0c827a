import { describe, it, expect } from 'vitest';
import { checkSite, pageUrl, targetFile } from '../../scripts/lib/site-check.ts';

const head = (lang: string, path: string) =>
  `<html lang="${lang}"><head><title>T</title><meta name="description" content="D"><link rel="canonical" href="https://x${path}"><link rel="alternate" hreflang="ja" href="https://x/ja/"><link rel="alternate" hreflang="en" href="https://x/en/"><link rel="icon" href="/favicon.svg"></head>`;
const page = (lang: string, path: string, body: string) => `${head(lang, path)}<body>${body}</body></html>`;

function site(extra: Record<string, string> = {}, base = '/') {
  const pages = new Map(
    Object.entries({
      'index.html': `<html lang="en"><head><title>Root</title><link rel="icon" href="${base}favicon.svg"></head><body><a href="${base}ja/">ja</a><a href="${base}en/">en</a></body></html>`,
      'en/index.html': page('en', '/en/', `<h2 id="top">x</h2><a href="${base}en/a/#top">a</a><a href="${base}ja/" hreflang="ja" lang="ja">日本語</a>`),
      'ja/index.html': page('ja', '/ja/', `<a href="${base}ja/a/">a</a><a href="${base}en/" hreflang="en">English</a>`),
      'en/a/index.html': page('en', '/en/a/', `<h1 id="top">A</h1><a href="../">up</a><a href="${base}data/x.csv">csv</a><a href="https://example.org/">ext</a>`),
      'ja/a/index.html': page('ja', '/ja/a/', `<a href="#none">x</a>`.replace('#none', '#')),
      ...extra,
    }).map(([f, html]) => [f, html.replace('href="/favicon.svg"', `href="${base}favicon.svg"`)]),
  );
  const files = new Set([...pages.keys(), 'data/x.csv', 'favicon.svg']);
  const sitemap = [...pages.keys()].map((f) => `https://x${pageUrl(f, base)}`);
  return { pages, opt: { base, files, bilingual: new Set(['index.html', '404.html']), sitemap, site: 'https://x' as string | undefined } };
}

describe('checkSite', () => {
  it('passes a consistent site, at / and under a base path', () => {
    const a = site();
    expect(checkSite(a.pages, a.opt)).toEqual([]);
    const b = site({}, '/atlas/');
    expect(checkSite(b.pages, b.opt)).toEqual([]);
  });

  it('finds broken links and missing anchors', () => {
    const s = site({ 'en/b/index.html': page('en', '/en/b/', '<a href="/en/nope/">x</a><a href="/en/a/#gone">y</a>'), 'ja/b/index.html': page('ja', '/ja/b/', '') });
    s.opt.sitemap.push('https://x/en/b/', 'https://x/ja/b/');
    expect(checkSite(s.pages, s.opt)).toEqual(['en/b/index.html: broken link "/en/nope/"', 'en/b/index.html: link "/en/a/#gone": no element with id "gone"']);
  });

  it('finds a page without its twin, and one missing head tags', () => {
    const s = site({ 'en/c/index.html': '<html lang="en"><head></head><body></body></html>' });
    s.opt.sitemap.push('https://x/en/c/');
    expect(checkSite(s.pages, s.opt)).toEqual([
      'en/c/index.html: no icon link',
      'en/c/index.html: no <title>',
      'en/c/index.html: no meta description',
      'en/c/index.html: no canonical link',
      'en/c/index.html: no hreflang="ja" alternate',
      'en/c/index.html: no hreflang="en" alternate',
      'en/c/index.html: has no twin page ja/c/index.html',
    ]);
  });

  it('flags links to the other language that are not the language switch, and links that leave the base', () => {
    const s = site({}, '/atlas/');
    s.pages.set('en/a/index.html', page('en', '/atlas/en/a/', '<h1 id="top">A</h1><a href="/atlas/ja/">ja</a><a href="/en/">no base</a>').replace('href="/favicon.svg"', 'href="/atlas/favicon.svg"'));
    expect(checkSite(s.pages, s.opt)).toEqual([
      'en/a/index.html: link "/atlas/ja/" goes to the other language without being the language switch',
      'en/a/index.html: link "/en/" leaves the base path /atlas/',
    ]);
  });

  it('requires a sitemap that lists every page', () => {
    const s = site();
    expect(checkSite(s.pages, { ...s.opt, sitemap: undefined })).toEqual(['no sitemap.xml']);
    expect(checkSite(s.pages, { ...s.opt, sitemap: s.opt.sitemap.slice(1) })).toEqual(['sitemap.xml does not list /']);
  });

  it('without SITE_URL, accepts root-relative canonical, hreflang and sitemap addresses and flags any origin', () => {
    const rel = (lang: string, path: string) =>
      `<html lang="${lang}"><head><title>T</title><meta name="description" content="D"><link rel="canonical" href="${path}"><link rel="alternate" hreflang="ja" href="/ja/"><link rel="alternate" hreflang="en" href="/en/"><link rel="icon" href="/favicon.svg"></head><body></body></html>`;
    const pages = new Map([
      ['en/index.html', rel('en', '/en/')],
      ['ja/index.html', rel('ja', '/ja/').replace('href="/en/"', 'href="https://sc27-atlas.example.org/en/"')],
    ]);
    const opt = { base: '/', files: new Set([...pages.keys(), 'favicon.svg']), bilingual: new Set<string>(), sitemap: ['/en/', 'https://sc27-atlas.example.org/ja/'] };
    expect(checkSite(pages, opt)).toEqual([
      'ja/index.html: alternate hreflang="en" href "https://sc27-atlas.example.org/en/" claims an origin (no SITE_URL was given)',
      'sitemap.xml: "https://sc27-atlas.example.org/ja/" claims an origin (no SITE_URL was given)',
    ]);
    // With SITE_URL set, the same root-relative addresses are the mistake.
    expect(checkSite(new Map([['en/index.html', rel('en', '/en/')]]), { ...opt, sitemap: ['https://a.test/en/'], site: 'https://a.test' })).toContain(
      'en/index.html: canonical href "/en/" is not on https://a.test',
    );
  });

  it('resolves relative, absolute and external targets', () => {
    expect(targetFile('../', '/en/a/', '/')).toEqual({ file: 'en/index.html', hash: undefined });
    expect(targetFile('/en/a/#x', '/en/', '/')).toEqual({ file: 'en/a/index.html', hash: 'x' });
    expect(targetFile('https://example.org/', '/en/', '/')).toBeUndefined();
    expect(targetFile('mailto:a@b', '/en/', '/')).toBeUndefined();
  });
  it('reads pages with an HTML parser: commented-out links are not links, entities in addresses are decoded', () => {
    const s = site();
    s.pages.set('en/a/index.html', page('en', '/en/a/', '<h1 id="top">A</h1><!-- <a href="/en/nope/">old</a> --><a href="/en/a/?q=1&amp;r=2#top">q</a><a href="/en/a/#t&amp;p">x</a>'));
    expect(checkSite(s.pages, s.opt)).toEqual(['en/a/index.html: link "/en/a/#t&p": no element with id "t&p"']);
  });

  it('says when the build holds files that are not the site (Astro internals left by an OUT_DIR outside the project)', () => {
    const s = site();
    s.opt.files.add('content-modules.mjs').add('collections/articles.schema.json').add('_astro/page.js');
    expect(checkSite(s.pages, s.opt)).toEqual([
      'collections/articles.schema.json: not part of the site (an Astro build file left in the output folder)',
      'content-modules.mjs: not part of the site (an Astro build file left in the output folder)',
    ]);
  });
});
