/**
 * The Content-Security-Policy of every page (a <meta http-equiv> so that any static host serves it).
 * Scripts only from the site itself (no inline scripts); 'wasm-unsafe-eval' lets Pagefind run its WebAssembly.
 * Inline style attributes are allowed (d3 and the browser set element styles); nothing may load from elsewhere.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
