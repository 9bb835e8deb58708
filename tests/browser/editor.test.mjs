// The guided editor in Chromium with a real keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const previewTexts = (page) => page.$$eval('.up-page p[data-i]', (ps) => ps.map((p) => p.textContent));
const step = (page, name) => page.locator('.up-steps .up-step', { hasText: name }).first().click();

async function typeInto(page, selector, text) {
  await page.locator(selector).click();
  await page.keyboard.type(text);
}

test('a complete plan typed from scratch numbers correctly after moves and deletes, and survives reload', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await typeInto(page, '#f-basic-org', '滨江实验学校工会');
  await page.selectOption('#f-basic-type', 'school');
  await page.fill('#f-basic-year', '2026');
  await page.locator('#f-basic-year').dispatchEvent('change');
  await page.selectOption('#f-basic-period', '9');

  await step(page, '指导思想');
  await typeInto(page, '#f-guiding', '围绕学校中心工作，服务教职工。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二段指导思想。');
  await step(page, '工作目标');
  await typeInto(page, '#f-goals', '教职工满意度进一步提高。');

  await step(page, '主要工作');
  await page.getByRole('button', { name: /添加一级标题/ }).click();
  for (const [i, h] of ['甲项工作', '乙项工作', '丙项工作', '丁项工作', '戊项工作', '己项工作'].entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(h);
  }
  // nested items under 乙 (index 1): two level-2, one level-3, one level-4
  await page.locator('#f-main-1').click();
  await page.getByRole('button', { name: '在 二、 乙项工作 下添加子项' }).click();
  await page.keyboard.type('乙之一');
  await page.keyboard.press('Enter');
  await page.keyboard.type('乙之二');
  await page.getByRole('button', { name: '在 （二） 乙之二 下添加子项' }).click();
  await page.keyboard.type('细则');
  await page.getByRole('button', { name: '在 1. 细则 下添加子项' }).click();
  await page.keyboard.type('要点');
  await page.fill('#f-main-1-1-0-body', '细则正文。');
  // move 丙 above 乙 with the keyboard, delete 己 (index 5), indent 戊 under 丁
  await page.locator('#f-main-2').click();
  await page.keyboard.press('Alt+ArrowUp');
  await page.locator('#f-main-5').fill('');
  await page.keyboard.press('Backspace');
  await page.locator('#f-main-4').click();
  await page.keyboard.press('Alt+ArrowRight');

  await step(page, '落实措施');
  await typeInto(page, '#f-measures', '工会委员分工负责。');

  await step(page, '活动安排');
  const entries = await page.locator('.up-entry').count();
  assert.equal(entries, 11, 'September school year: 11 entries with 七、八月 merged');
  assert.equal(await page.locator('.up-entry-title').nth(10).innerText(), '七、八月');
  for (let i = 0; i < 11; i++) {
    await page.locator(`#f-schedule-${i}-0`).fill(`活动${i + 1}`);
  }
  // one suggestion click in September
  await page.locator('.up-entry').first().locator('.up-chip').first().click();

  await step(page, '署名');
  await page.fill('#f-signature-date', '2026-08-28');
  await page.locator('#f-signature-date').dispatchEvent('change');
  await page.selectOption('#f-signature-style', 'chinese');

  const texts = await previewTexts(page);
  const headings = texts.filter((t) => /^[一二三四五六七八九十]+、|^（[一二三]）|^\d\.|^（\d）/.test(t));
  assert.deepEqual(headings.slice(0, 9), [
    '一、工作目标', '二、甲项工作', '三、丙项工作', '四、乙项工作', '（一）乙之一', '（二）乙之二', '1.细则细则正文。', '（1）要点', '五、丁项工作',
  ]);
  assert.ok(texts.includes('（一）戊项工作'), '戊 indented under 丁');
  assert.ok(!texts.some((t) => t.includes('己项工作')), '己 deleted');
  assert.ok(texts.includes('六、落实措施') && texts.includes('七、活动安排'));
  assert.ok(texts.includes('七、八月'));
  assert.equal(texts.at(0), '滨江实验学校工会2026年工作计划');
  assert.equal(texts.at(-1), '二〇二六年八月二十八日');
  assert.equal(texts.at(-2), '滨江实验学校工会');

  // Editor.plan() is what the preview shows
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(plan.sections.length, 4);
  assert.deepEqual(plan.sections.map((s) => s.heading), ['甲项工作', '丙项工作', '乙项工作', '丁项工作']);
  assert.equal(plan.sections[3].items[0].heading, '戊项工作');
  assert.equal(plan.sections[2].items[1].items[0].text, '细则正文。');
  assert.deepEqual(plan.schedule.at(-1).months, [7, 8]);

  await page.reload();
  await page.waitForSelector('#f-basic-org');
  assert.deepEqual(await previewTexts(page), texts, 'reload restores the document exactly');
  assert.deepEqual(await page.evaluate(() => window.unionPlanEditor.plan()), plan);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('undo and redo walk back and forth; typing coalesces into one step per pause', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await typeInto(page, '#f-basic-org', '工会甲');
  await page.waitForTimeout(1100); // a pause ends the undo step
  await typeInto(page, '#f-basic-org', '乙');
  const title = () => page.locator('.up-doc-title').first().innerText();
  assert.match(await title(), /^工会甲乙/);
  await page.keyboard.press('Control+z');
  assert.match(await title(), /^工会甲\d/);
  await page.keyboard.press('Control+z');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '工会甲');
  await page.keyboard.press('Control+y');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '工会甲乙');
  // buttons too
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  assert.equal(await page.locator('#f-basic-org').inputValue(), '工会甲');
  await page.getByRole('button', { name: '重做', exact: true }).click();
  assert.equal(await page.locator('#f-basic-org').inputValue(), '工会甲乙');
  await context.close();
});

test('a second draft is independent; delete can be undone', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await typeInto(page, '#f-basic-org', '第一份草稿工会');
  await page.getByRole('button', { name: '草稿', exact: true }).click();
  await page.getByRole('button', { name: '新建草稿' }).click();
  await page.waitForFunction(() => document.querySelector('#f-basic-org').value === '');
  await typeInto(page, '#f-basic-org', '第二份草稿工会');
  await page.waitForTimeout(50);
  assert.equal(await page.locator('.up-drafts li').count(), 2);
  await page.getByRole('button', { name: /^打开第一份草稿工会/ }).click();
  await page.waitForFunction(() => document.querySelector('#f-basic-org').value === '第一份草稿工会');
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '第一份草稿工会', 'reload opens the last edited draft');
  await page.getByRole('button', { name: '草稿', exact: true }).click();
  await page.getByRole('button', { name: /^删除第二份草稿工会/ }).click();
  assert.equal(await page.locator('.up-drafts li').count(), 1);
  await page.getByRole('button', { name: '撤销删除' }).click();
  await page.waitForFunction(() => document.querySelector('#f-basic-org').value === '第二份草稿工会');
  assert.equal(await page.locator('.up-drafts li').count(), 2);
  await context.close();
});
