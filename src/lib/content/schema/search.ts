/** Search vocabularies (`content/search/*.yaml`): not entities, no page; applied when the search index is built. */
import { z } from 'astro/zod';
import { Id, Localized, Source } from './common.ts';

const Spellings = z.array(z.string().min(1)).refine((xs) => xs.length !== 1, 'a language lists no spellings or at least two (one spelling has nothing to be equivalent to)');
/** One set of equivalent spellings: every spelling in a language's list finds the pages that use any other. */
export const VariantSet = z
  .object({
    /** Stable slug of the set (for messages and tests). */
    id: Id,
    /** Equivalent Japanese spellings: katakana / kanji, with and without the long-vowel mark, kana for a kanji … */
    ja: Spellings.default([]),
    /** Equivalent English spellings: British / American, a term and its everyday word … */
    en: Spellings.default([]),
    /** Where the equivalence is stated (a dictionary, a standard, a style guide) … */
    source: Source.optional(),
    /** … or why the spellings are used for the same thing, in our words. */
    explanation: Localized.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.source && !v.explanation) ctx.addIssue({ code: 'custom', path: ['explanation'], message: 'each variant set needs a `source` or an `explanation` of why the spellings are equivalent' });
    if (!v.ja.length && !v.en.length) ctx.addIssue({ code: 'custom', path: ['ja'], message: 'a variant set needs spellings in `ja`, `en` or both' });
  });
export type VariantSet = z.infer<typeof VariantSet>;
