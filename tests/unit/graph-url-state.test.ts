import { describe, it, expect } from 'vitest';
import { parseGraphState, serializeGraphState, parseDepth, type GraphKnown, type GraphState } from '../../src/lib/graph/graph-url-state.ts';

const KNOWN: GraphKnown = {
  ids: new Set(['iso-iec-27400', 'iso-iec-27402', 'jc-star']),
  kinds: ['bodies', 'documents', 'schemes', 'controls'],
  rels: ['part-of', 'based-on', 'references', 'defined-in'],
};
const ALL_KINDS = new Set(KNOWN.kinds);
const ALL_RELS = new Set(KNOWN.rels);
const parse = (q: string) => parseGraphState(q, KNOWN);
const list = (s: Set<string>) => [...s];

describe('parseGraphState', () => {
  it('reads focus, depth, kinds and relation types, keeping known values only', () => {
    const s = parse('?focus=iso-iec-27400&depth=2&kinds=documents,controls,bogus&rels=defined-in,based-on');
    expect(s.focus).toBe('iso-iec-27400');
    expect(s.depth).toBe(2);
    expect(list(s.kinds)).toEqual(['documents', 'controls']);
    expect(list(s.rels)).toEqual(['based-on', 'defined-in']);
  });

  it('gives the whole graph with everything shown for an empty or absent query', () => {
    for (const q of ['', '?', 'other=1', '?&&&']) {
      expect(parse(q)).toEqual({ focus: null, depth: 1, kinds: ALL_KINDS, rels: ALL_RELS });
    }
    expect(parseGraphState(null, KNOWN).focus).toBeNull();
    expect(parseGraphState(undefined, KNOWN).depth).toBe(1);
    expect(parseGraphState(new URLSearchParams('focus=jc-star'), KNOWN).focus).toBe('jc-star');
  });

  it('reads the query with or without its "?"', () => {
    expect(parse('focus=jc-star&depth=3')).toMatchObject({ focus: 'jc-star', depth: 3 });
  });

  it('an empty list shows nothing of that kind; a list of only unknown values shows everything', () => {
    expect(list(parse('?kinds=').kinds)).toEqual([]);
    expect(list(parse('?rels=,,,').rels)).toEqual([]);
    expect(parse('?kinds=bogus,nonsense').kinds).toEqual(ALL_KINDS);
  });

  it('ignores unknown focus ids, also ones that look like object properties', () => {
    for (const focus of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ' iso-iec-27400', 'ISO-IEC-27400', '']) {
      expect(parse(`?focus=${encodeURIComponent(focus)}`).focus, focus).toBeNull();
    }
    const s = parse('?kinds=__proto__,constructor&rels=__proto__');
    expect(s.kinds).toEqual(ALL_KINDS);
    expect(s.rels).toEqual(ALL_RELS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    parse('?__proto__[polluted]=1&constructor[prototype][polluted]=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives depth 1 for anything but 2 or 3', () => {
    for (const d of ['0', '-1', '-2', '4', '99', '1e3', '2.0', '2.5', ' 2', '3 ', 'NaN', 'Infinity', '-Infinity', '0x2', '9'.repeat(400), 'two', '']) {
      expect(parse(`?focus=jc-star&depth=${encodeURIComponent(d)}`).depth, d).toBe(1);
    }
    expect(parseDepth('2')).toBe(2);
    expect(parseDepth('3')).toBe(3);
    expect(parseDepth(null)).toBe(1);
    expect(parseDepth(undefined)).toBe(1);
  });

  it('takes the first of repeated focus or depth values, and the union of repeated lists', () => {
    expect(parse('?focus=jc-star&focus=iso-iec-27400').focus).toBe('jc-star');
    expect(parse('?focus=bogus&focus=iso-iec-27400').focus).toBeNull();
    expect(parse('?depth=3&depth=2').depth).toBe(3);
    expect(list(parse('?kinds=controls&kinds=bodies').kinds)).toEqual(['bodies', 'controls']);
    expect(list(parse('?kinds=&kinds=schemes').kinds)).toEqual(['schemes']);
  });

  it('never passes markup or script through: hostile values are dropped', () => {
    const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', "'; DROP TABLE x; --"];
    for (const h of hostile) {
      const e = encodeURIComponent(h);
      const s = parse(`?focus=${e}&depth=${e}&kinds=${e},documents&rels=${e}`);
      expect(s.focus).toBeNull();
      expect(s.depth).toBe(1);
      expect(list(s.kinds)).toEqual(['documents']);
      expect(s.rels).toEqual(ALL_RELS);
      expect(serializeGraphState(s, KNOWN)).toBe('?kinds=documents');
    }
  });

  it('copes with percent-encoding junk without throwing', () => {
    for (const q of ['?focus=%', '?focus=%E0%A4%A', '?focus=%ZZ&depth=%2', '?kinds=%2C%2C%00%FF,controls', '?rels=%uD800', '?focus=jc-star%00', '?%=%&&=&focus']) {
      expect(() => parse(q), q).not.toThrow();
    }
    expect(parse('?focus=jc%2Dstar').focus).toBe('jc-star'); // a properly encoded id is still that id
    expect(list(parse('?kinds=%2C%2C%00%FF,controls').kinds)).toEqual(['controls']);
    expect(parse('?focus=jc-star%00').focus).toBeNull();
  });

  it('looks at a bounded amount of a very long value', () => {
    const long = 'documents,'.repeat(100_000);
    const s = parse(`?kinds=${long}controls&focus=${'a'.repeat(100_000)}`);
    expect(list(s.kinds)).toEqual(['documents']); // "controls" lies beyond what is read
    expect(s.focus).toBeNull();
    const huge = 'x'.repeat(1_000_000);
    const t0 = performance.now();
    expect(parse(`?focus=${huge}&depth=${huge}&kinds=${huge}&rels=${huge}`)).toEqual({ focus: null, depth: 1, kinds: ALL_KINDS, rels: ALL_RELS });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('trims spaces around list values but not inside ids', () => {
    expect(list(parse('?kinds=%20documents%20,controls').kinds)).toEqual(['documents', 'controls']);
  });
});

describe('serializeGraphState', () => {
  const state = (s: Partial<GraphState>): GraphState => ({ focus: null, depth: 1, kinds: new Set(ALL_KINDS), rels: new Set(ALL_RELS), ...s });

  it('writes nothing for the default view', () => {
    expect(serializeGraphState(state({}), KNOWN)).toBe('');
    expect(serializeGraphState(state({ depth: 3 }), KNOWN)).toBe(''); // a depth without a focus means nothing
  });

  it('writes focus and depth, and lists in their known order only when they leave something out', () => {
    expect(serializeGraphState(state({ focus: 'iso-iec-27400' }), KNOWN)).toBe('?focus=iso-iec-27400&depth=1');
    expect(serializeGraphState(state({ focus: 'jc-star', depth: 2, kinds: new Set(['controls', 'documents']), rels: new Set(['defined-in', 'based-on']) }), KNOWN)).toBe(
      '?focus=jc-star&depth=2&kinds=documents,controls&rels=based-on,defined-in',
    );
    expect(serializeGraphState(state({ kinds: new Set() }), KNOWN)).toBe('?kinds=');
  });

  it('drops unknown list values and encodes the focus', () => {
    expect(serializeGraphState(state({ kinds: new Set(['documents', '<b>']) }), KNOWN)).toBe('?kinds=documents');
    expect(serializeGraphState(state({ focus: 'a&b=<c>' }), KNOWN)).toBe('?focus=a%26b%3D%3Cc%3E&depth=1');
    expect(serializeGraphState(state({ focus: 'jc-star', depth: 7 as never }), KNOWN)).toBe('?focus=jc-star&depth=1');
  });

  it('round-trips: what it writes reads back as the same state', () => {
    const cases: GraphState[] = [
      state({}),
      state({ focus: 'iso-iec-27402', depth: 3 }),
      state({ focus: 'jc-star', kinds: new Set(['schemes']), rels: new Set() }),
      state({ kinds: new Set(), rels: new Set(['part-of']) }),
    ];
    for (const s of cases) {
      const q = serializeGraphState(s, KNOWN);
      const back = parse(q);
      expect(back).toEqual(s);
      expect(serializeGraphState(back, KNOWN)).toBe(q);
    }
  });
});
