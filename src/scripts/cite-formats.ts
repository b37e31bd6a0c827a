/**
 * <cite-formats>: BibTeX and CSL-JSON blocks. Puts today's date in place of the build date, completes a
 * root-relative page address from the address this page was loaded from, and enables copy and download.
 */
import { absolutize, copyOrSelect, todayIso } from './copy-cite.ts';

class CiteFormats extends HTMLElement {
  connectedCallback() {
    const today = todayIso();
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
      copy.addEventListener('click', () => copyOrSelect(code, status, this.dataset.copied, this.dataset.failed));
    }
  }
}
if (!customElements.get('cite-formats')) customElements.define('cite-formats', CiteFormats);
