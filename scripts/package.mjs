// Post-build step (scripts/build runs `node scripts/package.mjs dist`):
//   1. copies embed.html, embed.js and examples/ into dist/;
//   2. writes dist/sw.js (the service worker) with its cache named after a
//      hash of the files it precaches;
//   3. writes dist/union-plan.html: the whole editor in one file (CSS, JS
//      glue and the wasm as base64 inlined) that works from file:// without
//      a server and makes no request.
// Fails loudly (exit 1) when dist/ does not have the shape it expects.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the service worker precaches (paths relative to dist/). */
// What a visit fetches anyway (the service worker revalidates them: 304, no
// body); the tools module (export, import, templates) and the full module
// (批量审阅) are cached when they are first fetched, so a visit that only
// writes does not download them for the cache.
export const PRECACHE = [
  'index.html', 'boot.js', 'shell.js', 'shell-show.js', 'modules.js', 'crash.js', 'support.js', 'page.css', 'union-plan.css', 'favicon.svg',
  'pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm',
  'embed.html', 'embed.js',
];
/** Cached by the service worker when first fetched (and part of the build hash). */
export const LATER = ['pkg/union_plan_tools.js', 'pkg/union_plan_tools_bg.wasm', 'pkg/union_plan.js', 'pkg/union_plan_bg.wasm'];

function fail(msg) {
  throw new Error(`scripts/package.mjs: ${msg}`);
}

/** A short hash of the named files (name and content), e.g. "3f9a0c1d2e4b". */
export function buildVersion(dist, files = [...PRECACHE, ...LATER]) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f + '\0');
    h.update(readFileSync(join(dist, f)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 12);
}

