/** OSCAL 1.1 catalog of the ISO/IEC 27400 controls (clause, title, our summary), per language. */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../../lib/atlas/site-atlas.ts';
import { oscalCatalog } from '../../../lib/export/export.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

/** Fixed at the content's as-of date so the file does not change between identical builds. */
const LAST_MODIFIED = '2026-11-24T00:00:00Z';
export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));
export const GET: APIRoute = ({ params }) => Response.json(oscalCatalog(siteAtlas(), 'iso-iec-27400', params.lang as Lang, LAST_MODIFIED));
