/**
 * The crosswalk of each requirement catalogue as CSV, per language: /data/crosswalk-{document id}-{lang}.csv
 * (e.g. crosswalk-iso-iec-27402-en.csv). ISO/IEC 27400 has its own route (crosswalk-iso-iec-27400-[lang].csv.ts).
 */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../lib/site-atlas.ts';
import { crosswalk, crosswalkCsv } from '../../lib/crosswalk.ts';
import { crosswalkCatalogues } from '../../lib/requirements.ts';
import { LANGS, type Lang } from '../../lib/i18n.ts';

export function getStaticPaths() {
  const docs = crosswalkCatalogues(siteAtlas());
  return LANGS.flatMap((lang) => docs.map((d) => ({ params: { file: `${d.id}-${lang}` }, props: { doc: d.id, lang } })));
}
export const GET: APIRoute = ({ props }) =>
  new Response('\uFEFF' + crosswalkCsv(crosswalk(siteAtlas(), props.doc as string), props.lang as Lang), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
