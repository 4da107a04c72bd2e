// A small static file server for dist/web (and the e2e tests). Sends the right MIME types
// (application/wasm matters for streaming compilation), the precompressed .br/.gz copy that
// assemble-web.sh writes beside a file when the browser accepts it, validators (ETag) so a
// second visit revalidates with 304s instead of downloading again, and, with --csp, the
// strict Content-Security-Policy the widget must work under.
// usage: node serve.mjs [--root DIR] [--port 8080] [--host 127.0.0.1] [--csp] [--cors]
// --cors adds Access-Control-Allow-Origin: * (how a CDN serves the widget to other origins).
import http from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const root = path.resolve(opt('--root', 'dist/web'));
const port = Number(opt('--port', '8080'));
const host = opt('--host', '127.0.0.1');
// The product's content-security policy (script-src 'self' 'wasm-unsafe-eval'; style-src 'self') with
// default-src 'self' so nothing else (fonts, fetches, workers, images) may leave the origin
// either, and Trusted Types enforced: script URLs (the worker's) only through the analyzer's
// own policy, as on sites that require Trusted Types.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types arabic-analyzer";

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml',
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const stat = statSync(file);
  // no-cache: always revalidate (a rebuilt site is seen at once); the ETag makes that a 304.
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
  const headers = {
    'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache',
    etag, vary: 'accept-encoding',
  };
  if (args.includes('--csp') || url.pathname.includes('/csp')) headers['content-security-policy'] = STRICT_CSP;
  if (args.includes('--cors')) headers['access-control-allow-origin'] = '*';
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const accepted = String(req.headers['accept-encoding'] || '');
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.includes(encoding) || !existsSync(file + suffix)) continue;
    headers['content-encoding'] = encoding;
    file += suffix;
    break;
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
});
server.listen(port, host, () => {
  console.log(`arabic-analyzer: serving ${root} on http://${host}:${server.address().port}/`);
});
