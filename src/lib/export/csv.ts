/** The one CSV writer (RFC 4180): fields quoted when they hold a quote, comma or line break; CRLF line ends. No imports (the checklist builder uses it in the browser). */

/** A field as CSV: undefined and null are empty; `"` doubled inside quotes. */
export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as a CSV document, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
