// Issue 16 parts 2 and 5 in the editor: a long title previews in lines that
// break after the organisation; half-width punctuation between Chinese
// characters previews full-width, the checklist points at it, and its
// 一键改为全角 button changes the stored text in one undoable edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const ORG = '省交通运输厅直属机关工会工作委员会'; // 17 characters

test('a long title previews in lines; half-width punctuation previews full-width and is fixed from the checklist, undoably', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((org) => {
    const p = window.unionPlanEditor.plan();
    p.organization = org;
    p.title = '';
    p.guiding = '认真学习,做好服务;时间10:30,经费1,000元。';
    window.unionPlanEditor.setPlan(p);
  }, ORG);
  const year = await page.evaluate(() => window.unionPlanEditor.plan().year);

  // The title: organisation on the first line, year and kind on the second.
  await page.waitForFunction(() => document.querySelectorAll('.up-doc-title').length === 2);
  assert.deepEqual(await page.locator('.up-doc-title').allInnerTexts(), [ORG, `${year}年工作计划`]);

  // The preview prints full-width marks; numbers stay.
  const preview = await page.locator('.up-page').innerText();
  assert.ok(preview.includes('认真学习，做好服务；时间10:30，经费1,000元。'), preview);

  // The checklist warns and offers the fix.
  await page.getByRole('tab', { name: /检查清单/ }).click();
  const finding = page.locator('.up-finding-warning', { hasText: '半角标点' });
  await finding.first().waitFor({ timeout: 20_000 });
  assert.match(await finding.first().innerText(), /认真学习,做好/);
  await finding.first().getByRole('button', { name: '一键改为全角' }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().guiding.includes('认真学习，做好服务'));
  assert.equal(await page.evaluate(() => window.unionPlanEditor.plan().guiding), '认真学习，做好服务；时间10:30，经费1,000元。');
  await page.locator('.up-finding-warning', { hasText: '半角标点' }).first().waitFor({ state: 'detached', timeout: 20_000 });

  // The field shows the new text.
  await page.locator('.up-steps .up-step', { hasText: '指导思想' }).first().click();
  assert.equal(await page.locator('#f-guiding').inputValue(), '认真学习，做好服务；时间10:30，经费1,000元。');

  // One undo brings the half-width text back, in the field too.
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  assert.equal(await page.evaluate(() => window.unionPlanEditor.plan().guiding), '认真学习,做好服务;时间10:30,经费1,000元。');
  assert.equal(await page.locator('#f-guiding').inputValue(), '认真学习,做好服务;时间10:30,经费1,000元。');
  assert.deepEqual(page.errors, []);
  await context.close();
});
