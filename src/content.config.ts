/**
 * Astro content collections. Structured data (content/<kind>/*.yaml) is loaded by src/lib (site-atlas.ts); only the
 * prose articles are an Astro collection: `content/articles/{ja,en}/<slug>.mdx`, the same slug in both languages.
 * Pairing and `about` IDs are checked by src/lib/articles/articles.ts when the article routes are built.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SEEDS, type SeedFile } from './lib/content/schema.ts';

const seedFiles = Object.keys(SEEDS) as [SeedFile, ...SeedFile[]];

/** Where a claim of the article comes from: a seed talk with its slide heading, or a public URL. */
const ArticleSource = z
  .object({
    /** Seed talk file name in `../shared/seeds/`. */
    seed: z.enum(seedFiles).optional(),
    /** Slide heading in the seed talk, as printed there. */
    slide: z.string().min(1).optional(),
    /** Public URL that was read. */
    url: z.string().url().optional(),
    /** Short label for the URL. */
    label: z.string().min(1).optional(),
    /** True when the fact is only PARTIAL. */
    partial: z.boolean().optional(),
  })
  .strict()
  .refine((s) => (s.seed && s.slide) || s.url, { message: 'expected `seed` with `slide`, or `url`' });

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: z
    .object({
      /** Title in the article's language. */
      title: z.string().min(1),
      /** One-sentence description (meta description and index). */
      description: z.string().min(1),
      /** IDs of the entities the article discusses (checked against content/). */
      about: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an entity ID (lower-case slug)')).default([]),
      /** Every source the article's claims rest on. */
      sources: z.array(ArticleSource).min(1, 'an article needs at least one source'),
      /** Order in the index (lower first). */
      order: z.number().int().optional(),
    })
    .strict(),
});

export const collections = { articles };
