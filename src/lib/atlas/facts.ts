/**
 * The "key facts" box of an entity page: rows of label + value (+ link), in one language.
 */
import { get, getOf, currentStatus, shortLabel, titleOf, incoming } from './getters.ts';
import type { Atlas, Entity } from './getters.ts';
import { t, label, stageText, type Lang, type UiKey } from '../../i18n/index.ts';
import { entityPath } from '../site/urls.ts';
import { hostOf } from '../site/text.ts';
import { countryName } from '../schemes/schemes.ts';

export interface FactRow {
  label: string;
  /** Plain-text parts; a part with `href` is a link (site-relative path or external URL). */
  values: { text: string; href?: string }[];
}

const linkTo = (atlas: Atlas, id: string | undefined, lang: Lang) => {
  const e = id ? get(atlas, id) : undefined;
  return e ? [{ text: shortLabel(e) || titleOf(e, lang), href: entityPath(e, lang) }] : [];
};

export function keyFacts(atlas: Atlas, e: Entity, lang: Lang): FactRow[] {
  const rows: FactRow[] = [];
  const row = (key: UiKey, values: FactRow['values']) => {
    if (values.length) rows.push({ label: t(lang, key), values });
  };
  const text = (s: string | undefined) => (s ? [{ text: s }] : []);
  switch (e.kind) {
    case 'documents': {
      const d = e.data;
      const st = currentStatus(e);
      row('fact.designation', text(d.designation));
      row('fact.type', text(label(lang, 'docType', d.type)));
      row('fact.committee', linkTo(atlas, d.committee, lang));
      row('fact.publisher', linkTo(atlas, d.publisher, lang));
      row('fact.topic', text(label(lang, 'topic', d.topic)));
      row('fact.stage', text(`${stageText(lang, st.stage, st.label)} — ${st.date}`));
      const ed = [...d.status].reverse().find((s) => s.edition)?.edition;
      row('fact.edition', text(ed ? String(ed) : undefined));
      d.formerTitles?.forEach((f) => row('fact.formerTitle', text(`${f.title[lang]} (${f.until ? `→ ${f.until}` : t(lang, 'fact.formerTitleSeen', { date: f.seen ?? '' })})`)));
      // The JIS ↔ ISO/IEC bridge, on both ends: the adopted edition (and degree, where a source gives it) …
      d.adopts?.forEach((a) => {
        const target = get(atlas, a.document);
        const degree = a.degree ? ` — ${label(lang, 'adoptionDegree', a.degree)}` : '';
        const partial = a.source.partial ? ` (${t(lang, 'entity.partial')})` : '';
        row('fact.adopts', [{ text: `${a.edition}${degree}${partial}`, href: target ? entityPath(target, lang) : undefined }]);
      });
      // … and, on the international document, the national standards that adopt it.
      row('fact.adoptedAs', incoming(atlas, e.id, 'adopts').flatMap((r) => linkTo(atlas, r.from, lang)));
      if (d.url) row('fact.website', [{ text: hostOf(d.url), href: d.url }]);
      break;
    }
    case 'bodies': {
      const b = e.data;
      row('fact.abbrev', text(b.abbrev));
      row('fact.bodyType', text(label(lang, 'bodyType', b.type)));
      row('fact.committee', linkTo(atlas, b.parent, lang));
      row('fact.country', text(b.country ? countryName(b.country, lang) : undefined));
      if (b.url) row('fact.website', [{ text: hostOf(b.url), href: b.url }]);
      break;
    }
    case 'controls': {
      const c = e.data;
      row('fact.document', linkTo(atlas, c.document, lang));
      row('fact.clause', text(c.clause));
      row('fact.number', text(c.number ? t(lang, 'fact.controlNumber', { n: String(c.number) }) : undefined));
      row('fact.kind', text(label(lang, 'kind', c.kind)));
      row('fact.audience', text(label(lang, 'audience', c.audience)));
      row('fact.lifecycle', c.lifecycle.map((l) => ({ text: label(lang, 'lifecycle', l) })));
      break;
    }
    case 'requirements': {
      const r = e.data;
      row('fact.document', linkTo(atlas, r.document, lang));
      row('fact.clause', text(r.clause));
      row('fact.group', linkTo(atlas, r.parent, lang));
      row('fact.obligation', text(r.obligation && label(lang, 'obligation', r.obligation)));
      row('fact.condition', text(r.condition?.[lang]));
      row('fact.assessment', text(r.assessment && label(lang, 'itemAssessment', r.assessment)));
      row('fact.note', text(r.note?.[lang]));
      break;
    }
    case 'risk-sources': {
      const r = e.data;
      row('fact.document', linkTo(atlas, r.document, lang));
      row('fact.clause', text(r.clause ?? (r.label ? `(${r.label})` : undefined)));
      row('fact.group', r.parent ? linkTo(atlas, r.parent, lang) : text(label(lang, 'riskGroup', r.group)));
      break;
    }
    case 'schemes': {
      const s = e.data;
      row('fact.abbrev', text(s.abbrev));
      row('fact.operator', linkTo(atlas, s.operator, lang));
      row('fact.country', text(countryName(s.country, lang)));
      row('fact.launched', text(s.launched));
      row('fact.mandatory', text(t(lang, s.mandatory ? 'yes' : 'no')));
      row('fact.structure', text(label(lang, 'structure', s.structure)));
      if (s.url) row('fact.website', [{ text: hostOf(s.url), href: s.url }]);
      break;
    }
    case 'models':
    case 'terms':
      if ('document' in e.data) row('fact.document', linkTo(atlas, e.data.document, lang));
      break;
    case 'model-elements':
      row('fact.group', linkTo(atlas, e.data.model, lang));
      break;
  }
  return rows;
}

/** The committee chain above a document or body, top first (ISO → JTC 1 → SC 27 → WG 4). */
export function committeeChain(atlas: Atlas, e: Entity): Entity[] {
  if (e.kind === 'documents' && e.data.partOf) {
    const whole = get(atlas, e.data.partOf);
    if (whole) return [...committeeChain(atlas, whole), whole];
  }
  const chain: Entity[] = [];
  let cur: string | undefined = e.kind === 'documents' ? e.data.committee : e.kind === 'bodies' ? e.data.parent : undefined;
  const seen = new Set<string>();
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const b = getOf(atlas, 'bodies', cur);
    if (!b) break;
    chain.unshift(b);
    cur = b.data.parent ?? b.data.parents?.[0];
  }
  return chain;
}
