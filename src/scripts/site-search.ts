/**
 * <site-search>: the header search. A button (and the keys "/" or Ctrl+K) opens a dialog with a search field;
 * results appear after a short pause in typing, grouped by kind; arrow keys move between them. The status gives
 * the true number of hits; only the first few are loaded and shown, with a link to all of them on the search page.
 * One Esc closes the dialog. Without JavaScript the button is a plain link to the search page.
 */
import { runSearch, renderResults, arrowNavigation, debounce } from './search.ts';
import { format } from '../i18n/format.ts';

/** Hits shown in the dialog (each costs one fragment download); the rest are one link away. */
const SHOWN = 5;

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;
    const list = dialog.querySelector<HTMLElement>('[data-results]')!;
    const status = dialog.querySelector<HTMLElement>('[data-status]')!;
    const all = dialog.querySelector<HTMLAnchorElement>('[data-all]')!;
    const opener = this.querySelector<HTMLAnchorElement>('[data-open]')!;
    const base = this.dataset.base ?? '/';
    const searchPage = all.getAttribute('href') ?? '';
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
    // A search field eats the first Esc (to clear itself): one Esc closes the dialog instead.
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        dialog.close();
      }
    });
    document.addEventListener('keydown', (e) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        open();
      }
    });
    const search = async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        all.hidden = true;
        links = [];
        return;
      }
      const answer = await runSearch(base, q);
      if (mine !== seq) return;
      const shown = await answer.load(0, SHOWN);
      if (mine !== seq) return;
      links = renderResults(list, shown, { none: this.dataset.none ?? '', other: this.dataset.other ?? '' });
      status.textContent = format(this.dataset.count ?? '{n}', { n: answer.total });
      all.href = `${searchPage}?q=${encodeURIComponent(q)}`;
      all.textContent = format(this.dataset.all ?? '{n}', { n: answer.total });
      all.hidden = answer.total <= shown.length;
    };
    const pause = debounce(() => void search());
    input.addEventListener('input', (e) => ((e as InputEvent).inputType === 'insertFromPaste' ? pause.now() : pause.later()));
    dialog.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      if (links[0]) location.href = links[0].href;
      else pause.now();
    });
    arrowNavigation(dialog, input, () => [...links, ...(all.hidden ? [] : [all])]);
  }
}
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
