/** Per catalogue pair: /data/gap/{A}--{B}.json and /data/gap/{A}--{B}-{lang}.csv (NIST IR 8477 layout). */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../../../lib/atlas/site-atlas.ts';
import { gapAnalysis, gapFile, gapPairs } from '../../../lib/crosswalk/gap.ts';
import { gapCsv, gapJson } from '../../../lib/crosswalk/gap-export.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return gapPairs(siteAtlas()).flatMap(([a, b]) =>
    (['json', ...LANGS] as const).map((f) => ({
      params: { file: gapFile(a.id, b.id, f === 'json' ? 'json' : `${f}.csv`).split('/').pop()! },
      props: { from: a.id, to: b.id, lang: f === 'json' ? undefined : f },
    })),
  );
}
export const GET: APIRoute = ({ props }) => {
  const g = gapAnalysis(siteAtlas(), props.from as string, props.to as string);
  if (!props.lang) return Response.json(gapJson(g));
  return new Response('\uFEFF' + gapCsv(g, props.lang as Lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
