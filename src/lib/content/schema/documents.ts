/** Documents and their dated status history (`content/documents/`). */
import { z } from 'astro/zod';
import { Id, Localized, PartialDate, Source, base } from './common.ts';

export const DOCUMENT_TYPES = ['IS', 'TS', 'TR', 'EN', 'ETSI-TS', 'ETSI-TR', 'ITU-T-REC', 'NIST-IR', 'NIST-SP', 'guideline', 'framework', 'law', 'regulation', 'JIS'] as const;

/** ISO project stages, in order; `published` is 60.60; `withdrawn` 95.99. */
export const STAGES = ['pwi', 'np', 'awi', 'wd', 'cd', 'dis', 'fdis', 'published', 'under-review', 'confirmed', 'withdrawn', 'draft', 'final'] as const;
export type Stage = (typeof STAGES)[number];

/** Topic groups, as the WG 1 / WG 4 slides of talk 000 group the projects. */
export const TOPICS = [
  'cybersecurity-foundations', // WG 1 projects related to cybersecurity
  'security-controls-guidance', // WG 4 1/11–2/11
  'network-security', // 27033
  'incident-management', // 27035
  'digital-evidence', // WG 4 5/11
  'cybersecurity', // WG 4 6/11
  'iot-cps', // WG 4 7/11
  'ai-big-data', // WG 4 8/11
  'cloud', // WG 4 9/11
  'virtualization', // WG 4 10/11
  'emerging', // WG 4 11/11
  'management-systems', // 27001, 27002, ISO 31000
  'iot-foundations', // SC 41 base documents, TR 22417
  'consumer-iot-baselines', // ETSI, NIST, national baselines
  'policy', // national guidelines, laws, frameworks
] as const;

/** Degree of correspondence of a national adoption. */
export const ADOPTION_DEGREES = ['identical', 'modified'] as const;

export const StatusEntry = z
  .object({
    /** Stage reached. */
    stage: z.enum(STAGES),
    /** The label the source prints, when more precise than the stage: `CD2`, `WD4`, `DIS`, `Revision: FDIS`. */
    label: z.string().min(1).optional(),
    /** Harmonized stage code where the source gives it: `60.60`. */
    code: z.string().regex(/^\d{2}\.\d{2}$/, 'expected a stage code such as 60.60').optional(),
    /** Edition this entry is about (1, 2, …). */
    edition: z.number().int().positive().optional(),
    /** When the stage was reached, or when the source saw it there. */
    date: PartialDate,
    /** True when `date` is the date of the talk that reported the stage, not the date the stage was reached. */
    reportedOn: z.boolean().optional(),
    /** Where this stage is stated. */
    source: Source,
  })
  .strict();
export type StatusEntry = z.infer<typeof StatusEntry>;

export const Document = z
  .object({
    ...base,
    /** Designation as printed, with year for published editions: `ISO/IEC 27400:2022`. */
    designation: z.string().min(1),
    /** Short name people use where the designation is long (`UK PSTI`, `JC-STAR ★1`); gap pages and the matrix show it. */
    abbrev: z.string().min(1).optional(),
    /** Kind of deliverable. */
    type: z.enum(DOCUMENT_TYPES),
    /** Title in both languages (current edition). The Japanese title is ours unless a source gives one. */
    title: Localized,
    /** Earlier titles, newest first. */
    formerTitles: z
      .array(
        z
          .object({
            title: Localized,
            /** When the title changed — only where a source dates the change (e.g. the edition that renamed it). */
            until: PartialDate.optional(),
            /** Otherwise the date of a source that shows the old title in use (a talk's date). */
            seen: PartialDate.optional(),
          })
          .strict()
          .refine((f) => f.until || f.seen, { message: 'a former title needs `until` (a dated change) or `seen` (the date a source shows it)' }),
      )
      .optional(),
    /** Committee or working group that develops it (a body ID). */
    committee: Id.optional(),
    /** Publishing organisation when it is not an ISO/IEC committee (ETSI, NIST, METI …). */
    publisher: Id.optional(),
    /** Topic group. */
    topic: z.enum(TOPICS),
    /** The multi-part document this is a part of. */
    partOf: Id.optional(),
    /** Part number within `partOf`. */
    part: z.number().int().positive().optional(),
    /** Dated status history, oldest first. */
    status: z.array(StatusEntry).min(1, 'at least one dated status is required'),
    /** Documents it was built on. */
    basedOn: z.array(Id).optional(),
    /** Documents it cites or aligns with. */
    references: z.array(Id).optional(),
    /** Documents it replaces (an earlier designation). */
    replaces: z.array(Id).optional(),
    /** For a national standard (JIS): the international documents it adopts, with the degree where a source says. */
    adopts: z
      .array(
        z
          .object({
            /** The adopted document. */
            document: Id,
            /** The edition adopted, as designated: `ISO/IEC 27001:2022`. */
            edition: z.string().min(1),
            /** Degree of correspondence, only where a source gives it: identical (IDT) or modified (MOD). */
            degree: z.enum(ADOPTION_DEGREES).optional(),
            /** Where the pairing (and degree) is stated; `partial: true` when only a secondary source says. */
            source: Source,
          })
          .strict(),
      )
      .optional(),
    /** Our own one-paragraph summary; never the standard's text. */
    summary: Localized.optional(),
    /** Public page about the document (publisher catalogue). */
    url: z.string().url().optional(),
  })
  .strict();
export type Document = z.infer<typeof Document>;
