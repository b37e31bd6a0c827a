/** Labelling and certification schemes, with their levels (`content/schemes/`). */
import { z } from 'astro/zod';
import { Id, Localized, PartialDate, base } from './common.ts';

export const LEVEL_ASSESSMENTS = ['self-declaration', 'third-party', 'self-declaration-with-review'] as const;
export const SCHEME_STRUCTURES = ['binary', 'multi-level'] as const;
/** Label forms, as ISO/IEC 27404 Annex A types them; `none` for a legal requirement without a label. */
export const LABEL_FORMS = ['static', 'dynamic', 'dual', 'none'] as const;

export const SchemeLevel = z
  .object({
    /** Level name: `STAR-1`, `Level 2`. */
    name: z.string().min(1),
    /** How conformity is assessed. */
    assessment: z.enum(LEVEL_ASSESSMENTS),
    /** Our summary of what the level means. */
    summary: Localized,
    /** True when only PARTIAL sources support it. */
    partial: z.boolean().optional(),
  })
  .strict();

export const Scheme = z
  .object({
    ...base,
    /** Name in both languages. */
    name: Localized,
    /** Short name: `JC-STAR`, `CLS`. */
    abbrev: z.string().min(1),
    /** Country (ISO 3166 alpha-2) or EU. */
    country: z.string().regex(/^([A-Z]{2}|EU|INT)$/),
    /** Operating body. */
    operator: Id,
    /** Launch date. */
    launched: PartialDate.optional(),
    /** Mandatory by law, or voluntary. */
    mandatory: z.boolean(),
    /** Binary (one label) or multi-level. */
    structure: z.enum(SCHEME_STRUCTURES),
    /** Levels, lowest first. */
    levels: z.array(SchemeLevel).min(1),
    /** Label form, in the 27404 Annex A types. */
    labelForm: z.enum(LABEL_FORMS).optional(),
    /** Products in scope, our summary. */
    scope: Localized.optional(),
    /** Label validity, our summary. */
    validity: Localized.optional(),
    /** Whether new labels are still issued. */
    active: z.boolean().default(true),
    /** Our own summary. */
    summary: Localized.optional(),
    /** Official page. */
    url: z.string().url().optional(),
  })
  .strict();
export type Scheme = z.infer<typeof Scheme>;
