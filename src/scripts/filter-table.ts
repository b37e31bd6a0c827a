/**
 * <filter-table>: narrows the rows of a table (or items of a list) with the <select>s inside it.
 * Without JavaScript the full list shows and the filter form stays hidden.
 *
 * Markup: a `form[data-filters][data-js-only]` (kept in place, invisible, until this runs; removed without JS) with `<select name="x">`; rows `[data-row]` carry `data-x="a b"`
 * (space-separated tokens); a `[data-count]` element gets the live count from its `data-template` ("{n} of {total}").
 * The selection is mirrored in the URL query (`?x=a`); values from the URL are only used if they match an option.
 */
export class FilterTable extends HTMLElement {
  private form!: HTMLFormElement;
  private selects: HTMLSelectElement[] = [];
  private rows: HTMLElement[] = [];

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
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('reset', () => setTimeout(() => this.apply(true)));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.apply(false);
  }

  private apply(updateUrl: boolean) {
    const active = this.selects.filter((s) => s.value !== '');
    let shown = 0;
    for (const row of this.rows) {
      const ok = active.every((s) => (row.dataset[s.name] ?? '').split(' ').includes(s.value));
      row.hidden = !ok;
      if (ok) shown++;
    }
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) count.textContent = (count.dataset.template ?? '{n}').replace('{n}', String(shown)).replace('{total}', String(this.rows.length));
    if (updateUrl) {
      const url = new URL(location.href);
      for (const s of this.selects) {
        if (s.value) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      history.replaceState(null, '', url);
    }
  }
}
if (!customElements.get('filter-table')) customElements.define('filter-table', FilterTable);
