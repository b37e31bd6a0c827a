/**
 * <copy-cite>: puts today's date in the citation and copies it to the clipboard on request. A root-relative page
 * address (a build without SITE_URL) becomes the absolute address this page was loaded from.
 */
/** `text` with every occurrence of the root-relative `url` replaced by its absolute form on this page's origin. */
export function absolutize(text: string, url: string | undefined): string {
  if (!url || !url.startsWith('/')) return text;
  return text.split(url).join(new URL(url, location.href).href);
}

class CopyCite extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-text]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const accessed = this.dataset.lang === 'ja' ? `${date} 閲覧` : `accessed ${date}`;
    text.textContent = `${absolutize(this.dataset.base ?? '', this.dataset.url)} (${accessed})`;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.textContent ?? '');
        status.textContent = this.dataset.copied ?? '';
      } catch {
        const range = document.createRange();
        range.selectNodeContents(text);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}
if (!customElements.get('copy-cite')) customElements.define('copy-cite', CopyCite);
