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
