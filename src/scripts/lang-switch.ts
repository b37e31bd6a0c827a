/**
 * The language switch carries what you were looking at: the query string (filters, ?q=, ?schemes=, graph focus)
 * and the hash go along to the twin page. Pages keep their state in the URL with history.replaceState, so the
 * link is completed at the moment it is used (click, middle click, focus, hover), from the address as it is then.
 * Without JavaScript the link goes to the twin page's plain address. The link is not completed at load: a page may
 * still be cleaning an untrusted query string then, and the raw string has no business in the document.
 */
for (const a of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
  const plain = a.getAttribute('href') ?? '';
  const carry = () => {
    a.href = `${plain}${location.search}${location.hash}`;
  };
  for (const ev of ['click', 'auxclick', 'contextmenu', 'focus', 'pointerenter', 'touchstart']) a.addEventListener(ev, carry, { passive: true });
}
