// Builds the JS peers with esbuild into a temporary directory (never
// committed): the `docx` peer as a browser IIFE (`window.DocxPeer`) for the
// export comparison, and the React 19 + docx reference app, minified, for
// the bundle-size comparison.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const PEER = new URL('./peer/', import.meta.url).pathname;

export async function buildPeers() {
  const out = mkdtempSync(join(tmpdir(), 'union-plan-bench-'));
  const common = {
    bundle: true, minify: true, platform: 'browser', target: 'es2022', logLevel: 'error', legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  const docxPeer = join(out, 'docx-peer.js');
  await build({ ...common, entryPoints: [join(PEER, 'docx-peer.mjs')], outfile: docxPeer, format: 'iife', globalName: 'DocxPeer' });
  const reactApp = join(out, 'react-app.js');
  await build({ ...common, entryPoints: [join(PEER, 'react-app.jsx')], outfile: reactApp, format: 'esm', jsx: 'automatic' });
  const size = (file) => {
    const buf = readFileSync(file);
    return {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  // The page that would load the reference app (for a like-for-like total).
  writeFileSync(join(out, 'react-app.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工会工作计划</title><link rel="icon" href="data:,">' +
    '<script type="module" src="react-app.js"></script></head><body><main id="app"></main></body></html>');
  return { dir: out, docxPeer, reactApp, sizes: { reactApp: size(reactApp), reactHtml: size(join(out, 'react-app.html')), docxPeer: size(docxPeer) } };
}
