/**
 * Data exports, all generated from the same Atlas at build time: the whole atlas as JSON (with its JSON Schema),
 * one JSON per entity, a CSV per catalogue, and an OSCAL catalog of the ISO/IEC 27400 controls (IDs, titles and
 * our summaries only — no ISO text).
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { Body, Document, Control, Requirement, RiskSource, Scheme, Model, ModelElement, Term, Mapping, MappingFields, Localized, Source, Id, SEEDS } from '../content/schema.ts';
import { all, get, incoming, outgoing, shortLabel, titleOf, currentStatus, riskSourcesOf, committeeOf, parentOf, type Atlas, type Entity, type Relation } from '../atlas/getters.ts';
import { RELATION_TYPES } from '../atlas/model.ts';
import { toCsv } from './csv.ts';
import { BASIS_KEYS } from '../crosswalk/gap.ts';
import type { Lang } from '../atlas/model.ts';
import { label, t, RELATION_LABELS, type LabelGroup, type LabelValue } from '../../i18n/index.ts';

/** Namespace of our own OSCAL props: a URN, since no public origin is assumed (SITE_URL may be unset). */
const OSCAL_NS = 'urn:sc27-atlas:oscal';

export const EXPORT_VERSION = 1;

/** A model element as the atlas holds it: its fields in the model's YAML, plus the model, its position and the model's sources. */
const ModelElementExport = ModelElement.extend({ model: Id, order: z.number().int(), sources: z.array(Source) });
/** `entity` names the kind of entry (`kind` is a field of controls: security / privacy). */
const withKind = <K extends string, T extends z.AnyZodObject>(kind: K, schema: T) => schema.extend({ entity: z.literal(kind) });

/** The shape of `atlas.json`, as a Zod schema (turned into JSON Schema for users). */
export const AtlasExport = z
  .object({
    version: z.literal(EXPORT_VERSION),
    site: z.string(),
    entities: z.array(
      z.discriminatedUnion('entity', [
        withKind('bodies', Body),
        withKind('documents', Document),
        withKind('controls', Control),
        withKind('requirements', Requirement),
        withKind('risk-sources', RiskSource),
        withKind('schemes', Scheme),
        withKind('models', Model),
        withKind('model-elements', ModelElementExport),
        withKind('terms', Term),
      ]),
    ),
    relations: z.array(z.object({ type: z.enum(RELATION_TYPES), from: Id, to: Id, mapping: MappingFields.extend({ id: z.string().min(1) }).optional() }).strict()),
  })
  .strict();

export function atlasJsonSchema(): object {
  return zodToJsonSchema(AtlasExport, { name: 'SC27AtlasExport', $refStrategy: 'none' });
}

const relationJson = (r: Relation) => ({ type: r.type, from: r.from, to: r.to, ...(r.mapping ? { mapping: r.mapping } : {}) });

export function atlasJson(atlas: Atlas, site: string) {
  return {
    version: EXPORT_VERSION,
    site,
    entities: [...atlas.entities.values()].map((e) => ({ entity: e.kind, ...e.data })),
    relations: atlas.relations.map(relationJson),
  };
}

/** One entity with its relations from both ends, for `/data/entities/<id>.json`. */
export function entityJson(atlas: Atlas, id: string) {
  const e = get(atlas, id);
  if (!e) throw new Error(`entityJson: unknown id "${id}"`);
  return { entity: e.kind, ...e.data, relations: { outgoing: outgoing(atlas, id).map(relationJson), incoming: incoming(atlas, id).map(relationJson) } };
}

const sourcesText = (e: { sources: Source[] }) => e.sources.map((s) => (s.seed ? `${SEEDS[s.seed].en}, slide “${s.slide}”` : s.url) + (s.partial ? ' (partial)' : '')).join(' | ');

export const CATALOGUES = ['documents', 'controls', 'requirements', 'mappings'] as const;
export type Catalogue = (typeof CATALOGUES)[number];

