// Reliability in Chromium: random edit sequences survive reloads and closed
// tabs exactly; unreadable stored data is kept and reported; a full storage
// quota, a second tab and bad setPlan/import input never lose a document.
//
// UNION_PLAN_SEED=<n> replays a run of the random sequences (the seed is
// printed); UNION_PLAN_CYCLES=<n> changes how many run (default 100).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, site, openApp } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const NS = 'union-plan';

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

const CHARS = '工会职工服务活动组织建设年度计划落实推进开展慰问困难帮扶女教师一二三，。、；：abcXYZ0123456789 -';
function words(rng, min = 2, max = 7) {
  let s = '';
  const n = min + rng.int(max - min + 1);
  for (let i = 0; i < n; i++) s += rng.pick([...CHARS]);
  return s;
}

const plan = (page) => page.evaluate(() => window.unionPlanEditor.plan());

/** The current draft as stored: { id, raw, draft, index }. Pending autosave is written first. */
const stored = (page, withPlan = false) => page.evaluate(([ns, withPlan]) => {
  window.unionPlanEditor?.flush();
  // With `withPlan`, the editor's plan is read in the same task as the storage.
  const plan = withPlan ? window.unionPlanEditor.plan() : undefined;
  const indexRaw = localStorage.getItem(`${ns}:index`);
  let index = null;
  try { index = JSON.parse(indexRaw); } catch { /* reported by the caller */ }
  const id = index?.current;
  const raw = id ? localStorage.getItem(`${ns}:draft:${id}`) : null;
  return { id, raw, index, indexRaw, draft: raw === null ? null : JSON.parse(raw), plan };
}, [NS, withPlan]);

const previewTexts = (page) => page.$$eval('.up-page p[data-i]', (ps) => ps.map((p) => p.textContent));

async function goStep(page, name) {
  const b = page.locator('.up-steps .up-step', { hasText: name }).first();
  if ((await b.getAttribute('aria-current')) !== 'step') await b.click();
}

/** Clicks into a field and puts the caret at its end. */
async function caretAtEnd(page, selector) {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('End');
}

/** Every node path of the 主要工作 tree, depth first. */
function treePaths(p) {
  const out = [];
  const walk = (items, prefix) => items.forEach((it, i) => { out.push([...prefix, i]); walk(it.items || [], [...prefix, i]); });
  walk(p.sections, []);
  return out;
}

const TEXT_FIELDS = [
  ['基本信息', '#f-basic-org'],
  ['基本信息', '#f-basic-title'],
  ['指导思想', '#f-guiding'],
  ['工作目标', '#f-goals'],
  ['落实措施', '#f-measures'],
  ['存在问题', '#f-problems'],
];

/** One random action; returns a short description for the failure log. */
async function randomAction(page, rng) {
  const r = rng.next();
  if (r < 0.3) {
    const [stepName, sel] = rng.pick(TEXT_FIELDS);
    await goStep(page, stepName);
    const text = words(rng);
    if (rng.chance(0.7)) {
      await caretAtEnd(page, sel);
      await page.keyboard.type(text);
      if (sel !== '#f-basic-org' && rng.chance(0.2)) { await page.keyboard.press('Enter'); await page.keyboard.type(words(rng)); }
    } else {
      await page.fill(sel, text);
    }
    return `type ${sel} ${JSON.stringify(text)}`;
  }
  if (r < 0.65) return treeAction(page, rng);
  if (r < 0.9) return scheduleAction(page, rng);
  return signatureAction(page, rng);
}

async function clickIfEnabled(locator) {
  if ((await locator.count()) === 0) return false;
  const b = locator.first();
  if (!(await b.isEnabled())) return false;
  await b.click();
  return true;
}

