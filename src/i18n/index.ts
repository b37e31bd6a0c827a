/**
 * UI strings: one dictionary per language (en.ts, ja.ts); `t()` fails loudly on a missing key so that the build
 * cannot ship a page with an untranslated label. Value and relation labels live in labels.ts.
 */
import { en, type UiKey } from './en.ts';
import { ja } from './ja.ts';
import type { Lang } from '../lib/atlas/model.ts';
import { format } from './format.ts';

export { LANGS, otherLang, isLang, type Lang } from '../lib/atlas/model.ts';
export { label, stageText, VALUE_LABELS, RELATION_LABELS, type LabelGroup, type LabelValue } from './labels.ts';
export type { UiKey };
export { format };

const DICTS: Record<Lang, Record<UiKey, string>> = { en, ja };

/** A UI string, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const s = DICTS[lang][key];
  if (s === undefined) throw new Error(`missing UI string "${key}" for ${lang}`);
  return format(s, vars);
}
