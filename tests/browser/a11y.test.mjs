// Accessibility: axe-core on every step of the editor and on every panel,
// menu and dialog the toolbar opens. No violation of impact "serious" or
// "critical" is allowed; the rest are printed.
//
// axe-core is a dev dependency (npm). The page's CSP forbids injected
// scripts, so the test context bypasses the CSP to load axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, site, openApp } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Runs axe on the page; returns the violations as plain data. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

const screens = [];

/** Audits what is on screen now under a name; collects serious/critical violations. */
async function audit(page, name, failures) {
  const violations = await axe(page);
  screens.push(name);
  for (const v of violations) {
    const line = `${name}: [${v.impact}] ${v.id} — ${v.help} — ${v.nodes.slice(0, 6).join(' | ')}${v.nodes.length > 6 ? ` (+${v.nodes.length - 6})` : ''}`;
    console.log(line);
    if (v.impact === 'serious' || v.impact === 'critical') failures.push(line);
  }
}

/** A toolbar button by its name, or null (logged) when this build has none. */
async function toolbarButton(page, name) {
  const b = page.locator('.up-toolbar button', { hasText: name }).first();
  if ((await b.count()) === 0) { console.log(`a11y: toolbar button ${name}: not present`); return null; }
  return b;
}

test('every step, panel, menu and dialog has no serious or critical axe violation', { timeout: 180_000 }, async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await openApp(context, server.url);
  const failures = [];

  // Some content so the tree, schedule and signature render their controls.
  await page.fill('#f-basic-org', '无障碍测试工会');
  await page.locator('.up-steps .up-step', { hasText: '主要工作' }).click();
  await page.getByRole('button', { name: /添加一级标题/ }).click();
  await page.keyboard.type('加强思想引领');
  await page.getByRole('button', { name: /下添加子项/ }).first().click();
  await page.keyboard.type('开展学习');

  const steps = page.locator('.up-steps .up-step');
  const n = await steps.count();
  assert.ok(n >= 8, `the step list has the steps (${n})`);
  for (let i = 0; i < n; i++) {
    await steps.nth(i).click();
    await audit(page, `step ${(await steps.nth(i).innerText()).replace(/\s+/g, '')}`, failures);
  }

  // A summary with next year's plan has its own steps (明年 …).
  await page.locator('.up-steps .up-step').first().click();
  await page.selectOption('#f-basic', 'summary_and_plan');
  const n2 = await steps.count();
  for (let i = 0; i < n2; i++) {
    const label = (await steps.nth(i).innerText()).replace(/\s+/g, '');
    if (!label.startsWith('明年')) continue;
    await steps.nth(i).click();
    await audit(page, `summary_and_plan step ${label}`, failures);
  }
  await page.locator('.up-steps .up-step').first().click();
  await page.selectOption('#f-basic', 'plan');

  const drafts = await toolbarButton(page, '草稿');
  if (drafts) {
    await drafts.click();
    await page.locator('.up-drafts').waitFor();
    await audit(page, 'drafts panel', failures);
    await drafts.click();
  }

  const exportBtn = await toolbarButton(page, '导出');
  if (exportBtn) {
    await exportBtn.click();
    await page.locator('#up-export-menu').waitFor();
    await audit(page, 'export menu', failures);
    await page.keyboard.press('Escape');
  }

  const check = await toolbarButton(page, '检查');
  if (check) {
    await check.click();
    await audit(page, 'checklist panel', failures);
    await check.click();
  }

  const importBtn = await toolbarButton(page, '导入');
  if (importBtn) {
    await importBtn.click();
    await page.getByRole('dialog').waitFor();
    await audit(page, 'import dialog', failures);
    await page.fill('#up-import-text', '城南街道总工会2026年工作计划\n一、加强组织建设\n推进入会。\n七、八月：开展夏送清凉慰问。');
    await page.getByRole('button', { name: '识别粘贴的内容' }).click();
    await audit(page, 'import dialog with the review', failures);
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  }

  const tracking = await toolbarButton(page, '执行跟踪');
  if (tracking) {
    await tracking.click();
    await audit(page, 'execution tracking', failures);
    await page.locator('.up-toolbar button', { hasText: '返回编写' }).click();
  }

  // A notice on screen (after an export).
  if (exportBtn) {
    await exportBtn.click();
    await page.locator('#up-export-menu button[data-format="txt"]').click();
    await page.getByRole('status').first().waitFor();
    await audit(page, 'notice after an export', failures);
  }

  console.log(`a11y: ${screens.length} screens audited with axe-core: ${screens.join('; ')}`);
  assert.deepEqual(failures, [], 'serious or critical accessibility violations');
  await context.close();
});
