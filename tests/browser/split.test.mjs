// index.html runs the lite editor module (union_plan_editor.js), which
// writes, checks and guides by itself; the tools module (union_plan_tools.js:
// export, import, summary, templates, year over year) is fetched on first
// use, or when the pointer or focus reaches a control that needs it
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

test('the editor writes, checks and guides without the tools module; it is fetched only when a control that needs it is reached', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(readyProbe);
  const fetched = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // What came over the network (the page's requests answered by the service worker aside).
  const network = [];
  context.on('response', (r) => { if (!r.fromServiceWorker()) network.push(new URL(r.url()).pathname); });
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '拆分测试工会');
  // Guidance (training mode is on in index.html) is in the editor itself.
  await page.waitForSelector('.up-training h3:has-text("这一部分写什么")');
  // So is the checklist: the organisation is filled, the title is not checked yet.
  await page.getByRole('tab', { name: /检查清单/ }).click();
  await page.waitForSelector('.up-checklist .up-progress');
  assert.match(await page.locator('.up-checklist').innerText(), /已完成 \d+ \/ \d+/);
  const findings = await page.evaluate(() => window.unionPlanEditor.check());
  assert.ok(findings.length > 0 && findings.every((f) => typeof f.id === 'string' && typeof f.message === 'string'), 'Editor.check answers at once');
  // Writing and checking until the network is quiet fetched one module only.
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    ready: window.__ready,
    entries: performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
  }));
  const at = (file) => timing.entries.find((e) => e.name === `/pkg/${file}`);
  assert.ok(at('union_plan_editor_bg.wasm'), 'the editor wasm was loaded');
  assert.ok(at('union_plan_editor_bg.wasm').start < timing.ready, 'the editor wasm was loaded before the field appeared');
  assert.ok(!fetched.includes('/pkg/union_plan_tools_bg.wasm'), 'writing, the checklist and guidance fetch no tools module');
  assert.ok(!fetched.includes('/pkg/union_plan_bg.wasm'), 'the full module (a second copy of the editor) is not fetched');

  // The pointer on the 模板 tab (a control marked data-tools) starts the load before the click.
  await page.getByRole('tab', { name: '模板' }).hover();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/pkg/union_plan_tools_bg.wasm')));
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
  assert.equal(network.filter((p) => p === '/pkg/union_plan_tools_bg.wasm').length, 1, 'the tools module came over the network once');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard focus on 导出 starts loading the tools module', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '键盘用户的工会');
  await page.waitForLoadState('networkidle');
  const toolsFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/pkg/union_plan_tools_bg.wasm')));
  assert.equal(await toolsFetched(), false, 'not fetched while writing');
  await page.getByRole('button', { name: '导出 ▾' }).focus();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/pkg/union_plan_tools_bg.wasm')));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when the tools module cannot load, writing, autosave, the checklist and guidance go on; export and templates say why in Chinese', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.route('**/pkg/union_plan_tools_bg.wasm', (r) => r.abort());
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '离线也能写的工会');
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('离线也能写的工会'));
  // Guidance and the checklist need no second module.
  await page.waitForSelector('.up-training h3:has-text("这一部分写什么")');
  await page.getByRole('tab', { name: /检查清单/ }).click();
  await page.waitForSelector('.up-checklist .up-progress');
  assert.equal(await page.locator('.up-checklist [role="alert"]').count(), 0);
  // Templates say they could not be loaded, and why, instead of hanging.
  await page.getByRole('tab', { name: '模板' }).click();
  const alert = page.locator('.up-templates [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /模块加载失败.*刷新页面/s);
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
