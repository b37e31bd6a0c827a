/**
 * A content mistake of each class fails `npm run validate` (the first step of the build) — and the Astro build
 * itself — with a message naming the file and the field.
 */
import { describe, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASE, SRC } from './helpers.ts';

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}
/** Runs a command without blocking the test worker (a blocked worker loses its RPC to Vitest). */
function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const validate = (dir: string) => run(['--import', 'tsx', 'scripts/validate-content.ts', dir]);
const swap = (file: string, from: string, to: string) => ({ ...BASE, [file]: BASE[file].replace(from, to) });

const CLASSES: [string, Record<string, string>, RegExp][] = [
  ['schema error', swap('documents/d.yaml', 'topic: iot-cps', 'topic: gardening'), /documents\/d\.yaml:\d+ \[iso-iec-27400\] topic: expected one of .*got "gardening"/],
  ['unknown reference', swap('documents/d.yaml', 'committee: sc-27-wg-4\n  topic: iot-cps', 'committee: sc-99\n  topic: iot-cps'), /documents\/d\.yaml:\d+ \[iso-iec-27400\] committee: unknown reference "sc-99"/],
  ['duplicate ID', swap('risk-sources/r.yaml', 'id: rs-a', 'id: iso-iec-27400'), /risk-sources\/r\.yaml:2 \[iso-iec-27400\] id: duplicate ID "iso-iec-27400": already used at .*documents\/d\.yaml:2/],
  ['missing translation', swap('controls/c.yaml', 'ja: 機器を最新に保つ。', 'xx: 1'), /controls\/c\.yaml:\d+ \[iso-iec-27400-7-1-2-17\] purpose\.ja: missing Japanese \(ja\) translation/],
  ['stated mapping resting only on a talk that does not state it', swap('mappings/m.yaml', 'basis: derived', 'basis: stated'), /mappings\/m\.yaml:\d+ \[.*\] basis: `basis: stated` needs a source that states this very pairing/],
  ['missing check date on a document', swap('documents/d.yaml', '  asOf: "2026-11-24"\n', ''), /documents\/d\.yaml:\d+ \[iso-iec-27400\] asOf: missing `asOf`: the date \(YYYY-MM-DD\)/],
  [
    'a glossary variant in Japanese content',
    { ...BASE, 'terms/t.yaml': `- { id: term-patch, term: { en: patching, ja: 更新の適用 }, variants: [最新に保つ], definitions: [{ summary: { en: Applying updates., ja: 更新を適用すること。 } }], sources: [{ seed: 000_f3a528d2094e5c67.txt, slide: "WG 4 Projects 7/11" }] }\n` },
    /controls\/c\.yaml:\d+ \[iso-iec-27400-7-1-2-17\] purpose\.ja: "最新に保つ" is a variant of the glossary term term-patch: write "更新の適用"/,
  ],
  ['wrong relation type', swap('mappings/m.yaml', 'relation: addresses', 'relation: recognises'), /mappings\/m\.yaml:\d+ .* to: relation "recognises" cannot go from a controls entity to "rs-a"/],
  ['no counterpart in its own catalogue', { ...BASE, 'mappings/m.yaml': BASE['mappings/m.yaml'] + `- { from: iso-iec-27400-7-1-2-17, to: iso-iec-27400, relation: no-counterpart, reason: semantic, basis: derived, rationale: { en: None., ja: なし。 }, sources: ${SRC} }\n` }, /mappings\/m\.yaml:3 .* to: relation "no-counterpart" to "iso-iec-27400": "iso-iec-27400" is the item's own catalogue/],
  ['item ID naming another catalogue', { ...BASE, 'requirements/q.yaml': `- { id: iso-iec-27400-9-9, document: iso-iec-27033, clause: "9.9", title: { en: X, ja: X }, sources: ${SRC} }\n` }, /requirements\/q\.yaml:1 \[iso-iec-27400-9-9\] document: .*names catalogue "iso-iec-27400"/],
];

// The Astro build of a broken fixture starts first and the validations (each its own process) run meanwhile,
// several at a time: the file takes about as long as its slowest process instead of the sum of all.
describe.concurrent('bad content fails the build, naming file and field', () => {
  let astro: ReturnType<typeof run>;
  beforeAll(() => {
    const dir = fixture(swap('documents/d.yaml', 'ja: ネットワークセキュリティ', 'ja: ""'));
    const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    astro = run(['node_modules/astro/astro.js', 'build'], { ...process.env, CONTENT_DIR: dir, OUT_DIR: out });
  });

  for (const [name, files, message] of CLASSES) {
    it(name, async ({ expect }) => {
      const r = await validate(fixture(files));
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
    }, 60_000);
  }

  it('a valid fixture passes', async ({ expect }) => {
    const r = await validate(fixture(BASE));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^content OK: /);
  }, 60_000);

  it('the Astro build itself stops on a content error, with the same message', async ({ expect }) => {
    const r = await astro;
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/documents\/d\.yaml:\d+ \[iso-iec-27033\] title\.ja: missing Japanese \(ja\) translation \(empty\)/);
  }, 120_000);
});
