// Plan → tracking → year-end summary, through the UI in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = {
  schema: 1, kind: 'plan', title: '', organization: '东湖机械厂工会', org_type: 'enterprise', year: 2026, period: { start_month: 1 },
  guiding: '围绕企业生产经营中心任务开展工作。', goals: '', measures: '委员分工负责。', problems: '',
  sections: [
    { heading: '开展劳动竞赛', body: '', items: [{ heading: '组织技能比武', text: '', items: [] }, { heading: '评选岗位能手', text: '', items: [] }] },
    { heading: '做好帮扶工作', body: '', items: [{ heading: '春节走访慰问困难职工', text: '', items: [] }] },
    { heading: '丰富职工文化生活', body: '', items: [] },
  ],
  schedule: [{ months: [3], activities: ['三八节女职工活动', '植树活动'] }, { months: [7, 8], activities: ['夏送清凉'] }],
  next: null, signature: { organization: '东湖机械厂工会', date: null, date_style: 'arabic' },
};

test('marking items and activities shows progress and drafts a summary with the figures, leaving the plan unchanged', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  await page.getByRole('button', { name: '执行跟踪' }).click();
  // 技能比武: done, 120 people, 35000 yuan, 4 sessions
  await page.selectOption('#t-main-0-0', 'done');
  await page.getByLabel('（一）组织技能比武情况说明').fill('分车间举办初赛和决赛');
  await page.getByRole('group', { name: '（一）组织技能比武执行情况' }).getByLabel('人次').fill('120');
  await page.getByRole('group', { name: '（一）组织技能比武执行情况' }).getByLabel('金额（元）').fill('35000');
  await page.getByRole('group', { name: '（一）组织技能比武执行情况' }).getByLabel('次数/场次').fill('4');
  await page.selectOption('#t-main-0-1', 'not_done');
  await page.getByLabel('（二）评选岗位能手情况说明').fill('因生产任务紧推迟');
  await page.selectOption('#t-main-1-0', 'partial');
  await page.selectOption('#t-schedule-0-0', 'done');
  await page.selectOption('#t-schedule-0-1', 'cancelled');
  const bars = await page.locator('.up-bar-label').allInnerTexts();
  assert.ok(bars.includes('三月：1/1 完成'), bars.join(' | '));
  assert.ok(bars.some((b) => b.startsWith('一、开展劳动竞赛：1/2')), bars.join(' | '));
  const tracked = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(tracked.sections[0].items[0].track.participants, 120);
  assert.equal(tracked.sections[0].items[0].track.amount, 35000);
  assert.equal(tracked.schedule[0].tracking[1].status, 'cancelled');

  await page.getByRole('button', { name: '生成年终总结' }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().kind === 'summary');
  const summary = await page.evaluate(() => window.unionPlanEditor.plan());
  const text = JSON.stringify(summary);
  assert.match(text, /120人次/);
  assert.match(text, /3\.5万元/);
  assert.deepEqual(summary.sections.slice(0, 3).map((s) => s.heading), ['开展劳动竞赛', '做好帮扶工作', '丰富职工文化生活']);
  assert.match(summary.problems, /评选岗位能手/);
  assert.match(summary.problems, /春节走访慰问困难职工/);
  assert.doesNotMatch(summary.problems, /组织技能比武/);
  const preview = await page.locator('.up-doc-title').first().innerText();
  assert.equal(preview, '东湖机械厂工会2026年工作总结');
  // the plan is still in the drafts list, unchanged
  await page.getByRole('button', { name: '草稿', exact: true }).click();
  await page.getByRole('button', { name: /^打开东湖机械厂工会2026年工作计划/ }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().kind === 'plan');
  assert.deepEqual(await page.evaluate(() => window.unionPlanEditor.plan()), tracked);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('summary and next year plan carries unfinished items into next year', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const p = structuredClone(plan);
  p.sections[0].items[1].track = { status: 'not_done', note: '推迟' };
  p.schedule[1].tracking = [{ status: 'partial', note: '只完成一半' }];
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), p);
  await page.getByRole('button', { name: '执行跟踪' }).click();
  await page.getByRole('button', { name: '生成总结暨明年计划' }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().kind === 'summary_and_plan');
  const s = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(s.next.year, 2027);
  assert.ok(JSON.stringify(s.next.sections).includes('评选岗位能手'));
  assert.ok(s.next.schedule.some((e) => e.months.join() === '7,8' && e.activities.includes('夏送清凉')));
  assert.deepEqual(await page.locator('.up-doc-title').allInnerTexts(), ['东湖机械厂工会2026年工作总结', '暨2027年工作计划']);
  await context.close();
});

test('typing in 执行跟踪 keeps the focus and every character (the panel is redrawn after each one); undo updates the fields', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  await page.getByRole('button', { name: '执行跟踪' }).click();
  await page.focus('#t-main-0-0');
  await page.selectOption('#t-main-0-0', 'done');
  // the status select keeps the focus while the note and figures appear
  assert.equal(await page.evaluate(() => document.activeElement?.id), 't-main-0-0');
  const note = page.getByLabel('（一）组织技能比武情况说明');
  await note.click();
  await page.keyboard.type('分两轮举办');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), '（一）组织技能比武情况说明');
  const amount = page.getByRole('group', { name: '（一）组织技能比武执行情况' }).getByLabel('金额（元）');
  await amount.click();
  await page.keyboard.type('1500.5');
  assert.equal(await amount.inputValue(), '1500.5', 'a decimal point typed is not lost to a redraw');
  let track = await page.evaluate(() => window.unionPlanEditor.plan().sections[0].items[0].track);
  assert.deepEqual([track.status, track.note, track.amount], ['done', '分两轮举办', 1500.5]);
  // the bars follow the marks
  assert.ok((await page.locator('.up-bar-label').allInnerTexts()).some((b) => b.startsWith('一、开展劳动竞赛：1/2')));
  // undo from outside the panel's fields: the amount field shows the undone value
  await page.locator('.up-tracking .up-hint').first().click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => window.unionPlanEditor.plan().sections[0].items[0].track?.amount !== 1500.5);
  track = await page.evaluate(() => window.unionPlanEditor.plan().sections[0].items[0].track);
  assert.equal(await amount.inputValue(), track.amount === undefined ? '' : String(track.amount));
  assert.deepEqual(page.errors, []);
  await context.close();
});
