import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Search vocabularies (issue 15 §1): real queries in spellings the content does not use (or uses elsewhere),
 * each naming the page it must find in the search page's results (opening "More results" until it shows up).
 * The variant sets are content/search/variants.yaml; aliases are on the entities; queries are normalised
 * (full-width digits, "ISO/IEC27402") in the browser.
 */
const JA: [string, string, string][] = [
  // [query, page that must be found, why]
  ['ぜい弱性', '/ja/controls/iso-iec-27400-7-1-2-18/', 'kana for the kanji 脆'],
  ['ぜい弱性開示', '/ja/requirements/jc-star-s1-1-05/', 'kana for a kanji inside a compound'],
  ['アップデート', '/ja/controls/iso-iec-27400-7-1-2-17/', 'loanword for 更新'],
  ['ソフトウェアアップデート', '/ja/controls/iso-iec-27400-7-1-2-17/', 'loanword compound'],
  ['セキュリティーアップデート', '/ja/requirements/jp-iot-guideline-kp-17/', 'long-vowel mark and loanword together'],
  ['ユーザ認証', '/ja/controls/iso-iec-27400-7-1-2-16/', 'ユーザ for 利用者'],
  ['ユーザー', '/ja/controls/iso-iec-27400-7-2-2-5/', 'ユーザー for 利用者'],
  ['サーバー', '/ja/documents/iso-iec-21878/', 'long-vowel mark'],
  ['インターフェース', '/ja/requirements/nist-ir-8259a-logical-access-to-interfaces-1/', 'インターフェース for インタフェース'],
  ['インターフェイス', '/ja/requirements/nist-ir-8259a-logical-access-to-interfaces-2/', 'インターフェイス for インタフェース'],
  ['ファームウエア', '/ja/controls/iso-iec-27400-7-1-2-17/', 'ウエ for ウェ'],
  ['ソフトウエア', '/ja/requirements/etsi-en-303-645-5-7/', 'ウエ for ウェ'],
  ['ハードウエア', '/ja/requirements/etsi-en-303-645-5-6-8/', 'ウエ for ウェ'],
  ['ゲートウエイ', '/ja/documents/iso-iec-27033-4/', 'ウエ for ウェ'],
  ['メモリー', '/ja/requirements/etsi-en-303-645-5-6-8/', 'long-vowel mark'],
  ['IoTデバイス', '/ja/documents/iso-iec-27402/', 'デバイス for 機器'],
  ['初期パスワード', '/ja/controls/iso-iec-27400-7-1-3-2/', 'alias of the 27400 control that answers it'],
  ['デフォルトパスワード', '/ja/controls/iso-iec-27400-7-1-3-2/', 'alias: the password control of 27400, not only the baselines'],
  ['パスワード変更', '/ja/controls/iso-iec-27400-7-1-3-2/', 'alias'],
  ['デフォルト設定', '/ja/controls/iso-iec-27400-7-1-3-2/', 'loanword for 初期設定'],
  ['既定の設定', '/ja/controls/iso-iec-27400-7-1-3-2/', 'another word for 初期設定'],
  ['セキュアな起動', '/ja/requirements/etsi-en-303-645-5-7-1/', 'paraphrase of セキュアブート'],
  ['個人情報', '/ja/requirements/etsi-en-303-645-6-1/', '個人情報 for 個人データ'],
  ['パーソナルデータ', '/ja/controls/iso-iec-27400-7-2-2-3/', 'loanword for 個人データ'],
  ['ソフトウェア部品表', '/ja/requirements/sg-cls-level-3/', 'the Japanese term for SBOM'],
  ['アクセスコントロール', '/ja/requirements/nist-ir-8259a-logical-access-to-interfaces-2/', 'loanword for アクセス制御'],
  ['ラベル制度', '/ja/schemes/fi-cybersecurity-label/', 'ラベル制度 for ラベリング制度'],
  ['クレデンシャル', '/ja/controls/iso-iec-27400-7-1-3-3/', 'loanword for 認証情報'],
  ['２７４００', '/ja/documents/iso-iec-27400/', 'full-width digits'],
  ['ＩＳＯ／ＩＥＣ　２７４０２', '/ja/documents/iso-iec-27402/', 'full-width letters, slash and space'],
  ['ISO/IEC27402', '/ja/documents/iso-iec-27402/', 'designation without its space'],
  ['７.１.２.１７', '/ja/controls/iso-iec-27400-7-1-2-17/', 'full-width clause number'],
  ['ISO/IEC 27400 7.1.2.17', '/ja/controls/iso-iec-27400-7-1-2-17/', 'clause number with its standard'],
];
const EN: [string, string, string][] = [
  ['organization', '/en/controls/iso-iec-27400-7-1-2-2/', 'American spelling'],
  ['labeling', '/en/schemes/fi-cybersecurity-label/', 'American spelling'],
  ['authorization', '/en/requirements/nist-ir-8259a-device-configuration-2/', 'American spelling'],
  ['recognized', '/en/schemes/recognition/', 'American spelling'],
  ['minimize', '/en/requirements/etsi-en-303-645-5-6-6/', 'American spelling'],
  ['behavior', '/en/requirements/etsi-en-303-645-5-9-3/', 'American spelling'],
  ['patch', '/en/requirements/uk-psti-req-3/', 'everyday word for a security update'],
  ['factory settings', '/en/controls/iso-iec-27400-7-1-3-2/', 'another word for initial settings'],
  ['default password', '/en/controls/iso-iec-27400-7-1-3-2/', 'alias of the 27400 control'],
  ['verified boot', '/en/requirements/etsi-en-303-645-5-7-1/', 'another word for secure boot'],
  ['personal information', '/en/controls/iso-iec-27400-7-2-2-3/', 'another word for personal data'],
  ['software bill of materials', '/en/requirements/sg-cls-level-3/', 'SBOM spelled out'],
  ['VDP', '/en/requirements/etsi-en-303-645-5-2/', 'abbreviation of vulnerability disclosure policy'],
  ['ISO/IEC27400', '/en/documents/iso-iec-27400/', 'designation without its space'],
  ['27400', '/en/documents/iso-iec-27400/', 'number without ISO/IEC'],
  ['２７４０２', '/en/documents/iso-iec-27402/', 'full-width digits'],
];

