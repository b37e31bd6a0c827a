import { describe, expect, it } from 'vitest';
import { format } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/index.ts';

describe('format()', () => {
  it('fills every occurrence of each placeholder', () => {
    expect(format('{n} of {total} ({n})', { n: 3, total: 10 })).toBe('3 of 10 (3)');
  });
  it('leaves unknown placeholders visible and ignores inherited keys', () => {
    expect(format('{n} {toString}', { n: 1 })).toBe('1 {toString}');
  });
  it('does not re-expand a value that looks like a placeholder', () => {
    expect(format('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
  it('treats a missing template as empty', () => {
    expect(format(undefined, { n: 1 })).toBe('');
  });
  it('is what t() uses', () => {
    expect(t('en', 'search.count', { n: 7 })).toBe(format(t('en', 'search.count'), { n: 7 }));
  });
});