async function treeAction(page, rng) {
  await goStep(page, '主要工作');
  const paths = treePaths(await plan(page));
  if (paths.length === 0 || rng.chance(0.12)) {
    await page.getByRole('button', { name: /添加一级标题/ }).click();
    await page.keyboard.type(words(rng));
    return 'add section';
  }
  const path = rng.pick(paths);
  const id = `f-main-${path.join('-')}`;
  const tools = page.locator(`.up-node:has(> .up-node-head #${id}) > .up-node-tools button`);
  const what = rng.int(7);
  switch (what) {
    case 0: { const t = words(rng); await caretAtEnd(page, `#${id}`); await page.keyboard.type(t); return `heading ${id} +${t}`; }
    case 1: { const t = words(rng); await caretAtEnd(page, `#${id}-body`); await page.keyboard.type(t); return `body ${id} +${t}`; }
    case 2: {
      const key = rng.pick(['Alt+ArrowUp', 'Alt+ArrowDown', 'Alt+ArrowRight', 'Alt+ArrowLeft']);
      await page.locator(`#${id}`).click();
      await page.keyboard.press(key);
      return `${key} on ${id}`;
    }
    case 3: {
      await page.locator(`#${id}`).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(words(rng));
      return `Enter after ${id}`;
    }
    case 4: {
      const label = rng.pick(['↑', '↓', '降', '升', '＋ 同级', '＋ 子项']);
      const done = await clickIfEnabled(tools.filter({ hasText: label }));
      if (done && label.startsWith('＋')) await page.keyboard.type(words(rng));
      return `button ${label} on ${id}${done ? '' : ' (disabled)'}`;
    }
    case 5: {
      await clickIfEnabled(tools.filter({ hasText: '删除' }));
      return `delete ${id} (button)`;
    }
    default: {
      await page.fill(`#${id}`, '');
      await page.locator(`#${id}`).press('Backspace');
      return `delete ${id} (Backspace on empty heading)`;
    }
  }
}

async function scheduleAction(page, rng) {
  await goStep(page, '活动安排');
  const p = await plan(page);
  if (p.schedule.length === 0) {
    await page.getByRole('button', { name: '按计划周期生成各月' }).click();
    return 'generate months';
  }
  const i = rng.int(p.schedule.length);
  const entry = page.locator('.up-entry').nth(i);
  const acts = p.schedule[i].activities.length;
  const what = rng.int(8);
  switch (what) {
    case 0: case 1: {
      const j = rng.int(Math.max(acts, 1));
      const t = words(rng);
      await caretAtEnd(page, `#f-schedule-${i}-${j}`);
      await page.keyboard.type(t);
      return `activity ${i}-${j} +${t}`;
    }
    case 2: {
      await entry.getByRole('button', { name: '＋ 添加活动' }).click();
      await page.fill(`#f-schedule-${i}-${acts}`, words(rng));
      return `add activity to ${i}`;
    }
    case 3: {
      const merged = await clickIfEnabled(entry.locator('.up-entry-head button', { hasText: /^与/ }));
      return `merge ${i}${merged ? '' : ' (last)'}`;
    }
    case 4: {
      const split = await clickIfEnabled(entry.locator('.up-entry-head button', { hasText: '拆分' }));
      return `split ${i}${split ? '' : ' (single month)'}`;
    }
    case 5: {
      const chips = entry.locator('.up-chip');
      const n = await chips.count();
      if (n) await chips.nth(rng.int(n)).click();
      return `suggestion chip in ${i}`;
    }
    case 6: {
      if (acts < 2) return 'no activity to move';
      const j = rng.int(acts);
      await page.locator(`#f-schedule-${i}-${j}`).click();
      await page.keyboard.press(rng.pick(['Alt+ArrowUp', 'Alt+ArrowDown']));
      return `move activity ${i}-${j}`;
    }
    default: {
      if (rng.chance(0.5)) {
        await entry.locator('.up-entry-head button', { hasText: '删除本月' }).click();
        return `delete month entry ${i}`;
      }
      const add = page.locator('.up-step-body .up-row button.up-btn-small').filter({ hasText: /月$/ });
      const n = await add.count();
      if (n) await add.nth(rng.int(n)).click();
      return 'add missing month';
    }
  }
}

