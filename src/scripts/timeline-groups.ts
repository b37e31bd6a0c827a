/**
 * Hides a timeline year whose entries are all filtered out by <filter-table> (which hides rows, not their groups).
 * Watches the rows' `hidden` attribute, so it needs no hook in filter-table itself.
 */
function update(root: ParentNode) {
  for (const group of root.querySelectorAll<HTMLElement>('[data-year-group]')) {
    const rows = [...group.querySelectorAll<HTMLElement>('[data-row]')];
    const empty = rows.length > 0 && rows.every((r) => r.hidden);
    // only write on change: writing `hidden` is itself a mutation this observer would see again
    if (group.hidden !== empty) group.hidden = empty;
  }
}
for (const table of document.querySelectorAll<HTMLElement>('filter-table')) {
  if (!table.querySelector('[data-year-group]')) continue;
  new MutationObserver(() => update(table)).observe(table, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  update(table);
}
