/**
 * The one folder walker (build hooks, scripts and tests): the files under a folder, as paths relative to it with
 * forward slashes, in the order the file system lists them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FilesUnderOptions {
  /** Keep a file (by its relative path); default: every file. */
  keep?: (path: string) => boolean;
  /** Leave out a folder and all below it (by its relative path); default: none. */
  skipDir?: (path: string) => boolean;
}

export function filesUnder(dir: string, { keep = () => true, skipDir = () => false }: FilesUnderOptions = {}): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(join(dir, rel)).flatMap((name) => {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) return skipDir(path) ? [] : walk(path);
      return keep(path) ? [path] : [];
    });
  return walk('');
}

/** The pages of a built site: its HTML files, without Pagefind's folder (Pagefind indexing, the bench). */
export const siteHtmlFiles = (dir: string): string[] => filesUnder(dir, { keep: (p) => p.endsWith('.html'), skipDir: (p) => p === 'pagefind' });
