/** Atom feeds of status changes: /{lang}/feeds/status.xml (the whole atlas) and /{lang}/feeds/{committee}.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteAtlas } from '../../../lib/atlas/site-atlas.ts';
import { LANGS, type Lang } from '../../../lib/atlas/model.ts';
import { get, shortLabel } from '../../../lib/atlas/getters.ts';
import { atomFeed, feedBodies, feedPath, statusChanges } from '../../../lib/feeds/feeds.ts';
import { entityPath } from '../../../lib/site/urls.ts';
import { withBase } from '../../../lib/site/base.ts';
import { t } from '../../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const atlas = siteAtlas();
  return LANGS.flatMap((lang) => [{ params: { lang, feed: 'status' } }, ...feedBodies(atlas).map((b) => ({ params: { lang, feed: b.id } }))]);
};

export const GET: APIRoute = ({ params, site }) => {
  const atlas = siteAtlas();
  const lang = params.lang as Lang;
  const body = params.feed === 'status' ? undefined : get(atlas, params.feed!);
  const abs = (p: string) => (site ? new URL(withBase(p), site).href : withBase(p));
  const name = t(lang, 'feeds.title');
  const xml = atomFeed(atlas, statusChanges(atlas, body?.id), {
    lang,
    title: body ? `${name} — ${shortLabel(body)}` : name,
    self: abs(feedPath(lang, body?.id)),
    alternate: abs(body ? entityPath(body, lang) : `/${lang}/timeline/`),
    id: `urn:sc27-atlas:feed:${lang}:${body?.id ?? 'status'}`,
    pageOf: (e) => abs(entityPath(e, lang)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
