/**
 * The site's one Atlas: content/ read, validated, and kept for the whole build.
 * Throws ContentValidationError (file, line, entity, field, message) on any content mistake.
 */
import { resolve } from 'node:path';
import { readContentDir } from '../content/load.ts';
import { validateContent, type Atlas } from '../content/validate.ts';
import { ContentValidationError } from '../content/errors.ts';
import { articleVariantErrors, variantsOf } from '../content/variants.ts';

export function loadAtlas(dir: string): Atlas {
  const read = readContentDir(dir);
  if (read.errors.length) throw new ContentValidationError(read.errors);
  const { atlas, errors } = validateContent(read.items);
  const terms = [...atlas.entities.values()].filter((e) => e.kind === 'terms');
  errors.push(...articleVariantErrors(dir, variantsOf(terms as Parameters<typeof variantsOf>[0])));
  if (errors.length) throw new ContentValidationError(errors);
  return atlas;
}

let cached: Atlas | undefined;
/** The atlas of `content/` (or `CONTENT_DIR`), loaded once. */
export function siteAtlas(): Atlas {
  try {
    cached ??= loadAtlas(resolve(process.env.CONTENT_DIR ?? 'content'));
  } catch (e) {
    // Astro shortens error messages; print every located error in full before the build stops.
    if (e instanceof ContentValidationError) console.error(e.message);
    throw e;
  }
  return cached;
}
