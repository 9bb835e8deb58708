// index.html's first step as plain HTML (shell.js): on screen and taking
// typing before the editor module is fetched; what was typed, the focus and
// the caret pass to the editor; a returning visitor sees no empty form; a
// failed editor keeps what was typed; and the copy stays the editor's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const EDITOR_WASM = '**/pkg/union_plan_editor_bg.wasm';

/** Records (page clock) when the shell's first field is laid out and visible. */
function shellProbe() {
  const obs = new MutationObserver(() => {
    const el = document.getElementById('shell-org');
    if (el && el.getClientRects().length && window.__shellShown == null) { window.__shellShown = performance.now(); obs.disconnect(); }
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
}

/** A page whose editor wasm waits until `release()` (or fails with `fail`). */
async function heldPage({ fail = false, context: ctx = null } = {}) {
  const context = ctx || await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(shellProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(EDITOR_WASM, async (route) => {
    await held;
    if (fail) await route.fulfill({ status: 503, body: 'busy' });
    else await route.continue();
  });
  await page.goto(server.url);
  return { context, page, release, errors };
}

test('the first step is on screen and takes typing before the editor module, and hands over what was typed', async () => {
  const { context, page, release, errors } = await heldPage();
  await page.waitForSelector('#shell-org', { state: 'visible' });
  // Nothing of the editor module was asked for before the first step was visible.
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime <= window.__shellShown).map((e) => new URL(e.name).pathname));
  assert.deepEqual(early.filter((p) => p.includes('/pkg/')), [], `fetched before the first field: ${early.join(', ')}`);
  assert.equal(await page.locator('#f-basic-org').count(), 0, 'the editor is not there yet');
  assert.equal(await page.inputValue('#shell-year'), String(new Date().getFullYear() + (new Date().getMonth() >= 9 ? 1 : 0)));

  await page.selectOption('#shell-kind', 'summary_and_plan');
  assert.equal(await page.locator('label[for="shell-year"]').innerText(), '总结年度');
  await page.selectOption('#shell-kind', 'key_points');
  assert.equal(await page.locator('label[for="shell-year"]').innerText(), '计划年度');
  await page.selectOption('#shell-kind', 'summary');
  assert.equal(await page.locator('label[for="shell-year"]').innerText(), '总结年度');
  await page.selectOption('#shell-type', 'school');
  await page.click('#shell-org');
  await page.keyboard.type('城南小学工会');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  release();

  await page.waitForSelector('#f-basic-org', { state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('.up-shell'));
  assert.equal(await page.inputValue('#f-basic-org'), '城南小学工会');
  assert.equal(await page.inputValue('#f-basic-type'), 'school');
  assert.equal(await page.inputValue('#f-basic'), 'summary');
  // The focus and caret are where they were: the next key lands before 工会.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-basic-org');
  await page.keyboard.type('第一');
  assert.equal(await page.inputValue('#f-basic-org'), '城南小学第一工会');
  await page.waitForFunction(() => window.unionPlanEditor.plan().organization === '城南小学第一工会');
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(plan.kind, 'summary');
  // The title was not touched in the first step: the editor's own suggestion follows the kind.
  assert.match(await page.inputValue('#f-basic-title'), /^城南小学第一工会\d{4}年工作总结$/);
  assert.equal(plan.org_type, 'school');
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('城南小学第一工会'));
  // One copy of each id on the page.
  const dup = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  assert.deepEqual(dup, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first step is the editor\'s own: the same labels, options and hints', async () => {
  const { context, page, release } = await heldPage();
  await page.waitForSelector('#shell-org', { state: 'visible' });
  const describe = (root) => page.evaluate((root) => [...document.querySelectorAll(`${root} .up-field`)].slice(0, 6).map((f) => {
    const input = f.querySelector('input, select, textarea');
    return {
      label: f.querySelector('label').textContent.trim(),
      tag: input.tagName,
      type: input.type,
      placeholder: input.tagName === 'TEXTAREA' ? '' : input.placeholder,
      options: input.tagName === 'SELECT' ? [...input.options].map((o) => `${o.value}=${o.text}`) : [],
      hint: f.querySelector('.up-hint')?.textContent ?? '',
    };
  }), root);
  const shell = await describe('.up-shell');
  const targets = await page.evaluate(() => [...document.querySelectorAll('.up-shell [data-to]')].map((e) => e.dataset.to));
  release();
  await page.waitForFunction(() => !document.querySelector('.up-shell') && document.getElementById('f-basic-org'));
  const editor = await describe('.union-plan .up-step-body');
  assert.equal(shell.length, 6);
  assert.deepEqual(shell, editor);
  const ids = await page.evaluate(() => [...document.querySelectorAll('.up-step-body .up-field')].slice(0, 6).map((f) => f.querySelector('input, select, textarea').id));
  assert.deepEqual(targets, ids, 'each field hands over to the editor field in its place');
  await context.close();
});

test('a pinyin composition under way when the editor arrives is finished in the first step, then handed over', async () => {
  const { context, page, release } = await heldPage();
  await page.click('#shell-org');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'gong', selectionStart: 4, selectionEnd: 4 });
  release();
  await page.waitForFunction(() => window.unionPlanEditor);
  await page.evaluate(() => window.unionPlanEditor.ready);
  assert.equal(await page.locator('.up-shell').count(), 1, 'the shell waits for the composition to end');
  await cdp.send('Input.insertText', { text: '工' });
  await page.waitForFunction(() => !document.querySelector('.up-shell'));
  assert.equal(await page.inputValue('#f-basic-org'), '工');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-basic-org');
  await context.close();
});

test('a returning visitor sees no empty form while the editor opens the draft', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const first = await context.newPage();
  await first.goto(server.url);
  await first.fill('#f-basic-org', '回访测试工会');
  await first.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('union-plan:draft:')
    && localStorage.getItem(k).includes('回访测试工会')));
  await first.close();
  const { page, release } = await heldPage({ context });
  await page.waitForSelector('.up-shell-wait', { state: 'visible' });
  assert.equal(await page.locator('.up-shell-wait').innerText(), '正在打开上次的草稿…');
  assert.equal(await page.locator('#shell-org').isVisible(), false);
  release();
  await page.waitForSelector('#f-basic-org', { state: 'visible' });
  assert.equal(await page.inputValue('#f-basic-org'), '回访测试工会');
  await context.close();
});

test('when the editor cannot load, the first step keeps what was typed and says what to do', async () => {
  const { context, page, release } = await heldPage({ fail: true });
  await page.fill('#shell-org', '保留测试工会');
  release();
  await page.waitForSelector('.up-shell-failed');
  assert.match(await page.locator('.up-shell-wait').innerText(), /编写助手加载失败.*请刷新页面/);
  assert.equal(await page.inputValue('#shell-org'), '保留测试工会');
  assert.equal(await page.locator('#shell-org').getAttribute('readonly'), '');
  assert.equal(await page.locator('.up-shell-status').innerText(), '编辑器未能载入');
  await context.close();
});
