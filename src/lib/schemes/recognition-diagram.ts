/**
 * Geometry of the static recognition diagram, made at build time: schemes as labelled boxes, one line per pair
 * of schemes with an arrowhead at each scheme that is recognised, the levels named near each end and the date in
 * the middle. The scheme with the most partners sits in the centre, the others on a ring around it.
 * Pure: numbers and strings only; the page draws the SVG.
 */
import type { RecognitionMap, RecognitionPair, LevelRef, SchemeEntity } from './schemes.ts';
import { t, type Lang } from '../../i18n/index.ts';

export interface DiagramNode {
  id: string;
  /** Short name, first line. */
  label: string;
  /** Country code, second line. */
  sub: string;
  x: number;
  y: number;
  /** Half width and half height of the box. */
  hw: number;
  hh: number;
}
export interface DiagramText {
  text: string;
  x: number;
  y: number;
  /** Half width of the text's background, estimated from its length. */
  hw: number;
}
export interface DiagramLink {
  a: string;
  b: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Arrowhead at the start (a is recognised by b) and at the end (b is recognised by a). */
  arrowStart: boolean;
  arrowEnd: boolean;
  /** Date (middle) and the levels named near each end. */
  labels: DiagramText[];
  /** One sentence for a text alternative. */
  sentence: string;
}
export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  links: DiagramLink[];
}

const FONT = 15;
/** Rough text width: CJK glyphs are about 1em, Latin about 0.58em. */
export const textWidth = (s: string, size = FONT) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58) * size, 0);

/** Where the segment from the centre of a box towards (tx, ty) leaves the box. */
function boxExit(n: DiagramNode, tx: number, ty: number, pad: number): [number, number] {
  const dx = tx - n.x;
  const dy = ty - n.y;
  const sx = dx === 0 ? Infinity : (n.hw + pad) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (n.hh + pad) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [n.x + dx * s, n.y + dy * s];
}

const levelText = (scheme: SchemeEntity, levels: LevelRef[], lang: Lang) =>
  scheme.data.levels.length > 1 && levels.length ? levels.map((l) => (l.andAbove ? t(lang, 'schemes.andAbove', { level: l.name }) : l.name)).join(' / ') : '';

/** The levels of `scheme` that a pair names, from its first edge that names them. */
function pairLevels(p: RecognitionPair, scheme: SchemeEntity, lang: Lang): string {
  for (const e of p.edges) {
    const levels = e.from.id === scheme.id ? e.fromLevels : e.toLevels;
    const s = levelText(scheme, levels, lang);
    if (s) return s;
  }
  return '';
}

export function recognitionDiagram(map: RecognitionMap, lang: Lang, opts: { width?: number; height?: number } = {}): Diagram {
  const width = opts.width ?? 960;
  const height = opts.height ?? 640;
  const degree = new Map<string, number>();
  for (const p of map.pairs) for (const id of [p.a.id, p.b.id]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const byDegree = [...map.nodes].sort((x, y) => (degree.get(y.id) ?? 0) - (degree.get(x.id) ?? 0));
  const hub = map.nodes.length > 2 ? byDegree[0] : undefined;
  const ring = map.nodes.filter((n) => n !== hub);
  const cx = width / 2;
  const cy = height / 2;
  const rx = width / 2 - 110;
  const ry = height / 2 - 60;
  const box = (s: SchemeEntity, x: number, y: number): DiagramNode => ({
    id: s.id,
    label: s.data.abbrev,
    sub: s.data.country,
    x,
    y,
    hw: Math.max(textWidth(s.data.abbrev, 16), 40) / 2 + 14,
    hh: 24,
  });
  const nodes: DiagramNode[] = [];
  if (hub) nodes.push(box(hub, cx, cy));
  ring.forEach((s, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    nodes.push(box(s, Math.round(cx + rx * Math.cos(angle)), Math.round(cy + ry * Math.sin(angle))));
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: DiagramLink[] = map.pairs.map((p) => {
    const A = byId.get(p.a.id)!;
    const B = byId.get(p.b.id)!;
    const [x1, y1] = boxExit(A, B.x, B.y, 6);
    const [x2, y2] = boxExit(B, A.x, A.y, 6);
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const ux = (x2 - x1) / len;
    const uy = (y2 - y1) / len;
    // Labels along the line: the levels of each end just clear of its box and arrowhead, the date in the middle,
    // moved off the line when it would overlap them (short or nearly horizontal links).
    const labels: DiagramText[] = [];
    const H = 11; // half height of a label
    const along = (hw: number) => hw * Math.abs(ux) + H * Math.abs(uy);
    const across = (hw: number) => hw * Math.abs(uy) + H * Math.abs(ux);
    const at = (d: number, off = 0) => ({ x: x1 + ux * d - uy * off, y: y1 + uy * d + ux * off });
    const dates = [...new Set(p.edges.map((e) => e.date).filter((d): d is string => !!d))].sort();
    const mid = dates.length ? t(lang, 'schemes.since', { date: dates[0] }) : '';
    const la = pairLevels(p, p.a, lang);
    const lb = pairLevels(p, p.b, lang);
    const spans: [number, number][] = [];
    const CLEAR = 16; // room for an arrowhead between a box and its label
    if (la) {
      const hw = textWidth(la, 13) / 2 + 4;
      const d = CLEAR + along(hw);
      spans.push([d - along(hw), d + along(hw)]);
      labels.push({ text: la, ...at(d), hw });
    }
    if (lb) {
      const hw = textWidth(lb, 13) / 2 + 4;
      const d = len - CLEAR - along(hw);
      const crowded = spans.some(([s0, s1]) => d - along(hw) < s1 && d + along(hw) > s0);
      spans.push([d - along(hw), d + along(hw)]);
      labels.push({ text: lb, ...at(d, crowded ? -(across(hw) + H + 4) : 0), hw });
    }
    if (mid) {
      const hw = textWidth(mid, 13) / 2 + 4;
      const d = len / 2;
      const crowded = spans.some(([s0, s1]) => d - along(hw) < s1 + 2 && d + along(hw) > s0 - 2);
      labels.unshift({ text: mid, ...at(d, crowded ? across(hw) + H + 14 : 0), hw });
    }
    const aRecognisesB = p.edges.some((e) => e.from.id === p.a.id);
    const bRecognisesA = p.edges.some((e) => e.from.id === p.b.id);
    const names = `${p.a.data.abbrev} ${la ? `(${la}) ` : ''}— ${p.b.data.abbrev}${lb ? ` (${lb})` : ''}`;
    const dir = aRecognisesB && bRecognisesA ? t(lang, 'recognition.mutual') : t(lang, 'recognition.oneWay');
    return {
      a: p.a.id,
      b: p.b.id,
      x1: round(x1),
      y1: round(y1),
      x2: round(x2),
      y2: round(y2),
      arrowStart: bRecognisesA,
      arrowEnd: aRecognisesB,
      labels: labels.map((l) => ({ ...l, x: round(l.x), y: round(l.y), hw: round(l.hw) })),
      sentence: `${names}: ${dir}${mid ? `, ${mid}` : ''}`,
    };
  });
  return { width, height, nodes, links };
}

const round = (n: number) => Math.round(n * 10) / 10;
