/**
 * Astro content collections. Structured data (content/<kind>/*.yaml) is loaded by src/lib (site-atlas.ts); only the
 * prose articles are an Astro collection: `content/articles/{ja,en}/<slug>.mdx`, the same slug in both languages.
 * Pairing and `about` IDs are checked by src/lib/articles/articles.ts when the article routes are built. `Id` and
 * `Source` are the YAML schemas' own (one Zod: astro/zod everywhere).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Id, Source } from './lib/content/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: z
    .object({
      /** Title in the article's language. */
      title: z.string().min(1),
      /** One-sentence description (meta description and index). */
      description: z.string().min(1),
      /** IDs of the entities the article discusses (checked against content/). */
      about: z.array(Id).default([]),
      /** Every source the article's claims rest on. */
      sources: z.array(Source).min(1, 'an article needs at least one source'),
      /** Order in the index (lower first). */
      order: z.number().int().optional(),
    })
    .strict(),
});

export const collections = { articles };
