/**
 * The landscape at a glance: geometry of a compact icicle of SC 27 → working groups → topic groups → documents,
 * made at build time for the home page. SC 27 is a band across the top; below it three columns: the working
 * group, its topic groups, and the group's documents as tiles (a few to a row), so the picture stays narrow
 * enough to read at 390 px and grows in height only. Every cell carries its link and an accessible name; the
 * same tree feeds the text twin (a nested list). Pure: numbers and strings only; the page draws the SVG.
 */
import type { Atlas, EntityOf } from './model.ts';
import { get } from './getters.ts';
import { landscapeTree, type BodyNode } from './landscape.ts';
import { entityPath } from '../site/urls.ts';
import { wrapText, textUnits } from '../site/svg-text.ts';
import { label, t, type Lang } from '../../i18n/index.ts';

export type IcicleLevel = 'committee' | 'group' | 'topic' | 'document';

export interface IcicleCell {
  /** Stable key (entity ID, or `group/topic` for a topic group). */
  key: string;
  level: IcicleLevel;
  /** Site-relative link (without base). */
  href: string;
  /** Lines drawn in the cell. */
  lines: string[];
  /** Accessible name: the full designation or name, with counts. */
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  children: IcicleCell[];
}

export interface Icicle {
  width: number;
  height: number;
  /** Font size and line height the geometry assumes (in viewBox units). */
  fontSize: number;
  lineHeight: number;
  root: IcicleCell;
}

export interface IcicleOptions {
  /** viewBox width; the SVG scales to its container. */
  width?: number;
  /** Document tiles per row. */
  columns?: number;
  /** ID of the committee at the root. */
  rootId?: string;
}

const FONT = 11;
const LINE = 13;
/** Width of one text unit (a Latin character; CJK counts 2) at FONT, in viewBox units. */
const UNIT = 6.6;
const PAD = 4;
const TILE_H = 22;
const TOP_H = 26;

/** The short form of a designation for a tile: no publisher prefix, no year (`ISO/IEC TS 27100:2020` → `TS 27100`). */
export function tileLabel(designation: string): string {
  return designation.replace(/^(ISO\/IEC|ISO|IEC)\s+/, '').replace(/:\d{4}.*$/, '');
}

/** Cuts a line to fit `max` units, ending it with an ellipsis. */
function fit(line: string, max: number): string {
  if (textUnits(line) <= max) return line;
  let out = '';
  for (const c of line) {
    if (textUnits(out + c + '…') > max) break;
    out += c;
  }
  return out + '…';
}

