/** Checklist export formats (pure; used by the checklist builder in the browser). */
export interface ChecklistRow {
  clause: string;
  title: string;
  who: string;
  when: string;
  url: string;
  done: boolean;
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV with the given header labels (clause, title, audience, life cycle, URL, done). */
export function checklistCsv(rows: ChecklistRow[], cols: string[]): string {
  const lines = [cols.map(csvField).join(',')];
  for (const r of rows) lines.push([r.clause, r.title, r.who, r.when, r.url, r.done ? 'x' : ''].map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** A Markdown task list: "- [ ] 7.1.2.17 Title — audience, stage <url>". */
export function checklistMarkdown(rows: ChecklistRow[], _cols: string[], heading: string): string {
  const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
  return [`# ${esc(heading)}`, '', ...rows.map((r) => `- [${r.done ? 'x' : ' '}] ${esc(r.clause)} ${esc(r.title)} — ${esc(r.who)}; ${esc(r.when)} <${r.url}>`), ''].join('\n');
}
