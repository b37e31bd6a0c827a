/**
 * Labels of enumerated values and relation types, in both languages. Each table is typed against the enum it labels
 * (the constants of the content schemas and of the model), so a value without a label, or a label for a value that
 * does not exist, is a compile error.
 */
import type { EntityKind, Lang, RelationType } from '../lib/atlas/model.ts';
import type {
  ADOPTION_DEGREES, AUDIENCES, BODY_TYPES, CONTROL_KINDS, DOCUMENT_TYPES, ITEM_ASSESSMENTS, LABEL_FORMS, LEVEL_ASSESSMENTS,
  LIFECYCLE, MAPPING_BASES, OBLIGATIONS, RISK_GROUPS, SCHEME_STRUCTURES, STAGES, TOPICS,
} from '../lib/content/schema.ts';

type Text = { en: string; ja: string };
/** One label for every value of the enum `E` (an `as const` list), and nothing else. */
type LabelsOf<E extends readonly string[]> = Record<E[number], Text>;

/** Labels of enumerated values (stages, types, topics, entity kinds …) in both languages. */
export const VALUE_LABELS = {
  stage: {
    pwi: { en: 'Preliminary work item (PWI)', ja: '予備業務項目(PWI)' },
    np: { en: 'New work item proposal (NP)', ja: '新業務項目提案(NP)' },
    awi: { en: 'Approved work item (AWI)', ja: '承認済み業務項目(AWI)' },
    wd: { en: 'Working draft (WD)', ja: '作業原案(WD)' },
    cd: { en: 'Committee draft (CD)', ja: '委員会原案(CD)' },
    dis: { en: 'Draft International Standard (DIS)', ja: '国際規格案(DIS)' },
    fdis: { en: 'Final draft (FDIS)', ja: '最終国際規格案(FDIS)' },
    published: { en: 'Published', ja: '発行済み' },
    'under-review': { en: 'Under review', ja: '見直し中' },
    confirmed: { en: 'Confirmed', ja: '確認' },
    withdrawn: { en: 'Withdrawn', ja: '廃止' },
    draft: { en: 'Draft', ja: 'ドラフト' },
    final: { en: 'Final', ja: '最終版' },
  } satisfies LabelsOf<typeof STAGES>,
  adoptionDegree: {
    identical: { en: 'identical (IDT)', ja: '一致(IDT)' },
    modified: { en: 'modified (MOD)', ja: '修正(MOD)' },
  } satisfies LabelsOf<typeof ADOPTION_DEGREES>,
  docType: {
    IS: { en: 'International Standard', ja: '国際規格' },
    TS: { en: 'Technical Specification', ja: '技術仕様書' },
    TR: { en: 'Technical Report', ja: '技術報告書' },
    EN: { en: 'European Standard (EN)', ja: '欧州規格(EN)' },
    'ETSI-TS': { en: 'ETSI Technical Specification', ja: 'ETSI技術仕様書' },
    'ETSI-TR': { en: 'ETSI Technical Report', ja: 'ETSI技術報告書' },
    'ITU-T-REC': { en: 'ITU-T Recommendation', ja: 'ITU-T勧告' },
    'NIST-IR': { en: 'NIST Interagency Report', ja: 'NIST IR' },
    'NIST-SP': { en: 'NIST Special Publication', ja: 'NIST SP' },
    guideline: { en: 'Guideline', ja: 'ガイドライン' },
    framework: { en: 'Framework', ja: 'フレームワーク' },
    law: { en: 'Law', ja: '法律' },
    regulation: { en: 'Regulation', ja: '規則' },
    JIS: { en: 'Japanese Industrial Standard (JIS)', ja: '日本産業規格(JIS)' },
  } satisfies LabelsOf<typeof DOCUMENT_TYPES>,
  topic: {
    'cybersecurity-foundations': { en: 'Cybersecurity foundations (WG 1)', ja: 'サイバーセキュリティの基礎(WG 1)' },
    'security-controls-guidance': { en: 'Guidance for information security controls', ja: '情報セキュリティ管理策の手引' },
    'network-security': { en: 'Network security', ja: 'ネットワークセキュリティ' },
    'incident-management': { en: 'Incident management', ja: 'インシデント管理' },
    'digital-evidence': { en: 'Investigation, digital evidence and e-discovery', ja: '調査・デジタル証拠・電子情報開示' },
    cybersecurity: { en: 'Cybersecurity', ja: 'サイバーセキュリティ' },
    'iot-cps': { en: 'IoT security and privacy, CPS', ja: 'IoTセキュリティ・プライバシー、CPS' },
    'ai-big-data': { en: 'AI and big data security and privacy', ja: 'AI・ビッグデータのセキュリティとプライバシー' },
    cloud: { en: 'Cloud computing security and privacy', ja: 'クラウドコンピューティングのセキュリティとプライバシー' },
    virtualization: { en: 'Security in virtualization', ja: '仮想化技術のセキュリティ' },
    emerging: { en: 'Emerging areas', ja: '新興分野' },
    'management-systems': { en: 'Management systems and risk', ja: 'マネジメントシステムとリスク' },
    'iot-foundations': { en: 'IoT foundations (SC 41)', ja: 'IoTの基盤(SC 41)' },
    'consumer-iot-baselines': { en: 'Consumer IoT baselines', ja: '消費者向けIoTのベースライン' },
    policy: { en: 'Policy, guidelines and law', ja: '政策・ガイドライン・法令' },
  } satisfies LabelsOf<typeof TOPICS>,
  bodyType: {
    cooperation: { en: 'Cooperation of SDOs', ja: '標準化機関の協力体' },
    sdo: { en: 'Standards development organisation', ja: '標準化機関' },
    'joint-committee': { en: 'Joint technical committee', ja: '合同技術委員会' },
    subcommittee: { en: 'Subcommittee', ja: '分科委員会' },
    'working-group': { en: 'Working group', ja: '作業グループ' },
    'regional-body': { en: 'Regional standards body', ja: '地域標準化機関' },
    'national-body': { en: 'National standards body', ja: '国家標準化機関' },
    'mirror-committee': { en: 'National mirror committee', ja: '国内対応委員会' },
    agency: { en: 'Agency', ja: '機関' },
    ministry: { en: 'Ministry', ja: '省庁' },
    regulator: { en: 'Regulator', ja: '規制当局' },
    consortium: { en: 'Consortium', ja: 'コンソーシアム' },
    'industry-group': { en: 'Industry group', ja: '業界団体' },
  } satisfies LabelsOf<typeof BODY_TYPES>,
  kind: {
    security: { en: 'Security', ja: 'セキュリティ' },
    privacy: { en: 'Privacy', ja: 'プライバシー' },
  } satisfies LabelsOf<typeof CONTROL_KINDS>,
  audience: {
    'developer-provider': { en: 'IoT service developer and provider', ja: 'IoTサービス開発者・提供者' },
    user: { en: 'IoT user', ja: 'IoT利用者' },
  } satisfies LabelsOf<typeof AUDIENCES>,
  lifecycle: {
    'before-release': { en: 'Before release', ja: '発売前' },
    'in-operation': { en: 'In operation', ja: '運用中' },
    'end-of-life': { en: 'End of life', ja: '寿命後' },
  } satisfies LabelsOf<typeof LIFECYCLE>,
  riskGroup: {
    common: { en: 'Common', ja: '共通' },
    domain: { en: 'IoT domains', ja: 'IoTドメイン' },
    outside: { en: 'Outside the IoT domains', ja: 'IoTドメイン外' },
    privacy: { en: 'Privacy', ja: 'プライバシー' },
  } satisfies LabelsOf<typeof RISK_GROUPS>,
  // schemes
  assessment: {
    'self-declaration': { en: 'Self-declaration', ja: '自己宣言' },
    'third-party': { en: 'Third-party evaluation', ja: '第三者評価' },
    'self-declaration-with-review': { en: 'Self-declaration checked by the operator', ja: '運営者が確認する自己宣言' },
  } satisfies LabelsOf<typeof LEVEL_ASSESSMENTS>,
  labelForm: {
    static: { en: 'Static label', ja: '静的ラベル' },
    dynamic: { en: 'Dynamic label (online information kept up to date)', ja: '動的ラベル（随時更新されるオンライン情報）' },
    dual: { en: 'Static and dynamic (dual modality)', ja: '静的・動的の併用（デュアルモダリティ）' },
    none: { en: 'No label (a legal requirement)', ja: 'ラベルなし（法的な要件）' },
  } satisfies LabelsOf<typeof LABEL_FORMS>,
  basis: {
    stated: { en: 'stated by the source', ja: '出典に明記' },
    derived: { en: 'derived by us', ja: '当サイトによる導出' },
  } satisfies LabelsOf<typeof MAPPING_BASES>,
  obligation: {
    mandatory: { en: 'Mandatory (shall)', ja: '必須(shall)' },
    recommended: { en: 'Recommended (should)', ja: '推奨(should)' },
  } satisfies LabelsOf<typeof OBLIGATIONS>,
  itemAssessment: {
    document: { en: 'Document review', ja: '文書評価' },
    'device-test': { en: 'Test on the device', ja: '実機評価' },
  } satisfies LabelsOf<typeof ITEM_ASSESSMENTS>,
  structure: {
    binary: { en: 'Binary (one label)', ja: 'バイナリ型（単一のラベル）' },
    'multi-level': { en: 'Multi-level', ja: '多段階' },
  } satisfies LabelsOf<typeof SCHEME_STRUCTURES>,
  /** Country codes are free (ISO 3166 alpha-2, INT, EU): `countryName()` shows the code where no label exists. */
  country: {
    JP: { en: 'Japan', ja: '日本' },
    SG: { en: 'Singapore', ja: 'シンガポール' },
    GB: { en: 'United Kingdom', ja: '英国' },
    DE: { en: 'Germany', ja: 'ドイツ' },
    FI: { en: 'Finland', ja: 'フィンランド' },
    US: { en: 'United States', ja: '米国' },
    KR: { en: 'Republic of Korea', ja: '韓国' },
    CN: { en: 'China', ja: '中国' },
    FR: { en: 'France', ja: 'フランス' },
    EU: { en: 'European Union', ja: '欧州連合' },
    INT: { en: 'International', ja: '国際' },
  } as Record<string, Text>,
  entityKind: {
    bodies: { en: 'Body', ja: '組織' },
    documents: { en: 'Document', ja: '文書' },
    controls: { en: 'Control', ja: '管理策' },
    requirements: { en: 'Requirement', ja: '要求事項' },
    'risk-sources': { en: 'Risk source', ja: 'リスク源' },
    schemes: { en: 'Scheme', ja: '制度' },
    models: { en: 'Model', ja: 'モデル' },
    'model-elements': { en: 'Model element', ja: 'モデル要素' },
    terms: { en: 'Term', ja: '用語' },
  } satisfies Record<EntityKind, Text>,
  entityKindPlural: {
    bodies: { en: 'Bodies', ja: '組織' },
    documents: { en: 'Documents', ja: '文書' },
    controls: { en: 'Controls', ja: '管理策' },
    requirements: { en: 'Requirements', ja: '要求事項' },
    'risk-sources': { en: 'Risk sources', ja: 'リスク源' },
    schemes: { en: 'Schemes', ja: '制度' },
    models: { en: 'Models', ja: 'モデル' },
    'model-elements': { en: 'Model elements', ja: 'モデル要素' },
    terms: { en: 'Terms', ja: '用語' },
  } satisfies Record<EntityKind, Text>,
} as const;

