/**
 * One URL per page template, read from the built sitemap: pages are grouped by their path with the last segment
 * replaced by ":id" (/en/documents/iso-iec-27400/ → /en/documents/:id/) and the first of each group is taken.
 * New templates are covered as soon as they are built.
 */
import { readFileSync } from 'node:fs';

export function templatePaths(dir = 'dist'): string[] {
  const xml = readFileSync(`${dir}/sitemap.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const seen = new Map<string, string>();
  for (const p of paths) {
    const key = p.split('/').filter(Boolean).length >= 3 ? p.replace(/\/[^/]+\/$/, '/:id/') : p;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()].sort();
}
