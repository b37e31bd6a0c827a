/**
 * Raw content items → a validated, typed Atlas (entities + relations), or a list of located errors.
 * Pure: no file system. Checks schema, duplicate IDs, unknown references and relation/kind fit.
 */
import { checkDateProblem } from './freshness.ts';
import { variantsOf, japaneseFields, variantIn, variantMessage } from './variants.ts';
import type { ZodIssue } from 'astro/zod';
import { SCHEMAS, type Kind, type Mapping, type Model } from './schema.ts';
import type { ContentError } from './errors.ts';
import type { RawItem } from './load.ts';
import { type Atlas, type Entity, type EntityKind, type ModelElementData, type Relation, type RelationType } from '../atlas/model.ts';

export { RELATION_TYPES } from '../atlas/model.ts';
export type { Atlas, Entity, EntityKind, EntityOf, ModelElementData, Relation, RelationType } from '../atlas/model.ts';

/** Which kinds each relation may connect. `to` may also check the target entity itself. */
const CATALOGUE_ITEMS: EntityKind[] = ['controls', 'requirements', 'documents', 'model-elements'];
export const RELATION_RULES: Record<RelationType, { from: EntityKind[]; to: EntityKind[]; toCheck?: (e: Entity) => string | undefined }> = {
  'part-of': { from: ['bodies', 'documents', 'requirements', 'risk-sources', 'model-elements'], to: ['bodies', 'documents', 'requirements', 'risk-sources', 'models'] },
  'developed-by': {
    from: ['documents'],
    to: ['bodies'],
    toCheck: (e) =>
      e.kind === 'bodies' && !['joint-committee', 'subcommittee', 'working-group'].includes(e.data.type)
        ? `expected a committee, subcommittee or working group, but "${e.id}" is a ${e.data.type}`
        : undefined,
  },
  'published-by': { from: ['documents'], to: ['bodies'] },
  'operated-by': { from: ['schemes'], to: ['bodies'] },
  mirrors: { from: ['bodies'], to: ['bodies'] },
  'based-on': { from: ['documents'], to: ['documents'] },
  references: { from: ['documents'], to: ['documents'] },
  replaces: { from: ['documents'], to: ['documents'] },
  adopts: { from: ['documents'], to: ['documents'] },
  'defined-in': { from: ['controls', 'requirements', 'risk-sources', 'models', 'terms'], to: ['documents'] },
  related: { from: ['terms'], to: ['bodies', 'documents', 'controls', 'requirements', 'risk-sources', 'schemes', 'models', 'model-elements', 'terms'] },
  equal: { from: CATALOGUE_ITEMS, to: CATALOGUE_ITEMS },
  'subset-of': { from: CATALOGUE_ITEMS, to: CATALOGUE_ITEMS },
  'superset-of': { from: CATALOGUE_ITEMS, to: CATALOGUE_ITEMS },
  'intersects-with': { from: CATALOGUE_ITEMS, to: CATALOGUE_ITEMS },
  'not-related-to': { from: CATALOGUE_ITEMS, to: CATALOGUE_ITEMS },
  'no-counterpart': { from: ['controls', 'requirements'], to: ['documents'] },
  addresses: { from: ['controls', 'requirements'], to: ['risk-sources'] },
  recognises: { from: ['schemes'], to: ['schemes'] },
  uses: { from: ['schemes'], to: ['documents', 'requirements'] },
};


interface Ref {
  path: (string | number)[];
  to: string;
  type: RelationType;
}

