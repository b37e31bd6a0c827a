/**
 * One language per page: Japanese script on an /en/ page, or a long run of English words on a /ja/ page, is a
 * leftover from the other language. Text inside an element whose `lang` is the other language (a quoted original
 * title, the language switcher) is meant to be there, as is text matching an entry of the allow-list, each with its
 * reason. Designations (ISO/IEC 27001, SI 2023/1007 …) are not words: they never make a run.
 */
import type { Node, Element } from '../html.ts';
import type { PageCheck } from './types.ts';
import { LANGUAGE_ALLOW } from './language-allow.ts';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** An English word: letters only, at least two, at least one lower-case (so acronyms such as ISO, IEC, JIS are not words). */
const WORD = /^[A-Za-z][a-z]+(?:['’][a-z]+)?$|^[a-z]{2,}$/;
/** This many English words in a row on a Japanese page is a sentence or a title left untranslated. */
export const MAX_ENGLISH_RUN = 5;
const SKIP = new Set(['script', 'style', 'template', 'code', 'pre', 'svg', 'noscript']);

const isElement = (n: Node): n is Element => 'tagName' in n;
const langOf = (el: Element) => el.attrs.find((a) => a.name === 'lang')?.value;

/** The visible text runs of a page, each with the language it is declared in. */
export function* textRuns(node: Node, lang: string | undefined): Generator<{ text: string; lang: string | undefined }> {
  if (node.nodeName === '#text') {
    const text = (node as { value: string }).value.trim();
    if (text) yield { text, lang };
    return;
  }
  if (isElement(node)) {
    if (SKIP.has(node.tagName)) return;
    if (node.attrs.some((a) => a.name === 'hidden' || (a.name === 'aria-hidden' && a.value === 'true'))) return;
    lang = langOf(node) ?? lang;
    if (node.tagName === 'head') return;
  }
  if ('childNodes' in node) for (const c of node.childNodes) yield* textRuns(c, lang);
}

/** The longest run of consecutive English words in a text (designations and numbers break a run). */
export function longestEnglishRun(text: string): string {
  let best: string[] = [];
  let run: string[] = [];
  for (const token of text.split(/[\s\u3000]+/)) {
    const bare = token.replace(/^[("“‘'\[]+|[)"”’',.;:!?\]]+$/g, '');
    if (WORD.test(bare)) run.push(bare);
    else run = [];
    if (run.length > best.length) best = [...run];
    if (/[.;:!?]$/.test(token)) run = [];
  }
  return best.join(' ');
}

const allowed = (text: string, page: 'en' | 'ja') => LANGUAGE_ALLOW.some((a) => a.on === page && (typeof a.text === 'string' ? text.includes(a.text) : a.text.test(text)));

/** Problems of one text in a page of language `page` (exported for the unit test). */
export function languageProblem(text: string, page: 'en' | 'ja'): string | undefined {
  if (allowed(text, page)) return undefined;
  if (page === 'en' && JAPANESE.test(text)) return `Japanese text on an English page: "${text.slice(0, 60)}"`;
  if (page === 'ja') {
    const run = longestEnglishRun(text);
    if (run.split(' ').length >= MAX_ENGLISH_RUN) return `English words on a Japanese page: "${run.slice(0, 60)}"`;
  }
  return undefined;
}

export const languageCheck: PageCheck = (page) => {
  if (!page.folderLang) return [];
  const found = new Set<string>();
  for (const { text, lang } of textRuns(page.doc, page.lang)) {
    if (lang && lang !== page.folderLang) continue; // declared as the other language: a quoted original or the switcher
    const p = languageProblem(text, page.folderLang);
    if (p) found.add(p);
  }
  return [...found].map((p) => `${page.file}: ${p} (mark a quoted original with lang, or add it to scripts/lib/checks/language-allow.ts with a reason)`);
};
