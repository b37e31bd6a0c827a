/**
 * Zod schemas for every kind of entity in `content/`.
 *
 * Each YAML file under `content/<kind>/` holds a list of entities of that kind. The kind comes from the folder;
 * every entity has a globally unique `id`. Cross-references are plain IDs here and are checked by `validate.ts`
 * (kind of the target, existence, duplicates), because Zod alone cannot see other files.
 */
import { z } from 'astro/zod';

/** A stable, lower-case, URL-safe slug: `iso-iec-27400-7-1-2-10`. */
export const Id = z
  .string({ required_error: 'an ID is required' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug of a-z, 0-9 and single hyphens');

/** A date as precise as the source gives it: `2022`, `2022-06` or `2022-06-07`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

const text = (lang: string) =>
  z
    .string({
      required_error: `missing ${lang} translation`,
      invalid_type_error: `expected ${lang} text`,
    })
    .trim()
    .min(1, `missing ${lang} translation (empty)`);

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。，．・「」『』（）【】：；！？';
const CJK_GAP = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'gu');
/** Spacing rule (content/README.md): no space between Japanese and Latin letters or digits — IoT機器, ISO/IEC 27400の構成. */
const JA_LATIN_GAP = new RegExp(`([${CJK}])[ \\t\\n]+(?=[A-Za-z0-9(])|([A-Za-z0-9)%])[ \\t\\n]+(?=[${CJK}])`, 'gu');
/** Where a Japanese text breaks the spacing rule (for texts not normalised at load, such as the articles). */
export const spacingGap = (s: string) => s.match(JA_LATIN_GAP)?.[0];
/** Removes white space between two Japanese characters ("管理策の\n目的" → "管理策の目的") and between Japanese and Latin letters or digits ("IoT 機器" → "IoT機器"). */
export const joinJapanese = (s: string) => s.replace(CJK_GAP, '$1').replace(JA_LATIN_GAP, (_m, ja?: string, latin?: string) => ja ?? latin ?? '');

/** A short text in both languages; both are required. */
export const Localized = z.object(
  {
    /** English text. */
    en: text('English (en)'),
    /** Japanese text. Spaces between two Japanese characters (left by folded YAML lines) are removed. */
    ja: text('Japanese (ja)').transform(joinJapanese),
  },
  { required_error: 'expected { en, ja } text in both languages', invalid_type_error: 'expected { en, ja } text in both languages' },
);
export type Localized = z.infer<typeof Localized>;

/**
 * The two seed talks in `../shared/seeds/`, named as their own title slides give them: `en`/`ja` is the short
 * name shown next to every seed source; `title`, `by` and `date` describe the talk on the About page.
 * Talk 000's title slide carries no date or event; it cites ISO/IEC 27040:2024 and a 2024 DIS, hence "2024 or later".
 */
export const SEEDS = {
  '000_f3a528d2094e5c67.txt': {
    en: 'JNSA / NICT talk “Trends in ISO/IEC JTC 1/SC 27” (undated, 2024 or later)',
    ja: 'JNSA / NICT 講演「ISO/IEC JTC1/SC27の動向」(日付なし、2024年以降)',
    title: { en: 'Trends in ISO/IEC JTC 1/SC 27 — an overview of IoT-related international standardisation (our translation)', ja: 'ISO/IEC JTC1/SC27の動向 — IoTに関連した国際標準化活動の概観' },
    by: { en: 'JNSA (its vice-president and head of standardisation), NICT and Yokohama National University, as the speaker’s affiliations', ja: '講演者の所属として JNSA(副会長、標準化部会長)、情報通信研究機構(NICT)、横浜国立大学' },
    date: { en: 'no date or event on the title slide; it cites ISO/IEC 27040:2024 and the 2024 DIS of ISO/IEC 27404, so 2024 or later', ja: 'タイトルスライドに日付・イベント名の記載なし。ISO/IEC 27040:2024 と 2024 年の ISO/IEC 27404 DIS に触れているため 2024 年以降' },
  },
  '001_64da7ac8f1eb3b2e.txt': {
    en: 'NICT talk “IoT security standardisation in ISO/IEC” (2022-11-16)',
    ja: 'NICT 講演「ISO/IEC における IoTセキュリティ標準化」(2022年11月16日)',
    title: { en: 'IoT security standardisation in ISO/IEC (our translation)', ja: 'ISO/IEC における IoTセキュリティ標準化' },
    by: { en: 'NICT Cybersecurity Research Institute; the speaker is an expert in ISO/IEC JTC 1/SC 27/WG 1 and WG 4', ja: '情報通信研究機構(NICT)サイバーセキュリティ研究所。講演者は ISO/IEC JTC 1/SC 27/WG 1・WG 4 のエキスパート' },
    date: { en: '2022-11-16 (the title slide names no event)', ja: '2022年11月16日(タイトルスライドにイベント名の記載なし)' },
  },
} as const;
export type SeedFile = keyof typeof SEEDS;

/**
 * Where a fact comes from: a seed talk with its slide heading, or a public URL.
 * `partial: true` marks a fact that facts.md rates PARTIAL; the site shows it as such.
 */
export const Source = z
  .object({
    /** Seed talk file name in `../shared/seeds/`. */
    seed: z.enum(Object.keys(SEEDS) as [SeedFile, ...SeedFile[]]).optional(),
    /** Slide heading in the seed talk, as printed there. */
    slide: z.string().min(1).optional(),
    /** Public URL that was read. */
    url: z.string().url('expected an absolute URL').optional(),
    /** Short label for the URL (publisher or page name). */
    label: z.string().min(1).optional(),
    /** True when the fact is only PARTIAL (secondary or incomplete source). */
    partial: z.boolean().optional(),
    /** On a mapping's seed source: the slide itself draws this very relation (lets a talk support `basis: stated`). */
    states: z.boolean().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.seed && !s.url) ctx.addIssue({ code: 'custom', message: 'expected either `seed` (with `slide`) or `url`' });
    if (s.seed && !s.slide) ctx.addIssue({ code: 'custom', path: ['slide'], message: 'a seed source needs the slide heading' });
  });
export type Source = z.infer<typeof Source>;

/** What a summary or a control's purpose was written from: a talk's slide content, the cited public pages, or only the title. */
export const SUMMARY_BASES = ['talk', 'source', 'title'] as const;
export const SummaryBasis = z.enum(SUMMARY_BASES);
export type SummaryBasis = z.infer<typeof SummaryBasis>;

const Sources = z.array(Source, { required_error: 'every entity needs `sources`' }).min(1, 'at least one source is required');

/** Fields every entity has. */
const base = {
  /** Globally unique stable slug; the page URL is built from it. */
  id: Id,
  /** Where the facts come from. */
  sources: Sources,
  /** Date the changeable facts were last checked against their sources. */
  asOf: PartialDate.optional(),
  /** What the summary (a control: its purpose) was written from; absent means `source` — the entry's cited sources. */
  summaryBasis: SummaryBasis.optional(),
  /** Other names people search for this entry by (search index only, never shown): `{ ja: [ぜい弱性開示], en: [VDP] }`. */
  aliases: z
    .object({ en: z.array(z.string().min(1)).optional(), ja: z.array(z.string().min(1)).optional() })
    .strict()
    .optional(),
};

// ---------------------------------------------------------------------------------------------------------------
// bodies

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

// ---------------------------------------------------------------------------------------------------------------
// documents

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
            degree: z.enum(['identical', 'modified']).optional(),
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

// ---------------------------------------------------------------------------------------------------------------
// controls, requirements, risk sources

export const LIFECYCLE = ['before-release', 'in-operation', 'end-of-life'] as const;
export const AUDIENCES = ['developer-provider', 'user'] as const;

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
    kind: z.enum(['security', 'privacy']),
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
    obligation: z.enum(['mandatory', 'recommended']).optional(),
    /** Our short paraphrase of the limit the item's own sentence sets ("where passwords are used"). */
    condition: Localized.optional(),
    /** How the item is assessed, where the source says (JC-STAR: document review or device test). */
    assessment: z.enum(['document', 'device-test']).optional(),
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
    group: z.enum(['common', 'domain', 'outside', 'privacy']),
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

// ---------------------------------------------------------------------------------------------------------------
// schemes, models, terms, mappings

export const SchemeLevel = z
  .object({
    /** Level name: `STAR-1`, `Level 2`. */
    name: z.string().min(1),
    /** How conformity is assessed. */
    assessment: z.enum(['self-declaration', 'third-party', 'self-declaration-with-review']),
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
    structure: z.enum(['binary', 'multi-level']),
    /** Levels, lowest first. */
    levels: z.array(SchemeLevel).min(1),
    /** Label form, in the 27404 Annex A types. */
    labelForm: z.enum(['static', 'dynamic', 'dual', 'none']).optional(),
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

/**
 * Relation vocabulary of cross-framework mappings: NIST IR 8477 STRM (`equal` … `not-related-to`), `no-counterpart`
 * (an item → a catalogue document: our decision that nothing in that catalogue covers it), plus three of ours.
 */
export const MAPPING_RELATIONS = ['equal', 'subset-of', 'superset-of', 'intersects-with', 'not-related-to', 'no-counterpart', 'addresses', 'recognises', 'uses'] as const;
export type MappingRelation = (typeof MAPPING_RELATIONS)[number];

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
    reason: z.enum(['syntactic', 'semantic', 'functional']),
    /** `stated`: the source says so; `derived`: we concluded it from the titles or texts. */
    basis: z.enum(['stated', 'derived']),
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

// ---------------------------------------------------------------------------------------------------------------
// search vocabularies (content/search/*.yaml): not entities, no page; applied when the search index is built

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

export const SCHEMAS = {
  bodies: Body,
  documents: Document,
  controls: Control,
  requirements: Requirement,
  'risk-sources': RiskSource,
  schemes: Scheme,
  models: Model,
  terms: Term,
  mappings: Mapping,
} as const;
export type Kind = keyof typeof SCHEMAS;
export const KINDS = Object.keys(SCHEMAS) as Kind[];
