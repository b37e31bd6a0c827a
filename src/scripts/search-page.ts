/**
 * <search-page>: the full search page. Reads ?q= and ?kind= (untrusted: q is only used as search text, kind only
 * if it is one of the select's option values, which are entity-kind codes, the same in both languages), searches
 * after a short pause in typing, and keeps the URL in step with the form. Shows the true count and the first
 * PAGE hits; "More results" loads the next ones (one fragment per hit, fetched only when shown).
 */
import { runSearch, renderResults, arrowNavigation, debounce, type PagefindResult, type SearchAnswer } from './search.ts';
import { format } from '../i18n/format.ts';

const PAGE = 10;

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
    const select = form.querySelector<HTMLSelectElement>('select[name=kind]')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const base = this.dataset.base ?? '/';
    const labels = { none: this.dataset.none ?? '', other: this.dataset.other ?? '' };
    form.hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('[data-nojs]')) note.hidden = true;
    let links: HTMLAnchorElement[] = [];
    let answer: SearchAnswer | undefined;
    let shown: PagefindResult[] = [];
    let seq = 0;
    const params = new URLSearchParams(location.search);
    input.value = (params.get('q') ?? '').slice(0, 200);
    const kind = params.get('kind');
    if (kind && [...select.options].some((o) => o.value === kind)) select.value = kind;

    const show = () => {
      links = renderResults(list, shown, labels);
      const total = answer?.total ?? 0;
      const count = format(this.dataset.count ?? '{n}', { n: total });
      status.textContent = total > shown.length ? `${count} (${format(this.dataset.shown, { n: total, shown: shown.length })})` : count;
      more.hidden = total <= shown.length;
    };
    const search = async (push: boolean) => {
      const q = input.value.trim();
      const mine = ++seq;
      if (push) {
        const url = new URL(location.href);
        url.searchParams.delete('q');
        url.searchParams.delete('kind');
        if (q) url.searchParams.set('q', q);
        if (select.value) url.searchParams.set('kind', select.value);
        history.replaceState(null, '', url);
      }
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        more.hidden = true;
        links = [];
        return;
      }
      const label = select.selectedOptions[0]?.dataset.label;
      const a = await runSearch(base, q, label ? { kind: label } : {});
      if (mine !== seq) return;
      const first = await a.load(0, PAGE);
      if (mine !== seq) return;
      answer = a;
      shown = first;
      show();
    };
    more.addEventListener('click', async () => {
      if (!answer) return;
      const mine = seq;
      const next = await answer.load(shown.length, shown.length + PAGE);
      if (mine !== seq) return;
      const firstNew = shown.length;
      shown = [...shown, ...next];
      show();
      links[firstNew]?.focus();
    });
    const pause = debounce(() => void search(true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      pause.now();
    });
    input.addEventListener('input', (e) => ((e as InputEvent).inputType === 'insertFromPaste' ? pause.now() : pause.later()));
    select.addEventListener('change', () => pause.now());
    arrowNavigation(this, input, () => links);
    void search(false);
  }
}
if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
