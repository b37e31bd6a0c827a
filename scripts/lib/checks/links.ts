/**
 * Every internal link and anchor resolves to a file of the build, stays under the base path, and stays in its
 * language unless it is the language switch (has hreflang).
 */
import { attr, elements } from '../html.ts';
import type { PageCheck } from './types.ts';
import { targetFile } from './urls.ts';

export const linkCheck: PageCheck = (page, { pages, opt }) => {
  const where = `${page.file}:`;
  const errors: string[] = [];
  for (const el of elements(page.doc)) {
    if (el.tagName !== 'a' && el.tagName !== 'link') continue;
    const href = attr(el, 'href');
    if (href === undefined || href === '') continue;
    if (el.tagName === 'link' && /alternate|canonical/.test(attr(el, 'rel') ?? '')) continue; // checked by the head check
    const t = targetFile(href, page.url, opt.base);
    if (!t) continue;
    if (t.file.startsWith('__outside_base__')) {
      errors.push(`${where} link "${href}" leaves the base path ${opt.base}`);
      continue;
    }
    const target = pages.get(t.file);
    if (!target && !opt.files.has(t.file)) {
      errors.push(`${where} broken link "${href}"`);
      continue;
    }
    if (t.hash && target && !target.ids.has(t.hash)) errors.push(`${where} link "${href}": no element with id "${t.hash}"`);
    const toLang = t.file.match(/^(ja|en)\//)?.[1];
    if (page.folderLang && toLang && page.folderLang !== toLang && !attr(el, 'hreflang')) errors.push(`${where} link "${href}" goes to the other language without being the language switch`);
  }
  return errors;
};
