import { describe, it, expect } from 'vitest';
import { fromYaml, BASE, SRC } from './helpers.ts';
import { partsOf, documentsOfCommittee, controlsAddressing, riskSourcesOf, relatedGrouped, itemsOfDocument, currentStatus, getOf, displayName } from '../../src/lib/atlas/getters.ts';
import { crosswalk, crosswalkCsv } from '../../src/lib/crosswalk/crosswalk.ts';
import { landscapeTree } from '../../src/lib/atlas/landscape.ts';
import { committeeChain, keyFacts } from '../../src/lib/atlas/facts.ts';
import { entityPath, twinPath, joinBase } from '../../src/lib/site/urls.ts';

const { atlas } = fromYaml(BASE);

describe('atlas getters', () => {
  it('lists the parts of a document in part order', () => {
    expect(partsOf(atlas, 'iso-iec-27033').map((d) => d.id)).toEqual(['iso-iec-27033-1', 'iso-iec-27033-2']);
  });

  it('lists the top-level documents of a committee, not their parts', () => {
    expect(documentsOfCommittee(atlas, 'sc-27-wg-4').map((d) => d.id).sort()).toEqual(['iso-iec-27033', 'iso-iec-27400']);
  });

  it('finds relations from both ends', () => {
    expect(controlsAddressing(atlas, 'rs-a').map((c) => c.id)).toEqual(['iso-iec-27400-7-1-2-17']);
    expect(riskSourcesOf(atlas, 'iso-iec-27400-7-1-2-17').map((r) => r.id)).toEqual(['rs-a']);
    const fromRisk = relatedGrouped(atlas, 'rs-a');
    expect(fromRisk).toContainEqual(expect.objectContaining({ type: 'addresses', direction: 'in' }));
    const fromWg = relatedGrouped(atlas, 'sc-27-wg-4').find((g) => g.type === 'developed-by');
    expect(fromWg?.direction).toBe('in');
    expect(fromWg?.items.map((i) => i.entity.id).sort()).toEqual(['iso-iec-27033', 'iso-iec-27400']);
  });

  it('groups a symmetric relation once, whichever end states it, and reads superset-of backwards as subset-of', async () => {
    const { relationReading } = await import('../../src/lib/atlas/model.ts');
    expect(relationReading('intersects-with', 'in')).toEqual({ type: 'intersects-with', direction: 'out' });
    expect(relationReading('superset-of', 'in')).toEqual({ type: 'subset-of', direction: 'out' });
    expect(relationReading('subset-of', 'in')).toEqual({ type: 'superset-of', direction: 'out' });
    expect(relationReading('developed-by', 'in')).toEqual({ type: 'developed-by', direction: 'in' });
    const e = (id: string) => atlas.entities.get(id)!;
    const twoWays = {
      ...atlas,
      relations: [
        ...atlas.relations,
        { type: 'intersects-with' as const, from: 'iso-iec-27400-7-1-2-17', to: 'rs-a', file: 'x.yaml', line: 1 },
        { type: 'intersects-with' as const, from: 'iso-iec-27033', to: 'iso-iec-27400-7-1-2-17', file: 'x.yaml', line: 2 },
      ],
    };
    expect(e('rs-a')).toBeTruthy();
    const groups = relatedGrouped(twoWays, 'iso-iec-27400-7-1-2-17').filter((g) => g.type === 'intersects-with');
    expect(groups).toHaveLength(1);
    expect(groups[0].items.map((i) => i.entity.id).sort()).toEqual(['iso-iec-27033', 'rs-a']);
  });

  it('prints a label and a title together without repeating either', async () => {
    const { labelAndTitle } = await import('../../src/lib/atlas/getters.ts');
    const doc = (designation: string, ja: string) => ({ ...getOf(atlas, 'documents', 'iso-iec-27400')!, data: { ...getOf(atlas, 'documents', 'iso-iec-27400')!.data, designation, title: { en: ja, ja } } });
    expect(labelAndTitle(doc('JC-STAR ★1 適合基準・評価手法', '★1 適合基準・評価手法'), 'ja')).toEqual({ short: 'JC-STAR ★1 適合基準・評価手法', title: '' });
    expect(labelAndTitle(doc('ISO/IEC 27400:2022', 'IoT security'), 'ja')).toEqual({ short: 'ISO/IEC 27400:2022', title: 'IoT security' });
    expect(labelAndTitle(getOf(atlas, 'risk-sources', 'rs-a')!, 'en').short).not.toBe('');
  });

  it('lists the items a document defines', () => {
    expect(itemsOfDocument(atlas, 'iso-iec-27400').map((e) => e.id).sort()).toEqual(['iso-iec-27400-7-1-2-17', 'rs-a']);
  });

  it('takes the last status entry as current', () => {
    const { atlas: a } = fromYaml({
      ...BASE,
      'documents/d.yaml': BASE['documents/d.yaml'].replace(
        '    - { stage: published, date: 2022-06',
        '    - { stage: dis, date: 2021-10, source: { seed: 001_64da7ac8f1eb3b2e.txt, slide: x } }\n    - { stage: published, date: 2022-06',
      ),
    });
    const doc = getOf(a, 'documents', 'iso-iec-27400')!;
    expect(doc.data.status).toHaveLength(2);
    expect(currentStatus(doc).stage).toBe('published');
  });

  it('names entities with their short label and title', () => {
    expect(displayName(atlas.entities.get('iso-iec-27400')!, 'en')).toBe('ISO/IEC 27400:2022 IoT security and privacy — Guidelines');
    expect(displayName(atlas.entities.get('sc-27')!, 'ja')).toBe('SC 27 情報セキュリティ');
  });
});

