/** Checklist export formats (pure; used by the checklist builder in the browser). */
export interface ChecklistRow {
  clause: string;
  title: string;
  who: string;
  when: string;
  url: string;
  done: boolean;
}

import { toCsv } from '../export/csv.ts';

/** CSV with the given header labels (clause, title, audience, life cycle, URL, done). */
export function checklistCsv(rows: ChecklistRow[], cols: string[]): string {
  return toCsv([cols, ...rows.map((r) => [r.clause, r.title, r.who, r.when, r.url, r.done ? 'x' : ''])]);
}

/** A Markdown task list: "- [ ] 7.1.2.17 Title — audience, stage <url>". */
export function checklistMarkdown(rows: ChecklistRow[], _cols: string[], heading: string): string {
  const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
  return [`# ${esc(heading)}`, '', ...rows.map((r) => `- [${r.done ? 'x' : ' '}] ${esc(r.clause)} ${esc(r.title)} — ${esc(r.who)}; ${esc(r.when)} <${r.url}>`), ''].join('\n');
}
