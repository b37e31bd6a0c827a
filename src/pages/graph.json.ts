/**
 * /graph.json: the whole knowledge graph with its build-time layout, in the slim encoding of graph-query.ts
 * (short keys, kinds and relation types stored once, coordinates rounded to 0.1). The graph explorer fetches it.
 */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../lib/atlas/site-atlas.ts';
import { graphOf, encodeGraph } from '../lib/graph/graph.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(encodeGraph(graphOf(siteAtlas()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
