/**
 * One Japanese rendering per concept: a glossary term's `term.ja` is canonical and its `variants` are the renderings
 * it replaces. Any variant left in Japanese content — a `ja` field of any entry or mapping, or a Japanese article —
 * is a content error naming where it is and what to write instead.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spacingGap } from './schema.ts';

export interface Variant {
  variant: string;
  canonical: string;
  term: string;
}

/** Every variant of every term, longest first (so a longer variant is reported rather than a shorter one inside it). */
export function variantsOf(terms: { id: string; data: { term: { ja: string }; variants?: string[] } }[]): Variant[] {
  return terms
    .flatMap((t) => (t.data.variants ?? []).map((variant) => ({ variant, canonical: t.data.term.ja, term: t.id })))
    .sort((a, b) => b.variant.length - a.variant.length);
}

/** The Japanese strings of an entry: every `ja` value, with its path. */
export function japaneseFields(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => japaneseFields(v, [...path, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => (k === 'ja' && typeof v === 'string' ? [{ path: [...path, k], text: v }] : japaneseFields(v, [...path, k])));
  }
  return [];
}

/** The first variant found in a text, if any. */
export const variantIn = (text: string, variants: Variant[]) => variants.find((v) => text.includes(v.variant));

export const variantMessage = (v: Variant) => `"${v.variant}" is a variant of the glossary term ${v.term}: write "${v.canonical}" (one Japanese rendering per concept)`;

/** Variants, and breaks of the spacing rule, in the Japanese articles under `<contentDir>/articles/ja/`, with file and line. */
export function articleVariantErrors(contentDir: string, variants: Variant[]) {
  const dir = join(contentDir, 'articles', 'ja');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const at = { file: join(contentDir, 'articles', 'ja', f), line: i + 1, entity: f.replace(/\.mdx?$/, ''), field: 'text' };
          const v = variantIn(line, variants);
          const gap = spacingGap(line);
          return [
            ...(v ? [{ ...at, message: variantMessage(v) }] : []),
            ...(gap ? [{ ...at, message: `space between Japanese and Latin ("${gap.trim()} …"): the spacing rule writes them without a space (content/README.md)` }] : []),
          ];
        }),
    );
}
