/** One JSON per entity, with its relations from both ends: /data/entities/<id>.json */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../../lib/atlas/site-atlas.ts';
import { entityJson } from '../../../lib/export/export.ts';

export const getStaticPaths = () => [...siteAtlas().entities.keys()].map((id) => ({ params: { id } }));
export const GET: APIRoute = ({ params }) => Response.json(entityJson(siteAtlas(), params.id!));