/** dist/sw.js from sw.js, with the build hash and the file list filled in. */
export function serviceWorker(dist, template = readFileSync(join(ROOT, 'sw.js'), 'utf8')) {
  const version = buildVersion(dist);
  let out = template;
  const set = (re, line) => {
    if (!re.test(out)) fail(`sw.js has no line matching ${re}`);
    out = out.replace(re, line);
  };
  set(/^const BUILD = .*;$/m, `const BUILD = ${JSON.stringify(version)};`);
  set(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(PRECACHE)};`);
  set(/^const LATER = .*;$/m, `const LATER = ${JSON.stringify(LATER)};`);
  return { version, text: out };
}

/** The wasm-bindgen glue (an ES module) as plain statements for an inline module script. */
export function inlineGlue(glue) {
  let out = glue
    .replace(/^export \{[^}]*\};?[ \t]*$/gm, '')
    .replace(/^export (?=(?:async )?function |class |const |let |var )/gm, '');
  if (/^export\b/m.test(out)) fail('the wasm-bindgen glue has an export this script does not know how to inline');
  if (/^import\b/m.test(out)) fail('the wasm-bindgen glue imports another module; it cannot be inlined');
  if (!/\basync function __wbg_init\b/.test(out)) fail('the wasm-bindgen glue has no __wbg_init');
  return out;
}

// Text that would end or confuse the inline element it is put in.
function forScript(js) {
  if (js.includes('<!--')) fail('script text contains "<!--"');
  return js.replace(/<\/script/gi, '<\\/script');
}
function forStyle(css) {
  if (/<\/style/i.test(css)) fail('CSS contains "</style"');
  return css;
}

// Starts the editor like boot.js, with the wasm bytes from this file.
// No top-level await (Chromium 80-88 lack it).
const SINGLE_BOOT = `
const host = document.getElementById('app');
(async () => {
  const text = atob(document.getElementById('union-plan-wasm').textContent.trim());
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  await __wbg_init({ module_or_path: bytes });
  window.unionPlanEditor = mount(host, {});
})().catch((e) => {
  if (!window.unionPlanUnsupported) {
    host.textContent = '编写助手加载失败：' + (e && e.message ? e.message : e) + '。请换用新版 Chrome、Edge 或 Firefox 打开本文件（国产浏览器请用“极速模式”）。';
  }
  throw e;
});
`;

// The single file may only run what it carries: no request of any kind.
const SINGLE_CSP = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data:";

/** dist/union-plan.html: index.html with every file it loads inlined. */
export function singleFile(dist) {
  const read = (f) => readFileSync(join(dist, f), 'utf8');
  let html = read('index.html');
  const replace = (re, fn, what) => {
    if (!re.test(html)) fail(`index.html has no ${what} (${re})`);
    html = html.replace(re, fn);
  };
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    () => `<meta http-equiv="Content-Security-Policy" content="${SINGLE_CSP}">`, 'CSP meta tag');
  replace(/<link rel="icon" href="([^"]+)"[^>]*>/, (_, f) =>
    `<link rel="icon" href="data:image/svg+xml;base64,${readFileSync(join(dist, f)).toString('base64')}">`, 'icon link');
  // Everything is inline: nothing to preload.
  replace(/ *<!--[^>]*-->\n(?: *<link rel="modulepreload"[^>]*>\n)+/, () => '', 'modulepreload links');
  // The wasm is in the file: no shell to show while it is fetched (shell.js).
  replace(/ *<!-- shell:[\s\S]*?<!-- \/shell -->\n/, () => '', 'shell');
  replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, f) => `<style>\n${forStyle(read(f))}\n</style>`, 'stylesheet link');
  const wasm = readFileSync(join(dist, 'pkg/union_plan_bg.wasm')).toString('base64');
  replace(/<script defer src="support\.js"><\/script>/, () => `<script>\n${forScript(read('support.js'))}</script>`, 'support.js script');
  replace(/<script type="module" src="boot\.js"><\/script>/, () =>
    `<script type="application/octet-stream" id="union-plan-wasm">${wasm}</script>\n` +
    `<script type="module">\n${forScript(inlineGlue(read('pkg/union_plan.js')) + SINGLE_BOOT)}</script>`, 'boot.js script');
  // Nothing may point outside the file.
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  const outside = [...markup.matchAll(/\b(?:src|href|srcset|action|manifest)\s*=\s*["']?(?!data:)([^"'\s>]+)/gi)].map((m) => m[1]);
  if (outside.length) fail(`the single file still refers to other files: ${outside.join(', ')}`);
  return html;
}

/** The names union_plan.js exports that union_plan.d.ts does not declare. */
export function undeclared(glue, dts) {
  const names = [...glue.matchAll(/^export (?:async )?(?:function|class) (\w+)/gm)].map((m) => m[1]);
  for (const m of glue.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) names.push(part.trim().split(/\s+as\s+/).pop());
  }
  const declared = (n) => n === 'default'
    ? /^export default /m.test(dts)
    : new RegExp(`^export (?:declare )?(?:function|class|const) ${n}\\b`, 'm').test(dts);
  return names.filter((n) => n && !declared(n));
}

function copyInto(dist) {
  for (const f of ['embed.html', 'embed.js']) cpSync(join(ROOT, f), join(dist, f));
  const ex = join(ROOT, 'examples');
  mkdirSync(join(dist, 'examples'), { recursive: true });
  for (const f of readdirSync(ex)) {
    if (/\.(html|js|css)$/.test(f)) cpSync(join(ex, f), join(dist, 'examples', f));
  }
}

export function packageDist(dist) {
  for (const f of ['index.html', 'boot.js', 'shell.js', 'shell-show.js', 'modules.js', 'crash.js', 'pkg/union_plan.js', 'pkg/union_plan_bg.wasm', 'pkg/union_plan_editor.js', 'pkg/union_plan_editor_bg.wasm', 'pkg/union_plan_tools.js', 'pkg/union_plan_tools_bg.wasm']) {
    if (!existsSync(join(dist, f))) fail(`${join(dist, f)} is missing: run scripts/build first`);
  }
  copyInto(dist);
  const sw = serviceWorker(dist);
  writeFileSync(join(dist, 'sw.js'), sw.text);
  const single = singleFile(dist);
  writeFileSync(join(dist, 'union-plan.html'), single);
  const dtsPath = join(dist, 'pkg/union_plan.d.ts');
  const missing = existsSync(dtsPath) ? undeclared(read(join(dist, 'pkg/union_plan.js')), read(dtsPath)) : [];
  return { version: sw.version, singleBytes: Buffer.byteLength(single), missing };
}

const read = (p) => readFileSync(p, 'utf8');

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] || 'dist';
  try {
    const r = packageDist(dist);
    console.log(`embed.html, examples/ copied; sw.js cache union-plan-${r.version}; union-plan.html ${(r.singleBytes / 1024).toFixed(1)} KB (one file, works from file://)`);
    if (r.missing.length) console.log(`\x1b[33mWARNING: src/union_plan.d.ts does not declare: ${r.missing.join(', ')}\x1b[0m`);
  } catch (e) {
    console.error(`\x1b[31m${e.message}\x1b[0m`);
    process.exit(1);
  }
}
