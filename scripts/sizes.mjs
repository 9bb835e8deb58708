// Prints the gzip (and brotli) size, as served (the build's zopfli `.gz` copies), of what the page loads before its first
// field takes typing and before the editor is interactive. Used by scripts/build, the size budget test and the benchmark.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

// index.html shows its first step as plain HTML (shell.js) once FIRST_FIELD
// is in; then it fetches the lite editor module (with the checklist and
// guidance); the tools module (export, import, summary, templates, year over
// year) is fetched on first use; the full module only when 批量审阅 is opened
// (modules.js). A visit that writes and checks fetches INITIAL only.
export const FIRST_FIELD = ['index.html', 'boot.js', 'shell.js', 'shell-show.js', 'modules.js', 'crash.js', 'support.js', 'page.css', 'union-plan.css', 'favicon.svg'];
export const EDITOR = ['pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm'];
export const INITIAL = [...FIRST_FIELD, ...EDITOR];
export const ON_USE = ['pkg/union_plan_tools.js', 'pkg/union_plan_tools_bg.wasm'];
/** The wasm modules, each with its glue, and when a page loads it. */
export const MODULES = [
  { name: 'union_plan_editor', when: 'index.html, at once', files: ['pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm'] },
  { name: 'union_plan_tools', when: 'on first export, import, templates, year over year', files: ON_USE },
  { name: 'union_plan', when: '批量审阅 only; portals, Node', files: ['pkg/union_plan.js', 'pkg/union_plan_bg.wasm'] },
];

/**
 * The size of the copy a server sends: the build's `.gz`/`.br` beside the
 * file when it is as new as the file (scripts/precompress.mjs: zopfli's gzip,
 * brotli 11), else the file compressed here (gzip -9, brotli 11). Files of
 * 1 KB or less have no copies; a server sends them as they are or compresses
 * them on the request, counted here as gzip -9.
 */
function packed(path, buf, suffix, pack) {
  const st = statSync(path);
  const copy = statSync(path + suffix, { throwIfNoEntry: false });
  return copy && copy.mtimeMs >= st.mtimeMs ? copy.size : pack(buf).length;
}

export function sizes(dist, files = INITIAL) {
  const rows = files.map((f) => {
    const path = join(dist, f);
    const buf = readFileSync(path);
    return {
      file: f,
      raw: buf.length,
      gzip: packed(path, buf, '.gz', (b) => gzipSync(b, { level: 9 })),
      brotli: packed(path, buf, '.br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
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
  const first = sizes(process.argv[2] || 'dist', FIRST_FIELD).total;
  console.log(`${'  of it, before the field'.padEnd(26)} ${kb(first.raw)} raw ${kb(first.gzip)} gzip ${kb(first.brotli)} br`);
  const onUse = sizes(process.argv[2] || 'dist', ON_USE).total;
  console.log(`${'on first use (tools)'.padEnd(26)} ${kb(onUse.raw)} raw ${kb(onUse.gzip)} gzip ${kb(onUse.brotli)} br`);
}
