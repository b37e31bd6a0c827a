/** Every page says its language, and a page under /ja/ or /en/ says that one. */
import type { PageCheck } from './types.ts';

export const langCheck: PageCheck = (page) => {
  const errors: string[] = [];
  if (!page.lang) errors.push(`${page.file}: <html> has no lang`);
  else if (page.folderLang && page.lang !== page.folderLang) errors.push(`${page.file}: lang="${page.lang}" but the page is under /${page.folderLang}/`);
  return errors;
};
