/** The language a quoted text is written in, for its `lang` attribute: Japanese when it has Japanese script. */
export const textLang = (s: string): 'ja' | 'en' => (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(s) ? 'ja' : 'en');