/** Every reference an entity's fields make, with the relation each one means. The one place that says so. */
export function refsOf(e: Entity): Ref[] {
  const refs: Ref[] = [];
  const one = (path: (string | number)[], to: string | undefined, type: RelationType) => {
    if (to) refs.push({ path, to, type });
  };
  const many = (field: string, ids: string[] | undefined, type: RelationType) => ids?.forEach((to, i) => refs.push({ path: [field, i], to, type }));
  switch (e.kind) {
    case 'bodies':
      one(['parent'], e.data.parent, 'part-of');
      many('parents', e.data.parents, 'part-of');
      one(['mirrors'], e.data.mirrors, 'mirrors');
      break;
    case 'documents':
      one(['committee'], e.data.committee, 'developed-by');
      one(['publisher'], e.data.publisher, 'published-by');
      one(['partOf'], e.data.partOf, 'part-of');
      many('basedOn', e.data.basedOn, 'based-on');
      many('references', e.data.references, 'references');
      many('replaces', e.data.replaces, 'replaces');
      e.data.adopts?.forEach((a, i) => refs.push({ path: ['adopts', i, 'document'], to: a.document, type: 'adopts' }));
      break;
    case 'controls':
      one(['document'], e.data.document, 'defined-in');
      break;
    case 'requirements':
    case 'risk-sources':
      one(['document'], e.data.document, 'defined-in');
      one(['parent'], e.data.parent, 'part-of');
      break;
    case 'schemes':
      one(['operator'], e.data.operator, 'operated-by');
      break;
    case 'models':
      one(['document'], e.data.document, 'defined-in');
      break;
    case 'model-elements':
      one(['model'], e.data.model, 'part-of');
      break;
    case 'terms': {
      const docs = new Set<string>();
      e.data.definitions.forEach((d, i) => {
        if (d.document && !docs.has(d.document)) refs.push({ path: ['definitions', i, 'document'], to: d.document, type: 'defined-in' });
        if (d.document) docs.add(d.document);
      });
      many('related', e.data.related, 'related');
      break;
    }
  }
  return refs;
}

function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return issue.message !== 'Required' ? issue.message : `missing required field (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected only the fields listed in src/lib/content/schema.ts)`;
  }
  if (issue.code === 'invalid_enum_value') {
    return `expected one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, got "${String(issue.received)}"`;
  }
  return issue.message;
}

