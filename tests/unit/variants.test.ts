import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { variantsOf, japaneseFields, articleVariantErrors } from '../../src/lib/content/variants.ts';

const terms = [{ id: 'term-iot-user', data: { term: { ja: 'IoT利用者' }, variants: ['IoTユーザ'] } }];

describe('one Japanese rendering per concept', () => {
  it('finds every ja field of an entry with its path', () => {
    expect(japaneseFields({ title: { en: 'a', ja: 'あ' }, levels: [{ summary: { en: 'b', ja: 'い' } }] })).toEqual([
      { path: ['title', 'ja'], text: 'あ' },
      { path: ['levels', 0, 'summary', 'ja'], text: 'い' },
    ]);
  });

  it('reports a variant and a spacing break in a Japanese article with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-variants-'));
    mkdirSync(join(dir, 'articles', 'ja'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'ja', 'a.mdx'), '---\ntitle: 記事\n---\n\nIoTユーザ向けの管理策。\nISO/IEC 27400 の構成。\nIoT利用者向け。\n');
    const errors = articleVariantErrors(dir, variantsOf(terms));
    expect(errors.map((e) => `${e.line} ${e.message}`)).toEqual([
      '5 "IoTユーザ" is a variant of the glossary term term-iot-user: write "IoT利用者" (one Japanese rendering per concept)',
      expect.stringMatching(/^6 space between Japanese and Latin/),
    ]);
  });
});
