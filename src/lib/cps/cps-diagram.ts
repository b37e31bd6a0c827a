/**
 * The CPS page's data and the geometry of its static layer figure, made at build time: the three layers of the CPS
 * model (CPSF; a TS 5689 draft figure in talk 000) with the trust each needs (content, with the model's sources),
 * the documents mapped to each layer, and bands stacked top to bottom as the talk draws them (layer 3, 2, 1), text
 * wrapped to the band (SVG does not wrap). Pure: the page and components draw it.
 */
import { getOf, mappedWith, currentStatus } from '../atlas/getters.ts';
import type { Atlas, Entity, EntityOf } from '../atlas/model.ts';
import type { Source, StatusEntry } from '../content/schema.ts';
import { uniqueSources } from '../content/sources.ts';
import { wrapText } from '../site/svg-text.ts';
import { t, type Lang } from '../../i18n/index.ts';

export const CPS_MODEL = 'cps-three-layer-model';
export const CPSF_SIX = 'cpsf-six-elements';
export const TS_5689 = 'iso-iec-5689';

export interface CpsLayer {
  el: EntityOf<'model-elements'>;
  /** 1 (organisations) … 3 (cyberspace). */
  n: number;
  /** The title after "First layer:" / "第1層：". */
  name: string;
  /** What has to be trustworthy in this layer (content `trust`). */
  trust: string;
  /** Documents tied to this layer by a mapping of its own, with the mapping's rationale. */
  own: { entity: Entity; how: string }[];
}

export interface CpsPage {
  model: EntityOf<'models'>;
  six: EntityOf<'models'>;
  ts: EntityOf<'documents'>;
  /** The document that defines the model (CPSF), if in the atlas. */
  modelDoc?: EntityOf<'documents'>;
  /** In model order: layer 1, 2, 3. */
  layers: CpsLayer[];
  /** TS 5689's latest status. */
  status: StatusEntry;
  /** The sources of the model, the six elements and TS 5689, each once. */
  sources: Source[];
}

function need<T>(x: T | undefined, what: string): T {
  if (!x) throw new Error(`CPS page: ${what} is missing from content/`);
  return x;
}

/** The part of a layer title after "First layer:" / "第1層：" (English capitalised). */
export function layerName(title: string, lang: Lang): string {
  const rest = title.split(/[:：]\s*/).slice(1).join(': ') || title;
  return lang === 'en' ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/** Everything the CPS page shows; throws naming what is missing from content/. */
export function cpsPage(atlas: Atlas, lang: Lang): CpsPage {
  const model = need(getOf(atlas, 'models', CPS_MODEL), `model "${CPS_MODEL}"`);
  const six = need(getOf(atlas, 'models', CPSF_SIX), `model "${CPSF_SIX}"`);
  const ts = need(getOf(atlas, 'documents', TS_5689), `document "${TS_5689}"`);
  const layers = model.data.elements.map((x, i): CpsLayer => {
    const el = need(getOf(atlas, 'model-elements', x.id), `element "${x.id}"`);
    const trust = need(el.data.trust, `the trust of element "${x.id}" (field \`trust\`)`);
    const own = mappedWith(atlas, el.id, 'documents').map(({ entity, relation }) => ({ entity, how: relation.mapping?.rationale[lang] ?? '' }));
    return { el, n: i + 1, name: layerName(el.data.title[lang], lang), trust: trust[lang], own };
  });
  return {
    model,
    six,
    ts,
    modelDoc: model.data.document ? getOf(atlas, 'documents', model.data.document) : undefined,
    layers,
    status: currentStatus(ts),
    sources: uniqueSources(model.data.sources, six.data.sources, ts.data.sources),
  };
}

export interface CpsBand {
  layer: CpsLayer;
  /** Top and height of the band. */
  y: number;
  h: number;
  /** "cyberspace", "physical space" or both, right-aligned on the first line. */
  zone: string;
  /** Wrapped lines with their baselines. */
  name: { text: string; y: number }[];
  trust: { text: string; y: number }[];
}
export interface CpsDiagram {
  width: number;
  height: number;
  /** Left/right padding of the text inside a band. */
  pad: number;
  /** Top to bottom: layer 3, 2, 1. */
  bands: CpsBand[];
  /** Double arrows between neighbouring bands (x, from y1 to y2). */
  links: { x: number; y1: number; y2: number }[];
  /** Text alternative: the layers top to bottom, each with its name and trust (from content). */
  desc: string;
}

const W = 420;
const PAD = 16;
const GAP = 30;
/** Line widths in svg-text units (a Latin character 1, a CJK one 2). */
const TEXT_UNITS = { name: 40, trust: 50 };

/** The figure: three bands, top to bottom layer 3, 2, 1, each as tall as its wrapped text. */
export function cpsDiagram(layers: readonly CpsLayer[], lang: Lang): CpsDiagram {
  const zone = (n: number) =>
    n === 3 ? t(lang, 'cps.diagram.cyber') : n === 1 ? t(lang, 'cps.diagram.physical') : `${t(lang, 'cps.diagram.physical')} ⇄ ${t(lang, 'cps.diagram.cyber')}`;
  let top = 8;
  const bands = [...layers].reverse().map((layer): CpsBand => {
    const name = wrapText(layer.name, TEXT_UNITS.name);
    const trust = wrapText(layer.trust, TEXT_UNITS.trust);
    const y = top;
    const h = 30 + name.length * 20 + 6 + trust.length * 18 + 8;
    top += h + GAP;
    return {
      layer,
      y,
      h,
      zone: zone(layer.n),
      name: name.map((text, i) => ({ text, y: y + 46 + i * 20 })),
      trust: trust.map((text, i) => ({ text, y: y + 46 + (name.length - 1) * 20 + 24 + i * 18 })),
    };
  });
  const last = bands.at(-1);
  return {
    width: W,
    height: last ? last.y + last.h + 8 : 16,
    pad: PAD,
    bands,
    links: bands.slice(1).map((b, i) => ({ x: W / 2, y1: bands[i].y + bands[i].h + 5, y2: b.y - 5 })),
    desc: [t(lang, 'cps.diagram.desc'), ...bands.map(({ layer: l }) => t(lang, 'cps.diagram.descLayer', { n: l.n, name: l.name, trust: l.trust }))].join(lang === 'ja' ? '' : ' '),
  };
}
