/**
 * Text allowed in the other language, each with its reason. Prefer marking a quoted original with `lang` in the
 * markup (source labels and slide headings get it automatically); list here only names the pages print as they are.
 */
export const LANGUAGE_ALLOW: { on: 'en' | 'ja'; text: string | RegExp; reason: string }[] = [
  { on: 'en', text: 'JC-STAR ★1 適合基準・評価手法', reason: 'designation of IPA’s STAR-1 criteria document as IPA prints it; no English designation is published' },
  { on: 'en', text: 'SC 27 専門委員会', reason: 'name of ITSCJ’s SC 27 mirror committee, used as its short name; the English name is shown next to it' },
  { on: 'en', text: 'WG 4 小委員会', reason: 'name of ITSCJ’s WG 4 mirror subcommittee, used as its short name; the English name is shown next to it' },
  { on: 'ja', text: 'Product Security and Telecommunications Infrastructure Act', reason: 'designation (short title) of a UK Act, a proper name; the Japanese title is shown next to it' },
  { on: 'ja', text: 'Logical Access to Interfaces', reason: 'name of a NIST IR 8259A capability, used as the clause code of its items (an original name; the Japanese title is shown next to it)' },
];
