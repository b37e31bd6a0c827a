/**
 * Fills `{name}` placeholders in a UI string. The one interpolation rule, shared by `t()` at build time and by the
 * browser scripts, which read their templates from `data-*` attributes. An unknown placeholder stays visible
 * (`{name}`) so a missing value shows up on the page instead of vanishing.
 */
export function format(template: string | undefined, vars: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : whole));
}
