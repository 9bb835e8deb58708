// 批量审阅 in Chromium: opened from the editor's toolbar (index.html, the
// lite module mounts the full module's page through its tools) and from
// embed.html?view=review. Three files dropped in through the file input
// give three rows and a link between the two identical ones; the review is
// saved, reopened after a reload and deleted with an undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';
import { memberPlanText } from '../fixtures/member-plans.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const copied = Buffer.from(memberPlanText('第六小学工会', 2027));
const FILES = [
  { name: '第三小学工会.txt', mimeType: 'text/plain', buffer: Buffer.from(memberPlanText('第三小学工会', 2027, { guiding: false })) },
  { name: '第六小学工会.txt', mimeType: 'text/plain', buffer: copied },
  { name: '第七小学工会.txt', mimeType: 'text/plain', buffer: copied },
];

async function reviewThree(page) {
  await page.setInputFiles('#up-rv-files', FILES);
  await page.waitForFunction(() => document.querySelectorAll('.up-rv-row').length === 3, null, { timeout: 20000 });
  const rows = await page.locator('.up-rv-row').allInnerTexts();
  assert.match(rows[0], /第三小学工会/);
  assert.match(rows[0], /缺少指导思想/);
  assert.match(rows[2], /同一个文件/);
  // The link, both ways: opening the third row shows the second, and back.
  await page.locator('.up-rv-row').nth(2).click();
  const link = page.locator('.up-rv-detail .up-rv-link');
  assert.equal(await link.count(), 1);
  assert.match(await link.innerText(), /打开 第六小学工会（第六小学工会\.txt）/);
  assert.match(await link.innerText(), /两个文件完全相同/);
  assert.match(await link.locator('.up-rv-sentences').innerText(), /第六小学工会坚持以职工为中心/);
  await link.getByRole('button').click();
  assert.match(await page.locator('.up-rv-detail .up-rv-link').innerText(), /打开 第六小学工会（第七小学工会\.txt）/);
  // The document read-only beside its findings, and its feedback.
  await page.waitForFunction(() => document.querySelector('.up-rv-doc')?.textContent.includes('第六小学工会2027年工会工作计划'));
  assert.match(await page.inputValue('#up-rv-feedback'), /^第六小学工会：/);
}

test('from the editor: 批量审阅 fetches the full module only when opened; offline it says why and closes, the draft is kept', async () => {
  const context = await browser.newContext();
  const fetched = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // The full module cannot be fetched (offline, or the portal blocks it).
  await context.route('**/pkg/union_plan_bg.wasm', (r) => r.abort());
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '断网时的工会');
  // Writing fetches neither the tools module nor the full module (the editor a second time).
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('断网时的工会'));
  assert.ok(!fetched.includes('/pkg/union_plan.js'), 'the full module is not fetched before 批量审阅 is opened');
  await page.getByRole('button', { name: '批量审阅' }).click();
  const status = page.locator('.up-rv-host [role="status"]');
  await status.filter({ hasText: '批量审阅无法打开' }).waitFor({ timeout: 20000 });
  assert.match(await status.innerText(), /批量审阅无法打开：它所在的模块加载失败.*请检查网络后再试；正在编写的文档不受影响/s);
  assert.ok(fetched.includes('/pkg/union_plan.js'), 'opening 批量审阅 asked for the full module');
  await page.locator('.up-rv-host').getByRole('button', { name: '关闭' }).click();
  await page.waitForFunction(() => !document.querySelector('.up-rv-host'));
  assert.equal(await page.inputValue('#f-basic-org'), '断网时的工会');
  await context.close();
});

test('from the editor: 批量审阅 takes three files, links the identical two, saves and reopens the review', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.getByRole('button', { name: '批量审阅' }).click();
  await page.waitForSelector('#up-rv-files', { state: 'attached', timeout: 20000 });
  await page.fill('#up-rv-expected', '第三小学工会\n第九小学工会');
  await page.locator('#up-rv-expected').blur();
  await reviewThree(page);
  assert.match(await page.locator('.up-rv-missing').innerText(), /尚未报送（1 个）：第九小学工会/);
  // Sorting by errors puts the row with 缺少指导思想 last when descending.
  await page.getByRole('button', { name: /^错误/ }).click();
  await page.getByRole('button', { name: /^错误/ }).click();
  assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);
  // Filtering by words.
  await page.fill('#up-rv-words', '指导思想');
  await page.waitForFunction(() => document.querySelectorAll('.up-rv-row').length === 1);
  // Autosaved: after a reload the review is in the list and opens again.
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  await page.getByRole('button', { name: '批量审阅' }).click();
  await page.waitForSelector('.up-rv-saved-item', { timeout: 20000 });
  assert.equal(await page.locator('.up-rv-saved-item').count(), 1);
  await page.locator('.up-rv-saved-item').getByRole('button', { name: '打开' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.up-rv-row').length === 3);
  // Deleting asks for nothing and can be undone.
  await page.locator('.up-rv-saved-item').getByRole('button', { name: /^删除/ }).click();
  assert.equal(await page.locator('.up-rv-saved-item').count(), 0);
  assert.equal(await page.locator('.up-rv-row').count(), 0);
  await page.getByRole('button', { name: '撤销删除' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.up-rv-row').length === 3);
  // Back to the editor.
  await page.getByRole('button', { name: '返回编写' }).click();
  await page.waitForFunction(() => !document.querySelector('.up-rv-host'));
  await page.fill('#f-basic-org', '回到编写');
  assert.equal(await page.inputValue('#f-basic-org'), '回到编写');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('embed.html?view=review shows the review page alone', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}embed.html?view=review&storageKey=rv-test`);
  await page.waitForSelector('#up-rv-files', { state: 'attached', timeout: 20000 });
  assert.equal(await page.locator('#f-basic-org').count(), 0, 'no editor');
  await reviewThree(page);
  assert.deepEqual(errors, []);
  await context.close();
});
