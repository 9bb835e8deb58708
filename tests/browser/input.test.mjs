// What users expect anyway: IME composition, 360 px, paste, long text, keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Chinese IME composition neither drops nor doubles characters', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.locator('#f-basic-org').click();
  const cdp = await context.newCDPSession(page);
  for (const [pinyin, hanzi] of [['gong', '工'], ['hui', '会']]) {
    for (let i = 1; i <= pinyin.length; i++) {
      await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await cdp.send('Input.insertText', { text: hanzi });
  }
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.startsWith('工会'));
  assert.equal(await page.locator('#f-basic-org').inputValue(), '工会');
  assert.match(await page.locator('.up-doc-title').first().innerText(), /^工会\d{4}年工作计划$/);
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.equal(plan.organization, '工会');
  await context.close();
});

test('works at 360 px: no horizontal scrolling, every step reachable', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await openApp(context, server.url);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
  for (const name of ['主要工作', '活动安排', '署名']) {
    await page.locator('.up-steps .up-step', { hasText: name }).first().click();
    assert.equal(await page.locator('.up-step-title').innerText(), name);
    const o = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(o <= 1, `${name}: page scrolls sideways by ${o}px`);
  }
  await context.close();
});

test('100k characters and emoji in a field are kept exactly', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.locator('.up-steps .up-step', { hasText: '指导思想' }).first().click();
  const big = ('职工之家建设😀👨‍👩‍👧' + '长'.repeat(90)).repeat(1000).slice(0, 100000);
  await page.locator('#f-guiding').fill(big);
  const same = (s) => s.length === big.length && s === big; // no 100k-character diff on failure
  // Yew applies the edit on its next scheduler run; wait for it rather than racing it.
  await page.waitForFunction((n) => window.unionPlanEditor.plan().guiding.length === n, big.length);
  const plan = await page.evaluate(() => window.unionPlanEditor.plan());
  assert.ok(same(plan.guiding), `editor holds ${plan.guiding.length} of ${big.length} characters`);
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  const after = (await page.evaluate(() => window.unionPlanEditor.plan())).guiding;
  assert.ok(same(after), `after reload: ${after.length} of ${big.length} characters`);
  await context.close();
});

test('every control is reachable with Tab and shows a visible focus ring', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const cs = getComputedStyle(el);
      return { tag: el.tagName, text: (el.textContent || el.id || '').trim().slice(0, 12), outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
    });
    if (info.tag === 'BODY') continue;
    assert.ok(info.outline, `focus ring on ${info.tag} ${info.text}`);
    seen.add(info.text);
  }
  for (const t of ['导入', '导出 ▾', '草稿', '基本信息', '署名', 'f-basic-org']) assert.ok([...seen].some((s) => s.startsWith(t)), `reached ${t}: ${[...seen].join(',')}`);
  await context.close();
});
