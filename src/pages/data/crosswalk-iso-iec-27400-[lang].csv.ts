/** The ISO/IEC 27400 crosswalk as CSV, per language: /data/crosswalk-iso-iec-27400-{lang}.csv */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../lib/site-atlas.ts';
import { crosswalk, crosswalkCsv } from '../../lib/crosswalk.ts';
import { LANGS, type Lang } from '../../lib/i18n.ts';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));
export const GET: APIRoute = ({ params }) =>
  new Response('\uFEFF' + crosswalkCsv(crosswalk(siteAtlas(), 'iso-iec-27400'), params.lang as Lang), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
