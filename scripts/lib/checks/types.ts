/** What every dist check sees: the site's options and its pages, each parsed once. */
import type { DefaultTreeAdapterMap } from 'parse5';

export interface SiteCheckOptions {
  /** Base path the site is built for: `/` or `/atlas/`. */
  base: string;
  /** Paths (relative to the output folder, with `/`) of every file in the build, for links to non-HTML files. */
  files: Set<string>;
  /** Pages exempt from the head and twin checks (the bilingual root and the 404 page). */
  bilingual: Set<string>;
  /** URLs listed in sitemap.xml (absolute, or root-relative without a site origin), or undefined when there is none. */
  sitemap?: string[];
  /**
   * The public origin the site was built for (SITE_URL), or undefined. With it, canonical and hreflang links must be
   * absolute on it; without it they must be root-relative: no page may claim an origin it was not given.
   */
  site?: string;
}

export interface Page {
  /** Path relative to the output folder: `en/documents/index.html`. */
  file: string;
  /** URL path under the base: `/en/documents/`. */
  url: string;
  doc: DefaultTreeAdapterMap['document'];
  /** The page's `<html lang>`, or undefined. */
  lang?: string;
  /** `ja` or `en` when the page lives under /ja/ or /en/. */
  folderLang?: 'ja' | 'en';
  /** Every id in the page (for anchors). */
  ids: Set<string>;
}

export interface Site {
  pages: Map<string, Page>;
  opt: SiteCheckOptions;
}

/** One check over one page: returns one line per problem, each starting with the page's file. */
export type PageCheck = (page: Page, site: Site) => string[];
/** One check over the whole build. */
export type SiteWideCheck = (site: Site) => string[];