async function signatureAction(page, rng) {
  await goStep(page, '署名');
  switch (rng.int(5)) {
    case 0: {
      const d = `20${20 + rng.int(10)}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
      await page.fill('#f-signature-date', d);
      await page.locator('#f-signature-date').dispatchEvent('change');
      return `date ${d}`;
    }
    case 1: {
      const v = rng.pick(['arabic', 'chinese']);
      await page.selectOption('#f-signature-style', v);
      return `date style ${v}`;
    }
    case 2: await page.getByRole('button', { name: '填入今天' }).click(); return 'today';
    case 3: await clickIfEnabled(page.getByRole('button', { name: '不写日期' })); return 'no date';
    default: { const t = words(rng); await caretAtEnd(page, '#f-signature'); await page.keyboard.type(t); return `signature org +${t}`; }
  }
}

test('random edit sequences are saved after every change and survive reloads and closed tabs exactly', { timeout: 600_000 }, async () => {
  const seed = Number(process.env.UNION_PLAN_SEED) || (Date.now() % 2 ** 31);
  const cycles = Number(process.env.UNION_PLAN_CYCLES) || 100;
  console.log(`reliability: seed ${seed} (replay with UNION_PLAN_SEED=${seed})`);
  const rng = prng(seed);
  const context = await browser.newContext();
  let page = await openApp(context, server.url);
  const errors = [];
  let actions = 0, reloads = 0, closes = 0;
  const closeOutcomes = [];
  const started = Date.now();
  for (let cycle = 0; cycle < cycles; cycle++) {
    if (cycle % 10 === 0) {
      // A fresh document every ten cycles keeps the plan small and fast.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.waitForSelector('#f-basic-org');
      await page.fill('#f-basic-org', `第${cycle / 10 + 1}轮工会`);
    }
    const log = [];
    const n = 3 + rng.int(6);
    for (let k = 0; k < n; k++) {
      log.push(await randomAction(page, rng));
      actions++;
      // Saved synchronously: the stored draft is the editor's plan at once. Both are read in one
      // task: two separate evaluations let a render fall between them, and `plan()` follows
      // the rendered state (it is updated after each render), so it could be one render behind.
      const { plan: p, ...s } = await stored(page, true);
      assert.deepEqual(s.draft, p, `cycle ${cycle} (seed ${seed}): stored draft differs from the editor after: ${log.join(' | ')}`);
    }
    const beforeReload = await plan(page);
    const previewBefore = await previewTexts(page);
    await page.reload();
    await page.waitForSelector('#f-basic-org');
    reloads++;
    assert.deepEqual(await plan(page), beforeReload, `cycle ${cycle} (seed ${seed}): reload changed the plan after: ${log.join(' | ')}`);
    assert.deepEqual(await previewTexts(page), previewBefore, `cycle ${cycle}: reload changed the preview`);

    if (cycle % 10 === 7) {
      // Close the tab in the middle of typing, without waiting.
      await goStep(page, '指导思想');
      await caretAtEnd(page, '#f-guiding');
      const lastRead = await plan(page);
      const text = words(rng, 6, 10).replace(/\s/g, '');
      await page.keyboard.type(text[0]); // this keystroke is surely handled
      const rest = page.keyboard.type(text.slice(1)).catch(() => {});
      errors.push(...page.errors);
      await page.close();
      await rest;
      closes++;
      page = await openApp(context, server.url);
      const s = await stored(page);
      const reopened = await plan(page);
      assert.deepEqual(reopened, s.draft, 'the reopened editor shows the stored draft');
      const typed = s.draft.guiding.slice(lastRead.guiding.length);
      assert.ok(s.draft.guiding.startsWith(lastRead.guiding) && typed.length >= 1 && text.startsWith(typed),
        `cycle ${cycle}: after closing mid-typing the stored text is ${JSON.stringify(s.draft.guiding)}; expected ${JSON.stringify(lastRead.guiding)} + a prefix (≥ 1 char) of ${JSON.stringify(text)}`);
      assert.deepEqual({ ...s.draft, guiding: lastRead.guiding }, lastRead, 'nothing but the typed text changed');
      closeOutcomes.push(`${typed.length}/${text.length}`);
    }
  }
  errors.push(...page.errors);
  await context.close();
  console.log(`reliability: ${cycles} cycles, ${actions} random actions, ${reloads} reloads checked, ${closes} tabs closed mid-typing (keystrokes kept: ${closeOutcomes.join(', ')}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(errors, [], 'no page errors');
});

// ---------------------------------------------------------------------------
// Unreadable stored data.

const UNREADABLE = [
  ['corrupt JSON', '{not json'],
  ['a newer schema', JSON.stringify({ schema: 99, kind: 'plan', title: '未来版本的计划', sections: [{ heading: '新格式', body: '', items: [] }] })],
  ['an array', '[1,2,3]'],
  ['a string', '"hello"'],
  ['a wrong shape', JSON.stringify({ kind: 'plan', sections: '不是列表' })],
];

/** Opens the app, then puts `raw` under a draft that the index names current, and reloads. */
async function withStoredDraft(context, raw, extra = {}) {
  const page = await openApp(context, server.url);
  await page.evaluate(({ ns, raw, extra }) => {
    localStorage.clear();
    localStorage.setItem(`${ns}:index`, JSON.stringify({ current: 'd1', drafts: [{ id: 'd1', title: '旧草稿', name: '', kind: 'plan', updated: 0 }] }));
    localStorage.setItem(`${ns}:draft:d1`, raw);
    for (const [k, v] of Object.entries(extra)) localStorage.setItem(k, v);
  }, { ns: NS, raw, extra });
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  return page;
}

const allStorage = (page) => page.evaluate(() => (window.unionPlanEditor?.flush(), Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))));

