/**
 * Atom feeds of status changes (issue 15 §5): every dated status entry in the document histories, newest first,
 * for the whole atlas and per committee / working group, in each language. Pure: the routes pass the addresses.
 * Entry IDs are URNs (stable, no origin needed); links are absolute with SITE_URL, else root-relative (Atom allows
 * relative references; readers resolve them against the feed's own address).
 */
import type { Atlas, Entity, EntityOf, Lang } from '../atlas/model.ts';
import { all, get, related, shortLabel, titleOf } from '../atlas/getters.ts';
import { latestChanges, type TimelineEntry } from '../timeline/timeline.ts';
import { label } from '../../i18n/index.ts';

type Body = EntityOf<'bodies'>;
const COMMITTEE_TYPES = new Set(['joint-committee', 'subcommittee', 'working-group']);

/** The body and every body above it (parent, parents). */
function ancestry(atlas: Atlas, id: string | undefined, seen = new Set<string>()): string[] {
  if (!id || seen.has(id)) return [];
  seen.add(id);
  const b = get(atlas, id) as Body | undefined;
  if (!b || b.kind !== 'bodies') return [id];
  return [id, ...related(atlas, id, { type: 'part-of', kind: 'bodies' }).flatMap((p) => ancestry(atlas, p.id, seen))];
}

/** Every status change, newest first, optionally only those of documents under `bodyId` (a committee or WG). */
export function statusChanges(atlas: Atlas, bodyId?: string): TimelineEntry[] {
  const changes = latestChanges(atlas, Number.POSITIVE_INFINITY);
  return bodyId ? changes.filter((c) => ancestry(atlas, c.committee).includes(bodyId)) : changes;
}

/** Committees and working groups that have at least one dated status below them: one feed each. */
export function feedBodies(atlas: Atlas): Body[] {
  const used = new Set(latestChanges(atlas, Number.POSITIVE_INFINITY).flatMap((c) => ancestry(atlas, c.committee)));
  return all(atlas, 'bodies').filter((b) => COMMITTEE_TYPES.has(b.data.type) && used.has(b.id));
}

/** A partial date (`2024`, `2024-05`, `2024-05-17`) as an RFC 3339 timestamp at its first day. */
export function atomDate(d: string): string {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}T00:00:00Z`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedOptions {
  lang: Lang;
  /** Feed title and its own address (self link), the page it stands for (alternate), and a stable URN id. */
  title: string;
  self: string;
  alternate: string;
  id: string;
  /** Address of a document's page, from its entity (absolute with SITE_URL, else root-relative). */
  pageOf: (e: Entity) => string;
}

/** The Atom XML of a list of status changes. */
export function atomFeed(atlas: Atlas, changes: TimelineEntry[], o: FeedOptions): string {
  const updated = changes.length ? atomDate(changes[0].date) : '1970-01-01T00:00:00Z';
  const entries = changes.map((c) => {
    const doc = get(atlas, c.documentId)!;
    const stage = label(o.lang, 'stage', c.status.stage);
    const what = [stage, c.status.label && c.status.label !== stage ? c.status.label : '', c.status.code ?? ''].filter(Boolean).join(' · ');
    const title = `${shortLabel(doc)} — ${what}`;
    const reported = c.status.reportedOn ? (o.lang === 'ja' ? '（この日付は報告された日）' : ' (the date it was reported)') : '';
    const summary =
      o.lang === 'ja'
        ? `${shortLabel(doc)}「${titleOf(doc, 'ja')}」: ${what}、${c.date}${reported}。`
        : `${shortLabel(doc)} “${titleOf(doc, 'en')}”: ${what}, ${c.date}${reported}.`;
    return [
      '  <entry>',
      `    <id>urn:sc27-atlas:status:${c.documentId}:${c.index}</id>`,
      `    <title>${xml(title)}</title>`,
      `    <updated>${atomDate(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(o.pageOf(doc))}"/>`,
      `    <summary>${xml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}">`,
    `  <id>${xml(o.id)}</id>`,
    `  <title>${xml(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>SC 27 Atlas</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(o.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(o.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** Where a feed lives (without the base path): the whole atlas, or one committee / WG. */
export function feedPath(lang: Lang, bodyId?: string): string {
  return `/${lang}/feeds/${bodyId ?? 'status'}.xml`;
}
