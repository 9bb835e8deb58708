// The built app in headless Chromium: mounting, typing, preview, reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

test('first step: typing the organisation updates the preview title and survives a reload', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const steps = await page.locator('.up-steps .up-step').allInnerTexts();
  for (const s of ['基本信息', '指导思想', '工作目标', '主要工作', '落实措施', '活动安排', '存在问题', '署名']) {
    assert.ok(steps.some((t) => t.includes(s)), `step list shows ${s}: ${steps}`);
  }
  await page.locator('#f-basic-org').click();
  await page.keyboard.type('第二实验小学工会');
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('第二实验小学工会'));
  const title = await page.locator('.up-doc-title').first().innerText();
  assert.match(title, /^第二实验小学工会\d{4}年工作计划$/);
  // the suggested title field follows
  assert.equal(await page.locator('#f-basic-title').inputValue(), title);

  await page.selectOption('#f-basic-type', 'school');
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '第二实验小学工会');
  assert.equal(await page.locator('#f-basic-type').inputValue(), 'school');
  assert.equal(await page.locator('.up-doc-title').first().innerText(), title);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('kind and year change the suggested title; a two-line title previews as two lines', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '市机关工会');
  await page.selectOption('#f-basic', 'summary_and_plan');
  await page.fill('#f-basic-year', '2025');
  await page.locator('#f-basic-year').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelectorAll('.up-doc-title').length === 2);
  const lines = await page.locator('.up-doc-title').allInnerTexts();
  assert.deepEqual(lines, ['市机关工会2025年工作总结', '暨2026年工作计划']);
  await context.close();
});

test('autosave: written right after the change is painted, and at once when the tab closes', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const storedOrg = (p) => p.evaluate(() => {
    const idx = JSON.parse(localStorage.getItem('union-plan:index') || 'null');
    const raw = idx && localStorage.getItem('union-plan:draft:' + idx.current);
    return raw ? JSON.parse(raw).organization : null;
  });
  await page.fill('#f-basic-org', '自动保存工会');
  // No flush(): the editor saves by itself within a frame or two.
  await page.waitForFunction(() => {
    const idx = JSON.parse(localStorage.getItem('union-plan:index') || 'null');
    const raw = idx && localStorage.getItem('union-plan:draft:' + idx.current);
    return raw && JSON.parse(raw).organization === '自动保存工会';
  }, null, { timeout: 2000 });
  // Type and close the tab at once: pagehide writes the pending save.
  await page.locator('#f-basic-org').press('End');
  await page.keyboard.type('甲');
  await page.close({ runBeforeUnload: true });
  const again = await openApp(context, server.url);
  assert.equal(await again.locator('#f-basic-org').inputValue(), '自动保存工会甲');
  assert.equal(await storedOrg(again), '自动保存工会甲');
  // The save waits for the frame (typing never waits for it); flush() writes at once.
  const now = await again.evaluate(async () => {
    const org = () => {
      const idx = JSON.parse(localStorage.getItem('union-plan:index'));
      return JSON.parse(localStorage.getItem('union-plan:draft:' + idx.current)).organization;
    };
    const el = document.querySelector('#f-basic-org');
    el.value = '立即保存工会';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const before = org();
    window.unionPlanEditor.flush();
    return { before, after: org(), plan: window.unionPlanEditor.plan().organization };
  });
  assert.equal(now.plan, '立即保存工会', 'the edit reached the editor');
  assert.equal(now.before, '自动保存工会甲', 'not yet written in the same task');
  assert.equal(now.after, '立即保存工会');
  assert.deepEqual(again.errors, []);
  await context.close();
});
