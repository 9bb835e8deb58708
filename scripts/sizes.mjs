// Prints the gzip (and brotli) size of what the page loads before it is
// interactive. Used by scripts/build, the size budget test and the benchmark.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

// index.html runs the lite editor module; the tools module (export, import,
// checklist, summary, templates, guidance) is fetched after the editor is
// interactive; the full module only when 批量审阅 is opened (modules.js).
export const INITIAL = ['index.html', 'boot.js', 'modules.js', 'crash.js', 'support.js', 'page.css', 'union-plan.css', 'favicon.svg', 'pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm'];
export const AFTER = ['pkg/union_plan_tools.js', 'pkg/union_plan_tools_bg.wasm'];
/** The wasm modules, each with its glue, and when a page loads it. */
export const MODULES = [
  { name: 'union_plan_editor', when: 'index.html, at once', files: ['pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm'] },
  { name: 'union_plan_tools', when: 'once the editor is on screen', files: AFTER },
  { name: 'union_plan', when: '批量审阅 only; portals, Node', files: ['pkg/union_plan.js', 'pkg/union_plan_bg.wasm'] },
];

export function sizes(dist, files = INITIAL) {
  const rows = files.map((f) => {
    const buf = readFileSync(join(dist, f));
    return {
      file: f,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = sizes(process.argv[2] || 'dist');
  const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
  for (const r of rows) console.log(`${r.file.padEnd(26)} ${kb(r.raw)} raw ${kb(r.gzip)} gzip ${kb(r.brotli)} br`);
  console.log(`${'initial transfer'.padEnd(26)} ${kb(total.raw)} raw ${kb(total.gzip)} gzip ${kb(total.brotli)} br`);
  const after = sizes(process.argv[2] || 'dist', AFTER).total;
  console.log(`${'after interactive (tools)'.padEnd(26)} ${kb(after.raw)} raw ${kb(after.gzip)} gzip ${kb(after.brotli)} br`);
}
