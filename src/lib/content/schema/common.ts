/**
 * What every content schema shares: IDs, partial dates, `{ en, ja }` texts (with the Japanese spacing rule), the two
 * seed talks, sources, and the fields every entity has.
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

export const Sources = z.array(Source, { required_error: 'every entity needs `sources`' }).min(1, 'at least one source is required');

/** Fields every entity has. */
export const base = {
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
