import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/site/files.ts';
import { toCsv, csvField } from '../../src/lib/export/csv.ts';
import { hostOf, listJoin, listParts, listSeparator } from '../../src/lib/site/text.ts';

describe('one CSV writer', () => {
  it('quotes only fields that need it, doubles quotes, empties undefined and null, ends lines in CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(toCsv([['h1', 'h2'], ['x', undefined]])).toBe('h1,h2\r\nx,\r\n');
  });
});

describe('text helpers', () => {
  it('hostOf drops www. only', () => {
    expect(hostOf('https://www.etsi.org/deliver/x')).toBe('etsi.org');
    expect(hostOf('https://csrc.nist.gov/pubs')).toBe('csrc.nist.gov');
  });

  it('joins lists as each language writes them', () => {
    expect(listJoin(['A', 'B', 'C'], 'en')).toBe('A, B, C');
    expect(listJoin(['A', 'B', 'C'], 'ja')).toBe('A、B、C');
    expect(listJoin(['A'], 'en')).toBe('A');
    expect(listJoin([], 'ja')).toBe('');
    const objs = [{ n: 1 }, { n: 2 }];
    expect(listParts(objs, 'ja')).toEqual([objs[0], '、', objs[1]]);
    expect(listParts(objs, 'en')).toEqual([objs[0], ', ', objs[1]]);
    expect([listSeparator('en'), listSeparator('ja')]).toEqual([', ', '、']);
  });
});

describe('house rule: shared parts are not written again', () => {
  const files = filesUnder('src', { keep: (p) => /\.(ts|mjs|astro)$/.test(p) }).map((p) => `src/${p}`);
  const offenders = (re: RegExp, except: string) =>
    files.filter((f) => f !== except).flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((l, i) => (re.test(l) ? [`${f}:${i + 1}`] : [])));

  it('hosts come from hostOf, list separators from listJoin / listParts, CSV from toCsv, breadcrumbs from <Breadcrumbs>', () => {
    expect(offenders(/hostname\.replace\(/, 'src/lib/site/text.ts'), 'use hostOf() from src/lib/site/text.ts').toEqual([]);
    expect(offenders(/'、'\s*:\s*', '/, 'src/lib/site/text.ts'), 'use listJoin() / listParts() from src/lib/site/text.ts').toEqual([]);
    expect(offenders(/replace\(\/"\/g, '""'\)/, 'src/lib/export/csv.ts'), 'use toCsv() from src/lib/export/csv.ts').toEqual([]);
    expect(offenders(/class="breadcrumb"/, 'src/components/Breadcrumbs.astro'), 'use <Breadcrumbs> (src/components/Breadcrumbs.astro)').toEqual([]);
  });
});
