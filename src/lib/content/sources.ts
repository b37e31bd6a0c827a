/** Source lists: the one rule for when two sources are the same. */
import type { Source } from './schema.ts';

/** The same talk and slide, or the same address, is the same source (labels and `partial` do not count). */
export const sourceKey = (s: Source): string => JSON.stringify([s.seed ?? null, s.slide ?? null, s.url ?? null]);

/** The sources of several lists, each once, in first-seen order. */
export function uniqueSources(...lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of lists.flat()) {
    const k = sourceKey(s);
    if (!seen.has(k)) (seen.add(k), out.push(s));
  }
  return out;
}
