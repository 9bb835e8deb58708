// Guards the initial transfer (what the page loads before the editor is
// interactive) against growth. Deterministic: gzip -9 of the files in dist/
// as listed by scripts/sizes.mjs; no browser, no timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sizes, INITIAL, AFTER } from '../../scripts/sizes.mjs';

/** Bytes of gzip allowed: 357.4 KB measured on 2026-12-02 (third session: the pages' modules built with
 * panic=immediate-abort, −15 KB; crash.js and modules.js +2.3 KB), plus ~2 %. Before: 365.4 KB measured
 * (after the year-over-year merge), budget 373 KB. History: 415 KB (394 KB
 * measured) with one module; 322 KB once index.html started with the lite editor module
 * (union_plan_editor.js). Raised on 2026-12-02 for what the first screen now really carries
 * (ARCHITECTURE.md "Size"): title lines and full-width punctuation in every preview block
 * (+11.4 KB), the `format` settings (+5.3 KB), the 文件 form (`issuance`, +5.2 KB) and
 * support.js (+1.9 KB); then the paginated preview and the 版式与发文 settings panel
 * (+9.1 KB: core::paginate, A4 sheets drawn line by line, the settings and their edits); 349 KB
 * until duties and the two tables (issue 17: model, edits, table layout and preview, duty rows,
 * tracking by 牵头部门, +14.2 KB; a proposal for the lead). The 批量审阅 entry (toolbar button,
 * app/review_layer.rs, Tools::mount_review ~2.4 KB; 50-review.css 0.6 KB) fits within it. Issue "Weight" brings it down;
 * tighten it as the editor shrinks. 362 KB since the fourth session of 2026-12-02: 354.7 KB measured
 * (the keystroke work's +1.4 KB paid back by `wasm-opt --converge`), plus ~2 %. */
const BUDGET = 362 * 1024;
/** The goal (issue "Weight", the benchmark): 150 KB gzip. */
const GOAL = 150 * 1024;

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test('initial transfer (gzip) stays within the size budget', (t) => {
  const { rows, total } = sizes(DIST);
  const worst = [...rows].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((r) => `${r.file} ${kb(r.gzip)}`).join(', ');
  t.diagnostic(`initial transfer: ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli; budget ${kb(BUDGET)}; goal ${kb(GOAL)}; largest: ${worst}`);
  assert.ok(total.gzip > 0 && rows.every((r) => r.raw > 0), 'every initial file exists and is not empty');
  assert.ok(total.gzip <= BUDGET,
    `the initial transfer grew to ${kb(total.gzip)} gzip, over the budget of ${kb(BUDGET)} (goal ${kb(GOAL)}); largest: ${worst}`);
});

/** A visit: the editor and then the tools module (gzip). 680.5 KB measured on 2026-12-02 once the
 * tools module stopped carrying a second copy of the editor and the 批量审阅 page (954 KB before);
 * 653.5 KB with both built with panic=immediate-abort; plus ~2 %, 667 KB. Raised on 2026-12-02 (fourth session)
 * to 671 KB for 668.9 KB measured: the importer's rules of three more held-out rounds (issue "Import", tools
 * +4.6 KB) and blocks shared between layouts (`Shared<Block>`, tools +1.7 KB, for typing on slow PCs), less
 * `wasm-opt --converge` on the pages' modules (−3.3 KB); then to 674 KB for 671.2 KB measured after four more
 * import rounds (heldout14–17, tools +2.3 KB). Every import rule lands in the tools module that every visit
 * fetches: loading the importer only when 导入 or 对比上年 is used is the lever left (issue "Weight").
 * The goal (issue "Weight") is 300 KB. */
const VISIT_BUDGET = 674 * 1024;

test('a visit (editor, then the tools module) stays within its budget', (t) => {
  const visit = sizes(DIST).total.gzip + sizes(DIST, AFTER).total.gzip;
  t.diagnostic(`visit: ${kb(visit)} gzip; budget ${kb(VISIT_BUDGET)}; goal 300 KB`);
  assert.ok(visit <= VISIT_BUDGET, `a visit grew to ${kb(visit)} gzip, over the budget of ${kb(VISIT_BUDGET)}`);
});

test('the size list covers every file index.html and boot.js load at startup', () => {
  const html = readFileSync(new URL('index.html', `file://${DIST}`), 'utf8');
  const boot = readFileSync(new URL('boot.js', `file://${DIST}`), 'utf8');
  const modules = readFileSync(new URL('modules.js', `file://${DIST}`), 'utf8');
  const fromHtml = [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  const fromBoot = [
    ...[...boot.matchAll(/\bfrom\s+'\.\/([^']+)'/g)].map((m) => m[1]),
    ...[...boot.matchAll(/new URL\('\.\/([^']+)'/g)].map((m) => m[1]),
  ];
  const loaded = ['index.html', ...fromHtml, ...fromBoot].map((f) => f.replace(/^\.\//, ''));
  assert.ok(fromHtml.length >= 3 && fromBoot.length >= 2, `found too few references: ${JSON.stringify(loaded)}`);
  const unlisted = loaded.filter((f) => !INITIAL.includes(f));
  assert.deepEqual(unlisted, [], 'files loaded at startup that scripts/sizes.mjs does not count');
  // The tools and full modules are loaded only on demand (modules.js).
  assert.match(boot, /import \{ loadTools, loadFull \} from '\.\/modules\.js';/, 'boot.js takes its loaders from modules.js');
  assert.match(modules, /once\('union_plan_tools'\)/, 'modules.js names the tools module');
  assert.match(modules, /once\('union_plan'\)/, 'modules.js names the full module');
  assert.match(modules, /import\(new URL\(name \+ '\.js', PKG\)\.href\)/, 'modules.js imports them dynamically');
  assert.doesNotMatch(modules, /^import\b/m, 'modules.js loads nothing at startup');
  assert.deepEqual(loaded.filter((f) => AFTER.includes(f)), [], 'the tools module is not loaded at startup');
});
