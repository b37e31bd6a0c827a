/**
 * Line wrapping for text drawn in SVG (which does not wrap by itself). Width is counted in "units": a Latin
 * character is 1, a CJK or full-width character 2 — close enough for the site's sans-serif at one font size.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Width of a string in units. */
export function textUnits(s: string): number {
  let n = 0;
  for (const c of s) n += WIDE.test(c) ? 2 : 1;
  return n;
}

/**
 * Splits text into lines of at most `max` units: Latin text breaks at spaces, Japanese text between characters but
 * never inside a run of Latin letters or digits ("ISO/IEC", "5689"). A single token longer than `max` keeps its
 * own line.
 */
export function wrapText(text: string, max: number): string[] {
  const tokens = text.match(/[A-Za-z0-9/().,:;'’\-–—&]+\s*|\s+|[^\sA-Za-z0-9]/g) ?? [text];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    if (cur.trim() && textUnits((cur + tok).trimEnd()) > max) {
      lines.push(cur.trimEnd());
      cur = tok.trimStart();
    } else cur += tok;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}
