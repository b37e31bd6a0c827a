/**
 * The Pagefind payload of a first query in the header search dialog, per language, pasted (one input event) and
 * typed (one key at a time, 90 ms apart): bytes downloaded (as sent by scripts/serve.mjs, which gzips text like
 * any static host) and, for comparison, bytes after decoding. Used by
 * `npm run bench`; alone: `npx tsx scripts/bench-search.ts [--dir dist] [--port 4490]` (serves the folder itself).
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './lib/chromium.ts';

export const SEARCH_QUERIES = { en: 'firmware', ja: 'ファームウェア' } as const;
/**
 * A first query that uses a variant set of three or four spellings: the client searches each spelling
 * (src/lib/search/query.ts), so it loads more index chunks. Reported beside the budgeted queries, pasted only.
 */
export const VARIANT_QUERIES = { en: 'personal information', ja: '個人情報' } as const;

export async function benchSearch(browser: Browser, origin: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const runs = [
    ...(['en', 'ja'] as const).flatMap((lang) => (['pasted', 'typed'] as const).map((how) => ({ lang, how, q: SEARCH_QUERIES[lang], key: `pagefindFirstQuery_${lang}_${how}`, decodedKey: `pagefindFirstQueryDecoded_${lang}_${how}` }))),
    ...(['en', 'ja'] as const).map((lang) => ({ lang, how: 'pasted' as const, q: VARIANT_QUERIES[lang], key: `pagefindVariantQuery_${lang}_pasted`, decodedKey: `pagefindVariantQueryDecoded_${lang}_pasted` })),
  ];
  for (const { lang, how, q, key, decodedKey } of runs) {
    const page = await browser.newPage();
    let bytes = 0;
    let decoded = 0;
    const pending: Promise<unknown>[] = [];
    page.on('requestfinished', (req) => {
      if (!req.url().includes('/pagefind/')) return;
      pending.push(req.sizes().then((s) => (bytes += s.responseBodySize), () => 0));
      pending.push(req.response().then((r) => r?.body()).then((b) => (decoded += b?.length ?? 0), () => 0));
    });
    await page.goto(`${origin}/${lang}/`);
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    if (how === 'pasted') await box.fill(q);
    else await box.pressSequentially(q, { delay: 90 });
    await page.getByRole('dialog').locator('.search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await Promise.all(pending);
    out[key] = bytes;
    out[decodedKey] = decoded;
    await page.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
  const port = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 4490;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 800));
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    for (const [k, v] of Object.entries(await benchSearch(browser, `http://127.0.0.1:${port}`))) console.log(k.padEnd(34), `${(v / 1024).toFixed(1)} kB`);
    await browser.close();
  } finally {
    server.kill();
  }
}
