// The editor runs in Chromium 80+ (README, "Browsers"), as kept in office and
// domestic browsers. Checked on the built files, without an old browser:
//   - the wasm modules use no feature newer than Chromium 80's engine: no
//     reference types (externref, table.get/set/grow) and no multi-value
//     results (both need Chromium 96);
//   - the JS the pages run parses as ES2020 (Chromium 80: no top-level await,
//     no ??=, no class fields beyond it) and calls none of the newer APIs
//     listed below; support.js parses as ES3, so that even an IE kernel
//     ("兼容模式") reads it and shows the Chinese message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const WASM_DIS = fileURLToPath(new URL('../../node_modules/.bin/wasm-dis', import.meta.url));
const read = (f) => readFileSync(DIST + f, 'utf8');

/** Lines of the disassembly that use a feature Chromium 80 lacks. */
export function post80Wasm(wat) {
  const bad = [];
  for (const line of wat.split('\n')) {
    if (/\bexternref\b|\btable\.(get|set|grow|fill|size)\b|\bref\.(null|func|is_null)\b/.test(line)) bad.push(line.trim());
    // A function type with two or more results: "(result i32 i32)".
    else if (/\(result\s+[a-z0-9]+\s+[a-z0-9]+/.test(line)) bad.push(line.trim());
  }
  return bad;
}

test('the disassembly check finds reference types and multi-value results', () => {
  assert.deepEqual(post80Wasm('(type $1 (func (param i32) (result i32)))\n (call $f (i32.const 1))'), []);
  assert.equal(post80Wasm('(type $9 (func (param i32) (result i32 i32)))').length, 1);
  assert.equal(post80Wasm(' (import "wbg" "x" (func $x (param externref)))').length, 1);
  assert.equal(post80Wasm('   (table.grow $t (ref.null noextern) (i32.const 1))').length, 1);
});

const wasmFiles = readdirSync(DIST + 'pkg').filter((f) => f.endsWith('.wasm'));

test('the three wasm modules are built', () => {
  assert.deepEqual(wasmFiles.sort(), ['union_plan_bg.wasm', 'union_plan_editor_bg.wasm', 'union_plan_tools_bg.wasm']);
});

for (const f of wasmFiles) {
  test(`pkg/${f} has no reference types and no multi-value results`, () => {
    const wat = execFileSync(WASM_DIS, [DIST + 'pkg/' + f], { maxBuffer: 256 * 1024 * 1024 }).toString();
    assert.ok(wat.length > 100000 && /\(func \$/.test(wat), 'the disassembly has functions');
    const bad = post80Wasm(wat);
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} lines use features newer than Chromium 80`);
  });
}

/** APIs the pages must not call: [pattern, what, first Chromium]. */
const NEWER_APIS = [
  [/\.replaceAll\(/, 'String.prototype.replaceAll', 85],
  [/\.at\(-?\d/, 'Array/String.prototype.at', 92],
  [/\bstructuredClone\(/, 'structuredClone', 98],
  [/\bObject\.hasOwn\(/, 'Object.hasOwn', 93],
  [/\.findLast(Index)?\(/, 'findLast', 97],
  [/\bPromise\.any\(/, 'Promise.any', 85],
  [/\bnew WeakRef\(/, 'WeakRef', 84],
  [/\bAbortSignal\.timeout\(/, 'AbortSignal.timeout', 103],
  [/\.toSorted\(|\.toReversed\(/, 'change-array-by-copy', 110],
];
// FinalizationRegistry (84) is used by wasm-bindgen only behind a typeof check.
function unguardedFinalization(js) {
  // (minified by esbuild: `typeof FinalizationRegistry>"u"`)
  return /new FinalizationRegistry\(/.test(js)
    && !/typeof FinalizationRegistry\s*(?:===?\s*['"]undefined['"]|>\s*['"]u['"])/.test(js);
}

const MODULES = ['boot.js', 'shell.js', 'embed.js', 'modules.js', 'crash.js', 'pkg/union_plan.js', 'pkg/union_plan_editor.js', 'pkg/union_plan_tools.js'];
for (const f of MODULES) {
  test(`${f} parses as ES2020 and calls no API newer than Chromium 80`, () => {
    const js = read(f);
    assert.doesNotThrow(() => parse(js, { ecmaVersion: 2020, sourceType: 'module' }), `${f} uses syntax newer than ES2020`);
    const used = NEWER_APIS.filter(([re]) => re.test(js)).map(([, what, v]) => `${what} (Chromium ${v})`);
    assert.deepEqual(used, []);
    assert.ok(!unguardedFinalization(js), 'FinalizationRegistry without a fallback');
  });
}

test('the single file\'s inline module parses as ES2020', () => {
  const html = read('union-plan.html');
  const modules = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(modules.length, 1);
  assert.doesNotThrow(() => parse(modules[0], { ecmaVersion: 2020, sourceType: 'module' }));
});

test('shell-show.js (the first step shown before the modules run) parses as ES3', () => {
  assert.doesNotThrow(() => parse(read('shell-show.js'), { ecmaVersion: 3, sourceType: 'script' }), 'shell-show.js must stay ES3');
});

test('support.js parses as ES3, is loaded before the modules, and names what to do in Chinese', () => {
  const js = read('support.js');
  assert.doesNotThrow(() => parse(js, { ecmaVersion: 3, sourceType: 'script' }), 'support.js must stay ES3');
  assert.match(js, /极速模式/);
  assert.match(js, /兼容模式/);
  for (const page of ['index.html', 'embed.html']) {
    const html = read(page);
    const support = html.indexOf('src="support.js"');
    const mod = html.search(/<script type="module"/);
    assert.ok(support > 0 && support < mod, `${page} loads support.js before its module`);
    assert.match(html, /<noscript>[\s\S]*[\u4e00-\u9fff][\s\S]*<\/noscript>/, `${page} has a <noscript> in Chinese`);
  }
  const single = read('union-plan.html');
  assert.ok(single.indexOf('极速模式') > 0 && single.indexOf('极速模式') < single.indexOf('<script type="module">'),
    'the single file carries the support check before its module');
});
