/**
 * Every page links its icon (else browsers ask for /favicon.ico and log a 404).
 * Head tags of every single-language page: a title, a meta description, a canonical link and hreflang alternates for
 * both languages, with addresses on SITE_URL (or root-relative without one).
 */
import { attr, elements, find, textOf } from '../html.ts';
import type { PageCheck } from './types.ts';
import { addressOk, notOn } from './urls.ts';

export const headCheck: PageCheck = (page, { opt }) => {
  const where = `${page.file}:`;
  const errors: string[] = [];
  const head = find(page.doc, 'head');
  const inHead = head ? [...elements(head)] : [];
  if (!inHead.some((e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').split(/\s+/).includes('icon'))) errors.push(`${where} no icon link`);
  if (opt.bilingual.has(page.file)) return errors;
  const title = inHead.find((e) => e.tagName === 'title');
  if (!title || !textOf(title).trim()) errors.push(`${where} no <title>`);
  const desc = inHead.find((e) => e.tagName === 'meta' && attr(e, 'name') === 'description');
  if (!desc || !attr(desc, 'content')?.trim()) errors.push(`${where} no meta description`);
  const links = inHead.filter((e) => e.tagName === 'link');
  const canonical = links.find((l) => attr(l, 'rel') === 'canonical');
  if (!canonical) errors.push(`${where} no canonical link`);
  for (const l of ['ja', 'en']) if (!links.some((x) => attr(x, 'rel') === 'alternate' && attr(x, 'hreflang') === l)) errors.push(`${where} no hreflang="${l}" alternate`);
  for (const l of links.filter((x) => /^(canonical|alternate)$/.test(attr(x, 'rel') ?? '') && attr(x, 'hreflang'))) {
    const href = attr(l, 'href') ?? '';
    if (!addressOk(href, opt)) errors.push(`${where} ${attr(l, 'rel')} hreflang="${attr(l, 'hreflang')}" href "${href}" ${notOn(opt)}`);
  }
  if (canonical && !addressOk(attr(canonical, 'href') ?? '', opt)) errors.push(`${where} canonical href "${attr(canonical, 'href')}" ${notOn(opt)}`);
  return errors;
};
