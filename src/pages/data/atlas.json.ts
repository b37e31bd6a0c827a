/** The whole atlas (entities and relations) as JSON: /data/atlas.json. Its JSON Schema: /data/atlas.schema.json. */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../lib/atlas/site-atlas.ts';
import { atlasJson } from '../../lib/export/export.ts';

export const GET: APIRoute = ({ site }) => Response.json(atlasJson(siteAtlas(), site?.href ?? ''));
