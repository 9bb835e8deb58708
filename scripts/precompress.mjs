// node scripts/precompress.mjs DIR: writes `FILE.br` (brotli 11) and `FILE.gz`
// (gzip -9) beside every compressible file over 1 KB under DIR, as a
// production server would send them. scripts/serve (scripts/static-server.mjs)
// sends these copies rather than compressing on the first request, and a
// portal's server can do the same (README "Embedding").
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { COMPRESSIBLE, SUFFIX, compressBody } from './static-server.mjs';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
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
  for (const [encoding, suffix] of Object.entries(SUFFIX)) writeFileSync(f + suffix, compressBody(body, encoding));
  n++;
}
console.log(`precompressed ${n} files (.br and .gz) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
