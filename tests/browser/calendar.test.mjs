// The union year in the built app: events beside each month, period
// switching without losing activities, suggestions, signature dates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const step = (page, name) => page.locator('.up-steps .up-step', { hasText: name }).first().click();

test('months show the year\'s holidays; switching periods keeps every activity; suggestions are org-type aware', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '明德小学工会');
  await page.selectOption('#f-basic-type', 'school');
  await page.fill('#f-basic-year', '2027');
  await page.locator('#f-basic-year').dispatchEvent('change');
  await page.selectOption('#f-basic-period', '1');
  await step(page, '活动安排');
  assert.equal(await page.locator('.up-entry').count(), 12);
  // 2027: 春节 02-06, 元宵 02-20
  assert.match(await page.locator('.up-entry').nth(1).locator('.up-events').innerText(), /春节 02\/06.*元宵节 02\/20/);
  // September of a school suggests 教师节; clicking one marks it used
  const sept = page.locator('.up-entry').nth(8);
  const chip = sept.locator('.up-chip', { hasText: '教师节' }).first();
  await chip.click();
  assert.equal(await sept.locator('.up-chip-used', { hasText: '教师节' }).count(), 1);
  await page.locator('#f-schedule-2-0').fill('三月的活动');
  await page.locator('#f-schedule-6-0').fill('七月的活动');
  const before = await page.evaluate(() => window.unionPlanEditor.plan().schedule.flatMap((e) => e.activities).filter(Boolean).sort());
  await step(page, '基本信息');
  await page.selectOption('#f-basic-period', '9');
  await step(page, '活动安排');
  assert.equal(await page.locator('.up-entry-title').first().innerText(), '九月');
  await page.selectOption('#f-basic-period', '1').catch(() => {});
  await step(page, '基本信息');
  await page.selectOption('#f-basic-period', '1');
  const after = await page.evaluate(() => window.unionPlanEditor.plan().schedule.flatMap((e) => e.activities).filter(Boolean).sort());
  assert.deepEqual(after, before);
  // an enterprise gets different suggestions in May than a school
  await page.selectOption('#f-basic-type', 'enterprise');
  await step(page, '活动安排');
  assert.ok((await page.locator('.up-entry').nth(4).locator('.up-chip').allInnerTexts()).some((t) => /劳动|技能|竞赛/.test(t)));
  await context.close();
});

test('the signature date renders in both forms', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '日期测试工会');
  await step(page, '署名');
  await page.fill('#f-signature-date', '2025-12-20');
  await page.locator('#f-signature-date').dispatchEvent('change');
  assert.equal(await page.locator('.up-doc-sig-date').innerText(), '2025年12月20日');
  await page.selectOption('#f-signature-style', 'chinese');
  assert.equal(await page.locator('.up-doc-sig-date').innerText(), '二〇二五年十二月二十日');
  await page.getByRole('button', { name: '填入今天' }).click();
  assert.match(await page.locator('.up-doc-sig-date').innerText(), /^二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日$/);
  await context.close();
});
