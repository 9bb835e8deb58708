// Issue 16 part 1 and 4 in the editor: the preview shows A4 sheets with
// `— N —` page numbers, as many (±1) as LibreOffice prints from the DOCX of
// the large plan; numbers sit outside (odd right, even left) or centred as
// `format.page_numbers` says; and the 版式与发文 settings (页码 居中,
// standard fonts, a 发文机关标志) are edits that persist across a reload
// and show the red 版头 in the preview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, site, openApp } from './harness.mjs';
import { loadApi } from '../node/load.mjs';
import { renderDocx, needLibreOffice } from '../node/pdf.mjs';
import { largePlan } from '../fixtures/large-plan.mjs';

needLibreOffice();
let browser, server, api;
before(async () => { browser = await launch(); server = await site(); api = await loadApi(); });
after(async () => { await browser?.close(); await server?.close(); });

const sheets = (page) => page.$$eval('.up-page .up-sheet', (ss) => ss.map((s) => ({
  no: s.querySelector('.up-page-no')?.textContent ?? null,
  blank: s.classList.contains('up-sheet-blank'),
  record: s.classList.contains('up-sheet-record'),
})));

test('the large plan previews as numbered A4 sheets, as many as LibreOffice prints (±1)', async () => {
  const plan = largePlan();
  const { pages: printed } = renderDocx(mkdtempSync(join(tmpdir(), 'up-preview-')), 'large', api.exportPlan(plan, 'docx'));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  await page.waitForFunction(() => document.querySelectorAll('.up-page .up-sheet').length > 3);
  const got = await sheets(page);
  assert.ok(Math.abs(got.length - printed) <= 1, `preview ${got.length} sheets, LibreOffice ${printed} pages`);
  assert.deepEqual(got.map((s) => s.no), got.map((_, i) => `— ${i + 1} —`));
  // Outside numbers: odd pages right, even pages left, one character in.
  const place = await page.$$eval('.up-page .up-sheet', (ss) => ss.slice(0, 2).map((s) => {
    const r = s.getBoundingClientRect(), n = s.querySelector('.up-page-no').getBoundingClientRect();
    return { left: n.left - r.left, right: r.right - n.right, below: n.top - r.top, height: r.height };
  }));
  assert.ok(place[0].right < place[0].left, `page 1 number on the right: ${JSON.stringify(place[0])}`);
  assert.ok(place[1].left < place[1].right, `page 2 number on the left: ${JSON.stringify(place[1])}`);
  assert.ok(place[0].below > place[0].height * 0.85, 'the number sits under the text block');
  // Every paragraph's text is there once, whole (a paragraph cut by a page
  // keeps the rest in its first piece).
  const texts = await page.$$eval('.up-page p[data-i]', (ps) => ps.map((p) => p.textContent));
  assert.ok(texts.some((t) => t.includes(plan.guiding.split('\n')[0])));
  assert.equal(new Set(await page.$$eval('.up-page p[data-i]', (ps) => ps.map((p) => p.dataset.i))).size, texts.length);
  // Centred numbers, then none.
  await page.evaluate(() => {
    const p = window.unionPlanEditor.plan();
    window.unionPlanEditor.setPlan({ ...p, format: { fonts: 'gb2312', page_numbers: 'center' } });
  });
  await page.waitForSelector('.up-page.up-nums-center');
  const centre = await page.$eval('.up-page .up-sheet:nth-child(2)', (s) => {
    const r = s.getBoundingClientRect(), n = s.querySelector('.up-page-no');
    const range = document.createRange(); range.selectNodeContents(n); const t = range.getBoundingClientRect();
    return { left: t.left - r.left, right: r.right - t.right };
  });
  assert.ok(Math.abs(centre.left - centre.right) < 40, `centred: ${JSON.stringify(centre)}`);
  await page.evaluate(() => {
    const p = window.unionPlanEditor.plan();
    window.unionPlanEditor.setPlan({ ...p, format: { fonts: 'gb2312', page_numbers: 'none' } });
  });
  await page.waitForSelector('.up-page.up-nums-none');
  assert.equal(await page.locator('.up-page-no').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('版式与发文: 居中, standard fonts and a 发文机关标志 persist across a reload; the preview shows the red 版头 and an even page count', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await openApp(context, server.url);
  await page.evaluate(() => {
    const p = window.unionPlanEditor.plan();
    p.organization = '市交通运输局机关工会委员会';
    p.guiding = '围绕中心，服务大局。';
    window.unionPlanEditor.setPlan(p);
  });
  await page.locator('.up-steps .up-step', { hasText: '署名' }).first().click();
  await page.getByLabel('页码位置').selectOption('center');
  await page.getByLabel('字体').selectOption('standard');
  // Keyboard: the switch is reached with Tab and set with Space.
  await page.getByLabel('页码位置').focus();
  let focused = '';
  for (let i = 0; i < 8 && focused !== 'f-issuance-on'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'f-issuance-on', 'the 以文件形式印发 switch is keyboard reachable');
  await page.keyboard.press('Space');
  const issuer = page.getByLabel('发文机关标志');
  await issuer.waitFor();
  assert.equal(await issuer.inputValue(), '市交通运输局机关工会委员会文件', 'starts from the organisation');
  await page.getByLabel('发文字号').fill('市交工发[2027]1号');
  await page.getByLabel('抄送机关').fill('市总工会');
  await page.getByLabel('印发机关').fill('市交通运输局机关工会办公室');
  await page.getByLabel('印发日期').fill('2027-01-10');
  // Nothing is wider than the 360 px screen.
  const wide = await page.evaluate(() => [...document.querySelectorAll('.up-settings *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.id || e.className));
  assert.deepEqual(wide, []);
  await page.evaluate(() => window.unionPlanEditor.flush());
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.deepEqual(plan.format, { fonts: 'standard', page_numbers: 'center' });
  assert.equal(plan.issuance.issuer, '市交通运输局机关工会委员会文件');
  assert.equal(plan.issuance.number, '市交工发[2027]1号');
  assert.equal(plan.issuance.print_date, '2027-01-10');
  await page.setViewportSize({ width: 1400, height: 900 });
  const head = page.locator('.up-page .up-doc-issuer');
  // textContent, not innerText: sheets off screen skip layout (content-visibility), and innerText of a skipped sheet is empty.
  await head.waitFor();
  assert.equal(await head.textContent(), '市交通运输局机关工会委员会文件');
  assert.equal(await head.evaluate((e) => getComputedStyle(e).color), 'rgb(212, 0, 0)');
  assert.equal(await page.locator('.up-page .up-doc-number').textContent(), '市交工发〔2027〕1号');
  assert.ok(await page.locator('.up-page.up-fonts-standard.up-nums-center').count() === 1);
  assert.ok(!(await page.$eval('.up-page', (e) => getComputedStyle(e).fontFamily)).includes('GB2312'));
  // The 版记 on its own even, unnumbered page.
  const got = await sheets(page);
  assert.equal(got.length % 2, 0);
  assert.deepEqual(got.at(-1), { no: null, blank: false, record: true });
  assert.match(await page.locator('.up-sheet-record').textContent(), /抄送：市总工会。[\s\S]*2027年1月10日印发/);
  // Off and on again: what was typed comes back.
  await page.locator('.up-steps .up-step', { hasText: '署名' }).first().click();
  await page.getByLabel('以文件形式印发').uncheck();
  await page.waitForFunction(() => window.unionPlanEditor.plan().issuance == null);
  assert.equal(await page.locator('.up-page .up-doc-issuer').count(), 0);
  await page.getByLabel('以文件形式印发').check();
  await page.waitForFunction(() => window.unionPlanEditor.plan().issuance?.cc === '市总工会');
  assert.equal(await page.getByLabel('发文字号').inputValue(), '市交工发[2027]1号');
  // Undo takes the last change back.
  await page.locator('.up-steps .up-step', { hasText: '署名' }).first().click();
  await page.getByLabel('发文字号').fill('市交工发〔2027〕2号');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await page.waitForFunction(() => window.unionPlanEditor.plan().issuance.number === '市交工发[2027]1号');
  assert.deepEqual(page.errors, []);
  await context.close();
});
