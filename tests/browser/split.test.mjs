// index.html runs the lite editor module (union_plan_editor.js) and fetches
// the tools module (union_plan_tools.js) for export, import, summary,
// templates and guidance only once the editor is on screen
// (src/app/tools.rs); the full module (union_plan.js) only for 批量审阅.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records (in the page's clock) when the first field exists. */
function readyProbe() {
  const obs = new MutationObserver(() => {
    if (document.querySelector('#f-basic-org') && window.__ready == null) { window.__ready = performance.now(); obs.disconnect(); }
  });
  obs.observe(document, { childList: true, subtree: true });
}

test('the editor starts without the tools module, which arrives after it and serves the checklist, guidance, templates and export', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(readyProbe);
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '拆分测试工会');
  // Guidance (training mode is on in index.html) comes from the tools module.
  await page.waitForSelector('.up-training h3:has-text("这一部分写什么")');
  const timing = await page.evaluate(() => ({
    ready: window.__ready,
    entries: performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
  }));
  const at = (file) => timing.entries.find((e) => e.name === `/pkg/${file}`);
  assert.ok(at('union_plan_editor_bg.wasm'), 'the editor wasm was loaded');
  assert.ok(at('union_plan_editor_bg.wasm').start < timing.ready, 'the editor wasm was loaded before the field appeared');
  const tools = at('union_plan_tools_bg.wasm');
  assert.ok(tools, 'the tools module was loaded for the guidance');
  assert.ok(tools.start > timing.ready, `the tools module was requested after the field appeared (${tools.start} vs ${timing.ready})`);
  assert.equal(at('union_plan_bg.wasm'), undefined, 'the full module (a second copy of the editor) is not fetched');

  // The checklist from the tools module: the empty organisation is reported.
  await page.getByRole('tab', { name: /检查清单/ }).click();
  await page.waitForSelector('.up-checklist .up-progress');
  assert.match(await page.locator('.up-checklist').innerText(), /已完成 \d+ \/ \d+/);
  assert.ok(await page.evaluate(() => window.unionPlanEditor.check().length) > 0, 'Editor.check works once the tools are here');

  // Templates from the tools module.
  await page.getByRole('tab', { name: '模板' }).click();
  await page.waitForSelector('.up-template');
  assert.ok(await page.locator('.up-template').count() >= 7, 'every organisation type has templates');
  await page.getByRole('tab', { name: '预览' }).click();

  // Export through the tools module: the text file has what was typed.
  await page.getByRole('button', { name: '导出 ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="txt"]').click()]);
  const txt = readFileSync(await download.path(), 'utf8');
  assert.match(txt, /拆分测试工会/);
  assert.match(download.suggestedFilename(), /\.txt$/);
  // The Editor handle exports through it too.
  const bytes = await page.evaluate(() => window.unionPlanEditor.export('md').length);
  assert.ok(bytes > 20, 'Editor.export works once the tools are here');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when the tools module cannot load, editing and autosave go on; checklist, guidance and export say why in Chinese', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.route('**/pkg/union_plan_tools_bg.wasm', (r) => r.abort());
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '离线也能写的工会');
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('离线也能写的工会'));
  // Guidance says it could not be loaded, and why, instead of hanging.
  const alert = page.locator('.up-training [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /模块加载失败.*刷新页面/s);
  // The checklist panel too.
  await page.getByRole('tab', { name: /检查清单/ }).click();
  assert.match(await page.locator('.up-checklist [role="alert"]').innerText(), /模块加载失败/);
  await page.getByRole('tab', { name: '预览' }).click();
  // Export: a notice, no download.
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.getByRole('button', { name: '导出 ▾' }).click();
  await page.locator('[data-format="docx"]').click();
  const notice = page.locator('div.up-notice-warn', { hasText: '加载失败' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /不会丢失/);
  assert.equal(downloaded, false);
  // Editor.export throws a Chinese message rather than hanging.
  const thrown = await page.evaluate(() => { try { window.unionPlanEditor.export('txt'); return null; } catch (e) { return e.message; } });
  assert.match(thrown, /[\u4e00-\u9fff]/);
  // What was typed is saved.
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '离线也能写的工会');
  await context.close();
});

test('an export asked for while the tools module is still on its way says so, then downloads', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  // A slow network for the tools module's wasm only.
  await context.route('**/pkg/union_plan_tools_bg.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, 2000));
    await route.continue();
  });
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '慢网络工会');
  await page.getByRole('button', { name: '导出 ▾' }).click();
  const downloading = page.waitForEvent('download', { timeout: 15000 });
  await page.locator('[data-format="txt"]').click();
  await page.locator('.up-notice', { hasText: '正在载入导出功能' }).waitFor();
  const download = await downloading;
  assert.match(readFileSync(await download.path(), 'utf8'), /慢网络工会/);
  await page.locator('.up-notice', { hasText: '已生成文件' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
