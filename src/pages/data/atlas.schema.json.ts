/** JSON Schema of /data/atlas.json, generated from the same Zod schemas that validate the content. */
import type { APIRoute } from 'astro';
import { atlasJsonSchema } from '../../lib/export/export.ts';

export const GET: APIRoute = () => Response.json(atlasJsonSchema());
