import { describe, it, expect } from 'vitest';
import { arrayItems, chunkBounds, chunkFile, chunkWords, commonPrefix, encodeArray, encodeText, itemEnd, metaChunks, rechunk, replaceMetaChunks, splitWords, SIGNATURE, type IndexWord } from '../../src/lib/search/rechunk.ts';

const uint = (n: number) => (n < 24 ? Uint8Array.of(n) : n < 256 ? Uint8Array.of(24, n) : Uint8Array.of(25, n >> 8, n & 0xff));
const neg = (n: number) => (n >= -24 ? Uint8Array.of(0x20 | (-1 - n)) : Uint8Array.of(0x38, -1 - n)); // weight markers, as Pagefind writes them
const sig = (b: Uint8Array) => new Uint8Array([...new TextEncoder().encode(SIGNATURE), ...b]);
/** A word as Pagefind 1.5 encodes it: [key, [[page, [locs]]], [[variant, [[page, [locs]]]]]]. */
const word = (key: string, locs: number[], variants: string[] = []): IndexWord => ({
  key,
  bytes: encodeArray([
    encodeText(key),
    encodeArray([encodeArray([uint(0), encodeArray([neg(-25), ...locs.map(uint)])])]),
    encodeArray(variants.map((v) => encodeArray([encodeText(v), encodeArray([encodeArray([uint(1), encodeArray(locs.map(uint))])])]))),
  ]),
});
const keys = (chunks: IndexWord[][]) => chunks.map((c) => c.map((w) => w.key));

describe('CBOR reading', () => {
  it('finds item ends and array items, definite and indefinite', () => {
    const b = encodeArray([encodeText('ab'), uint(300), encodeArray([uint(1), neg(-2)])]);
    expect(itemEnd(b, 0)).toBe(b.length);
    expect(arrayItems(b, 0).length).toBe(3);
    const indefinite = Uint8Array.of(0x9f, 0x01, 0x62, 0x61, 0x62, 0xff);
    expect(itemEnd(indefinite, 0)).toBe(6);
    expect(arrayItems(indefinite, 0)).toEqual([
      [1, 2],
      [2, 5],
    ]);
  });
});

describe('index chunks', () => {
  const words = [word('アクセス', [3, 9]), word('テータ', [1], ['データ']), word('ファームウェア', [2, 4, 8])];
  it('reads back the words of a chunk byte for byte', () => {
    const back = chunkWords(chunkFile(words));
    expect(back.map((w) => w.key)).toEqual(['アクセス', 'テータ', 'ファームウェア']);
    back.forEach((w, i) => expect([...w.bytes]).toEqual([...words[i].bytes]));
  });
  it('refuses a file without the Pagefind signature', () => {
    expect(() => chunkWords(encodeArray([encodeArray([])]))).toThrow(/signature/);
  });
});

describe('splitWords', () => {
  const size = word('aa', [1]).bytes.length;
  it('cuts once a chunk reaches the target, between different first characters', () => {
    const ws = ['aa', 'ab', 'ba', 'bb', 'ca', 'cb'].map((k) => word(k, [1]));
    expect(keys(splitWords(ws, 2 * size))).toEqual([
      ['aa', 'ab'],
      ['ba', 'bb'],
      ['ca', 'cb'],
    ]);
  });
  it('keeps words with the same first character together up to 2 × the target (Japanese: の, て…)', () => {
    const ws = ['の', 'のと', 'のみ', 'は', 'まで'].map((k) => word(k, [1]));
    expect(keys(splitWords(ws, 2 * size))).toEqual([['の', 'のと', 'のみ'], ['は', 'まで']]);
  });
  it('past 2 × the target also cuts between keys sharing one character (the first such place), never two', () => {
    const ws = ['sa', 'sb', 'sec1', 'sec2', 'sf', 'sg'].map((k) => word(k, [1]));
    // From 4 words (2 × target) a cut may fall between keys sharing one character: the first was after "sb".
    expect(keys(splitWords(ws, 2 * size))).toEqual([
      ['sa', 'sb'],
      ['sec1', 'sec2', 'sf', 'sg'],
    ]);
  });
  it('with oneChar 1 (English) cuts between keys sharing one character from the target on', () => {
    const ws = ['sa', 'sb', 'sc', 'sd'].map((k) => word(k, [1]));
    expect(keys(splitWords(ws, 2 * size, 1))).toEqual([['sa', 'sb'], ['sc', 'sd']]);
  });
  it('cuts at the shortest shared prefix seen once 3 × the target is passed', () => {
    const ws = ['abc1', 'abc2', 'abd1', 'abd2', 'abd3', 'abd4', 'abd5', 'x'].map((k) => word(k, [1]));
    // Target 2 words: after abc2 the neighbours share "ab", later ones "abd"; at 6 words (3 ×) it cuts after abc2.
    expect(keys(splitWords(ws, 2 * size))).toEqual([['abc1', 'abc2'], ['abd1', 'abd2', 'abd3', 'abd4', 'abd5'], ['x']]);
  });
  it('with a larger `anywhere` keeps a shared prefix whole longer', () => {
    const ws = ['abc1', 'abc2', 'abd1', 'abd2', 'abd3', 'abd4', 'abd5', 'x'].map((k) => word(k, [1]));
    // Target 2 words, anywhere 6 ×: no cut between keys sharing "ab" before 12 words, so all "ab…" words stay together.
    expect(keys(splitWords(ws, 2 * size, 2, 6))).toEqual([['abc1', 'abc2', 'abd1', 'abd2', 'abd3', 'abd4', 'abd5'], ['x']]);
  });
  it('keeps every word, in order', () => {
    const ws = Array.from({ length: 200 }, (_, i) => word(`w${String(i).padStart(3, '0')}`, Array.from({ length: i % 7 }, (_, k) => k + 1)));
    const chunks = splitWords(ws, 500);
    expect(chunks.flat().map((w) => w.key)).toEqual(ws.map((w) => w.key));
    expect(chunks.length).toBeGreaterThan(1);
  });
});