/**
 * Readable labels beside the codes: a column `x` of codes is followed by `x_label_en` and `x_label_ja` (the files
 * hold both languages in columns, as titles do), or by one `x_label` when the label is the same in both (a
 * designation, a clause number, a committee's abbreviation). Several codes in one cell are joined with "; ".
 */
const CSV_LANGS = ['en', 'ja'] as const satisfies readonly Lang[];
const both = (name: string) => CSV_LANGS.map((l) => `${name}_label_${l}`);
const valueLabels = <G extends LabelGroup>(group: G, codes: LabelValue<G>[]) => CSV_LANGS.map((l) => codes.map((c) => label(l, group, c)).join('; '));
const entityLabel = (atlas: Atlas, id: string | undefined) => (id ? (get(atlas, id) ? shortLabel(get(atlas, id)!) : id) : '');
/** Short label and title of each entity, in each language: `7.1.2.17 Provision of …`. */
const entityTitles = (atlas: Atlas, ids: string[]) =>
  CSV_LANGS.map((l) =>
    ids
      .map((id) => get(atlas, id))
      .filter((e): e is Entity => !!e)
      .map((e) => [shortLabel(e), titleOf(e, l)].filter(Boolean).join(' '))
      .join('; '),
  );

/** A CSV per catalogue, both languages in columns, readable labels beside the codes. */
export function catalogueCsv(atlas: Atlas, which: Catalogue): string {
  switch (which) {
    case 'documents':
      return toCsv([
        [
          'id', 'designation', 'type', ...both('type'), 'title_en', 'title_ja', 'committee', 'committee_label', 'topic', ...both('topic'),
          'part_of', 'part_of_label', 'current_stage', ...both('current_stage'), 'current_stage_date', 'as_of', 'sources',
        ],
        ...all(atlas, 'documents').map((d) => {
          const s = currentStatus(d);
          const committee = committeeOf(atlas, d.id)?.id;
          const whole = parentOf(atlas, d.id)?.id;
          return [
            d.id, d.data.designation, d.data.type, ...valueLabels('docType', [d.data.type]), d.data.title.en, d.data.title.ja,
            committee, entityLabel(atlas, committee), d.data.topic, ...valueLabels('topic', [d.data.topic]),
            whole, entityLabel(atlas, whole), s.label ?? s.stage, ...valueLabels('stage', [s.stage]), s.date, d.data.asOf, sourcesText(d.data),
          ];
        }),
      ]);
    case 'controls':
      return toCsv([
        [
          'id', 'document', 'document_label', 'clause', 'number', 'title_en', 'title_ja', 'kind', ...both('kind'), 'audience', ...both('audience'),
          'lifecycle', ...both('lifecycle'), 'risk_sources', ...both('risk_sources'), 'purpose_en', 'purpose_ja', 'purpose_basis', 'sources',
        ],
        ...all(atlas, 'controls').map((c) => {
          const risks = riskSourcesOf(atlas, c.id).map((r) => r.id);
          return [
            c.id, c.data.document, entityLabel(atlas, c.data.document), c.data.clause, c.data.number, c.data.title.en, c.data.title.ja,
            c.data.kind, ...valueLabels('kind', [c.data.kind]), c.data.audience, ...valueLabels('audience', [c.data.audience]),
            c.data.lifecycle.join(' '), ...valueLabels('lifecycle', c.data.lifecycle), risks.join(' '), ...entityTitles(atlas, risks),
            c.data.purpose.en, c.data.purpose.ja, c.data.summaryBasis, sourcesText(c.data),
          ];
        }),
      ]);
    case 'requirements':
      return toCsv([
        ['id', 'document', 'document_label', 'clause', 'parent', 'parent_label', 'title_en', 'title_ja', 'summary_en', 'summary_ja', 'sources'],
        ...all(atlas, 'requirements').map((r) => [
          r.id, r.data.document, entityLabel(atlas, r.data.document), r.data.clause, parentOf(atlas, r.id)?.id, entityLabel(atlas, parentOf(atlas, r.id)?.id),
          r.data.title.en, r.data.title.ja, r.data.summary?.en, r.data.summary?.ja, sourcesText(r.data),
        ]),
      ]);
    case 'mappings':
      return toCsv([
        ['id', 'from', ...both('from'), 'relation', ...both('relation'), 'to', ...both('to'), 'reason', 'basis', ...both('basis'), 'date', 'rationale_en', 'rationale_ja', 'sources'],
        ...atlas.relations.filter((r) => r.mapping).map((r) => {
          const m = r.mapping!;
          return [
            m.id, m.from, ...entityTitles(atlas, [m.from]), m.relation, ...CSV_LANGS.map((l) => RELATION_LABELS[m.relation].out[l]), m.to, ...entityTitles(atlas, [m.to]),
            m.reason, m.basis, ...CSV_LANGS.map((l) => t(l, BASIS_KEYS[m.basis])),
            m.date, m.rationale.en, m.rationale.ja, sourcesText(m),
          ];
        }),
      ]);
  }
}

