/**
 * The site's articles (Astro content collection `articles`), checked once per build: every article has its twin in
 * the other language and names only known entities in `about` — otherwise the build fails naming the file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertArticles, parseArticleId } from './articles.ts';
import { siteAtlas } from '../atlas/site-atlas.ts';
import type { Lang } from '../atlas/model.ts';

export type Article = CollectionEntry<'articles'> & { lang: Lang; slug: string };

let checked: Promise<Article[]> | undefined;

/** Every article, checked; sorted by `order`, then slug. */
export function siteArticles(): Promise<Article[]> {
  checked ??= (async () => {
    const entries = await getCollection('articles');
    const atlas = siteAtlas();
    assertArticles(
      entries.map((e) => ({ id: e.id, filePath: e.filePath, about: e.data.about })),
      (id) => atlas.entities.has(id),
    );
    return entries
      .map((e) => ({ ...e, ...parseArticleId(e.id)! }))
      .sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99) || a.slug.localeCompare(b.slug));
  })();
  return checked;
}

/** The articles of one language. */
export async function articlesIn(lang: Lang): Promise<Article[]> {
  return (await siteArticles()).filter((a) => a.lang === lang);
}
