/**
 * Articles: narrative MDX pages, one file per language with the same slug (`content/articles/{ja,en}/<slug>.mdx`).
 * `checkArticles` is pure: given what the content collection loaded, it lists every article that lacks its twin in
 * the other language, sits outside a language folder, or names an unknown entity in `about`.
 */
import { LANGS, type Lang } from '../../i18n/index.ts';

/** What the check needs to know about one article file. */
export interface ArticleFile {
  /** Collection ID, `ja/why-international-cyber-standards`. */
  id: string;
  /** Path of the file, for messages (`content/articles/ja/….mdx`). */
  filePath?: string;
  /** Entity IDs the article is about. */
  about: string[];
}

export interface ArticleRef {
  lang: Lang;
  slug: string;
}

/** `ja/some-slug` → `{ lang: 'ja', slug: 'some-slug' }`; undefined when the ID does not start with a language folder. */
export function parseArticleId(id: string): ArticleRef | undefined {
  const m = /^(ja|en)\/(.+)$/.exec(id);
  return m && !m[2].includes('/') ? { lang: m[1] as Lang, slug: m[2] } : undefined;
}

/**
 * Every problem with the set of articles, one message per problem, each naming the file. An empty list means the
 * articles are fine.
 */
export function checkArticles(files: ArticleFile[], isKnownId: (id: string) => boolean): string[] {
  const errors: string[] = [];
  const where = (f: ArticleFile) => f.filePath ?? `content/articles/${f.id}.mdx`;
  const bySlug = new Map<string, Map<Lang, ArticleFile>>();
  for (const f of files) {
    const ref = parseArticleId(f.id);
    if (!ref) {
      errors.push(`${where(f)}: an article must sit directly in content/articles/ja/ or content/articles/en/`);
      continue;
    }
    const langs = bySlug.get(ref.slug) ?? bySlug.set(ref.slug, new Map()).get(ref.slug)!;
    langs.set(ref.lang, f);
    f.about.forEach((id, i) => {
      if (!isKnownId(id)) errors.push(`${where(f)}: about[${i}]: unknown entity ID "${id}" (no entity in content/ has this ID)`);
    });
  }
  for (const [slug, langs] of bySlug) {
    for (const lang of LANGS) {
      if (langs.has(lang)) continue;
      const [[otherLang, other]] = [...langs];
      errors.push(
        `${where(other)}: the article "${slug}" exists in ${otherLang} but not in ${lang}: add content/articles/${lang}/${slug}.mdx (articles exist in both languages with the same slug)`,
      );
    }
  }
  return errors;
}

/** Throws one error listing every problem, or returns when there is none. */
export function assertArticles(files: ArticleFile[], isKnownId: (id: string) => boolean): void {
  const errors = checkArticles(files, isKnownId);
  if (errors.length) throw new Error(`Article check failed (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n  ${errors.join('\n  ')}`);
}
