// A tiny static file server for dist/ (and the test host pages). No dependencies.
//   node scripts/serve.mjs [dir] [port] [host]
// Like a real host: text is sent gzip-compressed when the browser accepts it, and every
// response has an ETag and is revalidated (a repeat request gets 304; the files' names carry
// no hash, so nothing may be cached blind).
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

// Each file's bytes, tag and compressed form, made once per version of the file.
const cache = new Map();
async function prepared(path, mtimeMs) {
  const hit = cache.get(path);
  if (hit?.mtimeMs === mtimeMs) return hit;
  const body = await readFile(path);
  let gz;
  const entry = {
    mtimeMs, body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    gzip: () => (gz ??= gzipSync(body)),
  };
  cache.set(path, entry);
  return entry;
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const { mtimeMs } = await stat(path);
    const type = types[extname(path)] ?? 'application/octet-stream';
    const gzip = /text|json|svg|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const file = await prepared(path, mtimeMs);
    // The files' names carry no hash, so every response is revalidated (a 304 when unchanged):
    // a rebuilt file is never paired with an old one from the browser's cache.
    const headers = {
      'content-type': type,
      'cache-control': 'no-cache',
      // Each encoding is its own representation, with its own tag.
      etag: gzip ? file.etag.replace(/"$/, '-gz"') : file.etag,
      vary: 'accept-encoding',
    };
    const wanted = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (wanted.includes(headers.etag)) { res.writeHead(304, headers).end(); return; }
    const body = gzip ? file.gzip() : file.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    // Test host pages may ask for a Content-Security-Policy through a sidecar file.
    try { headers['content-security-policy'] = (await readFile(path + '.csp', 'utf8')).trim(); } catch {}
    // The single file may be loaded cross-origin.
    if (extname(path) === '.js') headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}/`));
