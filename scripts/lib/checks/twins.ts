/** Every page under /ja/ has its twin under /en/ and the other way round. */
import type { PageCheck } from './types.ts';

export const twinCheck: PageCheck = (page, { pages, opt }) => {
  if (opt.bilingual.has(page.file) || !page.folderLang) return [];
  const twin = `${page.folderLang === 'ja' ? 'en' : 'ja'}/${page.file.slice(3)}`;
  return pages.has(twin) ? [] : [`${page.file}: has no twin page ${twin}`];
};
