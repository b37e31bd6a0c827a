/**
 * Saving the explorer's view as an SVG or PNG file: the whole view (every node and label, not the zoomed window),
 * with the computed styles written onto each element, a title (the picture's name) above and a legend of the kinds
 * shown below.
 */
import { kindPath } from '../../lib/graph/graph-style.ts';
import type { EntityKind } from '../../lib/atlas/model.ts';

const NS = 'http://www.w3.org/2000/svg';
const EXPORT_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'opacity', 'font-family', 'font-size', 'font-weight', 'display'];

export interface ExportInput {
  /** The live picture. */
  svg: SVGSVGElement;
  /** The element whose text colour and font the title and legend take. */
  host: HTMLElement;
  /** Its background colour is the file's background. */
  stage: Element;
  /** Kinds shown in the view, with their names, for the legend. */
  kinds: { kind: EntityKind; name: string }[];
}

/** The view as a standalone SVG document, and its size. */
export function svgDocument({ svg, host, stage, kinds }: ExportInput): { svg: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    for (const p of EXPORT_PROPS) {
      const value = cs.getPropertyValue(p);
      if (value && !(p === 'display' && value !== 'none')) to[i].setAttribute(p, value);
    }
    to[i].removeAttribute('tabindex');
    to[i].removeAttribute('class');
  });
  clone.setAttribute('xmlns', NS);
  const rootG = svg.querySelector<SVGGElement>(':scope > g')!;
  clone.querySelector('g')?.removeAttribute('transform');
  // the content's own bounds, labels included (nothing clipped at the edge), plus room for the title and legend
  const b = rootG.getBBox();
  const pad = 24;
  const fg = getComputedStyle(host).color || '#000';
  const font = getComputedStyle(host).fontFamily;
  const w = Math.max(b.width + 2 * pad, 480);
  const perRow = Math.max(1, Math.floor((w - 2 * pad) / 170));
  const legendH = Math.ceil(kinds.length / perRow) * 22 + 12;
  const x0 = b.x + b.width / 2 - w / 2;
  const y0 = b.y - pad - 34;
  const h = b.height + 2 * pad + 34 + legendH;
  clone.setAttribute('viewBox', [x0, y0, w, h].map((v) => Math.round(v)).join(' '));
  clone.setAttribute('width', String(Math.round(w)));
  clone.setAttribute('height', String(Math.round(h)));
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  clone.insertBefore(el('rect', { x: x0, y: y0, width: w, height: h, fill: getComputedStyle(stage).backgroundColor || '#fff' }), clone.firstChild);
  clone.append(el('text', { x: x0 + pad, y: y0 + 24, fill: fg, 'font-family': font, 'font-size': 17, 'font-weight': 700 }, svg.getAttribute('aria-label') ?? ''));
  const legend = el('g', { 'font-family': font, 'font-size': 12, fill: fg });
  kinds.forEach(({ kind, name }, i) => {
    const lx = x0 + pad + (i % perRow) * 170;
    const ly = b.y + b.height + pad + 14 + Math.floor(i / perRow) * 22;
    const sample = svg.querySelector(`path.k-${kind}`);
    legend.append(el('path', { d: kindPath(kind, 6), transform: `translate(${lx + 6},${ly - 4})`, fill: sample ? getComputedStyle(sample).fill : fg }));
    legend.append(el('text', { x: lx + 18, y: ly }, name));
  });
  clone.append(legend);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`, width: w, height: h };
}

export function downloadSvg(input: ExportInput, name: string) {
  download(new Blob([svgDocument(input).svg], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** The same picture as a PNG at twice its size. */
export function downloadPng(input: ExportInput, name: string) {
  const { svg, width, height } = svgDocument(input);
  const scale = 2;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.addEventListener('load', () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => blob && download(blob, `${name}.png`), 'image/png');
  });
  img.src = url;
}

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 2000);
}