for (const [what, raw] of UNREADABLE) {
  test(`a stored draft that is ${what} is kept under a backup key, left in place, and reported in Chinese with a download`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await withStoredDraft(context, raw);
    const alert = page.getByRole('alert').filter({ hasText: /草稿/ });
    await alert.waitFor();
    const message = await alert.innerText();
    assert.match(message, /[\u4e00-\u9fff]/, 'the notice is in Chinese');
    const all = await allStorage(page);
    assert.equal(all[`${NS}:draft:d1`], raw, 'the original key is untouched');
    const backups = Object.keys(all).filter((k) => k.startsWith(`${NS}:backup:`));
    assert.ok(backups.some((k) => all[k] === raw), `the raw text is under a backup key: ${backups}`);
    // The download button hands over exactly the raw text.
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: /下载/ }).click()]);
    assert.equal(readFileSync(await download.path(), 'utf8'), raw);
    // Editing goes on in a new draft; the unreadable one is still not overwritten.
    await page.fill('#f-basic-org', '新草稿工会');
    const after = await allStorage(page);
    assert.equal(after[`${NS}:draft:d1`], raw, 'editing does not overwrite the unreadable draft');
    const index = JSON.parse(after[`${NS}:index`]);
    assert.notEqual(index.current, 'd1');
    assert.equal(JSON.parse(after[`${NS}:draft:${index.current}`]).organization, '新草稿工会');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('a corrupt drafts index is kept in a backup and the drafts it listed stay reachable', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const draft = JSON.stringify({ schema: 1, kind: 'plan', title: '', organization: '索引损坏前的工会', year: 2026, sections: [] });
  await page.evaluate(({ ns, draft }) => {
    localStorage.clear();
    localStorage.setItem(`${ns}:draft:d1`, draft);
    localStorage.setItem(`${ns}:index`, '{"current":"d1","drafts":[{"id":"d1"');
  }, { ns: NS, draft });
  await page.reload();
  await page.waitForSelector('#f-basic-org');
  await page.fill('#f-basic-org', '索引损坏后的工会');
  const all = await allStorage(page);
  assert.equal(all[`${NS}:draft:d1`], draft, 'the draft itself is untouched');
  const keptIndex = Object.entries(all).some(([k, v]) => v === '{"current":"d1","drafts":[{"id":"d1"' && k.startsWith(`${NS}:`));
  assert.ok(keptIndex, 'the unreadable index text is kept (under its key or a backup key), not overwritten');
  await page.getByRole('button', { name: '草稿', exact: true }).click();
  const list = await page.locator('.up-drafts').innerText();
  assert.match(list, /索引损坏前的工会/, 'the draft the broken index listed is still in the drafts list');
  await context.close();
});