/** A stable UUID (version 5 layout) from a name, so that OSCAL uuids do not change between builds. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`sc27-atlas:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** OSCAL 1.1 catalog of the controls of one document, grouped by kind and audience; titles and our summaries only. */
export function oscalCatalog(atlas: Atlas, documentId: string, lang: Lang, lastModified: string) {
  const doc = get(atlas, documentId);
  if (!doc) throw new Error(`oscalCatalog: unknown document "${documentId}"`);
  const controls = all(atlas, 'controls').filter((c) => c.data.document === documentId);
  const groups = [...new Set(controls.map((c) => c.data.clause.split('.').slice(0, 3).join('.')))];
  const groupTitle = (clause: string) => {
    const c = controls.find((x) => x.data.clause.startsWith(`${clause}.`))!;
    const kind = c.data.kind === 'security' ? { en: 'Security controls', ja: 'セキュリティ管理策' } : { en: 'Privacy controls', ja: 'プライバシー管理策' };
    const who = c.data.audience === 'user' ? { en: 'for IoT users', ja: '（IoT 利用者向け）' } : { en: 'for IoT service developers and providers', ja: '（IoT サービス開発者・提供者向け）' };
    return lang === 'en' ? `${kind.en} ${who.en}` : `${kind.ja}${who.ja}`;
  };
  const token = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '-');
  return {
    catalog: {
      uuid: stableUuid(`catalog:${documentId}:${lang}`),
      metadata: {
        title: `${shortLabel(doc)} — ${titleOf(doc, lang)} (SC 27 Atlas)`,
        'last-modified': lastModified,
        version: String(EXPORT_VERSION),
        'oscal-version': '1.1.2',
        remarks:
          lang === 'en'
            ? 'Clause numbers and titles of the controls with summaries written by SC 27 Atlas. Not the text of the standard.'
            : '管理策の箇条番号と標題に、SC 27 アトラスが独自に書いた要約を付けたものです。規格本文ではありません。',
      },
      groups: groups.map((g) => ({
        id: token(`clause-${g}`),
        class: 'clause',
        title: `${g} ${groupTitle(g)}`,
        controls: controls
          .filter((c) => c.data.clause.startsWith(`${g}.`))
          .map((c) => ({
            id: token(c.id),
            class: c.data.kind,
            title: c.data.title[lang],
            props: [
              { name: 'label', value: c.data.clause },
              { name: 'audience', ns: OSCAL_NS, value: c.data.audience },
              ...c.data.lifecycle.map((l) => ({ name: 'lifecycle', ns: OSCAL_NS, value: l })),
            ],
            parts: [{ id: token(`${c.id}_smt`), name: 'overview', prose: c.data.purpose[lang] }],
          })),
      })),
    },
  };
}

export type { Entity };
