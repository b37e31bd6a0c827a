/** A CSV per catalogue: /data/documents.csv, controls.csv, requirements.csv, mappings.csv (both languages in columns). */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../lib/atlas/site-atlas.ts';
import { catalogueCsv, CATALOGUES, type Catalogue } from '../../lib/export/export.ts';

export const getStaticPaths = () => CATALOGUES.map((catalogue) => ({ params: { catalogue } }));
export const GET: APIRoute = ({ params }) =>
  new Response('\uFEFF' + catalogueCsv(siteAtlas(), params.catalogue as Catalogue), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
