/** Bodies: committees, working groups, standards bodies, agencies (`content/bodies/`). */
import { z } from 'astro/zod';
import { Id, Localized, base } from './common.ts';

export const BODY_TYPES = [
  'cooperation', // WSC
  'sdo', // ISO, IEC, ITU, ETSI, CEN, CENELEC
  'joint-committee', // JTC 1
  'subcommittee', // SC 27, SC 41 …
  'working-group', // WG 1 … WG 5
  'regional-body', // regional standards bodies (grouping)
  'national-body', // ANSI, BSI, DIN …
  'mirror-committee', // Japanese mirror committees
  'agency', // NIST, IPA, CSA (SG), BSI (DE agency), Traficom, KISA
  'ministry', // METI, MIC
  'regulator', // FCC, …
  'consortium', // IoT Acceleration Consortium
  'industry-group', // CTIA, IASME …
] as const;

export const Body = z
  .object({
    ...base,
    /** Full name in both languages. */
    name: Localized,
    /** Short name as people say it: `SC 27`, `WG 4`, `ITSCJ`. */
    abbrev: z.string().min(1),
    /** What sort of body it is. */
    type: z.enum(BODY_TYPES),
    /** The body it belongs to (WG 4 → SC 27 → JTC 1). */
    parent: Id.optional(),
    /** Second parent for joint committees (JTC 1 → ISO and IEC). */
    parents: z.array(Id).optional(),
    /** For a mirror committee: the international body it mirrors. */
    mirrors: Id.optional(),
    /** Country as ISO 3166-1 alpha-2 (`JP`, `DE`) or `INT` for international, `EU` for European. */
    country: z.string().regex(/^([A-Z]{2}|INT|EU)$/, 'expected ISO 3166 alpha-2, INT or EU').optional(),
    /** Official web site. */
    url: z.string().url().optional(),
    /** Our own one- or two-sentence summary. */
    summary: Localized.optional(),
  })
  .strict();
export type Body = z.infer<typeof Body>;
