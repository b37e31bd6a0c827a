/** Cross-framework mappings (`content/mappings/`): NIST IR 8477 relations and our own. */
import { z } from 'astro/zod';
import { Id, Localized, PartialDate, Sources, type Source } from './common.ts';

/**
 * Relation vocabulary of cross-framework mappings: NIST IR 8477 STRM (`equal` … `not-related-to`), `no-counterpart`
 * (an item → a catalogue document: our decision that nothing in that catalogue covers it), plus three of ours.
 */
export const MAPPING_RELATIONS = ['equal', 'subset-of', 'superset-of', 'intersects-with', 'not-related-to', 'no-counterpart', 'addresses', 'recognises', 'uses'] as const;
export type MappingRelation = (typeof MAPPING_RELATIONS)[number];
export const MAPPING_REASONS = ['syntactic', 'semantic', 'functional'] as const;
/** `stated`: a source says so; `derived`: we concluded it. */
export const MAPPING_BASES = ['stated', 'derived'] as const;

/** The fields of a mapping; `Mapping` adds the rule on `basis: stated`. */
export const MappingFields = z
  .object({
    /** Optional ID; by default `<from>--<relation>--<to>`. */
    id: Id.optional(),
    /** Entity the relation starts from. */
    from: Id,
    /** Entity it points to. */
    to: Id,
    /** Relation type. */
    relation: z.enum(MAPPING_RELATIONS),
    /** Why, in one sentence of our own. */
    rationale: Localized,
    /** Kind of reason, as IR 8477 asks. */
    reason: z.enum(MAPPING_REASONS),
    /** `stated`: the source says so; `derived`: we concluded it from the titles or texts. */
    basis: z.enum(MAPPING_BASES),
    /** Date of the relation where it has one (a recognition arrangement). */
    date: PartialDate.optional(),
    /** Where it comes from. */
    sources: Sources,
  })
  .strict();

/**
 * `basis: stated` means a source states this very pairing. A seed talk is only that source when its slide draws the
 * relation itself (`states: true`); otherwise a stated mapping needs a public page — the talks showing both items,
 * or the atlas's own pages, make a pairing ours (`derived`).
 */
export const statedBasisProblem = (m: { basis: string; sources: Source[] }): string | undefined =>
  m.basis === 'stated' && !m.sources.some((s) => s.url || (s.seed && s.states))
    ? '`basis: stated` needs a source that states this very pairing: a public URL, or a seed slide marked `states: true` because the slide itself draws the relation. A talk that only shows the two items makes the pairing ours: use `basis: derived`'
    : undefined;

export const Mapping = MappingFields.superRefine((m, ctx) => {
  const problem = statedBasisProblem(m);
  if (problem) ctx.addIssue({ code: 'custom', path: ['basis'], message: problem });
});
export type Mapping = z.infer<typeof Mapping>;
