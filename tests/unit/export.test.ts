import { describe, it, expect } from 'vitest';
import Ajv from 'ajv';
import { fromYaml, BASE, SRC } from './helpers.ts';
import { atlasJson, atlasJsonSchema, entityJson, catalogueCsv, oscalCatalog, stableUuid } from '../../src/lib/export/export.ts';

const { atlas } = fromYaml(BASE);

describe('exports', () => {
  it('atlas.json validates against its JSON Schema, and a broken one does not', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(atlasJsonSchema());
    const json = JSON.parse(JSON.stringify(atlasJson(atlas, 'https://x/')));
    expect(validate(json)).toBe(true);
    expect(json.entities).toHaveLength(atlas.entities.size);
    expect(json.relations).toHaveLength(atlas.relations.length);
    json.entities[0].name = { en: 'only English' };
    expect(validate(json)).toBe(false);
  });

  it('atlas.json with a model validates: its elements carry every field the model YAML gives them (trust included)', () => {
    const withModel = fromYaml({
      ...BASE,
      'models/m.yaml': `
- id: layers
  title: { en: Three layers, ja: 三層 }
  elements:
    - { id: layer-1, title: { en: First layer, ja: 第1層 }, trust: { en: Trustworthy management, ja: マネジメントの信頼性 } }
  sources: ${SRC}
`,
    });
    expect(withModel.errors).toEqual([]);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(atlasJsonSchema());
    const json = JSON.parse(JSON.stringify(atlasJson(withModel.atlas, 'https://x/')));
    expect(json.entities.find((e: { id: string }) => e.id === 'layer-1').trust.en).toBe('Trustworthy management');
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the JSON Schema covers the crosswalk fields: relations, basis, rationale, obligation, abbrev', () => {
    const text = JSON.stringify(atlasJsonSchema());
    for (const word of ['"no-counterpart"', '"not-related-to"', '"subset-of"', '"basis"', '"rationale"', '"obligation"', '"condition"', '"assessment"', '"abbrev"']) expect(text).toContain(word);
    const json = JSON.parse(JSON.stringify(atlasJson(atlas, 'https://x/')));
    const m = json.relations.find((r: { mapping?: unknown }) => r.mapping).mapping;
    expect(Object.keys(m)).toEqual(expect.arrayContaining(['basis', 'rationale', 'sources', 'reason']));
  });

  it('entity JSON carries relations from both ends', () => {
    const j = entityJson(atlas, 'rs-a');
    expect(j.entity).toBe('risk-sources');
    expect(j.relations.incoming).toContainEqual(expect.objectContaining({ type: 'addresses', from: 'iso-iec-27400-7-1-2-17' }));
    expect(j.relations.outgoing).toContainEqual({ type: 'defined-in', from: 'rs-a', to: 'iso-iec-27400' });
  });

  it('writes a CSV per catalogue with a header and one line per item', () => {
    const docs = catalogueCsv(atlas, 'documents').trimEnd().split('\r\n');
    expect(docs[0]).toMatch(/^id,designation,type,type_label_en,type_label_ja,title_en,title_ja,/);
    expect(docs).toHaveLength(1 + 4);
    const controls = catalogueCsv(atlas, 'controls').trimEnd().split('\r\n');
    expect(controls[1]).toContain('iso-iec-27400-7-1-2-17,iso-iec-27400,ISO/IEC 27400:2022,7.1.2.17,,Provision of software and firmware updates');
    expect(controls[1]).toContain(',rs-a,');
    expect(catalogueCsv(atlas, 'mappings').split('\r\n')[1]).toMatch(/^iso-iec-27400-7-1-2-17--addresses--rs-a,/);
  });

  it('puts readable labels in both languages beside the codes', () => {
    const cell = (csv: string, row: number, col: string) => {
      const lines = csv.trimEnd().split('\r\n').map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
      return lines[row][lines[0].indexOf(col)]?.replace(/^"|"$/g, '');
    };
    const controls = catalogueCsv(atlas, 'controls');
    expect(cell(controls, 1, 'audience')).toBe('developer-provider');
    expect(cell(controls, 1, 'audience_label_en')).toBe('IoT service developer and provider');
    expect(cell(controls, 1, 'audience_label_ja')).toBe('IoTサービス開発者・提供者');
    expect(cell(controls, 1, 'lifecycle_label_ja')).toBe('運用中');
    expect(cell(controls, 1, 'document_label')).toBe('ISO/IEC 27400:2022');
    expect(cell(controls, 1, 'risk_sources_label_en')).toMatch(/\S/);
    expect(cell(controls, 1, 'risk_sources_label_en')).not.toContain('rs-a');
    const docs = catalogueCsv(atlas, 'documents');
    const row = docs.trimEnd().split('\r\n').findIndex((l) => l.startsWith('iso-iec-27033-1,'));
    expect(cell(docs, row, 'part_of_label')).toBe('ISO/IEC 27033');
    expect(cell(docs, row, 'topic_label_en')).toBe('Network security');
    expect(cell(docs, row, 'current_stage_label_ja')).toBe('発行済み');
    const maps = catalogueCsv(atlas, 'mappings');
    expect(cell(maps, 1, 'relation_label_en')).toBe('Addresses risk sources');
    expect(cell(maps, 1, 'from_label_en')).toBe('7.1.2.17 Provision of software and firmware updates');
  });

  it('builds an OSCAL catalog with uuid, metadata, groups and controls', () => {
    const { catalog } = oscalCatalog(atlas, 'iso-iec-27400', 'en', '2026-11-24T00:00:00Z');
    expect(catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(catalog.metadata).toMatchObject({ 'oscal-version': '1.1.2', 'last-modified': '2026-11-24T00:00:00Z' });
    expect(catalog.groups).toEqual([expect.objectContaining({ id: 'clause-7.1.2', title: '7.1.2 Security controls for IoT service developers and providers' })]);
    expect(catalog.groups[0].controls[0]).toMatchObject({ id: 'iso-iec-27400-7-1-2-17', title: 'Provision of software and firmware updates', parts: [{ name: 'overview', prose: 'Keep devices patched.' }] });
  });

  it('makes stable, distinct uuids', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });
});
