/**
 * The UI dictionary: both languages have the same keys, every key is used somewhere in src/, and the few keys that
 * are built from a value (`home.${k}`) are listed here, each with the keys it can build.
 */
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/site/files.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type UiKey } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { VALUE_LABELS, RELATION_LABELS, type LabelValue } from '../../src/i18n/labels.ts';
import { STAGES, TOPICS, BODY_TYPES } from '../../src/lib/content/schema.ts';
import { RELATION_TYPES } from '../../src/lib/atlas/model.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DICTIONARY_FILES = new Set(['src/i18n/en.ts', 'src/i18n/ja.ts']);

const SOURCES = filesUnder(join(ROOT, 'src'), { keep: (p) => /\.(ts|astro|mjs|js)$/.test(p) && !DICTIONARY_FILES.has(`src/${p}`) }).map((p) => ({
  file: `src/${p}`,
  text: readFileSync(join(ROOT, 'src', p), 'utf8'),
}));
const ALL_SOURCE = SOURCES.map((s) => s.text).join('\n');

/**
 * Keys built from a value, as the template literal stands in the source, with every key it can build. A key listed
 * here counts as used only while its template still stands in src/. Prefer a typed table (`BASIS_KEYS` in
 * src/lib/crosswalk/gap.ts) to a new entry here.
 */
const DYNAMIC: { template: string; keys: UiKey[] }[] = [];

/** Every template literal that builds a UI key: the argument of `t(lang, `…`)` or a `` `…` as UiKey `` cast. */
const templatesIn = (text: string) => [...text.matchAll(/\bt\(\s*\w+\s*,\s*(`[^`]*\$\{[^`]*`)|(`[^`]*\$\{[^`]*`)\s+as\s+UiKey\b/g)].map((m) => m[1] ?? m[2]);
const builtKeys = () => SOURCES.flatMap(({ file, text }) => templatesIn(text).map((template) => ({ file, template })));

const usedLiterally = (key: string) => ["'", '"', '`'].some((q) => ALL_SOURCE.includes(`${q}${key}${q}`));

describe('UI dictionary', () => {
  it('has the same keys in English and Japanese, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    const empty = [...Object.entries(en), ...Object.entries(ja)].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('has no unused key: each stands as a literal in src/ or is built by a listed template', () => {
    const dynamic = new Set(DYNAMIC.filter((d) => ALL_SOURCE.includes(d.template)).flatMap((d) => d.keys));
    const unused = Object.keys(en).filter((k) => !usedLiterally(k) && !dynamic.has(k as UiKey));
    expect(unused).toEqual([]);
  });

  it('has every key that src/ asks for (.astro files too, which the type check does not see)', () => {
    const asked = SOURCES.flatMap(({ file, text }) => [...text.matchAll(/\bt\(\s*\w+\s*,\s*'([^']+)'/g)].map((m) => ({ file, key: m[1] })));
    expect(asked.length).toBeGreaterThan(100);
    expect(asked.filter(({ key }) => !Object.hasOwn(en, key))).toEqual([]);
    const groups = SOURCES.flatMap(({ file, text }) => [...text.matchAll(/\blabel\(\s*\w+\s*,\s*'([^']+)'/g)].map((m) => ({ file, group: m[1] })));
    expect(groups.length).toBeGreaterThan(10);
    expect(groups.filter(({ group }) => !Object.hasOwn(VALUE_LABELS, group))).toEqual([]);
  });

  it('lists every key that src/ builds from a value, and each listed key exists', () => {
    const unlisted = builtKeys().filter((b) => !DYNAMIC.some((d) => d.template === b.template));
    expect(unlisted).toEqual([]);
    for (const d of DYNAMIC.filter((d) => ALL_SOURCE.includes(d.template))) {
      for (const k of d.keys) expect(en, `${d.template} builds ${k}`).toHaveProperty([k]);
    }
  });

  it('finds a built key and an unused key (the scanner itself can fail)', () => {
    expect(templatesIn('t(lang, `home.${k}.text`); const k = `graph.family.${f}` as UiKey; t(lang, \'nav.home\')')).toEqual(['`home.${k}.text`', '`graph.family.${f}`']);
    expect(usedLiterally('nav.home')).toBe(true);
    expect(usedLiterally('no.such.key')).toBe(false);
  });
});

describe('value labels', () => {
  it('label every value of the schema enums and every relation type, in both languages', () => {
    const cases: [Record<string, { en: string; ja: string }>, readonly string[]][] = [
      [VALUE_LABELS.stage, STAGES],
      [VALUE_LABELS.topic, TOPICS],
      [VALUE_LABELS.bodyType, BODY_TYPES],
    ];
    for (const [table, values] of cases) {
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const v of values) expect(table[v].en && table[v].ja, v).toBeTruthy();
    }
    expect(Object.keys(RELATION_LABELS).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it('are typed: a table missing a value does not compile', () => {
    // @ts-expect-error — `final` and the other stages have no label: `satisfies` rejects the table.
    const broken = { pwi: { en: 'x', ja: 'x' } } satisfies Record<LabelValue<'stage'>, { en: string; ja: string }>;
    expect(broken).toBeDefined();
  });
});
