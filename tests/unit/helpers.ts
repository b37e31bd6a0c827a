/** Builds an atlas from in-memory YAML files, for tests: `{ 'documents/a.yaml': '…' }`. */
import { parseContentFile, type RawItem } from '../../src/lib/content/load.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Kind } from '../../src/lib/content/schema.ts';
import type { ContentError } from '../../src/lib/content/errors.ts';

export function fromYaml(files: Record<string, string>) {
  const items: RawItem[] = [];
  const errors: ContentError[] = [];
  for (const [path, text] of Object.entries(files)) {
    const kind = path.split('/')[0] as Kind;
    const r = parseContentFile(kind, `content/${path}`, text);
    items.push(...r.items);
    errors.push(...r.errors);
  }
  const v = validateContent(items);
  return { atlas: v.atlas, errors: [...errors, ...v.errors] };
}

export const SRC = `[{ seed: 000_f3a528d2094e5c67.txt, slide: "WG 4 Projects 7/11" }]`;

/** The seed source the document fixtures cite. */
export const S = '{ seed: 000_f3a528d2094e5c67.txt, slide: "WG 4 Projects 7/11" }';

/** A status entry of a fixture document: `[stage, date]`, `[stage, date, true]` when the date is a talk's (`reportedOn`), and a source other than `S` fourth. */
export type StatusRow = [stage: string, date: string, reportedOn?: boolean, source?: string];

/**
 * One document as a YAML list entry (for a `documents/*.yaml` fixture): an International Standard of WG 4 in the
 * IoT topic unless `more` says otherwise (`{ type: EN, publisher: etsi, topic: consumer-iot-baselines }`, with
 * `committee: null` to leave the committee out).
 */
export function docYaml(id: string, designation: string, title: [en: string, ja: string], status: StatusRow[], more: Record<string, string | null> = {}): string {
  const fields: Record<string, string | null> = { type: 'IS', committee: 'sc-27-wg-4', topic: 'iot-cps', ...more };
  const statusYaml = status.map(([stage, date, reported, source = S]) => `{ stage: ${stage}, date: "${date}",${reported ? ' reportedOn: true,' : ''} source: ${source} }`);
  return [
    `- id: ${id}`,
    `  designation: "${designation}"`,
    `  title: { en: ${title[0]}, ja: ${title[1]} }`,
    ...Object.entries(fields).flatMap(([k, v]) => (v === null ? [] : [`  ${k}: ${v}`])),
    `  status: [${statusYaml.join(', ')}]`,
    `  asOf: "2026-11-24"`,
    `  sources: [${S}]`,
  ].join('\n');
}

const WG4_3 = '{ seed: 000_f3a528d2094e5c67.txt, slide: "WG 4 Projects 3/11" }';

/** A small valid content set: ISO, IEC, JTC 1, SC 27, WG 4, two documents (one with parts), a control. */
export const BASE: Record<string, string> = {
  'bodies/b.yaml': `
- { id: iso, name: { en: International Organization for Standardization, ja: 国際標準化機構 }, abbrev: ISO, type: sdo, sources: ${SRC} }
- { id: iec, name: { en: International Electrotechnical Commission, ja: 国際電気標準会議 }, abbrev: IEC, type: sdo, sources: ${SRC} }
- { id: jtc-1, name: { en: Joint Technical Committee 1, ja: 第1合同技術委員会 }, abbrev: JTC 1, type: joint-committee, parents: [iso, iec], sources: ${SRC} }
- { id: sc-27, name: { en: Information security, ja: 情報セキュリティ }, abbrev: SC 27, type: subcommittee, parent: jtc-1, sources: ${SRC} }
- { id: sc-27-wg-4, name: { en: Security controls and services, ja: セキュリティ管理策とサービス }, abbrev: WG 4, type: working-group, parent: sc-27, sources: ${SRC} }
`,
  'documents/d.yaml': `
- id: iso-iec-27400
  designation: "ISO/IEC 27400:2022"
  asOf: "2026-11-24"
  type: IS
  title: { en: IoT security and privacy — Guidelines, ja: IoTセキュリティ及びプライバシー — 指針 }
  committee: sc-27-wg-4
  topic: iot-cps
  status:
    - { stage: published, date: 2022-06, source: { seed: 001_64da7ac8f1eb3b2e.txt, slide: "4. IoTセキュリティの標準文書" } }
  sources: ${SRC}
${docYaml('iso-iec-27033', 'ISO/IEC 27033', ['Network security', 'ネットワークセキュリティ'], [['published', '2010', false, WG4_3]], { topic: 'network-security' })}
${docYaml('iso-iec-27033-2', 'ISO/IEC 27033-2:2012', ['Design and implementation', '設計と実装'], [['published', '2012', false, WG4_3]], { committee: null, topic: 'network-security', partOf: 'iso-iec-27033', part: '2' })}
${docYaml('iso-iec-27033-1', 'ISO/IEC 27033-1:2015', ['Overview and concepts', '概要と概念'], [['published', '2015', false, WG4_3]], { committee: null, topic: 'network-security', partOf: 'iso-iec-27033', part: '1' })}
`,
  'controls/c.yaml': `
- id: iso-iec-27400-7-1-2-17
  document: iso-iec-27400
  clause: 7.1.2.17
  title: { en: Provision of software and firmware updates, ja: ソフトウェア及びファームウェアの更新の提供 }
  kind: security
  audience: developer-provider
  purpose: { en: Keep devices patched., ja: 機器を最新に保つ。 }
  summaryBasis: talk
  lifecycle: [in-operation]
  sources: ${SRC}
`,
  'risk-sources/r.yaml': `
- { id: rs-a, document: iso-iec-27400, group: common, label: a, title: { en: Vulnerabilities, ja: 脆弱性 }, sources: ${SRC} }
`,
  'mappings/m.yaml': `
- { from: iso-iec-27400-7-1-2-17, to: rs-a, relation: addresses, reason: semantic, basis: derived, rationale: { en: Updates fix vulnerabilities., ja: 更新は脆弱性を修正する。 }, sources: ${SRC} }
`,
};