function findNode(nodes: BodyNode[], id: string): BodyNode | undefined {
  for (const n of nodes) {
    if (n.body.id === id) return n;
    const hit = findNode(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Number of top-level documents under a body node, its sub-bodies included. */
function docCount(n: BodyNode): number {
  return n.topics.reduce((s, g) => s + g.docs.length, 0) + n.children.reduce((s, c) => s + docCount(c), 0);
}

/** Builds the icicle, or undefined when the atlas has no such committee. */
export function landscapeIcicle(atlas: Atlas, lang: Lang, opts: IcicleOptions = {}): Icicle | undefined {
  const width = opts.width ?? 360;
  const columns = opts.columns ?? 3;
  const rootId = opts.rootId ?? 'sc-27';
  const { joint, others } = landscapeTree(atlas);
  const root = findNode([...joint.map((j) => j.tree), ...others], rootId);
  if (!root) return undefined;

  const groupW = Math.round(width * 0.16);
  const topicW = Math.round(width * 0.34);
  const docsX = groupW + topicW;
  const tileW = (width - docsX) / columns;
  const maxUnits = (w: number) => Math.max(1, Math.floor((w - 2 * PAD) / UNIT));
  const docs = (n: number) => t(lang, 'home.glance.docs', { n });

  // Rows below the top band: the committee's own documents first (under its own name), then each working group.
  const groups: { body: EntityOf<'bodies'>; topics: BodyNode['topics'] }[] = [];
  if (root.topics.length) groups.push({ body: root.body, topics: root.topics });
  for (const c of root.children) groups.push({ body: c.body, topics: [...c.topics, ...c.children.flatMap((cc) => cc.topics)] });

  const parent = root.body.data.parent ? get(atlas, root.body.data.parent) : undefined;
  const full = parent?.kind === 'bodies' ? `${parent.data.abbrev}/${root.body.data.abbrev}` : root.body.data.abbrev;
  const rootName = root.body.data.name[lang].includes(root.body.data.abbrev) ? root.body.data.name[lang] : `${full} ${root.body.data.name[lang]}`;
  const rootLines = wrapText(rootName, maxUnits(width));
  const topH = Math.max(TOP_H, rootLines.length * LINE + 2 * PAD);
  let y = topH;
  const groupCells: IcicleCell[] = groups.map(({ body, topics }) => {
    const gy = y;
    const topicCells: IcicleCell[] = topics.map(({ topic, docs: ds }) => {
      const ty = y;
      const rows = Math.ceil(ds.length / columns);
      const topicName = label(lang, 'topic', topic);
      const lines = wrapText(topicName, maxUnits(topicW));
      const h = Math.max(rows * TILE_H, lines.length * LINE + 2 * PAD);
      const tiles: IcicleCell[] = ds.map(({ doc, parts }, i) => ({
        key: doc.id,
        level: 'document',
        href: entityPath(doc, lang),
        lines: [fit(tileLabel(doc.data.designation), Math.floor((tileW - 4) / 6.2))], // centred: little padding needed
        name: `${doc.data.designation} ${doc.data.title[lang]}${parts.length ? ` (${t(lang, 'home.glance.parts', { n: parts.length })})` : ''}`,
        x: docsX + (i % columns) * tileW,
        y: ty + Math.floor(i / columns) * TILE_H,
        w: tileW,
        h: TILE_H,
        children: [],
      }));
      y += h;
      return {
        key: `${body.id}/${topic}`,
        level: 'topic',
        href: `/${lang}/documents/?committee=${encodeURIComponent(body.id)}&topic=${encodeURIComponent(topic)}`,
        lines,
        name: `${body.data.abbrev}: ${topicName} (${docs(ds.length)})`,
        x: groupW,
        y: ty,
        w: topicW,
        h,
        children: tiles,
      };
    });
    // A group with no documents in the atlas still shows: one row across the whole width, saying so.
    if (!topics.length) y += TILE_H;
    const n = topics.reduce((s, g) => s + g.docs.length, 0);
    return {
      key: body.id,
      level: 'group',
      href: entityPath(body, lang),
      lines: topics.length ? wrapText(body.data.abbrev, maxUnits(groupW)) : [fit(`${body.data.abbrev} · ${t(lang, 'home.glance.none')}`, maxUnits(width))],
      name: `${body.data.abbrev} ${body.data.name[lang]} (${docs(n)})`,
      x: 0,
      y: gy,
      w: topics.length ? groupW : width,
      h: y - gy,
      children: topicCells,
    };
  });

  const rootCell: IcicleCell = {
    key: root.body.id,
    level: 'committee',
    href: entityPath(root.body, lang),
    lines: rootLines,
    name: `${rootName} (${docs(docCount(root))})`,
    x: 0,
    y: 0,
    w: width,
    h: topH,
    children: groupCells,
  };
  return { width, height: y, fontSize: FONT, lineHeight: LINE, root: rootCell };
}

/** Every cell of the icicle, parents before children (drawing order). */
export function icicleCells(c: IcicleCell): IcicleCell[] {
  return [c, ...c.children.flatMap(icicleCells)];
}

/** Where a cell's lines are drawn: a document tile centred; a one-line cell no taller than the top band centred
 * vertically; other cells from the top-left, one line per `lineHeight`. Baselines in viewBox units. */
export function cellText(c: IcicleCell, lineHeight = LINE): { x: number; anchor: 'middle' | 'start'; lines: { text: string; y: number }[] } {
  const centred = c.level === 'document';
  const middle = centred || (c.lines.length === 1 && c.h <= TOP_H);
  return {
    x: centred ? c.x + c.w / 2 : c.x + 6,
    anchor: centred ? 'middle' : 'start',
    lines: c.lines.map((text, i) => ({ text, y: middle ? c.y + c.h / 2 + 4 : c.y + 4 + (i + 1) * lineHeight - 2 })),
  };
}