export type LabelGroup = keyof typeof VALUE_LABELS;
/** The values a label group has labels for (`label('stage', …)` takes a Stage). */
export type LabelValue<G extends LabelGroup> = keyof (typeof VALUE_LABELS)[G] & string;

export function label<G extends LabelGroup>(lang: Lang, group: G, value: LabelValue<G>): string {
  const l = (VALUE_LABELS[group] as Record<string, Text | undefined>)[value];
  if (!l) throw new Error(`missing label for ${group} "${value}"`);
  return l[lang];
}

/**
 * A stage with the label the source prints, the label left out when the stage's name already holds it
 * ("Working draft (WD)", not "Working draft (WD) (WD)"; but "Working draft (WD) (WD4)").
 */
export function stageText(lang: Lang, stage: LabelValue<'stage'>, sourceLabel?: string, style: 'paren' | 'dash' = 'paren'): string {
  const name = label(lang, 'stage', stage);
  if (!sourceLabel || name.includes(sourceLabel)) return name;
  return style === 'paren' ? `${name} (${sourceLabel})` : `${name} — ${sourceLabel}`;
}

/** How a relation reads from each end: `out` from the entity that states it, `in` from its target. */
export const RELATION_LABELS: Record<RelationType, { out: Text; in: Text }> = {
  'part-of': { out: { en: 'Part of', ja: '所属・上位' }, in: { en: 'Consists of', ja: '構成要素' } },
  'developed-by': { out: { en: 'Developed by', ja: '担当委員会' }, in: { en: 'Develops', ja: '担当する文書' } },
  'published-by': { out: { en: 'Published by', ja: '発行者' }, in: { en: 'Publishes', ja: '発行する文書' } },
  'operated-by': { out: { en: 'Operated by', ja: '運営者' }, in: { en: 'Operates', ja: '運営する制度' } },
  mirrors: { out: { en: 'Mirrors', ja: '対応する国際委員会' }, in: { en: 'National mirror committees', ja: '国内対応委員会' } },
  'based-on': { out: { en: 'Based on', ja: '基にした文書' }, in: { en: 'Basis for', ja: 'これを基にした文書' } },
  references: { out: { en: 'References', ja: '参照する文書' }, in: { en: 'Referenced by', ja: '参照元' } },
  replaces: { out: { en: 'Replaces', ja: '置き換えた文書' }, in: { en: 'Replaced by', ja: '後継文書' } },
  adopts: { out: { en: 'National adoption of', ja: '対応国際規格' }, in: { en: 'Adopted nationally as', ja: '対応する国家規格' } },
  'defined-in': { out: { en: 'Defined in', ja: '定義元' }, in: { en: 'Defines', ja: '定義する項目' } },
  related: { out: { en: 'Related', ja: '関連' }, in: { en: 'Related terms', ja: '関連する用語' } },
  equal: { out: { en: 'Equal to', ja: '同等' }, in: { en: 'Equal to', ja: '同等' } },
  'subset-of': { out: { en: 'Subset of', ja: '包含される' }, in: { en: 'Superset of', ja: '包含する' } },
  'superset-of': { out: { en: 'Superset of', ja: '包含する' }, in: { en: 'Subset of', ja: '包含される' } },
  'intersects-with': { out: { en: 'Intersects with', ja: '一部重なる' }, in: { en: 'Intersects with', ja: '一部重なる' } },
  'not-related-to': { out: { en: 'Not related to', ja: '関連しない' }, in: { en: 'Not related to', ja: '関連しない' } },
  'no-counterpart': { out: { en: 'No counterpart in', ja: '対応項目なし' }, in: { en: 'Items with no counterpart here', ja: '対応項目がない項目' } },
  addresses: { out: { en: 'Addresses risk sources', ja: '対応するリスク源' }, in: { en: 'Addressed by', ja: '対応する管理策' } },
  recognises: { out: { en: 'Recognises', ja: '承認する制度' }, in: { en: 'Recognised by', ja: '承認元の制度' } },
  uses: { out: { en: 'Uses', ja: '用いる文書' }, in: { en: 'Used by schemes', ja: '用いる制度' } },
};
