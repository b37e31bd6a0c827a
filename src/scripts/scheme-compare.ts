/**
 * <scheme-compare>: the comparison table of labelling schemes with a picker.
 * Without JavaScript the full table (every scheme a column) shows and the picker stays hidden.
 *
 * Markup: a `form[data-picker][data-js-only]` (kept in place, invisible, until this runs; removed without JS) with `<input type="checkbox" name="schemes" value="<id>">`; table cells
 * and column headers carry `data-scheme="<id>"`; a `[data-count]` element gets the live status from its
 * `data-tpl-count` / `-all` / `-one` / `-max` templates; `[data-nojs]` is hidden once the picker works.
 * The selection lives in the URL (`?schemes=a,b,c`), read with the same rule as the build (`parseSelection`):
 * only known IDs (the checkboxes' values), de-duplicated, 2–6, in order. URL text is never put into the page.
 */
import { parseSelection, SELECTION_PARAM, MAX_SELECTION } from '../lib/schemes/scheme-selection.ts';
import { format } from '../i18n/format.ts';

export class SchemeCompare extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  /** Selected IDs in the order they were picked (or given in the URL). */
  private order: string[] = [];

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-picker]');
    if (!form) return;
    this.boxes = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${SELECTION_PARAM}"]`)];
    const known = this.boxes.map((b) => b.value);
    this.order = parseSelection(location.search, known);
    for (const b of this.boxes) b.checked = this.order.includes(b.value);
    form.hidden = false;
    this.querySelectorAll<HTMLElement>('[data-nojs]').forEach((e) => (e.hidden = true));
    form.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.name !== SELECTION_PARAM) return;
      this.order = this.order.filter((id) => id !== box.value);
      if (box.checked) this.order.push(box.value);
      this.apply(true);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply(true);
    });
    form.querySelector('[data-clear]')?.addEventListener('click', () => {
      this.order = [];
      for (const b of this.boxes) b.checked = false;
      this.apply(true);
    });
    this.apply(false);
  }

  private apply(updateUrl: boolean) {
    const chosen = this.order.filter((id) => this.boxes.some((b) => b.value === id && b.checked));
    const showAll = chosen.length === 0;
    // Columns: the selected ones in the order picked, the others hidden; all, in page order, when none is picked.
    const rank = (c: HTMLElement) => {
      const i = chosen.indexOf(c.dataset.scheme ?? '');
      return i < 0 ? chosen.length + Number(c.dataset.pos) : i;
    };
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr')) {
      const cells = [...row.querySelectorAll<HTMLElement>(':scope > [data-scheme]')];
      for (const c of cells) c.hidden = !showAll && !chosen.includes(c.dataset.scheme ?? '');
      for (const c of cells.sort((a, b) => rank(a) - rank(b))) row.appendChild(c);
    }
    const full = chosen.length >= MAX_SELECTION;
    for (const b of this.boxes) b.disabled = full && !b.checked;
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) {
      const total = String(this.boxes.length);
      const tpl = showAll ? count.dataset.tplAll : chosen.length === 1 ? count.dataset.tplOne : count.dataset.tplCount;
      let text = format(tpl, { n: chosen.length, total });
      if (full) text += ` ${count.dataset.tplMax ?? ''}`;
      count.textContent = text;
    }
    if (updateUrl) {
      const url = new URL(location.href);
      url.searchParams.delete(SELECTION_PARAM);
      const valid = parseSelection(chosen.join(','), this.boxes.map((b) => b.value));
      const rest = url.searchParams.toString();
      url.search = [rest, valid.length ? `${SELECTION_PARAM}=${valid.join(',')}` : ''].filter(Boolean).join('&');
      history.replaceState(null, '', url);
    }
  }
}
if (!customElements.get('scheme-compare')) customElements.define('scheme-compare', SchemeCompare);
