/**
 * <search-page>: the full search page. Reads ?q= and ?kind= (untrusted: q is only used as search text,
 * kind only if it is one of the select's options), searches, and keeps the URL in step with the form.
 */
import { runSearch, renderResults, arrowNavigation } from './search.ts';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
    const select = form.querySelector<HTMLSelectElement>('select[name=kind]')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const base = this.dataset.base ?? '/';
    let links: HTMLAnchorElement[] = [];
    let seq = 0;
    const params = new URLSearchParams(location.search);
    input.value = (params.get('q') ?? '').slice(0, 200);
    const kind = params.get('kind');
    if (kind && [...select.options].some((o) => o.value === kind)) select.value = kind;

    const search = async (push: boolean) => {
      const q = input.value.trim();
      const mine = ++seq;
      if (push) {
        const url = new URL(location.href);
        url.search = '';
        if (q) url.searchParams.set('q', q);
        if (select.value) url.searchParams.set('kind', select.value);
        history.replaceState(null, '', url);
      }
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        links = [];
        return;
      }
      const results = await runSearch(base, q, select.value ? { kind: select.value } : {}, 50);
      if (mine !== seq) return;
      links = renderResults(list, results, { none: this.dataset.none ?? '', other: this.dataset.other ?? '' });
      status.textContent = (this.dataset.count ?? '{n}').replace('{n}', String(results.length));
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void search(true);
    });
    input.addEventListener('input', () => void search(true));
    select.addEventListener('change', () => void search(true));
    arrowNavigation(this, input, () => links);
    void search(false);
  }
}
if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
