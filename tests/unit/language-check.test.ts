import { describe, it, expect } from 'vitest';
import { parsePage } from '../../scripts/lib/site-check.ts';
import { languageCheck, languageProblem, longestEnglishRun } from '../../scripts/lib/checks/language.ts';

const check = (file: string, lang: string, body: string) => languageCheck(parsePage(file, `<html lang="${lang}"><head><title>日本語 title</title></head><body>${body}</body></html>`, '/'), {} as never);

describe('one language per page', () => {
  it('flags Japanese script on an English page, except where marked as Japanese', () => {
    expect(check('en/a/index.html', 'en', '<p>IoT user</p><a lang="ja" href="/ja/">日本語</a><span lang="ja">最後に</span>')).toEqual([]);
    expect(check('en/a/index.html', 'en', '<p>Published (Revision: 完了)</p>')).toEqual([expect.stringMatching(/^en\/a\/index\.html: Japanese text on an English page: "Published \(Revision: 完了\)"/)]);
  });

  it('flags a long run of English words on a Japanese page, not designations, acronyms or marked originals', () => {
    expect(check('ja/a/index.html', 'ja', '<p>ISO/IEC 27001:2022 と JIS Q 27001:2023、NIST IR 8259A、UK PSTI</p><cite lang="en">IoT Security Guidelines for the consumer market</cite>')).toEqual([]);
    expect(check('ja/a/index.html', 'ja', '<th>The Product Security and Telecommunications Infrastructure Regulations</th>')).toEqual([
      expect.stringMatching(/English words on a Japanese page: "The Product Security and Telecommunications/),
    ]);
  });

  it('counts words, not designations, and lets the allow-list pass names with a reason', () => {
    expect(longestEnglishRun('NIST IR 8259A (PDF) — capabilities and their common elements')).toBe('capabilities and their common elements');
    expect(longestEnglishRun('ISO/IEC 27400:2022 IoT security and privacy')).toBe('security and privacy');
    expect(languageProblem('Product Security and Telecommunications Infrastructure Act 2022', 'ja')).toBeUndefined();
    expect(languageProblem('JC-STAR ★1 適合基準・評価手法', 'en')).toBeUndefined();
    expect(languageProblem('SC 27 専門委員会', 'en')).toBeUndefined();
  });
});
