/**
 * <copy-cite>: puts today's date in the citation and copies it to the clipboard on request. A root-relative page
 * address (a build without SITE_URL) becomes the absolute address this page was loaded from.
 */
/** `text` with every occurrence of the root-relative `url` replaced by its absolute form on this page's origin. */
export function absolutize(text: string, url: string | undefined): string {
  if (!url || !url.startsWith('/')) return text;
  return text.split(url).join(new URL(url, location.href).href);
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Copies the element's text; where the clipboard is refused, selects the text instead so the reader can copy it. */
export async function copyOrSelect(el: HTMLElement, status: HTMLElement, copied = '', failed = ''): Promise<void> {
  try {
    await navigator.clipboard.writeText(el.textContent ?? '');
    status.textContent = copied;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    status.textContent = failed;
  }
}

class CopyCite extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-text]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const date = todayIso();
    const accessed = this.dataset.lang === 'ja' ? `${date} 閲覧` : `accessed ${date}`;
    text.textContent = `${absolutize(this.dataset.base ?? '', this.dataset.url)} (${accessed})`;
    button.hidden = false;
    button.addEventListener('click', () => copyOrSelect(text, status, this.dataset.copied, this.dataset.failed));
  }
}
if (!customElements.get('copy-cite')) customElements.define('copy-cite', CopyCite);
