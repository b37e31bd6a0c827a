/**
 * <cite-formats>: BibTeX and CSL-JSON blocks. Puts today's date in place of the build date, completes a
 * root-relative page address from the address this page was loaded from, and enables copy and download.
 */
import { absolutize } from './copy-cite.ts';

class CiteFormats extends HTMLElement {
  connectedCallback() {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const built = this.dataset.date ?? '';
    for (const block of this.querySelectorAll<HTMLElement>('[data-format]')) {
      const code = block.querySelector<HTMLElement>('[data-text]')!;
      const copy = block.querySelector<HTMLButtonElement>('[data-copy]')!;
      const link = block.querySelector<HTMLAnchorElement>('[data-download]')!;
      const status = block.querySelector<HTMLElement>('[data-status]')!;
      let text = absolutize(code.textContent ?? '', this.dataset.url);
      if (built) text = text.split(built).join(today);
      if (built && block.dataset.format === 'json') text = text.split(JSON.stringify(built.split('-').map(Number))).join(JSON.stringify(today.split('-').map(Number)));
      code.textContent = text;
      link.href = URL.createObjectURL(new Blob([text], { type: `${block.dataset.type ?? 'text/plain'};charset=utf-8` }));
      link.hidden = false;
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(code.textContent ?? '');
          status.textContent = this.dataset.copied ?? '';
        } catch {
          const range = document.createRange();
          range.selectNodeContents(code);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          status.textContent = this.dataset.failed ?? '';
        }
      });
    }
  }
}
if (!customElements.get('cite-formats')) customElements.define('cite-formats', CiteFormats);
