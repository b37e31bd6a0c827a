import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { parseContentFile } from '../../src/lib/content/load.ts';
import { validateVariants, variantsFor, uses, normalizeQuery, indexOnlyHtml } from '../../src/lib/search/search-variants.ts';
import { expandQuery } from '../../src/lib/search/query.ts';
import { loadVariants, indexWords, aliasesByPath, clientVariants } from '../../src/lib/search/site-variants.ts';
import { loadAtlas } from '../../src/lib/atlas/site-atlas.ts';

const parse = (text: string) => validateVariants(parseContentFile('terms', 'content/search/v.yaml', text).items.map(({ kind: _k, ...r }) => r));

describe('variant sets (content/search)', () => {
  it('accepts a set with an explanation or a source, and locates mistakes by file, line, set and field', () => {
    const ok = parse(`
- { id: a, ja: [脆弱性, ぜい弱性], explanation: { en: Kana for a kanji., ja: 漢字の仮名書き。 } }
- { id: b, en: [organisation, organization], source: { url: "https://example.org/spelling", label: Style guide } }
`);
    expect(ok.errors).toEqual([]);
    expect(ok.sets.map((s) => [s.id, s.ja, s.en])).toEqual([['a', ['脆弱性', 'ぜい弱性'], []], ['b', [], ['organisation', 'organization']]]);
    const bad = parse(`
- id: c
  ja: [更新]
- id: d
  en: [a, b]
- id: c
  en: [x, y]
  explanation: { en: x, ja: x }
`);
    expect(bad.errors.map((e) => `${e.line} ${e.entity} ${e.field}: ${e.message}`)).toEqual([
      '3 c ja: a language lists no spellings or at least two (one spelling has nothing to be equivalent to)',
      '2 c explanation: each variant set needs a `source` or an `explanation` of why the spellings are equivalent',
      '4 d explanation: each variant set needs a `source` or an `explanation` of why the spellings are equivalent',
    ]);
  });

  it('the real vocabulary validates, and every spelling of every set brings in all the others', () => {
    const sets = loadVariants(resolve('content'));
    expect(sets.length).toBeGreaterThanOrEqual(30);
    for (const set of sets)
      for (const lang of ['ja', 'en'] as const)
        for (const spelling of set[lang]) {
          const added = variantsFor(`… ${spelling} …`, lang, sets);
          for (const other of set[lang]) if (!uses(spelling, other)) expect(added, `${set.id}: "${spelling}" should bring in "${other}"`).toContain(other);
        }
  });
});

describe('variantsFor / uses', () => {
  const sets = parse(`
- { id: v, ja: [脆弱性, ぜい弱性], explanation: { en: x, ja: x } }
- { id: o, en: [organisation, organization], explanation: { en: x, ja: x } }
- { id: u, ja: [更新, アップデート], en: [patch, security update], explanation: { en: x, ja: x } }
- { id: d, ja: [IoT機器, IoTデバイス], explanation: { en: x, ja: x } }
`).sets;
  it('adds only the spellings a page does not use, in the page language', () => {
    expect(variantsFor('ソフトウェアの更新と脆弱性情報', 'ja', sets)).toEqual(['ぜい弱性', 'アップデート']);
    expect(variantsFor('ソフトウェアの更新とアップデート', 'ja', sets)).toEqual([]);
    expect(variantsFor('The organisation ships a security update.', 'en', sets)).toEqual(['organization', 'patch']);
    expect(variantsFor('脆弱性', 'en', sets)).toEqual([]);
  });
  it('matches Latin spellings as whole words and Japanese ones ignoring spaces', () => {
    expect(variantsFor('dispatch the parcel', 'en', sets)).toEqual([]);
    expect(uses('ORGANISATION', 'organisation')).toBe(true);
    expect(variantsFor('IoT 機器の初期設定', 'ja', sets)).toEqual(['IoTデバイス']);
  });
  it('escapes the index-only elements and weighs aliases above variants', () => {
    expect(indexOnlyHtml([])).toBe('');
    expect(indexOnlyHtml(['a<b', 'ぜい弱性'])).toBe('<div data-pagefind-weight="0.5" data-index-only>a&lt;b / ぜい弱性</div>');
    expect(indexOnlyHtml(['x', 'y'], ['x'])).toBe('<div data-pagefind-weight="3" data-index-only>x</div><div data-pagefind-weight="0.5" data-index-only>y</div>');
  });
  it('puts aliases first and expands them too', () => {
    expect(indexWords('初期設定', 'ja', ['脆弱性対応'], sets)).toEqual(['脆弱性対応', 'ぜい弱性']);
  });
});

