/**
 * Keys on the explorer's nodes: arrows step through the nodes in table order (roving tabindex), Home and End go to
 * the first and last, Enter or Space put the node in the centre (and, on the centre node, open its page).
 */
export type KeyMove = { to: number } | { activate: true } | null;

/** What a key does on the node at `index` of `count` nodes. Pure. */
export function keyMove(key: string, index: number, count: number): KeyMove {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { to: Math.min(count - 1, index + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { to: Math.max(0, index - 1) };
    case 'Home':
      return { to: 0 };
    case 'End':
      return { to: count - 1 };
    case 'Enter':
    case ' ':
      return { activate: true };
    default:
      return null;
  }
}
