import { describe, it, expect } from 'vitest';
import { needsCheck, checkDateProblem, staleChecks, oldestCheck } from '../../src/lib/content/freshness.ts';

const url = { url: 'https://example.org/', label: 'Example' };
const talk = { seed: '000_f3a528d2094e5c67.txt' as const, slide: 'WG 4 Projects 7/11' };
const e = (id: string, kind: string, data: object) => ({ id, kind, data: data as { sources?: never[]; asOf?: string } });

describe('freshness', () => {
  it('asks for a check date on documents and on entries with a public source, not on talk-only entries or catalogue items', () => {
    expect(needsCheck(e('d', 'documents', { sources: [talk] }))).toBe(true);
    expect(needsCheck(e('b', 'bodies', { sources: [talk] }))).toBe(false);
    expect(needsCheck(e('b', 'bodies', { sources: [talk, url] }))).toBe(true);
    expect(needsCheck(e('c', 'controls', { sources: [url] }))).toBe(false);
    expect(checkDateProblem(e('b', 'bodies', { sources: [url] }))).toMatch(/^missing `asOf`/);
    expect(checkDateProblem(e('b', 'bodies', { sources: [url], asOf: '2026-11' }))).toMatch(/full date YYYY-MM-DD.*"2026-11"/);
    expect(checkDateProblem(e('b', 'bodies', { sources: [url], asOf: '2026-11-24' }))).toBeUndefined();
  });

  it('lists checks older than twelve months, oldest first, and finds the oldest check', () => {
    const all = [
      e('new', 'schemes', { sources: [url], asOf: '2026-11-24' }),
      e('edge', 'schemes', { sources: [url], asOf: '2025-12-02' }),
      e('old', 'documents', { sources: [talk], asOf: '2025-12-01' }),
      e('older', 'bodies', { sources: [url], asOf: '2024-03-01' }),
      e('talk-only', 'bodies', { sources: [talk], asOf: '2020-01-01' }),
    ];
    expect(staleChecks(all, '2026-12-02')).toEqual([
      { id: 'older', asOf: '2024-03-01' },
      { id: 'old', asOf: '2025-12-01' },
    ]);
    expect(oldestCheck(all)).toEqual({ date: '2024-03-01', count: 1 });
    expect(oldestCheck([])).toBeUndefined();
  });
});
