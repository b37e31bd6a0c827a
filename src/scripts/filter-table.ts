/**
 * <filter-table>: narrows the rows of a table (or items of a list) with the <select>s inside it.
 * Without JavaScript the full list shows and the filter form stays hidden.
 *
 * Markup: a `form[data-filters][data-js-only]` (kept in place, invisible, until this runs; removed without JS) with `<select name="x">`; rows `[data-row]` carry `data-x="a b"`
 * (space-separated tokens); a `[data-count]` element gets the live count from its `data-template` ("{n} of {total}").
 * The selection is mirrored in the URL query (`?x=a`); values from the URL are only used if they match an option.
 *
 * Ranges: a `<select data-compare="min|max" data-field="f">` whose options carry `data-rank` keeps rows whose
 * `data-f` rank is at least (min) or at most (max) the chosen one; a row without a rank fails a set bound.
 * Families: rows with `data-family` and `data-part` are parts, kept under their family when sorting (a part that
 * matches shows even when its family does not; it names its family).
 * Sorting: `th[data-sort="k"]` get a button; rows carry `data-sort-k` (numbers or text) and are reordered with
 * parts kept under their family; the header says `aria-sort`; `?sort=k` / `?sort=-k` in the URL.
 */
import { inStageRange, orderRows, parseSort, sortParam, type SortKey } from '../lib/atlas/document-list.ts';
import { format } from '../i18n/format.ts';

export class FilterTable extends HTMLElement {
  private form!: HTMLFormElement;
  private selects: HTMLSelectElement[] = [];
  private rows: HTMLElement[] = [];
  private sort: { key: SortKey; descending: boolean } = { key: 'designation', descending: false };
  private sortHeaders: HTMLTableCellElement[] = [];

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-filters]');
    if (!form) return;
    this.form = form;
    this.selects = [...form.querySelectorAll('select')];
    this.rows = [...this.querySelectorAll<HTMLElement>('[data-row]')];
    const params = new URLSearchParams(location.search);
    for (const s of this.selects) {
      const wanted = params.get(s.name);
      if (wanted !== null && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
    }
    form.hidden = false;
    this.setUpSorting(params);
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('reset', () => setTimeout(() => this.apply(true)));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.apply(false);
  }

  private rowMatches(row: HTMLElement, active: HTMLSelectElement[]): boolean {
    return active.every((s) => {
      const compare = s.dataset.compare;
      if (compare === 'min' || compare === 'max') {
        const bound = Number(s.selectedOptions[0]?.dataset.rank);
        const raw = row.dataset[s.dataset.field ?? ''] ?? '';
        const rank = raw === '' ? undefined : Number(raw);
        return inStageRange(rank, compare === 'min' ? bound : undefined, compare === 'max' ? bound : undefined);
      }
      return (row.dataset[s.name] ?? '').split(' ').includes(s.value);
    });
  }

  private apply(updateUrl: boolean) {
    const active = this.selects.filter((s) => s.value !== '');
    let shown = 0;
    for (const row of this.rows) {
      const ok = this.rowMatches(row, active);
      row.hidden = !ok;
      if (ok) shown++;
    }
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) count.textContent = format(count.dataset.template ?? '{n}', { n: shown, total: this.rows.length });
    if (updateUrl) {
      const url = new URL(location.href);
      for (const s of this.selects) {
        if (s.value) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      const sort = sortParam(this.sort.key, this.sort.descending);
      if (this.sortHeaders.length && sort) url.searchParams.set('sort', sort);
      else url.searchParams.delete('sort');
      history.replaceState(null, '', url);
    }
  }

  private setUpSorting(params: URLSearchParams) {
    this.sortHeaders = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
    if (!this.sortHeaders.length) return;
    this.sort = parseSort(params.get('sort'));
    for (const th of this.sortHeaders) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      const arrow = document.createElement('span');
      arrow.setAttribute('aria-hidden', 'true');
      arrow.className = 'sort-arrow';
      button.append(arrow);
      th.append(button);
      button.addEventListener('click', () => {
        const key = th.dataset.sort as SortKey;
        this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key === 'date' };
        this.applySort();
        this.apply(true);
      });
    }
    this.applySort();
  }

  private applySort() {
    const { key, descending } = this.sort;
    const camel = `sort${key[0].toUpperCase()}${key.slice(1)}`;
    const sortable = this.rows.map((el) => {
      const raw = el.dataset[camel] ?? '';
      return {
        el,
        family: el.dataset.family ?? '',
        isPart: el.dataset.part !== undefined,
        key: raw !== '' && !Number.isNaN(Number(raw)) && key !== 'date' ? Number(raw) : raw,
        tie: Number(el.dataset.sortDesignation ?? 0),
      };
    });
    const ordered = orderRows(sortable, descending);
    const body = this.rows[0]?.parentElement;
    if (body) body.append(...ordered.map((r) => r.el));
    for (const th of this.sortHeaders) {
      const on = th.dataset.sort === key;
      if (on) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
      const arrow = th.querySelector('.sort-arrow');
      if (arrow) arrow.textContent = on ? (descending ? ' ▼' : ' ▲') : ' ↕';
    }
  }
}
if (!customElements.get('filter-table')) customElements.define('filter-table', FilterTable);
