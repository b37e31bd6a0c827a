/** Catalogue items: controls (ISO/IEC 27400), requirements and provisions, risk sources. */
import { z } from 'astro/zod';
import { Id, Localized, SummaryBasis, base } from './common.ts';

export const LIFECYCLE = ['before-release', 'in-operation', 'end-of-life'] as const;
export const AUDIENCES = ['developer-provider', 'user'] as const;
export const CONTROL_KINDS = ['security', 'privacy'] as const;
export const OBLIGATIONS = ['mandatory', 'recommended'] as const;
export const ITEM_ASSESSMENTS = ['document', 'device-test'] as const;
export const RISK_GROUPS = ['common', 'domain', 'outside', 'privacy'] as const;

export const Control = z
  .object({
    ...base,
    /** The catalogue the control belongs to. */
    document: Id,
    /** Clause number: `7.1.2.10`. */
    clause: z.string().regex(/^\d+(\.\d+)*$/, 'expected a clause number such as 7.1.2.10'),
    /** Control number where the source gives it (Control-10). */
    number: z.number().int().positive().optional(),
    /** Title in both languages. */
    title: Localized,
    /** Security or privacy control. */
    kind: z.enum(CONTROL_KINDS),
    /** Who applies it. */
    audience: z.enum(AUDIENCES),
    /** Our own summary of why the control exists. */
    purpose: Localized,
    /** What the purpose was written from: `talk` (a slide gives the control's content) or `title` (the title alone). */
    summaryBasis: SummaryBasis,
    /** Life-cycle stages it belongs to. */
    lifecycle: z.array(z.enum(LIFECYCLE)).min(1),
    /** Our summary of the guidance, for the worked examples only. */
    guidance: Localized.optional(),
  })
  .strict();
export type Control = z.infer<typeof Control>;

export const Requirement = z
  .object({
    ...base,
    /** The catalogue it belongs to. */
    document: Id,
    /** Clause or code: `5.2.7`, `5.1`, `S1.1-02`, `KP-15`. */
    clause: z.string().min(1),
    /** Title in both languages. */
    title: Localized,
    /** The grouping item (a policy for a key point, a provision group for a provision). */
    parent: Id.optional(),
    /** Our own short summary. */
    summary: Localized.optional(),
    /** Note on how the title was obtained, e.g. "English title is our translation". */
    note: Localized.optional(),
    /** Modal verb of a provision: `shall` → mandatory, `should` → recommended (EN 303 645 M / R). */
    obligation: z.enum(OBLIGATIONS).optional(),
    /** Our short paraphrase of the limit the item's own sentence sets ("where passwords are used"). */
    condition: Localized.optional(),
    /** How the item is assessed, where the source says (JC-STAR: document review or device test). */
    assessment: z.enum(ITEM_ASSESSMENTS).optional(),
  })
  .strict();
export type Requirement = z.infer<typeof Requirement>;

export const RiskSource = z
  .object({
    ...base,
    /** The catalogue it comes from. */
    document: Id,
    /** Clause where known. */
    clause: z.string().optional(),
    /** Item letter in the source list (a–f). */
    label: z.string().optional(),
    /** Which kind of risk source. */
    group: z.enum(RISK_GROUPS),
    /** A group of risk sources (a clause) rather than a single item. */
    isGroup: z.boolean().optional(),
    /** The group it belongs to. */
    parent: Id.optional(),
    /** Title in both languages. */
    title: Localized,
    /** Our own summary. */
    summary: Localized.optional(),
  })
  .strict();
export type RiskSource = z.infer<typeof RiskSource>;