// ---------------------------------------------------------------------------
// Full storage.

test('when storage is full a warning appears, editing and the preview go on, and the saved draft is not destroyed', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '配额测试工会');
  await goStep(page, '指导思想');
  await page.fill('#f-guiding', '满额之前保存的一段。');
  const before = await stored(page);
  assert.equal(before.draft.guiding, '满额之前保存的一段。');
  const fillers = await page.evaluate(() => {
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler:${n}`, chunk); n++; } catch { break; }
      }
    }
    return n;
  });
  assert.ok(fillers > 0, 'the quota was filled');
  const added = '存储已满之后继续输入的三十个字用来确保这次保存一定超出剩余空间无疑';
  await caretAtEnd(page, '#f-guiding');
  await page.keyboard.type(added);
  const warning = page.getByRole('alert').filter({ hasText: /保存/ });
  await warning.waitFor();
  assert.match(await warning.innerText(), /[\u4e00-\u9fff]/);
  // Editing continues: the editor and the preview have the new text.
  assert.equal((await plan(page)).guiding, `满额之前保存的一段。${added}`);
  assert.ok((await previewTexts(page)).some((t) => t.includes(added)), 'the preview shows the text typed while storage is full');
  // What is stored is a complete earlier version (the last write that
  // fitted), and once the browser refuses, further typing destroys nothing.
  const during = await stored(page);
  const savedTail = during.draft.guiding.slice(before.draft.guiding.length);
  assert.ok(during.draft.guiding.startsWith(before.draft.guiding) && added.startsWith(savedTail),
    `the stored draft is an earlier state of the editor: ${JSON.stringify(during.draft.guiding)}`);
  assert.deepEqual({ ...during.draft, guiding: before.draft.guiding }, before.draft, 'nothing else in the stored draft changed');
  assert.deepEqual(during.index.drafts.map((d) => d.id), before.index.drafts.map((d) => d.id), 'the drafts index is intact');
  await page.keyboard.type('再输入一些文字，存储仍然是满的。');
  assert.equal((await stored(page)).raw, during.raw, 'typing while storage is full does not touch the stored draft');
  assert.ok(await warning.isVisible(), 'the warning stays while saving fails');
  // Space freed: the next change saves everything and the warning goes.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler:')) localStorage.removeItem(k); });
  await page.keyboard.type('。');
  const after = await stored(page);
  assert.deepEqual(after.draft, await plan(page));
  await warning.waitFor({ state: 'detached' });
  console.log(`quota: ${fillers} filler items written before the browser refused`);
  await context.close();
});

// ---------------------------------------------------------------------------
// Two tabs.

test('a second tab editing the same draft does not silently overwrite the first tab\'s edits and offers a choice', async () => {
  const context = await browser.newContext();
  const a = await openApp(context, server.url);
  await a.fill('#f-basic-org', '甲页的工会');
  // Saved before B opens (a person cannot open a tab within the frame that
  // autosave waits for; a test can).
  assert.equal((await stored(a)).draft.organization, '甲页的工会');
  const b = await openApp(context, server.url);
  assert.equal(await b.locator('#f-basic-org').inputValue(), '甲页的工会', 'B opened the same draft');
  await caretAtEnd(a, '#f-basic-org');
  await a.keyboard.type('（甲改）');
  // A's edit is stored before B types (its autosave waits for a painted
  // frame; `stored` flushes it), so B's write is the one that must stop.
  const aPlan = (await stored(a)).draft;
  assert.equal(aPlan.organization, '甲页的工会（甲改）');
  await caretAtEnd(b, '#f-basic-org');
  await b.keyboard.type('（乙改）');
  const s = await stored(a);
  assert.equal(s.draft.organization, aPlan.organization, 'A\'s edit is what is stored: B did not overwrite it silently');
  const notice = b.getByRole('alert').filter({ hasText: /另一|其他/ });
  await notice.waitFor();
  assert.match(await notice.innerText(), /[\u4e00-\u9fff]/);
  assert.ok((await notice.getByRole('button').count()) >= 2, 'the notice offers a choice');
  await context.close();
});

test('a write by another tab whose storage event has not arrived yet is not overwritten either', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '本页的工会');
  const s = await stored(page);
  // Another tab's write as this page sees it before the event: a direct
  // write from this page fires no storage event here.
  const theirs = JSON.stringify({ ...s.draft, organization: '另一页的工会' });
  await page.evaluate(({ key, theirs }) => localStorage.setItem(key, theirs), { key: `${NS}:draft:${s.id}`, theirs });
  await caretAtEnd(page, '#f-basic-org');
  await page.keyboard.type('（改）');
  await page.evaluate(() => window.unionPlanEditor.flush());
  assert.equal((await stored(page)).raw, theirs, 'the other write is still what is stored');
  const notice = page.getByRole('alert').filter({ hasText: /另一/ });
  await notice.waitFor();
  // Keeping this page's version writes it.
  await notice.getByRole('button', { name: '保留本页的版本' }).click();
  assert.equal((await stored(page)).draft.organization, '本页的工会（改）');
  await context.close();
});

// ---------------------------------------------------------------------------
// Bad input changes nothing.

test('setPlan with a newer schema, bad JSON or the wrong shape throws and changes nothing', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '不被替换的工会');
  const before = await plan(page);
  const beforeStored = await stored(page);
  const BAD = [{ schema: 99 }, '{bad', [1, 2, 3], 'hello', null, 42, { kind: 'plan', sections: '不是列表' }, { kind: 'poem' }, { foo: 1 }, '{"schema":2,"kind":"plan"}'];
  for (const bad of BAD) {
    const r = await page.evaluate((b) => {
      try { window.unionPlanEditor.setPlan(b); return { threw: false }; } catch (e) { return { threw: true, message: String(e?.message ?? e) }; }
    }, bad);
    assert.ok(r.threw, `setPlan(${JSON.stringify(bad)}) throws`);
    assert.match(r.message, /[\u4e00-\u9fff]/, `the error for ${JSON.stringify(bad)} is in Chinese: ${r.message}`);
    assert.deepEqual(await plan(page), before, `setPlan(${JSON.stringify(bad)}) changed the plan`);
  }
  assert.deepEqual(await stored(page), beforeStored, 'storage unchanged');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '不被替换的工会');
  assert.ok(await page.getByRole('button', { name: '撤销', exact: true }).isEnabled());
  await context.close();
});

test('a failed file import (broken docx, wrong-shape JSON) shows an error and changes nothing', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.fill('#f-basic-org', '导入失败也不变的工会');
  const before = await plan(page);
  const beforeStore = await allStorage(page);
  const dialog = page.getByRole('dialog');
  for (const [name, bytes] of [
    ['坏文件.docx', Buffer.from('PK\u0003\u0004 这不是完整的 Word 文件')],
    ['未来版本.json', Buffer.from('{"schema":99,"kind":"plan"}')],
    ['形状不对.json', Buffer.from('{"kind":"plan","sections":"x"}')],
    ['空文件.txt', Buffer.alloc(0)],
  ]) {
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.setInputFiles('#up-import-file', { name, mimeType: 'application/octet-stream', buffer: bytes });
    const err = dialog.getByRole('alert');
    await err.waitFor();
    assert.match(await err.innerText(), /[\u4e00-\u9fff]/, `${name}: a Chinese error`);
    assert.equal(await dialog.getByRole('button', { name: '导入为新草稿' }).count(), 0, `${name}: nothing to import`);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  assert.deepEqual(await plan(page), before);
  assert.deepEqual(await allStorage(page), beforeStore);
  await context.close();
});
