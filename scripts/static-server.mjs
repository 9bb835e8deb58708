// A small static file server for dist/ (no dependencies). Used by
// scripts/serve, the browser tests and the benchmark.
//
// Like a production server it compresses (brotli when the browser accepts
// it, else gzip; each file compressed once and kept in memory, or taken from
// the `.br`/`.gz` copy scripts/build writes beside it) and answers
// revalidations with 304 (ETag), so the page's own resource timing shows
// what a visit really transfers and the service worker's precache does not
// download again what the page already has.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { statSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.ts', '.svg', '.webmanifest']);
/** The file name endings of the two encodings (`scripts/precompress.mjs` writes them beside a file). */
export const SUFFIX = { br: '.br', gzip: '.gz' };

/** `body` compressed as a production server would: brotli at quality 11, or gzip -9. */
export function compressBody(body, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 9 });
}

/** Compressed bodies by file, size and mtime. */
const packed = new Map();
function encoded(file, st, body, encoding) {
  const key = `${encoding}:${file}:${st.size}:${st.mtimeMs}`;
  let out = packed.get(key);
  if (!out) {
    // the build's own copy when it is as new as the file (brotli 11 of the
    // tools module takes ~1.5 s, too long for the first visitor to wait)
    const pre = `${file}${SUFFIX[encoding]}`;
    const pst = statSync(pre, { throwIfNoEntry: false });
    out = pst && pst.mtimeMs >= st.mtimeMs ? readFileSync(pre) : compressBody(body, encoding);
    packed.set(key, out);
  }
  return out;
}

/**
 * Serves `root`. `headers` are added to every response (e.g. a CSP).
 * `compress: false` sends files as they are, `'gzip'` never uses brotli; `onServe({ path, status, bytes, encoding })`
 * is told of every response (the benchmark counts what a visit transfers).
 */
export function serve(root, { port = 0, host = '127.0.0.1', headers = {}, compress = true, onServe = null } = {}) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    let path = '';
    const done = (status, bytes = 0, encoding = '') => { if (onServe) onServe({ path, status, bytes, encoding }); };
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403).end(); done(403); return; }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到'); done(404); return; }
      const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
      const common = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', etag, vary: 'Accept-Encoding', ...headers };
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, common).end(); done(304); return; }
      let body = await readFile(file);
      const accept = String(req.headers['accept-encoding'] || '');
      let encoding = '';
      if (compress && COMPRESSIBLE.has(extname(file)) && body.length > 1024) {
        encoding = compress !== 'gzip' && /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
        if (encoding) body = encoded(file, st, body, encoding);
      }
      res.writeHead(200, encoding ? { ...common, 'content-encoding': encoding } : common);
      res.end(body);
      done(200, body.length, encoding);
    } catch (e) {
      res.writeHead(500).end(String(e));
      done(500);
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, { port: Number(port) });
  const { port: p } = server.address();
  console.log(`union-plan is served at http://127.0.0.1:${p}/  (Ctrl+C stops)`);
}
