/**
 * The home page's three entry points (learn, cross-reference, teach) and their links; a link to one document or body
 * is left out when the atlas does not hold it.
 */
import type { Atlas } from '../atlas/model.ts';
import type { Lang, UiKey } from '../../i18n/index.ts';

export type HomePath = 'learn' | 'xref' | 'teach';
export const HOME_PATHS: readonly HomePath[] = ['learn', 'xref', 'teach'];
/** Each entry point's heading and text (one table, so that no key is built from a value). */
export const HOME_PATH_KEYS: Record<HomePath, { title: UiKey; text: UiKey }> = {
  learn: { title: 'home.learn', text: 'home.learn.text' },
  xref: { title: 'home.xref', text: 'home.xref.text' },
  teach: { title: 'home.teach', text: 'home.teach.text' },
};
/** A link: its site-relative address (without base) and a dictionary key, or a fixed text (a designation). */
export interface HomeLink {
  href: string;
  key?: UiKey;
  text?: string;
}

export function homeLinks(atlas: Atlas, lang: Lang): Record<HomePath, HomeLink[]> {
  const links: Record<HomePath, HomeLink[]> = {
    learn: [
      { href: `/${lang}/landscape/`, key: 'nav.landscape' },
      { href: `/${lang}/concepts/`, key: 'home.link.concepts' },
      { href: `/${lang}/glossary/`, key: 'home.link.glossary' },
      { href: `/${lang}/bodies/sc-27/`, text: 'ISO/IEC JTC 1/SC 27' },
    ],
    xref: [
      { href: `/${lang}/documents/`, key: 'nav.documents' },
      { href: `/${lang}/controls/`, key: 'controls.title' },
      { href: `/${lang}/crosswalk/`, key: 'crosswalk.title' },
      { href: `/${lang}/schemes/`, key: 'home.link.schemes' },
      { href: `/${lang}/data/`, key: 'data.title' },
    ],
    teach: [
      { href: `/${lang}/workshop/`, key: 'workshop.title' },
      { href: `/${lang}/graph/`, key: 'home.link.graph' },
      { href: `/${lang}/workshop/cards/`, key: 'cards.title' },
      { href: `/${lang}/workshop/checklist/`, key: 'checklist.title' },
    ],
  };
  const exists = (href: string) => !/\/(documents|bodies)\/[^/]+\/$/.test(href) || atlas.entities.has(href.split('/').at(-2)!);
  return { learn: links.learn.filter((l) => exists(l.href)), xref: links.xref.filter((l) => exists(l.href)), teach: links.teach.filter((l) => exists(l.href)) };
}
