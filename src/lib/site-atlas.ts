/**
 * The site's one Atlas: content/ read, validated, and kept for the whole build.
 * Throws ContentValidationError (file, line, entity, field, message) on any content mistake.
 */
import { resolve } from 'node:path';
import { readContentDir } from './load.ts';
import { validateContent, type Atlas } from './validate.ts';
import { ContentValidationError } from './errors.ts';

export function loadAtlas(dir: string): Atlas {
  const read = readContentDir(dir);
  if (read.errors.length) throw new ContentValidationError(read.errors);
  const { atlas, errors } = validateContent(read.items);
  if (errors.length) throw new ContentValidationError(errors);
  return atlas;
}

let cached: Atlas | undefined;
/** The atlas of `content/` (or `CONTENT_DIR`), loaded once. */
export function siteAtlas(): Atlas {
  cached ??= loadAtlas(resolve(process.env.CONTENT_DIR ?? 'content'));
  return cached;
}
