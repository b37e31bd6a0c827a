import { describe, it, expect } from 'vitest';
import { fromYaml, BASE, SRC } from './helpers.ts';
import { formatError } from '../../src/lib/content/errors.ts';

const messages = (files: Record<string, string>) => fromYaml(files).errors.map(formatError);

describe('validateContent', () => {
  it('accepts a valid content set and derives relations', () => {
    const { atlas, errors } = fromYaml(BASE);
    expect(errors).toEqual([]);
    expect(atlas.entities.size).toBe(11);
    expect(atlas.relations.some((r) => r.type === 'addresses' && r.from === 'iso-iec-27400-7-1-2-17' && r.to === 'rs-a')).toBe(true);
  });

  it('names file, line, entity and field on a schema error', () => {
    const bad = { ...BASE, 'documents/d.yaml': BASE['documents/d.yaml'].replace('type: IS\n  title: { en: IoT', 'type: XX\n  title: { en: IoT') };
    const m = messages(bad);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^content\/documents\/d\.yaml:5 \[iso-iec-27400\] type: expected one of "IS", "TS"/);
    expect(m[0]).toContain('got "XX"');
  });

  it('reports a missing Japanese translation with the field path', () => {
    const bad = { ...BASE, 'documents/d.yaml': BASE['documents/d.yaml'].replace('title: { en: Network security, ja: ネットワークセキュリティ }', 'title: { en: Network security }') };
    expect(messages(bad)).toEqual([expect.stringMatching(/content\/documents\/d\.yaml:\d+ \[iso-iec-27033\] title\.ja: missing Japanese \(ja\) translation/)]);
  });

  it('reports an empty translation', () => {
    const bad = { ...BASE, 'risk-sources/r.yaml': BASE['risk-sources/r.yaml'].replace('ja: 脆弱性', 'ja: ""') };
    expect(messages(bad)).toEqual([expect.stringContaining('[rs-a] title.ja: missing Japanese (ja) translation (empty)')]);
  });

  it('reports an unknown reference with the field that makes it', () => {
    const bad = { ...BASE, 'documents/d.yaml': BASE['documents/d.yaml'].replace('committee: sc-27-wg-4\n  topic: iot-cps', 'committee: sc-27-wg-9\n  topic: iot-cps') };
    expect(messages(bad)).toEqual([expect.stringMatching(/d\.yaml:\d+ \[iso-iec-27400\] committee: unknown reference "sc-27-wg-9": no entity has this ID/)]);
  });

  it('reports a mapping to a clause that does not exist', () => {
    const bad = { ...BASE, 'mappings/m.yaml': BASE['mappings/m.yaml'].replace('to: rs-a', 'to: iso-iec-27402-5-9-9') };
    expect(messages(bad)).toEqual([expect.stringMatching(/m\.yaml:2 \[iso-iec-27400-7-1-2-17--addresses--iso-iec-27402-5-9-9\] to: unknown reference "iso-iec-27402-5-9-9"/)]);
  });

  it('reports a duplicate ID with both places, across kinds', () => {
    const bad = { ...BASE, 'risk-sources/r.yaml': BASE['risk-sources/r.yaml'].replace('id: rs-a', 'id: sc-27') };
    const m = messages(bad);
    expect(m[0]).toMatch(/risk-sources\/r\.yaml:2 \[sc-27\] id: duplicate ID "sc-27": already used at content\/bodies\/b\.yaml:5/);
  });

  it('accepts `basis: stated` only with a public source or a slide marked as stating the pairing', () => {
    const m = (sources: string) => ({ ...BASE, 'mappings/m.yaml': BASE['mappings/m.yaml'].replace('basis: derived', 'basis: stated').replace(SRC, sources) });
    const talkOnly = fromYaml(m(SRC));
    expect(talkOnly.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([expect.stringMatching(/^basis: `basis: stated` needs a source that states this very pairing.*use `basis: derived`$/)]);
    expect(fromYaml(m(`[{ seed: 000_f3a528d2094e5c67.txt, slide: "WG 4 Projects 7/11", states: true }]`)).errors).toEqual([]);
    expect(fromYaml(m(`[{ url: "https://example.org/pairing", label: Publisher }]`)).errors).toEqual([]);
  });

  it('reports a relation whose type does not fit its two ends', () => {
    const bad = { ...BASE, 'mappings/m.yaml': BASE['mappings/m.yaml'].replace('to: rs-a', 'to: iso-iec-27400') };
    expect(messages(bad)).toEqual([expect.stringContaining('relation "addresses" cannot go from a controls entity to "iso-iec-27400" (a documents entity)')]);
  });

  it('rejects "no counterpart" pointing at the item\'s own catalogue or at a document that is not a catalogue', () => {
    const nc = (to: string) => ({ ...BASE, 'mappings/m.yaml': BASE['mappings/m.yaml'] + `- { from: iso-iec-27400-7-1-2-17, to: ${to}, relation: no-counterpart, reason: semantic, basis: derived, rationale: { en: None., ja: なし。 }, sources: ${SRC} }\n` });
    expect(messages(nc('iso-iec-27400'))).toEqual([expect.stringMatching(/m\.yaml:3 \[iso-iec-27400-7-1-2-17--no-counterpart--iso-iec-27400\] to: .*"iso-iec-27400" is the item's own catalogue/)]);
    expect(messages(nc('iso-iec-27033'))).toEqual([expect.stringContaining('"iso-iec-27033" defines no controls or requirements, so it is not a catalogue')]);
  });

  it('keeps a requirement inside its catalogue: its parent and the catalogue its ID names', () => {
    const req = (id: string, document: string, extra = '') => `- { id: ${id}, document: ${document}, clause: "1",${extra} title: { en: X, ja: X }, sources: ${SRC} }\n`;
    const parent = { ...BASE, 'requirements/q.yaml': req('iso-iec-27033-r1', 'iso-iec-27033') + req('iso-iec-27400-r1', 'iso-iec-27400', ' parent: iso-iec-27033-r1,') };
    expect(messages(parent)).toEqual([expect.stringMatching(/q\.yaml:2 \[iso-iec-27400-r1\] parent: .*the parent "iso-iec-27033-r1" belongs to catalogue "iso-iec-27033", not to this item's catalogue "iso-iec-27400"/)]);
    const named = { ...BASE, 'requirements/q.yaml': req('iso-iec-27400-9-9', 'iso-iec-27033') };
    expect(messages(named)).toEqual([expect.stringMatching(/q\.yaml:1 \[iso-iec-27400-9-9\] document: .*the ID "iso-iec-27400-9-9" names catalogue "iso-iec-27400", but the item's document is "iso-iec-27033"/)]);
  });

  it('rejects a committee that is not a committee', () => {
    const bad = { ...BASE, 'documents/d.yaml': BASE['documents/d.yaml'].replace('committee: sc-27-wg-4\n  topic: iot-cps', 'committee: iso\n  topic: iot-cps') };
    expect(messages(bad)[0]).toContain('expected a committee, subcommittee or working group, but "iso" is a sdo');
  });

  it('requires sources on every entity', () => {
    const bad = { ...BASE, 'risk-sources/r.yaml': BASE['risk-sources/r.yaml'] + `- { id: rs-b, document: iso-iec-27400, group: common, title: { en: X, ja: X } }\n` };
    expect(messages(bad)).toEqual([expect.stringContaining('[rs-b] sources: every entity needs `sources`')]);
  });

  it('requires a slide for a seed source and a seed or URL', () => {
    const bad = { ...BASE, 'risk-sources/r.yaml': `- { id: rs-b, document: iso-iec-27400, group: common, title: { en: X, ja: X }, sources: [{ seed: 000_f3a528d2094e5c67.txt }, { label: nothing }] }\n` };
    const m = messages(bad);
    expect(m).toContainEqual(expect.stringContaining('sources.0.slide: a seed source needs the slide heading'));
    expect(m).toContainEqual(expect.stringContaining('sources.1: expected either `seed` (with `slide`) or `url`'));
  });

  it('rejects unknown fields and malformed dates and IDs', () => {
    const bad = {
      ...BASE,
      'risk-sources/r.yaml': `- { id: RS_B, colour: red, document: iso-iec-27400, group: common, title: { en: X, ja: X }, asOf: 2026-13-01, sources: ${SRC} }\n`,
    };
    const m = messages(bad);
    expect(m).toContainEqual(expect.stringContaining('id: expected a lower-case slug'));
    expect(m).toContainEqual(expect.stringContaining('unknown field "colour"'));
    expect(m).toContainEqual(expect.stringContaining('asOf: expected a date as YYYY, YYYY-MM or YYYY-MM-DD'));
  });

  it('reports YAML syntax errors and non-list files with their file', () => {
    const m = messages({ ...BASE, 'terms/t.yaml': 'id: x\n' });
    expect(m).toEqual([expect.stringContaining('content/terms/t.yaml:1 expected the file to be a YAML list')]);
    const m2 = messages({ ...BASE, 'terms/t.yaml': '- { id: x\n' });
    expect(m2[0]).toMatch(/^content\/terms\/t\.yaml(:\d+)? YAML syntax error/);
  });
});

describe('Japanese text', () => {
  it('joins lines folded between Japanese characters and applies the spacing rule: no space between Japanese and Latin', async () => {
    const { joinJapanese } = await import('../../src/lib/content/schema.ts');
    expect(joinJapanese('IoT セキュリティの 管理策は、\n利用者 向け。 ISO/IEC 27400 の箇条 7')).toBe('IoTセキュリティの管理策は、利用者向け。ISO/IEC 27400の箇条7');
    expect(joinJapanese('確保すべき 信頼性を示す。講演では ISO/IEC TS 5689 の図 (2024) と Security by Design')).toBe('確保すべき信頼性を示す。講演ではISO/IEC TS 5689の図(2024)とSecurity by Design');
    expect(joinJapanese('「つながり」 として')).toBe('「つながり」として');
  });
});
