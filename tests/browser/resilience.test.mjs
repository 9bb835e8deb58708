// Two tabs on one draft, and the crash notice, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a second tab does not silently overwrite the first tab\'s edits', async () => {
  const context = await browser.newContext();
  const a = await openApp(context, server.url);
  await a.fill('#f-basic-org', '甲页工会');
  // Saved before B opens: autosave waits for a painted frame, which a test
  // can outrun.
  await a.evaluate(() => window.unionPlanEditor.flush());
  const b = await openApp(context, server.url);
  assert.equal(await b.locator('#f-basic-org').inputValue(), '甲页工会');
  await a.fill('#f-basic-org', '甲页工会（已改）');
  // B is told, and its own later edits are not saved over A's
  await b.waitForSelector('text=这份草稿刚在另一个标签页');
  await b.fill('#f-basic-org', '乙页工会');
  const stored = await a.evaluate(() => {
    window.unionPlanEditor.flush();
    const idx = JSON.parse(localStorage.getItem('union-plan:index'));
    return JSON.parse(localStorage.getItem('union-plan:draft:' + idx.current)).organization;
  });
  assert.equal(stored, '甲页工会（已改）');
  // B chooses to load A's version
  await b.getByRole('button', { name: '载入另一页的版本' }).click();
  assert.equal(await b.locator('#f-basic-org').inputValue(), '甲页工会（已改）');
  await context.close();
});

test('keeping this tab\'s version saves it', async () => {
  const context = await browser.newContext();
  const a = await openApp(context, server.url);
  await a.fill('#f-basic-org', '一号');
  await a.evaluate(() => window.unionPlanEditor.flush());
  const b = await openApp(context, server.url);
  await a.fill('#f-basic-org', '二号');
  await b.waitForSelector('text=这份草稿刚在另一个标签页');
  await b.fill('#f-basic-org', '三号');
  await b.getByRole('button', { name: '保留本页的版本' }).click();
  await a.waitForSelector('text=这份草稿刚在另一个标签页');
  const stored = await b.evaluate(() => {
    window.unionPlanEditor.flush();
    const idx = JSON.parse(localStorage.getItem('union-plan:index'));
    return JSON.parse(localStorage.getItem('union-plan:draft:' + idx.current)).organization;
  });
  assert.equal(stored, '三号');
  await context.close();
});

test('a panic shows a Chinese crash notice that offers the saved data', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '崩溃前的工会');
  page.errors.length = 0;
  await page.evaluate(async () => {
    // The module the page runs (index.html: the lite editor module).
    const m = await import('/pkg/union_plan_editor.js');
    // As a bug in an event handler would: nothing catches the trap (its
    // module is built with panic=immediate-abort; crash.js shows the notice).
    setTimeout(() => m.__testPanic(), 0);
  });
  await page.waitForSelector('#union-plan-crash [role=alertdialog]');
  assert.match(await page.locator('#union-plan-crash').innerText(), /出现了意外错误/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载我的数据' }).click()]);
  const path = await download.path();
  const data = JSON.parse((await import('node:fs')).readFileSync(path, 'utf8'));
  const draft = Object.entries(data).find(([k]) => k.includes(':draft:'));
  assert.ok(draft, 'a draft is in the backup');
  assert.equal(JSON.parse(draft[1]).organization, '崩溃前的工会');
  await context.close();
});
