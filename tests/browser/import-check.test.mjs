// Import (paste and file) and the checklist panel in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, site, openApp } from './harness.mjs';

const SEED = new URL('../../../shared/fixtures/seed/', import.meta.url).pathname;
const haveSeed = existsSync(SEED);
if (!haveSeed && process.env.UNION_PLAN_NO_FIXTURES !== '1') {
  throw new Error(`../shared/fixtures/seed not found at ${SEED}: clone the shared folder beside the repo, or set UNION_PLAN_NO_FIXTURES=1`);
}

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const OWN_TEXT = [
  '城南街道总工会2026年工作计划',
  '坚持以职工为中心，推动街道工会工作再上台阶。',
  '一、加强组织建设',
  '推进新就业形态劳动者入会。',
  '二、做好服务职工工作',
  '（一）开展送温暖活动',
  '三、活动安排',
  '七、八月：开展夏送清凉慰问。',
  '九月：组织金秋助学。',
  '城南街道总工会',
  '2025年12月20日',
].join('\n');

test('pasted text is reviewed, then becomes a new draft; the old draft is untouched', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '原来的草稿工会');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.fill('#up-import-text', OWN_TEXT);
  await page.getByRole('button', { name: '识别粘贴的内容' }).click();
  const facts = await page.locator('.up-facts').innerText();
  assert.match(facts, /七、八月/);
  assert.match(facts, /城南街道总工会 2025-12-20/);
  // each decision listed beside the source, the author's wording kept
  const decisions = await page.locator('.up-decisions').innerText();
  assert.match(decisions, /识别依据/);
  assert.match(decisions, /“城南街道总工会2026年工作计划” → 标题/);
  assert.match(decisions, /“七、八月” → 一个月份条目，7—8 月/);
  assert.ok(await page.locator('.up-review .up-source').isVisible(), 'the source is shown beside the result');
  await page.getByRole('button', { name: '导入为新草稿' }).click();
  await page.waitForFunction(() => document.querySelector('#f-basic-org').value === '城南街道总工会');
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.deepEqual(plan.schedule.map((e) => e.months), [[7, 8], [9]]);
  assert.equal(plan.sections.length, 2);
  await page.getByRole('button', { name: '草稿', exact: true }).click();
  assert.equal(await page.locator('.up-drafts li').count(), 2, 'the imported text is a second draft');
  await context.close();
});

test('the import dialog: the cursor waits in the text box, the review shows the document on its sheets, Escape and 取消 close it and the focus goes back to 导入', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const before = await page.evaluate(() => window.unionPlanEditor.plan());
  const open = page.getByRole('button', { name: '导入', exact: true });
  await open.click();
  const dialog = page.getByRole('dialog');
  // the body comes from the tools module; the text box gets the focus
  await page.waitForFunction(() => document.activeElement?.id === 'up-import-text');
  await page.keyboard.insertText(OWN_TEXT);
  await dialog.getByRole('button', { name: '识别粘贴的内容' }).click();
  const sheet = dialog.locator('.up-review .up-page .up-sheet').first();
  await sheet.waitFor();
  // (textContent: sheets off screen are not laid out, `content-visibility: auto`)
  assert.match(await sheet.textContent(), /一、加强组织建设/);
  assert.match(await dialog.locator('.up-review .up-page').textContent(), /九月1\.组织金秋助学。/);
  // Escape from inside the text box closes the dialog and nothing is imported
  await page.focus('#up-import-text');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '导入');
  // 取消 under the review closes it as well
  await open.click();
  await page.fill('#up-import-text', OWN_TEXT);
  await dialog.getByRole('button', { name: '识别粘贴的内容' }).click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'detached' });
  // an empty paste is refused in Chinese
  await open.click();
  await dialog.getByRole('button', { name: '识别粘贴的内容' }).click();
  assert.match(await dialog.getByRole('alert').innerText(), /请先粘贴/);
  await dialog.getByRole('button', { name: '关闭' }).click();
  assert.deepEqual(await page.evaluate(() => window.unionPlanEditor.plan()), before);
  await context.close();
});

test('a seed document opened as a file shows its placeholders in the checklist; jumping focuses the field', { skip: !haveSeed && 'SKIPPED: no ../shared/fixtures' }, async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.setInputFiles('#up-import-file', join(SEED, 'school-plan-with-monthly-schedule.txt'));
  await page.waitForSelector('.up-facts');
  assert.match(await page.locator('.up-facts').innerText(), /11 个月份条目/);
  await page.getByRole('button', { name: '导入为新草稿' }).click();
  await page.locator('.up-tab', { hasText: '检查清单' }).click();
  const findings = await page.locator('.up-finding-error').allInnerTexts();
  assert.ok(findings.some((f) => f.includes('xx')), 'xx placeholder flagged');
  assert.ok(findings.some((f) => f.includes('**')), '** placeholder flagged');
  assert.ok(await page.locator('.up-step', { hasText: '主要工作' }).locator('.up-step-err').count() === 1, 'step list marks 主要工作');
  await page.locator('.up-finding-error', { hasText: 'xx' }).first().locator('button').click();
  const focused = await page.evaluate(() => document.activeElement.id);
  assert.match(focused, /^f-main-0/);
  await context.close();
});