describe('landscape', () => {
  it('nests ISO / IEC → JTC 1 → SC 27 → WG 4 → topics → projects with parts', () => {
    const { joint, others } = landscapeTree(atlas);
    expect(joint).toHaveLength(1);
    expect(joint[0].parents.map((p) => p.id)).toEqual(['iso', 'iec']);
    const sc27 = joint[0].tree.children[0];
    expect(sc27.body.id).toBe('sc-27');
    const wg4 = sc27.children[0];
    expect(wg4.body.id).toBe('sc-27-wg-4');
    expect(wg4.topics.map((t) => t.topic)).toEqual(['network-security', 'iot-cps']);
    expect(wg4.topics[0].docs[0].parts.map((p) => p.id)).toEqual(['iso-iec-27033-1', 'iso-iec-27033-2']);
    expect(others).toEqual([]);
  });

  it('gives the committee chain of a part through its whole document', () => {
    expect(committeeChain(atlas, atlas.entities.get('iso-iec-27033-1')!).map((e) => e.id)).toEqual(['iso', 'jtc-1', 'sc-27', 'sc-27-wg-4', 'iso-iec-27033']);
  });

  it('builds key facts with links in the page language', () => {
    const facts = keyFacts(atlas, atlas.entities.get('iso-iec-27400')!, 'ja');
    expect(facts.find((f) => f.label === '委員会')?.values).toEqual([{ text: 'WG 4', href: '/ja/bodies/sc-27-wg-4/' }]);
    expect(facts.find((f) => f.label === '現在の段階')?.values[0].text).toBe('発行済み — 2022-06');
  });
});

describe('urls', () => {
  it('builds entity paths, twins and base paths', () => {
    expect(entityPath(atlas.entities.get('rs-a')!, 'en')).toBe('/en/risk-sources/rs-a/');
    expect(twinPath('/en/documents/x/', 'ja')).toBe('/ja/documents/x/');
    expect(twinPath('/en/', 'ja')).toBe('/ja/');
    expect(joinBase('/atlas/', '/en/')).toBe('/atlas/en/');
    expect(joinBase('/', '/en/')).toBe('/en/');
  });
});

describe('crosswalk', () => {
  const files = {
    ...BASE,
    'documents/x.yaml': `
- id: iso-iec-27402
  designation: "ISO/IEC 27402:2023"
  asOf: "2026-11-24"
  type: IS
  title: { en: Device baseline requirements, ja: デバイスのベースライン要求事項 }
  committee: sc-27-wg-4
  topic: iot-cps
  status: [{ stage: published, date: "2023", source: { seed: 000_f3a528d2094e5c67.txt, slide: x } }]
  sources: ${SRC}
`,
    'requirements/q.yaml': `
- { id: iso-iec-27402-5-2-7, document: iso-iec-27402, clause: 5.2.7, title: { en: "Software and firmware updates", ja: ソフトウェア及びファームウェアの更新 }, sources: ${SRC} }
`,
    'mappings/m2.yaml': `
- { from: iso-iec-27400-7-1-2-17, to: iso-iec-27402-5-2-7, relation: intersects-with, reason: semantic, basis: derived, rationale: { en: "Both: updates, \\"firmware\\"", ja: 更新。 }, sources: ${SRC} }
`,
  };
  const { atlas: a, errors } = fromYaml(files);

  it('derives one column per mapped catalogue, risk sources first', () => {
    expect(errors).toEqual([]);
    const cw = crosswalk(a, 'iso-iec-27400');
    expect(cw.rows.map((r) => r.id)).toEqual(['iso-iec-27400-7-1-2-17']);
    expect(cw.columns.map((c) => c.key)).toEqual(['iso-iec-27400:risk-sources', 'iso-iec-27402:requirements']);
    expect(cw.cells.get('iso-iec-27400-7-1-2-17')!.get('iso-iec-27402:requirements')!.map((c) => c.entity.id)).toEqual(['iso-iec-27402-5-2-7']);
  });

  it('works from the other end too (27402 rows, 27400 column)', () => {
    const cw = crosswalk(a, 'iso-iec-27402');
    expect(cw.columns.map((c) => c.key)).toEqual(['iso-iec-27400:controls']);
  });

  it('writes a CSV with a header, one line per row, and quoted fields', () => {
    const csv = crosswalkCsv(crosswalk(a, 'iso-iec-27400'), 'en');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('id,clause,title,ISO/IEC 27400:2022 — Risk sources,ISO/IEC 27402:2023 — Requirements');
    expect(lines[1]).toBe('iso-iec-27400-7-1-2-17,7.1.2.17,Provision of software and firmware updates,a Vulnerabilities,5.2.7 Software and firmware updates');
  });

  it('quotes commas and quotes in CSV fields', () => {
    const { atlas: b } = fromYaml({ ...files, 'risk-sources/r.yaml': BASE['risk-sources/r.yaml'].replace('en: Vulnerabilities', 'en: "Vulnerabilities, \\"known\\""') });
    const line = crosswalkCsv(crosswalk(b, 'iso-iec-27400'), 'en').split('\r\n')[1];
    expect(line).toContain(',"a Vulnerabilities, ""known""",');
  });
});
