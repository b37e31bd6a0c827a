import { describe, it, expect } from 'vitest';
import { checklistCsv, checklistMarkdown } from '../../src/lib/workshop/checklist.ts';
import { citation, citationWithDate } from '../../src/lib/export/cite.ts';
import { fromYaml, BASE } from './helpers.ts';

const rows = [
  { clause: '7.1.3.2', title: 'Initial settings, "default"', who: 'IoT user', when: 'In operation', url: 'https://x/en/controls/a/', done: true },
  { clause: '7.1.3.4', title: 'Secure disposal', who: 'IoT user', when: 'End of life', url: 'https://x/en/controls/b/', done: false },
];
const cols = ['Clause', 'Title', 'Audience', 'Life-cycle stage', 'URL', 'Done'];

describe('checklist exports', () => {
  it('CSV: header, quoted fields, one line per row', () => {
    expect(checklistCsv(rows, cols).split('\r\n')).toEqual([
      'Clause,Title,Audience,Life-cycle stage,URL,Done',
      '7.1.3.2,"Initial settings, ""default""",IoT user,In operation,https://x/en/controls/a/,x',
      '7.1.3.4,Secure disposal,IoT user,End of life,https://x/en/controls/b/,',
      '',
    ]);
  });
  it('Markdown: a task list with ticks and links', () => {
    expect(checklistMarkdown(rows, cols, 'Checklist')).toBe(
      '# Checklist\n\n- [x] 7.1.3.2 Initial settings, "default" — IoT user; In operation <https://x/en/controls/a/>\n- [ ] 7.1.3.4 Secure disposal — IoT user; End of life <https://x/en/controls/b/>\n',
    );
  });
});

describe('citation', () => {
  const { atlas } = fromYaml(BASE);
  it('names the document and clause of a control', () => {
    const c = citation(atlas, atlas.entities.get('iso-iec-27400-7-1-2-17')!, 'en', 'https://x/en/controls/iso-iec-27400-7-1-2-17/');
    expect(citationWithDate(c, '2026-11-24', 'en')).toBe(
      'ISO/IEC 27400:2022, clause 7.1.2.17, “Provision of software and firmware updates”, SC 27 Atlas, https://x/en/controls/iso-iec-27400-7-1-2-17/ (accessed 2026-11-24)',
    );
    expect(citation(atlas, atlas.entities.get('iso-iec-27400-7-1-2-17')!, 'ja', 'u')).toBe('ISO/IEC 27400:2022 箇条 7.1.2.17、「ソフトウェア及びファームウェアの更新の提供」、SC 27 アトラス、u');
  });
  it('gives the designation of a document', () => {
    expect(citation(atlas, atlas.entities.get('iso-iec-27033-1')!, 'en', 'u')).toBe('ISO/IEC 27033-1:2015, “Overview and concepts”, SC 27 Atlas, u');
  });
});
