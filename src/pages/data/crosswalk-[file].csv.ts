/**
 * The crosswalk of each requirement catalogue as CSV, per language: /data/crosswalk-{document id}-{lang}.csv
 * (crosswalk-iso-iec-27400-en.csv for the 27400 controls, crosswalk-iso-iec-27402-en.csv …).
 */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../lib/atlas/site-atlas.ts';
import { crosswalk, crosswalkCsv } from '../../lib/crosswalk/crosswalk.ts';
import { crosswalkCatalogues } from '../../lib/crosswalk/requirements.ts';
import { LANGS, type Lang } from '../../i18n/index.ts';

export function getStaticPaths() {
  const docs = ['iso-iec-27400', ...crosswalkCatalogues(siteAtlas()).map((d) => d.id)];
  return LANGS.flatMap((lang) => docs.map((doc) => ({ params: { file: `${doc}-${lang}` }, props: { doc, lang } })));
}
export const GET: APIRoute = ({ props }) =>
  new Response('\uFEFF' + crosswalkCsv(crosswalk(siteAtlas(), props.doc as string), props.lang as Lang), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
