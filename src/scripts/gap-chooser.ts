/**
 * <gap-chooser>: opens the gap analysis of the two chosen catalogues (its prebuilt page, `data-path` with FROM and TO
 * replaced). With `data-redirect` (the /crosswalk/gap/ page) it reads `?from=&to=` once: two valid, different IDs open
 * their page; anything else shows the message naming the valid choices. URL values are only compared with the
 * options, never written into the page.
 */
export class GapChooser extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const from = form?.querySelector<HTMLSelectElement>('select[name="from"]');
    const to = form?.querySelector<HTMLSelectElement>('select[name="to"]');
    if (!form || !from || !to) return;
    const valid = (v: string | null) => v !== null && [...from.options].some((o) => o.value === v);
    const target = (a: string, b: string) => (this.dataset.path ?? '').replace('FROM', encodeURIComponent(a)).replace('TO', encodeURIComponent(b));
    const show = (which: 'same' | 'unknown' | null) => {
      this.querySelector<HTMLElement>('[data-same]')!.hidden = which !== 'same';
      this.querySelector<HTMLElement>('[data-unknown]')!.hidden = which !== 'unknown';
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (from.value === to.value) return show('same');
      location.assign(target(from.value, to.value));
    });
    if (this.dataset.redirect === undefined) return;
    const params = new URLSearchParams(location.search);
    const a = params.get('from');
    const b = params.get('to');
    if (a === null && b === null) return;
    if (!valid(a) || !valid(b)) return show('unknown');
    from.value = a!;
    to.value = b!;
    if (a === b) return show('same');
    location.replace(target(a!, b!));
  }
}
if (!customElements.get('gap-chooser')) customElements.define('gap-chooser', GapChooser);
