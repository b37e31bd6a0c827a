#!/usr/bin/env node
/**
 * Serves the built site from dist/ on localhost, with no network and no dependencies.
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /atlas/]
 * The base path defaults to BASE_PATH (as used for the build) or "/".
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const root = resolve(opt('dir', 'dist'));
const port = Number(opt('port', process.env.PORT ?? 4321));
const host = opt('host', '127.0.0.1');
let base = opt('base', process.env.BASE_PATH ?? '/');
if (!base.startsWith('/')) base = `/${base}`;
if (!base.endsWith('/')) base = `${base}/`;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json|atom\+xml)|image\/svg\+xml)/;

/** Each file is compressed once, not on every request (the tests load the same CSS, scripts and data hundreds of
 * times); a file changed on disk since (a rebuild while serving) is compressed again. */
const gzipped = new Map();
function gzipOf(file) {
  const { mtimeMs, size } = statSync(file);
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs, size, body });
  return body;
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    res.writeHead(400).end();
    return;
  }
  // A directory without its trailing slash: redirect, as static hosts do.
  const bare = fileFor(pathname);
  if (!bare && !pathname.endsWith('/') && fileFor(`${pathname}/`)) {
    res.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = bare ?? join(root, '404.html');
  const status = bare ? 200 : 404;
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Text is sent gzip-compressed when the browser accepts it, as any static host does (Pagefind's own index and
  // wasm files are compressed already and go as they are).
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? gzipOf(file) : null;
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(body ? { 'Content-Encoding': 'gzip', 'Content-Length': body.length } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  if (body) res.end(body);
  else createReadStream(file).pipe(res);
});
server.listen(port, host, () => {
  console.log(`SC 27 Atlas: http://${host}:${port}${base}  (serving ${root}; Ctrl+C to stop)`);
});
