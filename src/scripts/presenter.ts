/**
 * Presenter view, on every page: P (or the footer button) toggles large type and high contrast; → / PageDown and
 * ← / PageUp move between the page's sections (h1, h2); Esc leaves. The choice is kept for the session. While it is
 * on, a small hint (the button's data-hint) says so; the navigation stays.
 */
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('[data-presenter-toggle]');
const KEY = 'sc27-atlas-presenter';

let hint: HTMLElement | null = null;
function set(on: boolean) {
  root.classList.toggle('presenting', on);
  if (on && !hint && button?.dataset.hint) {
    hint = document.createElement('p');
    hint.className = 'presenter-hint';
    hint.setAttribute('role', 'note');
    hint.textContent = button.dataset.hint;
    document.body.append(hint);
  } else if (!on && hint) {
    hint.remove();
    hint = null;
  }
  button?.setAttribute('aria-pressed', String(on));
  try {
    sessionStorage.setItem(KEY, on ? '1' : '');
  } catch {
    /* storage may be unavailable */
  }
}
function step(dir: 1 | -1) {
  const heads = [...document.querySelectorAll<HTMLElement>('main h1, main h2')].filter((h) => h.offsetParent !== null);
  // From the focused heading if there is one (a smooth scroll may still be under way), else from the scroll position.
  let i = heads.indexOf(document.activeElement as HTMLElement);
  if (i >= 0) i += dir;
  else {
    const y = window.scrollY + 8;
    const tops = heads.map((h) => h.getBoundingClientRect().top + window.scrollY);
    i = dir > 0 ? tops.findIndex((t) => t > y) : tops.map((t) => t < y - 8).lastIndexOf(true);
  }
  const target = heads[i];
  if (!target) return;
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

if (button) {
  button.hidden = false;
  button.addEventListener('click', () => set(!root.classList.contains('presenting')));
}
try {
  if (sessionStorage.getItem(KEY) === '1') set(true);
} catch {
  /* ignore */
}
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) || e.ctrlKey || e.metaKey || e.altKey) return;
  if (document.querySelector('dialog[open]')) return;
  if (e.key === 'p' || e.key === 'P') set(!root.classList.contains('presenting'));
  else if (!root.classList.contains('presenting')) return;
  else if (e.key === 'Escape') set(false);
  else if (e.key === 'ArrowRight' || e.key === 'PageDown') {
    e.preventDefault();
    step(1);
  } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
    e.preventDefault();
    step(-1);
  }
});
