// 新建下一年度 and 对比上年 through the UI in Chromium (index.html, the lite
// editor, whose compare view and year-over-year functions come from the
// full module through app::tools).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = {
  schema: 1, kind: 'plan', title: '东湖机械厂工会2026年工作计划', organization: '东湖机械厂工会', org_type: 'enterprise', year: 2026,
  period: { start_month: 1 },
  guiding: '2026年，厂工会在厂党委和上级工会的领导下，紧紧围绕企业生产经营中心任务，全心全意为职工服务。',
  goals: '职工入会率保持在百分之九十八以上，全年开展劳动竞赛不少于四次。', measures: '委员分工负责，每季度检查一次。', problems: '',
  sections: [
    { heading: '开展劳动竞赛', body: '围绕生产任务开展劳动竞赛和技能比武。', items: [], track: { status: 'done', note: '' } },
    { heading: '做好帮扶工作', body: '春节前走访慰问困难职工，建立帮扶档案。', items: [], track: { status: 'partial', note: '' } },
  ],
  schedule: [{ months: [2], activities: ['春节（2月17日）前走访慰问困难职工'] }],
  next: null, signature: { organization: '东湖机械厂工会', date: '2026-01-08', date_style: 'arabic' },
};

test('新建下一年度 makes a 2027 draft that remembers the 2026 one; the checklist and 对比上年 compare them', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => { window.unionPlanEditor.setPlan(p); window.unionPlanEditor.flush(); }, plan);
  await page.getByRole('button', { name: '新建下一年度' }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().year === 2027);
  const next = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(next.title, '东湖机械厂工会2027年工作计划');
  assert.equal(next.signature.date, '2027-01-08');
  assert.equal(next.schedule[0].activities[0], '春节（2月6日）前走访慰问困难职工');
  assert.ok(next.sections.every((s) => !s.track));
  assert.equal(next.previous.year, 2026);
  assert.ok(next.previous.draft.length > 0, 'the source draft id is remembered');
  await page.getByRole('status').or(page.locator('.up-notice')).first().waitFor();
  assert.match(await page.locator('.up-notice').first().innerText(), /已新建2027年度的草稿/);

  // The checklist compares with the source draft by itself.
  await page.getByRole('tab', { name: /^检查清单/ }).click();
  await page.getByText(/与上年的材料一字不差（按句子计）/).first().waitFor();

  // 对比上年: side by side; after an edit the changed part is listed, and a click jumps to the field.
  await page.getByRole('tab', { name: '对比上年' }).click();
  await page.locator('.up-cmp-view .up-cmp-part').first().waitFor();
  // The title and the schedule (春节 moved to 2月6日) changed; the rest is last year's.
  assert.match(await page.locator('.up-cmp-summary').innerText(), /新增 0 处，删去 0 处，改写 2 处/);
  const sched = page.locator('.up-cmp-part.up-cmp-changed', { hasText: '活动安排' }).locator('.up-cmp-row.up-cmp-changed');
  assert.match(await sched.locator('.up-cmp-old').innerText(), /2月17日/);
  assert.match(await sched.locator('.up-cmp-new').innerText(), /2月6日/);
  await page.evaluate(() => {
    const p = window.unionPlanEditor.plan();
    p.goals = '职工入会率保持在百分之九十八以上，全年开展劳动竞赛不少于六次。';
    window.unionPlanEditor.setPlan(p);
  });
  const goals = page.locator('.up-cmp-part.up-cmp-changed', { hasText: '工作目标' });
  await goals.waitFor();
  const diff = goals.locator('.up-cmp-row.up-cmp-changed');
  assert.match(await diff.locator('.up-cmp-old').innerText(), /不少于四次/);
  assert.match(await diff.locator('.up-cmp-new').innerText(), /不少于六次/);
  await diff.getByRole('button').click();
  await page.waitForFunction(() => document.activeElement && document.activeElement.id.endsWith('f-goals'));
  // The source draft is still there, unchanged.
  await page.getByRole('tab', { name: '草稿' }).click();
  await page.getByRole('button', { name: /^打开东湖机械厂工会2026年工作计划/ }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('对比上年 takes last year from a file through the importer', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan({ ...p, year: 2027, title: '东湖机械厂工会2027年工作计划' }), plan);
  await page.getByRole('tab', { name: '对比上年' }).click();
  await page.getByText(/选择上年的草稿，或导入上年的文件/).waitFor();
  const text = [
    // Priorities as level-1 headings, as in the draft: the importer keeps the author's levels
    // (a 主要工作 heading over （一）（二） would stay one priority with two items).
    '东湖机械厂工会2026年工作计划', '指导思想', plan.guiding,
    '一、开展劳动竞赛', '围绕生产任务开展劳动竞赛和技能比武。', '二、关心女职工', '组织三八节活动。',
    '东湖机械厂工会', '2026年1月8日',
  ].join('\n');
  await page.setInputFiles('.up-cmp-file', { name: '2026年计划.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.locator('.up-cmp-view .up-cmp-part').first().waitFor();
  const names = await page.locator('.up-cmp-name').allInnerTexts();
  assert.ok(names.some((n) => /指导思想（未改）/.test(n)), names.join(' | '));
  assert.ok(names.some((n) => /关心女职工.*（删去）/.test(n)), names.join(' | '));
  assert.ok(names.some((n) => /做好帮扶工作.*（新增）/.test(n)), names.join(' | '));
  const cur = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(cur.previous.year, 2026);
  assert.deepEqual(page.errors, []);
  await context.close();
});
