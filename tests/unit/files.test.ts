import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/site/files.ts';

describe('filesUnder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-under-'));
  for (const f of ['index.html', 'en/a/index.html', 'en/style.css', 'pagefind/x.html', 'en/pagefind/y.html']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file below the folder, relative, with forward slashes', () => {
    expect(filesUnder(dir).sort()).toEqual(['en/a/index.html', 'en/pagefind/y.html', 'en/style.css', 'index.html', 'pagefind/x.html']);
  });

  it('keeps files and leaves out folders by their relative path', () => {
    const html = filesUnder(dir, { keep: (p) => p.endsWith('.html'), skipDir: (p) => p === 'pagefind' });
    expect(html.sort()).toEqual(['en/a/index.html', 'en/pagefind/y.html', 'index.html']);
  });
});
