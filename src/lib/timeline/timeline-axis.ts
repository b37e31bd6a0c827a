/**
 * Geometry of the timeline page's static SVG axis, made at build time: one evenly spaced tick per year from the first
 * to the last, a bar per year with entries (height by count, the count above it), and year labels thinned out on a
 * long axis (every 2nd or 4th year, the last always, and no label closer to the last than that: at 390 px "2024" and
 * "2026" ran together). Pure: numbers only; the page draws the SVG.
 */
import type { yearAxis } from './timeline.ts';

export interface AxisYear {
  year: number;
  count: number;
  /** Centre of the year's tick. */
  x: number;
  /** The bar, when the year has entries (top-left corner, size). */
  bar?: { x: number; y: number; width: number; height: number };
  /** Whether the year is written under its tick. */
  labelled: boolean;
}
export interface TimelineAxis {
  width: number;
  height: number;
  /** y of the axis line; the line runs from `x1` to `x2`. */
  baseY: number;
  x1: number;
  x2: number;
  first: number;
  last: number;
  /** Most entries in one year, and the (first) year that has them. */
  max: number;
  busiest?: number;
  years: AxisYear[];
}

const W = 480;
const H = 150;
const PAD = 20;
const BASE_Y = 110;
const BAR_MAX = 90;

export function timelineAxis(axis: ReturnType<typeof yearAxis>): TimelineAxis {
  const first = axis[0]?.year ?? 0;
  const last = axis.at(-1)?.year ?? 0;
  const max = Math.max(1, ...axis.map((a) => a.count));
  const step = axis.length > 1 ? (W - 2 * PAD) / (axis.length - 1) : 0;
  const labelEvery = axis.length > 24 ? 4 : axis.length > 10 ? 2 : 1;
  const years = axis.map(({ year, count }, i): AxisYear => {
    const x = PAD + i * step;
    const height = (count / max) * BAR_MAX;
    return {
      year,
      count,
      x,
      bar: count ? { x: x - Math.min(8, step / 2.5), y: BASE_Y - height, width: Math.min(16, step / 1.25), height } : undefined,
      labelled: year === last || ((year - first) % labelEvery === 0 && last - year >= labelEvery),
    };
  });
  return { width: W, height: H, baseY: BASE_Y, x1: PAD - 10, x2: W - PAD + 10, first, last, max, busiest: axis.find((a) => a.count === max)?.year, years };
}