for (const [lang, cases] of [['ja', JA], ['en', EN]] as const) {
  test.describe(`search vocabularies, ${lang}`, () => {
    for (const [q, href, why] of cases) {
      test(`"${q}" finds ${href} (${why})`, async ({ page }) => {
        await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
        const main = page.getByRole('main');
        await expect(main.locator('.search-results a').first()).toBeVisible();
        const target = main.locator(`.search-results a[href="${href}"]`);
        const more = main.getByRole('button', { name: lang === 'ja' ? 'さらに表示' : 'More results' });
        for (let i = 0; i < 30 && !(await target.count()) && (await more.isVisible()); i++) {
          const n = await main.locator('.search-results a').count();
          await more.click();
          await expect(main.locator('.search-results a')).not.toHaveCount(n);
        }
        await expect(target).toBeVisible();
      });
    }
  });
}

/**
 * Issue 15, done when: each spelling of every variant set finds the same pages in both languages. The sets are the
 * ones the build wrote for the browser (dist/pagefind/variants-<lang>.json, from content/search/variants.yaml).
 * For each spelling the search page must report the same number of hits and list the same first results.
 */
for (const lang of ['ja', 'en'] as const) {
  test(`each spelling of every variant set finds the same pages (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const sets = JSON.parse(readFileSync(`dist/pagefind/variants-${lang}.json`, 'utf8')) as string[][];
    expect(sets.length).toBeGreaterThanOrEqual(lang === 'ja' ? 20 : 15);
    await page.goto(`/${lang}/search/`);
    const main = page.getByRole('main');
    const box = main.getByRole('searchbox');
    const status = main.getByRole('status');
    const found = async (q: string) => {
      await box.fill('');
      await expect(status).toHaveText('');
      await box.fill(q);
      await expect(status).not.toHaveText('');
      return `${await status.textContent()} ${(await main.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).join(' ')}`;
    };
    for (const set of sets) {
      const first = await found(set[0]);
      for (const spelling of set.slice(1)) expect(await found(spelling), `"${spelling}" and "${set[0]}" (${set.join(', ')})`).toBe(first);
    }
  });
}