describe('normalizeQuery', () => {
  it('turns full-width digits, letters and spaces into half width', () => {
    expect(normalizeQuery('２７４００')).toBe('27400');
    expect(normalizeQuery('ＩＳＯ／ＩＥＣ　２７４０２')).toBe('ISO/IEC 27402');
    expect(normalizeQuery('７.１.２.１７')).toBe('7.1.2.17');
  });
  it('gives a designation its space and a clause number its dots', () => {
    expect(normalizeQuery('ISO/IEC27400')).toBe('ISO/IEC 27400');
    expect(normalizeQuery('iso27001')).toBe('iso 27001');
    expect(normalizeQuery('NIST IR8259A')).toBe('NIST IR 8259A');
    expect(normalizeQuery('7. 1. 2. 17')).toBe('7.1.2.17');
    expect(normalizeQuery('  脆弱性   開示 ')).toBe('脆弱性 開示');
  });
});

describe('expandQuery (the browser searches each spelling and merges the hits)', () => {
  const ja = [
    ['脆弱性', 'ぜい弱性'],
    ['更新', 'アップデート'],
    ['利用者', 'ユーザ', 'ユーザー'],
    ['IoT機器', 'IoTデバイス'],
    ['ソフトウェア', 'ソフトウエア'],
  ];
  const en = [
    ['organisation', 'organization'],
    ['software update', 'security update', 'patch'],
  ];
  it('gives the query first, then each other spelling of the set it uses', () => {
    expect(expandQuery('ぜい弱性', ja)).toEqual(['ぜい弱性', '脆弱性']);
    expect(expandQuery('脆弱性', ja)).toEqual(['脆弱性', 'ぜい弱性']);
    expect(expandQuery('ファーム', ja)).toEqual(['ファーム']);
  });
  it('replaces the longest spelling it finds, inside a longer query too', () => {
    expect(expandQuery('ユーザー認証', ja)).toEqual(['ユーザー認証', '利用者認証', 'ユーザ認証']);
    expect(expandQuery('ISO/IEC 27400 ユーザ', ja)).toEqual(['ISO/IEC 27400 ユーザ', 'ISO/IEC 27400 利用者', 'ISO/IEC 27400 ユーザー']);
  });
  it('finds Japanese spellings with or without spaces, Latin ones as whole words ignoring case', () => {
    expect(expandQuery('IoT 機器', ja)).toEqual(['IoT 機器', 'IoTデバイス']);
    expect(expandQuery('Organisation chart', en)).toEqual(['Organisation chart', 'organization chart']);
    expect(expandQuery('dispatch', en)).toEqual(['dispatch']);
    expect(expandQuery('patch', en)).toEqual(['patch', 'software update', 'security update']);
  });
  it('combines the sets a query uses, up to the limit', () => {
    expect(expandQuery('ソフトウェアアップデート', ja)).toEqual(['ソフトウェアアップデート', 'ソフトウエアアップデート', 'ソフトウェア更新', 'ソフトウエア更新']);
    expect(expandQuery('ソフトウェアアップデート', ja, 2)).toHaveLength(2);
  });
  it('every spelling of a real set expands to the same queries (so finds the same pages)', () => {
    const sets = loadVariants(resolve('content'));
    for (const lang of ['ja', 'en'] as const) {
      const client = clientVariants(sets, lang);
      for (const set of client) {
        const expected = [...expandQuery(set[0], client)].sort();
        for (const s of set) expect([...expandQuery(s, client)].sort(), `${lang} "${s}" (${set.join(', ')})`).toEqual(expected);
      }
    }
  });
});

describe('aliases', () => {
  it('maps entity pages to their aliases in each language', () => {
    const byPath = aliasesByPath(loadAtlas(resolve('content')));
    expect(byPath.get('/ja/controls/iso-iec-27400-7-1-3-2/')).toContain('デフォルトパスワード');
    expect(byPath.get('/en/controls/iso-iec-27400-7-1-3-2/')).toContain('default password');
  });
});
