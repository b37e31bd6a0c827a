/**
 * <print-button>: shows the button inside it (marked data-js-only, so it keeps its place until this runs and is
 * removed without JavaScript) and prints the page when it is pressed. No inline script (CSP).
 */
export class PrintButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}
if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
