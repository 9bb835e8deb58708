// node scripts/precompress.mjs DIR: writes `FILE.br` (brotli 11) and `FILE.gz`
// beside every compressible file over 1 KB under DIR, as a production server
// would send them. The `.gz` copies are zopfli's (@gfx/zopfli, a dev
// dependency): gzip any browser and server reads, ~5 % smaller than gzip -9
// (the editor's wasm 348.3 → 330.5 KB; ARCHITECTURE.md "Size"), for ~15 s of
// build. scripts/serve (scripts/static-server.mjs) sends these copies rather
// than compressing on the request, and a portal's server can do the same
// (README "Embedding").
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzip } from '@gfx/zopfli';
import { COMPRESSIBLE, SUFFIX, compressBody } from './static-server.mjs';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** gzip by zopfli; five iterations compress these files as well as its default fifteen, in a third of the time. */
function zopfli(body) {
  return new Promise((resolve, reject) => gzip(body, { numiterations: 5 }, (e, out) => (e ? reject(e) : resolve(out))));
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}
const t0 = Date.now();
let n = 0;
for (const f of files(dir)) {
  if (!COMPRESSIBLE.has(extname(f))) continue;
  const body = readFileSync(f);
  if (body.length <= 1024) continue;
  const gz = await zopfli(body);
  // a wrong copy would be served to every browser: check it unpacks to the file
  if (!gunzipSync(gz).equals(body)) throw new Error(`zopfli's gzip of ${f} does not unpack to the file`);
  writeFileSync(f + SUFFIX.gzip, gz);
  writeFileSync(f + SUFFIX.br, compressBody(body, 'br'));
  n++;
}
console.log(`precompressed ${n} files (.br and .gz) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
