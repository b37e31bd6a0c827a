import { describe, expect, it } from 'vitest';
import { assertArticles, checkArticles, parseArticleId, type ArticleFile } from '../../src/lib/articles/articles.ts';

const known = new Set(['iso-iec-27400', 'iso-iec-27402', 'cps-layer-1']);
const isKnown = (id: string) => known.has(id);
const art = (id: string, about: string[] = ['iso-iec-27400']): ArticleFile => ({ id, filePath: `content/articles/${id}.mdx`, about });

describe('parseArticleId', () => {
  it('reads the language folder and the slug', () => {
    expect(parseArticleId('ja/why-standards')).toEqual({ lang: 'ja', slug: 'why-standards' });
    expect(parseArticleId('en/why-standards')).toEqual({ lang: 'en', slug: 'why-standards' });
    expect(parseArticleId('fr/why-standards')).toBeUndefined();
    expect(parseArticleId('why-standards')).toBeUndefined();
    expect(parseArticleId('en/a/b')).toBeUndefined();
  });
});

describe('checkArticles', () => {
  it('accepts articles present in both languages with known entities', () => {
    expect(checkArticles([art('ja/a'), art('en/a', ['iso-iec-27402', 'cps-layer-1']), art('en/b', []), art('ja/b', [])], isKnown)).toEqual([]);
    expect(() => assertArticles([art('ja/a'), art('en/a')], isKnown)).not.toThrow();
  });

  it('names the file of an article that has no twin', () => {
    const errors = checkArticles([art('ja/a'), art('en/a'), art('ja/only-ja')], isKnown);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('content/articles/ja/only-ja.mdx');
    expect(errors[0]).toContain('content/articles/en/only-ja.mdx');
    expect(errors[0]).toMatch(/exists in ja but not in en/);
    expect(checkArticles([art('en/only-en')], isKnown)[0]).toMatch(/^content\/articles\/en\/only-en\.mdx: .* exists in en but not in ja/);
  });

  it('names the file and the unknown ID in `about`', () => {
    const errors = checkArticles([art('ja/a', ['iso-iec-27400', 'iso-iec-99999']), art('en/a')], isKnown);
    expect(errors).toEqual(['content/articles/ja/a.mdx: about[1]: unknown entity ID "iso-iec-99999" (no entity in content/ has this ID)']);
  });

  it('rejects an article outside a language folder', () => {
    expect(checkArticles([art('stray')], isKnown)[0]).toMatch(/content\/articles\/stray\.mdx: an article must sit directly in/);
  });

  it('assertArticles throws one error listing every problem', () => {
    expect(() => assertArticles([art('ja/x', ['nope']), art('en/y')], isKnown)).toThrow(/3 problems[\s\S]*unknown entity ID "nope"[\s\S]*"x" exists in ja[\s\S]*"y" exists in en/);
  });
});
