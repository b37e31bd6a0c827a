/** Models (with their elements) and glossary terms. */
import { z } from 'astro/zod';
import { Id, Localized, base } from './common.ts';

export const ModelElement = z
  .object({
    /** Globally unique ID of the element. */
    id: Id,
    /** Title in both languages. */
    title: Localized,
    /** Our own summary. */
    summary: Localized.optional(),
    /** What has to be trustworthy in this element, in our words (the CPS layers); covered by the model's sources. */
    trust: Localized.optional(),
  })
  .strict();

export const Model = z
  .object({
    ...base,
    /** Title in both languages. */
    title: Localized,
    /** The document that defines the model. */
    document: Id.optional(),
    /** Our own summary. */
    summary: Localized.optional(),
    /** Parts of the model, in order. */
    elements: z.array(ModelElement).min(1),
  })
  .strict();
export type Model = z.infer<typeof Model>;

export const Term = z
  .object({
    ...base,
    /** The term in both languages; `ja` is the one Japanese rendering the atlas uses for the concept. */
    term: Localized,
    /** Other Japanese renderings `term.ja` replaces; validation fails where one appears in Japanese content. */
    variants: z.array(z.string().min(1)).optional(),
    /** Definitions per source document, summarised in our words. */
    definitions: z
      .array(
        z
          .object({
            /** The document that defines it; omit for definitions from a public page (e.g. ISO stage names). */
            document: Id.optional(),
            /** Clause of the definition in that document. */
            clause: z.string().optional(),
            /** The definition in our own words. */
            summary: Localized,
          })
          .strict(),
      )
      .min(1),
    /** Related entities. */
    related: z.array(Id).optional(),
  })
  .strict();
export type Term = z.infer<typeof Term>;
