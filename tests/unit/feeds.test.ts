import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/atlas/site-atlas.ts';
import { atomFeed, atomDate, feedBodies, statusChanges } from '../../src/lib/feeds/feeds.ts';
import { entityPath } from '../../src/lib/site/urls.ts';

const atlas = loadAtlas(resolve('content'));
const feed = (bodyId?: string, lang: 'ja' | 'en' = 'en') =>
  atomFeed(atlas, statusChanges(atlas, bodyId), { lang, title: 'T', self: `/${lang}/feeds/x.xml`, alternate: `/${lang}/timeline/`, id: 'urn:sc27-atlas:feed:test', pageOf: (e) => entityPath(e, lang) });

describe('Atom feeds of status changes (issue 15 §5)', () => {
  it('lists every dated status, newest first', () => {
    const all = statusChanges(atlas);
    const total = [...atlas.entities.values()].filter((e) => e.kind === 'documents').reduce((n, d) => n + (d.data as { status: unknown[] }).status.length, 0);
    expect(all.length).toBe(total);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].date >= all[i].date).toBe(true);
  });
  it('has one feed per committee and WG, each holding only its own documents', () => {
    const ids = feedBodies(atlas).map((b) => b.id);
    expect(ids).toEqual(expect.arrayContaining(['sc-27', 'sc-27-wg-1', 'sc-27-wg-4']));
    const wg4 = statusChanges(atlas, 'sc-27-wg-4');
    const sc27 = statusChanges(atlas, 'sc-27');
    expect(wg4.length).toBeGreaterThan(0);
    expect(sc27.length).toBeGreaterThan(wg4.length);
    expect(wg4.every((c) => sc27.includes(c) || sc27.some((s) => s.documentId === c.documentId && s.index === c.index))).toBe(true);
  });
  it('writes the Atom elements, escaped, in both languages (parsed as XML by tests/e2e/feeds.spec.ts)', () => {
    for (const lang of ['en', 'ja'] as const) {
      const xml = feed('sc-27-wg-4', lang);
      expect(xml).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="utf-8"\\?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`));
      for (const k of ['<id>urn:sc27-atlas:feed:test</id>', '<title>T</title>', '<author><name>SC 27 Atlas</name></author>', '<link rel="self"']) expect(xml).toContain(k);
      const ids = [...xml.matchAll(/<id>(urn:sc27-atlas:status:[^<]+)<\/id>/g)].map((m) => m[1]);
      expect(ids.length).toBe(statusChanges(atlas, 'sc-27-wg-4').length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    }
  });
  it('completes partial dates to the first day', () => {
    expect(atomDate('2024')).toBe('2024-01-01T00:00:00Z');
    expect(atomDate('2024-05')).toBe('2024-05-01T00:00:00Z');
    expect(atomDate('2024-05-17')).toBe('2024-05-17T00:00:00Z');
  });
});
