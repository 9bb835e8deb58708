// Who does what, by when (issue 17) in Chromium: the preview shows the
// schedule table and the 任务分解表; the duty row under a task opens from the
// keyboard and edits the plan; the two switches (版式与发文) set `format`; 360 px still
// fits; 执行跟踪 groups and filters by 牵头部门.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const step = (page, name) => page.locator('.up-steps .up-step', { hasText: name }).first().click();
const duty = (lead, owner, due) => ({ lead, partners: '', owner, due, target: '' });
const plan = {
  schema: 1, kind: 'plan', title: '', organization: '城南小学工会', org_type: 'school', year: 2027, period: { start_month: 1 },
  guiding: '围绕学校中心工作开展工会工作。', goals: '', measures: '', problems: '',
  sections: [
    { heading: '加强师德建设', body: '', duty: duty('校办公室', '黄主席', '2027年6月底前'), items: [] },
    { heading: '关心教职工生活', body: '', items: [{ heading: '走访慰问困难教职工', text: '', items: [], duty: duty('工会办公室', '林老师', '春节前') }] },
  ],
  schedule: [{ months: [3], activities: ['三八节女教职工活动'], duties: [{ owner: '女工委员会', scope: '全体女教职工', note: '' }] }],
  next: null, signature: { organization: '城南小学工会', date: '2027-01-06', date_style: 'arabic' },
  format: { fonts: 'gb2312', page_numbers: 'outside', task_table: true, schedule: 'table' },
};

test('the preview shows the schedule table and the task table with their values', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  const tables = page.locator('.up-preview table.up-doc-table');
  await tables.nth(1).waitFor();
  assert.equal(await tables.count(), 2);
  const sched = await tables.nth(0).innerText();
  for (const v of ['时间', '活动内容', '负责部门', '三月', '三八节女教职工活动', '女工委员会', '全体女教职工']) assert.ok(sched.includes(v), `${v} in ${sched}`);
  const tasks = await tables.nth(1).innerText();
  for (const v of ['牵头部门', '责任人', '完成时限', '加强师德建设', '校办公室', '黄主席', '工会办公室', '林老师']) assert.ok(tasks.includes(v), `${v} in ${tasks}`);
  assert.equal(await page.locator('.up-preview .up-doc-annex').innerText(), '附件');
  assert.ok((await page.locator('.up-preview').innerText()).includes('城南小学工会2027年重点工作任务分解表'));
  // A click on a task's row jumps to that task.
  await tables.nth(1).locator('tr', { hasText: '林老师' }).click();
  await page.waitForFunction(() => document.activeElement?.id?.includes('main-1-0'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the duty row opens from the keyboard and edits the plan; the switches set the format', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan({ ...p, format: undefined, sections: [{ heading: '开好教代会', body: '', items: [] }] }), plan);
  await step(page, '主要工作');
  const details = page.locator('.up-duty').first();
  assert.equal(await details.getAttribute('open'), null, 'collapsed until used');
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await details.getByLabel('牵头部门', { exact: true }).fill('校长办公室');
  await details.getByLabel('责任人', { exact: true }).fill('周老师');
  await page.waitForFunction(() => window.unionPlanEditor.plan().sections[0].duty?.owner === '周老师');
  assert.deepEqual((await page.evaluate(() => window.unionPlanEditor.plan())).sections[0].duty,
    { lead: '校长办公室', partners: '', owner: '周老师', due: '', target: '' });
  await step(page, '署名');
  await page.getByLabel('附任务分解表').check();
  await page.getByLabel('活动安排用表格').check();
  await step(page, '活动安排');
  await page.getByLabel('负责', { exact: true }).first().fill('女工委员会');
  await page.waitForFunction(() => window.unionPlanEditor.plan().schedule[0].duties?.[0]?.owner === '女工委员会');
  const p = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(p.format.task_table, true);
  assert.equal(p.format.schedule, 'table');
  assert.equal(await page.locator('.up-preview table.up-doc-table').count(), 2);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('360 px: the duty rows and the schedule table fields fit without sideways scrolling', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  for (const name of ['主要工作', '活动安排']) {
    await step(page, name);
    const o = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(o <= 1, `${name}: page scrolls sideways by ${o}px`);
  }
  await context.close();
});

test('执行跟踪 groups by 牵头部门 and filters the priorities by it', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  await page.getByRole('button', { name: '执行跟踪' }).click();
  await page.selectOption('#t-main-0', 'done');
  const bars = await page.locator('.up-bar-label').allInnerTexts();
  assert.ok(bars.includes('校办公室：1/1 完成'), bars.join(' | '));
  assert.ok(bars.includes('工会办公室：0/1 完成'), bars.join(' | '));
  const filter = page.getByLabel('按牵头部门筛选重点工作');
  await filter.focus();
  await filter.selectOption('工会办公室');
  await page.locator('#t-main-0').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#t-main-1-0').count(), 1);
  // the panel is rebuilt for the choice; the keyboard stays on the filter
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), '按牵头部门筛选重点工作');
  assert.equal(await filter.inputValue(), '工会办公室');
  await context.close();
});
