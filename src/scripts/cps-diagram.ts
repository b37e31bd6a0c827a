/**
 * <cps-diagram>: turns the layers of the CPS figure into tabs (WAI-ARIA tabs pattern) that show one layer's details
 * in a panel. Without JavaScript the figure is a plain image (SVG with <title>/<desc>) and the table below it shows
 * every layer's details.
 *
 * Markup: an `svg` whose `[data-tablist]` group holds `[data-layer]` groups (each with `data-panel` = the panel's ID
 * and `data-name` = its accessible name); `[data-panels]` holds the panels (hidden); `[data-static]` is the table.
 * Keys: Tab moves into and out of the tab list; ←/↑ and →/↓ move between layers (and show them), Home/End jump to the
 * first/last, Enter/Space show the focused layer. A URL hash naming a layer (`#cps-layer-2`) selects it.
 */
export class CpsDiagram extends HTMLElement {
  private tabs: SVGGElement[] = [];

  connectedCallback() {
    const svg = this.querySelector('svg');
    const list = svg?.querySelector<SVGGElement>('[data-tablist]');
    const panels = this.querySelector<HTMLElement>('[data-panels]');
    if (!svg || !list || !panels || this.tabs.length) return;
    this.tabs = [...list.querySelectorAll<SVGGElement>('[data-layer]')];
    if (!this.tabs.length) return;
    // The figure stops being a flat image: its layers become tabs.
    svg.setAttribute('role', 'group');
    svg.removeAttribute('aria-describedby');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-orientation', 'vertical');
    if (list.dataset.label) list.setAttribute('aria-label', list.dataset.label);
    for (const tab of this.tabs) {
      const panel = this.panelOf(tab);
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-label', tab.dataset.name ?? '');
      if (panel) {
        tab.setAttribute('aria-controls', panel.id);
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', tab.id);
        panel.tabIndex = 0;
      }
      tab.addEventListener('click', () => this.select(tab, true));
      tab.addEventListener('keydown', (e) => this.onKey(e, tab));
    }
    panels.hidden = false;
    const table = this.querySelector<HTMLElement>('[data-static]');
    if (table) table.hidden = true;
    const fromHash = this.tabs.find((t) => `#${t.dataset.layer}` === location.hash);
    const initial = fromHash ?? this.tabs.find((t) => t.dataset.layer === this.dataset.initial) ?? this.tabs[0];
    this.select(initial, false);
  }

  private panelOf(tab: SVGGElement): HTMLElement | null {
    const id = tab.dataset.panel;
    return id ? this.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
  }

  private select(tab: SVGGElement, focus: boolean) {
    for (const t of this.tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.setAttribute('tabindex', on ? '0' : '-1');
      const panel = this.panelOf(t);
      if (panel) panel.hidden = !on;
    }
    if (focus) tab.focus();
  }

  private onKey(e: KeyboardEvent, tab: SVGGElement) {
    const i = this.tabs.indexOf(tab);
    const n = this.tabs.length;
    let next: SVGGElement | undefined;
    switch (e.key) {
      case 'ArrowUp':
      case 'ArrowLeft':
        next = this.tabs[(i - 1 + n) % n];
        break;
      case 'ArrowDown':
      case 'ArrowRight':
        next = this.tabs[(i + 1) % n];
        break;
      case 'Home':
        next = this.tabs[0];
        break;
      case 'End':
        next = this.tabs[n - 1];
        break;
      case 'Enter':
      case ' ':
        next = tab;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.select(next, true);
  }
}
if (!customElements.get('cps-diagram')) customElements.define('cps-diagram', CpsDiagram);
