/**
 * Validates content/ (or the folder given as the first argument) and exits non-zero with located errors.
 * `npm run validate`; also the first step of `npm run build`.
 */
import { resolve } from 'node:path';
import { loadAtlas } from '../src/lib/atlas/site-atlas.ts';
import { ContentValidationError } from '../src/lib/content/errors.ts';
import { staleChecks } from '../src/lib/content/freshness.ts';
import { loadVariants } from '../src/lib/search/site-variants.ts';

const dir = resolve(process.argv[2] ?? 'content');
try {
  const atlas = loadAtlas(dir);
  const variants = loadVariants(dir);
  const counts = new Map<string, number>();
  for (const e of atlas.entities.values()) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`content OK: ${summary}, ${atlas.relations.length} relations, ${variants.length} search variant sets`);
  /** Not a failure: a list to re-check. TODAY=YYYY-MM-DD overrides the clock (tests, reproducible output). */
  const today = process.env.TODAY ?? new Date().toISOString().slice(0, 10);
  const stale = staleChecks(atlas.entities.values() as Iterable<{ id: string; kind: string; data: { asOf?: string } }>, today);
  if (stale.length) {
    console.log(`not checked for 12 months (as of ${today}): ${stale.length} entries — re-read their sources and update asOf`);
    for (const s of stale) console.log(`  ${s.asOf}  ${s.id}`);
  } else console.log(`freshness: every check date is within 12 months of ${today}`);
} catch (e) {
  if (e instanceof ContentValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
