/**
 * Reads `content/` from disk: every `<kind>/*.yaml` file, as a list of raw items with their file and line.
 * The only module in src/lib that touches the file system; validation and everything after it are pure.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap, type Node } from 'yaml';
import { KINDS, type Kind } from './schema.ts';
import type { ContentError } from './errors.ts';

/** One list item of a content file, before validation. */
export interface RawItem {
  kind: Kind;
  /** Path relative to the project root, for messages. */
  file: string;
  /** 1-based line of the item in its file. */
  line: number;
  /** Index of the item in its file's list. */
  index: number;
  data: unknown;
  /** Line of a field inside the item (`['title', 'ja']` → 14), when known. */
  lineOf: (path: (string | number)[]) => number | undefined;
}

/** Parses one YAML file's text into raw items (pure; used by tests with in-memory text). */
export function parseContentFile(kind: Kind, file: string, text: string): { items: RawItem[]; errors: ContentError[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const errors: ContentError[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line,
    message: `YAML syntax error: ${e.message.split('\n')[0]}`,
  }));
  if (errors.length) return { items: [], errors };
  const root = doc.contents;
  if (root === null) return { items: [], errors: [] };
  if (!isSeq(root)) {
    return { items: [], errors: [{ file, line: 1, message: 'expected the file to be a YAML list of entities (each starting with "- id: …")' }] };
  }
  const js = doc.toJS() as unknown[];
  const lineOfNode = (node: Node | null | undefined) => (node?.range ? lc.linePos(node.range[0]).line : undefined);
  const items = root.items.map((node, index): RawItem => {
    const n = node as Node;
    return {
      kind,
      file,
      index,
      line: lineOfNode(n) ?? 1,
      data: js[index],
      lineOf: (path) => {
        let cur: unknown = n;
        for (const key of path) {
          if (isMap(cur)) cur = cur.get(key, true);
          else if (isSeq(cur) && typeof key === 'number') cur = cur.get(key, true);
          else return undefined;
        }
        return lineOfNode(cur as Node) ?? lineOfNode(n);
      },
    };
  });
  return { items, errors: [] };
}

/** The folder of search vocabularies (variant sets): not entities, read by readSearchFiles. */
export const SEARCH_FOLDER = 'search';

/** Reads `content/search/*.yaml` (lists of variant sets) as raw items, with their file and line. */
export function readSearchFiles(dir: string, root = process.cwd()): { items: Omit<RawItem, 'kind'>[]; errors: ContentError[] } {
  const sub = join(dir, SEARCH_FOLDER);
  const items: Omit<RawItem, 'kind'>[] = [];
  const errors: ContentError[] = [];
  if (!existsSync(sub)) return { items, errors };
  for (const name of readdirSync(sub).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    // parseContentFile only uses the kind to label items; variant sets are not entities.
    const r = parseContentFile('terms', relative(root, join(sub, name)), readFileSync(join(sub, name), 'utf8'));
    items.push(...r.items.map(({ kind: _kind, ...rest }) => rest));
    errors.push(...r.errors);
  }
  return { items, errors };
}

/** Reads every content file under `dir` (the project's `content/` or a test fixture). */
export function readContentDir(dir: string, root = process.cwd()): { items: RawItem[]; errors: ContentError[] } {
  const items: RawItem[] = [];
  const errors: ContentError[] = [];
  if (!existsSync(dir)) return { items, errors: [{ file: relative(root, dir) || dir, message: 'content folder not found' }] };
  for (const entry of readdirSync(dir).sort()) {
    const sub = join(dir, entry);
    if (!statSync(sub).isDirectory() || entry === 'articles' || entry === SEARCH_FOLDER) continue;
    if (!(KINDS as string[]).includes(entry)) {
      errors.push({ file: relative(root, sub), message: `unknown content folder "${entry}": expected one of ${KINDS.join(', ')}` });
      continue;
    }
    for (const name of readdirSync(sub).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = join(sub, name);
      const r = parseContentFile(entry as Kind, relative(root, path), readFileSync(path, 'utf8'));
      items.push(...r.items);
      errors.push(...r.errors);
    }
  }
  return { items, errors };
}
