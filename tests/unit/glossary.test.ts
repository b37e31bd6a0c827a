import { describe, expect, it } from 'vitest';
import { compareTerms, glossaryTerms, linkFirstMentions, termForms, type GlossaryTerm, type Segment } from '../../src/lib/glossary/glossary.ts';
import { fromYaml, BASE, SRC } from './helpers.ts';

const EN: GlossaryTerm[] = [
  { id: 'risk', forms: termForms('risk') },
  { id: 'risk-source', forms: termForms('risk source') },
  { id: 'control', forms: termForms('control') },
  { id: 'cps', forms: termForms('cyber-physical system (CPS)') },
  { id: 'is', forms: termForms('IS (International Standard)') },
  { id: 'dis', forms: termForms('DIS (draft International Standard)') },
  { id: 'iot-user', forms: termForms('IoT user') },
];
const JA: GlossaryTerm[] = [
  { id: 'risk', forms: termForms('リスク') },
  { id: 'risk-source', forms: termForms('リスク源') },
  { id: 'cps', forms: termForms('サイバーフィジカルシステム（CPS）') },
  { id: 'cd', forms: termForms('CD（委員会原案）') },
  { id: 'is', forms: termForms('IS（国際規格）') },
];

/** Compact view: linked parts as [text→id]. */
const show = (segs: Segment[]) => segs.map((s) => (s.termId ? `[${s.text}→${s.termId}]` : s.text)).join('');

describe('termForms', () => {
  it('splits "abbrev (expansion)" in both scripts', () => {
    expect(termForms('CD (committee draft)')).toEqual(['CD (committee draft)', 'CD', 'committee draft']);
    expect(termForms('サイバーフィジカルシステム（CPS）')).toEqual(['サイバーフィジカルシステム（CPS）', 'サイバーフィジカルシステム', 'CPS']);
    expect(termForms('risk')).toEqual(['risk']);
  });
});

describe('linkFirstMentions (English)', () => {
  it('links only the first mention of each term', () => {
    expect(show(linkFirstMentions('A control treats risk; every control has a purpose.', EN, 'en'))).toBe(
      'A [control→control] treats [risk→risk]; every control has a purpose.',
    );
  });

  it('prefers the longest match, and does not link a shorter term inside a later long mention', () => {
    expect(show(linkFirstMentions('Risk sources lead to risk. More risk sources.', EN, 'en'))).toBe('[Risk sources→risk-source] lead to [risk→risk]. More risk sources.');
    expect(show(linkFirstMentions('risk source, risk source, risk', EN, 'en'))).toBe('[risk source→risk-source], risk source, [risk→risk]');
    expect(show(linkFirstMentions('a draft International Standard before the International Standard', EN, 'en'))).toBe(
      'a [draft International Standard→dis] before the [International Standard→is]',
    );
  });

  it('respects word boundaries and allows a plural', () => {
    expect(show(linkFirstMentions('A risky controller; two IoT users.', EN, 'en'))).toBe('A risky controller; two [IoT users→iot-user].');
    expect(show(linkFirstMentions('ISO and the DIS stage; an IS.', EN, 'en'))).toBe('ISO and the [DIS→dis] stage; an [IS→is].');
    expect(show(linkFirstMentions('CPSF is not CPS', EN, 'en'))).toBe('CPSF is not [CPS→cps]');
    expect(show(linkFirstMentions('Cyber-physical systems', EN, 'en'))).toBe('[Cyber-physical systems→cps]');
  });

  it('matches acronyms and capitalised forms case-sensitively, lower-case terms in any case', () => {
    expect(show(linkFirstMentions('this is it', EN, 'en'))).toBe('this is it');
    expect(show(linkFirstMentions('Control first', EN, 'en'))).toBe('[Control→control] first');
    expect(show(linkFirstMentions('iot user', EN, 'en'))).toBe('iot user');
  });

  it('never links an excluded term (a term page does not link to itself)', () => {
    expect(show(linkFirstMentions('risk and control', EN, 'en', ['risk']))).toBe('risk and [control→control]');
  });

  it('keeps the text intact', () => {
    const text = 'Risk sources, controls and the risk of an IS; ISO/IEC 27400.';
    expect(linkFirstMentions(text, EN, 'en').map((s) => s.text).join('')).toBe(text);
    expect(linkFirstMentions('', EN, 'en')).toEqual([]);
    expect(linkFirstMentions('nothing here', [], 'en')).toEqual([{ text: 'nothing here' }]);
  });
});

describe('linkFirstMentions (Japanese)', () => {
  it('matches plain substrings, longest first', () => {
    expect(show(linkFirstMentions('リスク源はリスクを生む。リスク源の例。', JA, 'ja'))).toBe('[リスク源→risk-source]は[リスク→risk]を生む。リスク源の例。');
    expect(show(linkFirstMentions('サイバーリスクとサイバーフィジカルシステム', JA, 'ja'))).toBe('サイバー[リスク→risk]と[サイバーフィジカルシステム→cps]');
  });

  it('does not let Latin letters run on into other Latin letters or digits', () => {
    expect(show(linkFirstMentions('ISO/IEC のCD2を経てCDからISへ', JA, 'ja'))).toBe('ISO/IEC のCD2を経て[CD→cd]から[IS→is]へ');
    expect(show(linkFirstMentions('CPSFとCPS', JA, 'ja'))).toBe('CPSFと[CPS→cps]');
  });
});

describe('glossaryTerms and compareTerms', () => {
  it('reads the terms of an atlas in a language', () => {
    const { atlas, errors } = fromYaml({
      ...BASE,
      'terms/t.yaml': `
- id: term-risk
  term: { en: risk, ja: リスク }
  definitions: [{ document: iso-iec-27400, summary: { en: Effect of uncertainty., ja: 不確かさの影響。 } }]
  sources: ${SRC}
- id: term-cd
  term: { en: CD (committee draft), ja: CD（委員会原案） }
  definitions: [{ summary: { en: A committee draft., ja: 委員会原案。 } }]
  sources: [{ url: "https://www.iso.org/", label: ISO }]
  asOf: "2026-11-24"
`,
    });
    expect(errors).toEqual([]);
    expect(glossaryTerms(atlas, 'ja')).toEqual([
      { id: 'term-risk', forms: ['リスク'] },
      { id: 'term-cd', forms: ['CD（委員会原案）', 'CD', '委員会原案'] },
    ]);
    expect(glossaryTerms(atlas, 'en')[1].forms).toContain('committee draft');
  });

  it('sorts English alphabetically regardless of case', () => {
    expect(['risk', 'IoT user', 'control', 'CD (committee draft)'].sort(compareTerms('en'))).toEqual(['CD (committee draft)', 'control', 'IoT user', 'risk']);
  });
});

