/**
 * <checklist-export>: downloads the rows its <filter-table> currently shows as CSV or Markdown, or prints them.
 * Rows carry their fields in data-* attributes set at build time; nothing from the URL is written into the page.
 * The printed sheet and the Markdown are titled with the chosen audience, stage and kind (the option texts of the
 * filter form, or `data-all` when nothing is chosen), written into `[data-print-heading]` before printing.
 */
import { checklistCsv, checklistMarkdown, type ChecklistRow } from '../lib/workshop/checklist.ts';

class ChecklistExport extends HTMLElement {
  connectedCallback() {
    const table = this.closest('filter-table');
    if (!table) return;
    const cols = JSON.parse(this.dataset.cols ?? '[]') as string[];
    const printHeading = table.querySelector<HTMLElement>('[data-print-heading]');
    const heading = () => {
      const chosen = [...table.querySelectorAll<HTMLSelectElement>('form[data-filters] select')]
        .filter((s) => s.value)
        .map((s) => `${s.closest('label')?.firstChild?.textContent?.trim() ?? s.name}: ${s.selectedOptions[0]?.text ?? s.value}`);
      return `${this.dataset.heading ?? ''} — ${chosen.length ? chosen.join(' · ') : (this.dataset.all ?? '')}`;
    };
    const title = document.title;
    window.addEventListener('beforeprint', () => {
      const h = heading();
      if (printHeading) printHeading.textContent = h;
      document.title = h;
    });
    window.addEventListener('afterprint', () => (document.title = title));
    const rows = (): ChecklistRow[] =>
      [...table.querySelectorAll<HTMLElement>('[data-row]')]
        .filter((r) => !r.hidden)
        .map((r) => ({ clause: r.dataset.clause ?? '', title: r.dataset.title ?? '', who: r.dataset.who ?? '', when: r.dataset.when ?? '', url: r.dataset.url ? new URL(r.dataset.url, location.href).href : '', done: !!r.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked }));
    const download = (text: string, type: string, ext: string) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type }));
      a.download = `${this.dataset.name ?? 'checklist'}.${ext}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    };
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      b.hidden = false;
      b.addEventListener('click', () => {
        if (b.dataset.format === 'csv') download('\uFEFF' + checklistCsv(rows(), cols), 'text/csv;charset=utf-8', 'csv');
        else if (b.dataset.format === 'md') download(checklistMarkdown(rows(), cols, heading()), 'text/markdown;charset=utf-8', 'md');
        else window.print();
      });
    }
  }
}
if (!customElements.get('checklist-export')) customElements.define('checklist-export', ChecklistExport);