export function validateContent(items: RawItem[]): { atlas: Atlas; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const entities = new Map<string, Entity>();
  const mappings: { m: Mapping & { id: string }; item: RawItem }[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  /** IDs of entities that failed their schema: references to them are not reported again. */
  const invalid = new Set<string>();

  const claim = (id: string, item: RawItem, line: number, field = 'id') => {
    const prev = seen.get(id);
    if (prev) {
      errors.push({ file: item.file, line, entity: id, field, message: `duplicate ID "${id}": already used at ${prev.file}:${prev.line} (IDs must be unique across all content)` });
      return false;
    }
    seen.set(id, { file: item.file, line });
    return true;
  };

  for (const item of items) {
    const schema = SCHEMAS[item.kind];
    const rawId = (item.data as { id?: unknown } | null)?.id;
    const entityId = typeof rawId === 'string' ? rawId : undefined;
    const parsed = schema.safeParse(item.data);
    if (!parsed.success) {
      if (entityId) invalid.add(entityId);
      for (const issue of parsed.error.issues) {
        errors.push({
          file: item.file,
          line: item.lineOf(issue.path) ?? item.line,
          entity: entityId ?? `${item.kind} item ${item.index + 1}`,
          field: issue.path.length ? issue.path.join('.') : undefined,
          message: describeIssue(issue),
        });
      }
      continue;
    }
    const at = { file: item.file, line: item.line };
    if (item.kind === 'mappings') {
      const m = parsed.data as Mapping;
      const id = m.id ?? `${m.from}--${m.relation}--${m.to}`;
      if (claim(id, item, item.line)) mappings.push({ m: { ...m, id }, item });
      continue;
    }
    const data = parsed.data as { id: string };
    if (!claim(data.id, item, item.line)) continue;
    const stale = checkDateProblem({ kind: item.kind, data: data as Parameters<typeof checkDateProblem>[0]['data'] });
    if (stale) errors.push({ file: item.file, line: item.lineOf(['asOf']) ?? item.line, entity: data.id, field: 'asOf', message: stale });
    entities.set(data.id, { kind: item.kind, id: data.id, data, ...at } as Entity);
    if (item.kind === 'models') {
      (data as Model).elements.forEach((el, i) => {
        const line = item.lineOf(['elements', i]) ?? item.line;
        if (!claim(el.id, item, line, `elements.${i}.id`)) return;
        const element: ModelElementData = { ...el, model: data.id, order: i + 1, sources: (data as Model).sources };
        entities.set(el.id, { kind: 'model-elements', id: el.id, data: element, file: item.file, line });
      });
    }
  }

  const relations: Relation[] = [];
  /** Catalogues: documents that define controls, requirements or risk sources. */
  const catalogueOf = (e: Entity | undefined) => (e && (e.kind === 'controls' || e.kind === 'requirements' || e.kind === 'risk-sources') ? e.data.document : undefined);
  const catalogues = new Set([...entities.values()].map(catalogueOf).filter((d): d is string => !!d));
  /** Rules that need both ends: an item stays inside its catalogue, and "no counterpart" names another catalogue. */
  const catalogueProblem = (type: RelationType, from: Entity, target: Entity): string | undefined => {
    const own = catalogueOf(from);
    if (type === 'part-of' && own && catalogueOf(target) && catalogueOf(target) !== own)
      return `the parent "${target.id}" belongs to catalogue "${catalogueOf(target)}", not to this item's catalogue "${own}"`;
    if (type === 'defined-in' && own) {
      const claimed = [...catalogues].find((d) => d !== own && from.id.startsWith(`${d}-`) && !from.id.startsWith(`${own}-`));
      if (claimed) return `the ID "${from.id}" names catalogue "${claimed}", but the item's document is "${own}"; fix the ID or the document`;
    }
    if (type === 'no-counterpart') {
      if (!catalogues.has(target.id)) return `"${target.id}" defines no controls or requirements, so it is not a catalogue; point at the catalogue that has no counterpart`;
      if (target.id === own) return `"${target.id}" is the item's own catalogue; "no-counterpart" points at another catalogue`;
    }
    return undefined;
  };
  const check = (type: RelationType, from: Entity, to: string, loc: { file: string; line: number; field: string; entity?: string }): boolean => {
    const target = entities.get(to);
    const rule = RELATION_RULES[type];
    if (!target) {
      if (invalid.has(to)) return false;
      errors.push({ entity: from.id, ...loc, message: `unknown reference "${to}": no entity has this ID` });
      return false;
    }
    if (!rule.to.includes(target.kind) || !rule.from.includes(from.kind)) {
      errors.push({
        entity: from.id,
        ...loc,
        message: `relation "${type}" cannot go from a ${from.kind} entity to "${to}" (a ${target.kind} entity); expected ${rule.from.join('/')} → ${rule.to.join('/')}`,
      });
      return false;
    }
    const problem = rule.toCheck?.(target);
    if (problem) {
      errors.push({ entity: from.id, ...loc, message: `relation "${type}" to "${to}": ${problem}` });
      return false;
    }
    const across = catalogueProblem(type, from, target);
    if (across) {
      errors.push({ entity: from.id, ...loc, message: `relation "${type}" to "${to}": ${across}` });
      return false;
    }
    if (to === from.id) {
      errors.push({ entity: from.id, ...loc, message: `an entity cannot relate to itself` });
      return false;
    }
    return true;
  };

  const itemsById = new Map(items.map((i) => [(i.data as { id?: string } | null)?.id, i]));
  const variants = variantsOf([...entities.values()].filter((e): e is Extract<Entity, { kind: 'terms' }> => e.kind === 'terms'));
  if (variants.length) {
    for (const item of items) {
      for (const f of japaneseFields(item.data)) {
        // A term's own variants list names the variants; its canonical `term.ja` may contain none.
        const v = variantIn(f.text, variants);
        if (v) errors.push({ file: item.file, line: item.lineOf(f.path) ?? item.line, entity: (item.data as { id?: string })?.id, field: f.path.join('.'), message: variantMessage(v) });
      }
    }
  }
  for (const e of entities.values()) {
    const item = itemsById.get(e.kind === 'model-elements' ? e.data.model : e.id);
    for (const ref of refsOf(e)) {
      const line = e.kind === 'model-elements' ? e.line : (item?.lineOf(ref.path) ?? e.line);
      const loc = { file: e.file, line, field: ref.path.join('.') };
      if (check(ref.type, e, ref.to, loc)) relations.push({ type: ref.type, from: e.id, to: ref.to, file: e.file, line });
    }
  }
  for (const { m, item } of mappings) {
    const from = entities.get(m.from);
    if (!from) {
      if (invalid.has(m.from)) continue;
      errors.push({ file: item.file, line: item.lineOf(['from']), entity: m.id, field: 'from', message: `unknown reference "${m.from}": no entity has this ID` });
      continue;
    }
    if (check(m.relation, from, m.to, { file: item.file, line: item.lineOf(['to']) ?? item.line, field: 'to', entity: m.id })) {
      relations.push({ type: m.relation, from: m.from, to: m.to, mapping: m, file: item.file, line: item.line });
    }
  }
  return { atlas: { entities, relations }, errors };
}

export type { Kind };
