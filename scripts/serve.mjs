// A tiny static file server for dist/ (and the test host pages). No dependencies.
//   node scripts/serve.mjs [dir] [port] [host]
// Like a real host: text is sent gzip-compressed when the browser accepts it, every response
// has an ETag (a repeat request gets 304), pages and the service worker are revalidated on
// each load, and the rest may be cached for an hour.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const host = process.argv[4] ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8', '.sha384': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    let body = await readFile(path);
    const type = types[extname(path)] ?? 'application/octet-stream';
    const revalidate = /\.(html|webmanifest)$|sw\.js$/.test(path);
    const headers = {
      'content-type': type,
      'cache-control': revalidate ? 'no-cache' : 'public, max-age=3600',
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === headers.etag) { res.writeHead(304, headers).end(); return; }
    if (/text|json|svg|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    // Test host pages may ask for a Content-Security-Policy through a sidecar file.
    try { headers['content-security-policy'] = (await readFile(path + '.csp', 'utf8')).trim(); } catch {}
    // The single file may be loaded cross-origin.
    if (extname(path) === '.js') headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}/`));
