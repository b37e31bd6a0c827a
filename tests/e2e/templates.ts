/**
 * One URL per page template, from the built site: every page listed in sitemap.xml, except that entity pages
 * (whose last path segment is an entity ID in data/atlas.json) are grouped per section and the first of each group
 * is taken (/en/documents/iso-iec-27031/ stands for /en/documents/:id/, a gap page for /en/crosswalk/:id/:id/). New templates are covered once built.
 */
import { readFileSync } from 'node:fs';

export function templatePaths(dir = 'dist'): string[] {
  const xml = readFileSync(`${dir}/sitemap.xml`, 'utf8');
  const ids = new Set((JSON.parse(readFileSync(`${dir}/data/atlas.json`, 'utf8')) as { entities: { id: string }[] }).entities.map((e) => e.id));
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1], 'http://site').pathname);
  const seen = new Map<string, string>();
  for (const p of paths.sort()) {
    // Entity IDs after the language stand for their template: /en/documents/:id/, /en/crosswalk/:id/:id/.
    const key = '/' + p.split('/').filter(Boolean).map((seg, i) => (i > 0 && ids.has(seg) ? ':id' : seg)).join('/') + '/';
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}
