import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/atlas/site-atlas.ts';
import { get } from '../../src/lib/atlas/getters.ts';
import { entityRecord, atlasRecord, atlasCitation, bibtex, cslJson } from '../../src/lib/export/cite.ts';

const atlas = loadAtlas(resolve('content'));

describe('BibTeX and CSL-JSON (issue 15 §4)', () => {
  it('cites a control with its document, clause, title, page and access date', () => {
    const r = entityRecord(atlas, get(atlas, 'iso-iec-27400-7-1-2-10')!, 'en', 'https://a.test/en/controls/iso-iec-27400-7-1-2-10/', '2026-12-02');
    const b = bibtex(r);
    expect(b).toMatch(/^@misc\{sc27atlas-iso-iec-27400-7-1-2-10-en,\n/);
    expect(b).toContain('  title = {ISO/IEC 27400:2022, clause 7.1.2.10 Security in connecting varied IoT devices}');
    expect(b).toContain('  url = {https://a.test/en/controls/iso-iec-27400-7-1-2-10/}');
    expect(b).toContain('  urldate = {2026-12-02}');
    expect(b.trim().endsWith('}')).toBe(true);
    const [c] = JSON.parse(cslJson(r));
    expect(c).toMatchObject({ id: 'sc27atlas-iso-iec-27400-7-1-2-10-en', type: 'webpage', 'container-title': 'SC 27 Atlas', URL: 'https://a.test/en/controls/iso-iec-27400-7-1-2-10/', accessed: { 'date-parts': [[2026, 12, 2]] }, language: 'en' });
  });

  it('writes Japanese titles as they are and escapes BibTeX specials', () => {
    const r = entityRecord(atlas, get(atlas, 'iso-iec-27400')!, 'ja', '/ja/documents/iso-iec-27400/', '2026-12-02');
    expect(bibtex(r)).toContain('ISO/IEC 27400:2022 ');
    expect(bibtex(r)).toContain('language = {japanese}');
    expect(JSON.parse(cslJson(r))[0].note).toBe('ISO/IEC 27400:2022');
    expect(bibtex({ ...r, title: 'A & B_{1} 50%' })).toContain('title = {A \\& B\\_\\{1\\} 50\\%}');
  });

  it('cites the atlas itself with version and build date', () => {
    const r = atlasRecord('en', 'https://a.test/en/', '0.1.0', '2026-12-01', '2026-12-02');
    expect(bibtex(r)).toContain('version = {0.1.0}');
    expect(bibtex(r)).toContain('date = {2026-12-01}');
    expect(JSON.parse(cslJson(r))[0]).toMatchObject({ type: 'software', title: 'SC 27 Atlas', version: '0.1.0', issued: { 'date-parts': [[2026, 12, 1]] } });
  });

  it('writes the atlas citation line in each language', () => {
    expect(atlasCitation(atlasRecord('en', 'https://a.test/en/', '0.1.0', '2026-12-01', '2026-12-01'))).toBe('SC 27 Atlas, version 0.1.0 (2026-12-01), https://a.test/en/');
    expect(atlasCitation(atlasRecord('ja', '/ja/', '0.2.0', '2026-12-02', '2026-12-02'))).toBe('SC 27 アトラス、第0.2.0版（2026-12-02）、/ja/');
  });
});