test('a file that is not a plan is refused in Chinese and changes nothing', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '不变的工会');
  const before = await page.evaluate(() => window.unionPlanEditor.plan());
  const dir = mkdtempSync(join(tmpdir(), 'up-imp-'));
  writeFileSync(join(dir, 'bad.json'), '{"schema": 99, "kind": "plan"}');
  writeFileSync(join(dir, 'bad.docx'), 'this is not a zip');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.setInputFiles('#up-import-file', join(dir, 'bad.json'));
  await page.waitForSelector('.up-dialog [role=alert]');
  assert.match(await page.locator('.up-dialog [role=alert]').innerText(), /无法导入.*更新版本/);
  await page.setInputFiles('#up-import-file', join(dir, 'bad.docx'));
  await page.waitForFunction(() => document.querySelector('.up-dialog [role=alert]')?.textContent.includes('bad.docx'));
  assert.equal(await page.getByRole('button', { name: '导入为新草稿' }).count(), 0);
  await page.keyboard.press('Escape');
  assert.deepEqual(await page.evaluate(() => window.unionPlanEditor.plan()), before);
  await context.close();
});

test('GBK-encoded text files are decoded', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const dir = mkdtempSync(join(tmpdir(), 'up-gbk-'));
  // "一、加强学习\n二、做好服务\n三、关心职工" in GBK
  const gbk = Buffer.from('d2bba1a2bcd3c7bfd1a7cfb00ab6fea1a2d7f6bac3b7fecef10ac8fda1a2b9d8d0c4d6b0b9a4', 'hex');
  writeFileSync(join(dir, 'old.txt'), gbk);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.setInputFiles('#up-import-file', join(dir, 'old.txt'));
  await page.waitForSelector('.up-facts');
  assert.match(await page.locator('.up-facts').innerText(), /3 个：加强学习；做好服务；关心职工/);
  await context.close();
});

test('a part heading kept as the author wrote it can go back to the standard one, and undo brings it back', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.fill('#up-import-text', [
    '城北社区工会2026年工作计划',
    '一、指导思想',
    '以服务职工为中心。',
    '二、组织建设',
    '推进新就业形态劳动者入会。',
    '三、存在的不足',
    '活动经费偏紧。',
  ].join('\n'));
  await page.getByRole('button', { name: '识别粘贴的内容' }).click();
  await page.getByRole('button', { name: '导入为新草稿' }).click();
  await page.waitForFunction(() => document.querySelector('#f-basic-org')?.value === '城北社区工会');
  await page.locator('.up-steps .up-step', { hasText: '存在问题' }).first().click();
  const hint = page.locator('.up-step-body', { hasText: '标题照原文' });
  assert.match(await hint.innerText(), /标题照原文：“存在的不足”/);
  // keyboard: the button is a real button, reached by focus and Enter
  await page.getByRole('button', { name: '用标准标题' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !window.unionPlanEditor.plan().headings?.problems);
  assert.equal(await page.getByRole('button', { name: '用标准标题' }).count(), 0);
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(plan.problems, '活动经费偏紧。', 'the text stays');
  assert.equal(plan.headings.guiding, '指导思想', 'the other part keeps its wording');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().headings?.problems === '存在的不足');
  assert.equal(await page.getByRole('button', { name: '用标准标题' }).count(), 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the schedule heading and the month labels kept as written go back to the standard wording', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.fill('#up-import-text', [
    '城南街道工会2026年工作计划',
    '一、组织建设',
    '推进新就业形态劳动者入会。',
    '二、主要活动安排',
    '一月份：走访慰问困难职工。',
    '七、八月份：开展夏送清凉。',
  ].join('\n'));
  await page.getByRole('button', { name: '识别粘贴的内容' }).click();
  await page.getByRole('button', { name: '导入为新草稿' }).click();
  await page.waitForFunction(() => document.querySelector('#f-basic-org')?.value === '城南街道工会');
  await page.locator('.up-steps .up-step', { hasText: '活动安排' }).first().click();
  const body = page.locator('.up-step-body');
  await body.locator('text=标题照原文').waitFor();
  assert.match(await body.innerText(), /标题照原文：“主要活动安排”/);
  assert.match(await body.innerText(), /月份照原文写法（一月份、七、八月份）/);
  const preview = () => page.locator('.up-page').textContent();
  assert.match(await preview(), /主要活动安排/);
  assert.match(await preview(), /一月份/);
  // the heading, by keyboard
  await page.getByRole('button', { name: '用标准标题' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !window.unionPlanEditor.plan().headings?.schedule);
  assert.doesNotMatch(await preview(), /主要活动安排/);
  assert.match(await preview(), /活动安排/);
  assert.match(await preview(), /一月份/, 'the month labels stay until asked');
  // then the month labels
  await page.getByRole('button', { name: '改用标准写法' }).click();
  await page.waitForFunction(() => !(window.unionPlanEditor.plan().headings?.months));
  assert.doesNotMatch(await preview(), /一月份/);
  assert.match(await preview(), /七、八月/);
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.deepEqual(plan.schedule.map((e) => e.months), [[1], [7, 8]], 'the entries stay');
  // undo brings the labels back
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().headings?.months?.['1'] === '一月份');
  await context.close();
});