describe('chunkBounds', () => {
  it('gives the prefixes Pagefind gives', () => {
    const b = chunkBounds([[word('apple', [1])], [word('apricot', [1]), word('banana', [1])], [word('peach', [1])]]);
    expect(b).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
    expect(commonPrefix('セキュリティ', 'セキュア')).toBe(3);
  });
});

describe('rechunk', () => {
  const hashOf = (f: Uint8Array) => `ja_${f.length}_${f.reduce((a, x) => (a * 31 + x) % 1e9, 7)}`;
  const ws = ['アクセス', 'アップデート', 'セキュア', 'セキュリティ', 'セキュリティー', 'データ', 'ファームウェア', 'ユーザ', '更新', '脆弱性'].map((k, i) => word(k, [i + 1, i + 2]));
  const old = new Map([
    ['ja_a', chunkFile(ws.slice(0, 7))],
    ['ja_b', chunkFile(ws.slice(7))],
  ]);
  const version = encodeText('1.5.2');
  const pages = encodeArray([encodeArray([encodeText('ja_page'), uint(12)])]);
  const filters = encodeArray([]);
  const meta = sig(
    encodeArray([
      version,
      pages,
      encodeArray([encodeArray([encodeText('ア'), encodeText('フ'), encodeText('ja_a')]), encodeArray([encodeText('ユ'), encodeText('脆弱性'), encodeText('ja_b')])]),
      filters,
    ]),
  );
  const size = ws[0].bytes.length;
  const out = rechunk(meta, old, 4 * size, hashOf);

  it('keeps every word in order and lists every new chunk in the meta', () => {
    const listed = metaChunks(out.meta);
    expect(listed.map((c) => c.hash).sort()).toEqual([...out.chunks.keys()].sort());
    expect(listed.flatMap((c) => chunkWords(out.chunks.get(c.hash)!).map((w) => w.key))).toEqual(ws.map((w) => w.key));
    expect(listed.length).toBeGreaterThanOrEqual(2);
  });
  it('keeps words sharing two leading characters in one chunk (セキュ…)', () => {
    const holding = metaChunks(out.meta).filter((c) => chunkWords(out.chunks.get(c.hash)!).some((w) => w.key.startsWith('セキ')));
    expect(holding).toHaveLength(1);
  });
  it('finds, for each word, the chunk holding it by from ≤ word ≤ to or by its prefix', () => {
    const listed = metaChunks(out.meta);
    for (const w of ws) {
      const c = listed.find((c) => w.key >= c.from && w.key <= c.to) ?? listed.find((c) => w.key.startsWith(c.to) || w.key.startsWith(c.from));
      expect(c && chunkWords(out.chunks.get(c.hash)!).some((x) => x.key === w.key), w.key).toBe(true);
    }
  });
  it('keeps the other items of the meta byte for byte', () => {
    const b = out.meta.subarray(SIGNATURE.length);
    const items = arrayItems(b, 0);
    expect([...b.subarray(...items[0])]).toEqual([...version]);
    expect([...b.subarray(...items[1])]).toEqual([...pages]);
    expect([...b.subarray(...items[3])]).toEqual([...filters]);
    expect([...replaceMetaChunks(meta, metaChunks(meta))]).toEqual([...meta]);
  });
  it('fails when the meta names a chunk that is missing', () => {
    expect(() => rechunk(meta, new Map([['ja_a', old.get('ja_a')!]]), 100, hashOf)).toThrow(/ja_b/);
  });
});
