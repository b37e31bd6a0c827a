/**
 * Validates content/ (or the folder given as the first argument) and exits non-zero with located errors.
 * `npm run validate`; also the first step of `npm run build`.
 */
import { resolve } from 'node:path';
import { loadAtlas } from '../src/lib/atlas/site-atlas.ts';
import { ContentValidationError } from '../src/lib/content/errors.ts';

const dir = resolve(process.argv[2] ?? 'content');
try {
  const atlas = loadAtlas(dir);
  const counts = new Map<string, number>();
  for (const e of atlas.entities.values()) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`content OK: ${summary}, ${atlas.relations.length} relations`);
} catch (e) {
  if (e instanceof ContentValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
