/**
 * <site-search>: the header search. A button (and the keys "/" or Ctrl+K) opens a dialog with a search field;
 * results appear as you type, grouped by kind; arrow keys move between them. Without JavaScript the button
 * is a plain link to the search page.
 */
import { runSearch, renderResults, arrowNavigation } from './search.ts';

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;
    const list = dialog.querySelector<HTMLElement>('[data-results]')!;
    const status = dialog.querySelector<HTMLElement>('[data-status]')!;
    const opener = this.querySelector<HTMLAnchorElement>('[data-open]')!;
    const base = this.dataset.base ?? '/';
    let links: HTMLAnchorElement[] = [];
    let seq = 0;
    const open = () => {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
    };
    opener.addEventListener('click', (e) => {
      e.preventDefault();
      open();
    });
    dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    document.addEventListener('keydown', (e) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        open();
      }
    });
    input.addEventListener('input', async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        links = [];
        return;
      }
      const results = await runSearch(base, q);
      if (mine !== seq) return;
      links = renderResults(list, results, { none: this.dataset.none ?? '', other: this.dataset.other ?? '' });
      status.textContent = (this.dataset.count ?? '{n}').replace('{n}', String(results.length));
    });
    dialog.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      if (links[0]) location.href = links[0].href;
    });
    arrowNavigation(dialog, input, () => links);
  }
}
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
