// Embedding: two editors on a portal page with a strict CSP and a hostile
// CSS reset (the JS API), and embed.html in an iframe driven by postMessage
// from an allowed and from a foreign origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST } from './harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const PORTAL = new URL('./portal/', import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser, root;
const servers = [];
let PORTAL_ORIGIN, EMBED_ORIGIN, FRAMING_ORIGIN, FOREIGN_ORIGIN;

async function start(headers) {
  const server = await serve(root, { headers });
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

before(async () => {
  // dist/ with the test portal beside it, served from three origins.
  root = mkdtempSync(join(tmpdir(), 'union-plan-portal-'));
  cpSync(DIST, root, { recursive: true });
  cpSync(PORTAL, join(root, 'portal'), { recursive: true });
  PORTAL_ORIGIN = await start({ 'Content-Security-Policy': CSP });
  EMBED_ORIGIN = await start({ 'Content-Security-Policy': CSP });
  FRAMING_ORIGIN = await start({ 'Content-Security-Policy': `${CSP}; frame-src ${EMBED_ORIGIN}` });
  // Same server, other host name: another origin the embed does not allow.
  FOREIGN_ORIGIN = FRAMING_ORIGIN.replace('127.0.0.1', 'localhost');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of servers) { s.closeAllConnections?.(); s.close(); }
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Opens a page recording errors, CSP reports and every request. */
async function open(context, url, ready) {
  const page = await context.newPage();
  page.errors = [];
  page.csp = [];
  page.requests = [];
  page.failed = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) page.csp.push(m.text());
    else if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) page.failed.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => page.failed.push(`failed ${r.url()}`));
  await page.goto(url);
  await page.waitForFunction(ready);
  return page;
}

// A field of an editor by its id, whatever prefix the instance gives its ids.
const field = (id) => `[id$="${id}"]`;

const openPortal = (context, file = 'portal.html') =>
  open(context, `${PORTAL_ORIGIN}/portal/${file}`, () => window.portalReady === true);

/** Requests only for our own files, and no CSP violation anywhere. */
async function assertClean(page, origins = [PORTAL_ORIGIN]) {
  const violations = await page.evaluate(() => window.cspViolations || []).catch(() => []);
  assert.deepEqual([...violations, ...page.csp], [], 'no CSP violation');
  const foreign = page.requests.filter((u) => !origins.includes(new URL(u).origin));
  assert.deepEqual(foreign, [], 'no request outside our own origins');
  assert.deepEqual(page.failed, [], 'every request is for a file we serve');
  assert.deepEqual(page.errors, []);
}

test('two editors on a strict-CSP portal keep separate drafts, lock the organisation and report changes and exports', async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  const page = await openPortal(context);
  const loaded = page.requests.length;
  const a = page.locator('#host-a');
  const b = page.locator('#host-b');

  await a.locator(field('f-basic-org')).click();
  await page.keyboard.type('城南小学工会');
  await page.waitForFunction(() => window.portalLog.some((e) => e.who === 'a' && e.event === 'change' && e.organization === '城南小学工会'));
  await a.locator('.up-doc-title', { hasText: '城南小学工会' }).first().waitFor();

  // 乙: the organisation is locked, shown and kept.
  const orgB = b.locator(field('f-basic-org'));
  assert.equal(await orgB.isDisabled(), true);
  assert.equal(await orgB.inputValue(), '市总工会机关工会');
  await b.locator(field('f-basic-year')).fill('2030');
  await b.locator(field('f-basic-year')).dispatchEvent('change');
  await page.waitForFunction(() => window.portalLog.some((e) => e.who === 'b' && e.event === 'change' && e.year === 2030));
  await page.evaluate(() => {
    const p = window.editors.b.plan();
    p.organization = '冒名单位';
    p.guiding = '新的指导思想。';
    window.editors.b.setPlan(p);
  });
  await page.waitForFunction(() => window.editors.b.plan().guiding === '新的指导思想。');
  assert.equal(await page.evaluate(() => window.editors.b.plan().organization), '市总工会机关工会');
  assert.equal(await orgB.inputValue(), '市总工会机关工会');

  // Each instance reported only its own document.
  const log = await page.evaluate(() => window.portalLog);
  assert.ok(log.filter((e) => e.who === 'b' && e.event === 'change').every((e) => e.organization === '市总工会机关工会'), JSON.stringify(log));
  assert.ok(log.filter((e) => e.who === 'a' && e.event === 'change').every((e) => e.year !== 2030), JSON.stringify(log));
  assert.equal(await page.evaluate(() => window.editors.a.plan().organization), '城南小学工会');

  // 甲's onExport returns true: it gets the file and nothing is downloaded.
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await a.getByRole('button', { name: /导出/ }).click();
  await a.locator('[data-format="docx"]').click();
  await page.waitForFunction(() => window.portalLog.some((e) => e.who === 'a' && e.event === 'export'));
  const exported = (await page.evaluate(() => window.portalLog)).find((e) => e.event === 'export');
  assert.equal(exported.format, 'docx');
  assert.equal(exported.head, 'PK');
  assert.match(exported.filename, /^城南小学工会\d{4}年工作计划\.docx$/);
  await page.waitForTimeout(800);
  assert.equal(downloads.length, 0, 'no download when onExport returns true');

  // 乙's onExport returns false: it is told, and the browser downloads.
  await b.getByRole('button', { name: /导出/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), b.locator('[data-format="txt"]').click()]);
  assert.match(download.suggestedFilename(), /^市总工会机关工会2030年工作计划\.txt$/);
  assert.match(readFileSync(await download.path(), 'utf8'), /新的指导思想。/);
  assert.ok((await page.evaluate(() => window.portalLog)).some((e) => e.who === 'b' && e.event === 'export' && e.format === 'txt'));
  assert.equal(page.requests.length, loaded, `no request after load: ${page.requests.slice(loaded)}`);

  // Reload: each instance finds its own draft.
  await page.reload();
  await page.waitForFunction(() => window.portalReady === true);
  assert.equal(await a.locator(field('f-basic-org')).inputValue(), '城南小学工会');
  assert.notEqual(await a.locator(field('f-basic-year')).inputValue(), '2030');
  assert.equal(await b.locator(field('f-basic-org')).inputValue(), '市总工会机关工会');
  assert.equal(await b.locator(field('f-basic-year')).inputValue(), '2030');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('portal-a:')) && keys.some((k) => k.startsWith('portal-b:')), keys.join());
  assert.ok(keys.every((k) => k.startsWith('portal-a:') || k.startsWith('portal-b:')), keys.join());
  await assertClean(page);
  await context.close();
});

// Computed style and box (relative to the host) of every editor element.
function layout() {
  const PROPS = ['display', 'boxSizing', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'paddingTop', 'paddingLeft',
    'borderTopWidth', 'borderLeftWidth', 'borderTopColor', 'backgroundColor', 'color', 'fontSize', 'lineHeight', 'listStyleType',
    'textTransform', 'width', 'height'];
  const out = [];
  for (const id of ['host-a', 'host-b']) {
    const host = document.getElementById(id);
    const h = host.getBoundingClientRect();
    for (const el of [host.firstElementChild, ...host.firstElementChild.querySelectorAll('*')]) {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const name = `#${id} ${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}${el.id ? '#' + el.id : ''}`;
      const style = Object.fromEntries(PROPS.map((p) => [p, cs[p]]));
      // (options and other unrendered elements have no box to compare)
      if (r.width > 0 || r.height > 0) style.box = [r.x - h.x, r.y - h.y, r.width, r.height].map((v) => Math.round(v)).join(',');
      out.push({ name, style });
    }
  }
  return out;
}

test('the editors look the same under the portal\'s hostile CSS reset as on a clean page', async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const clean = await openPortal(context, 'clean.html');
  const hostile = await openPortal(context, 'portal.html');
  // Same fresh state in both: the export menu open in 甲.
  for (const p of [clean, hostile]) {
    await p.locator('#host-a').getByRole('button', { name: /导出/ }).click();
    await p.locator('#host-a [data-format="docx"]').waitFor();
  }
  const want = await clean.evaluate(layout);
  const got = await hostile.evaluate(layout);
  assert.equal(got.length, want.length, 'same elements');
  const diffs = [];
  const props = new Map();
  for (let i = 0; i < want.length; i++) {
    assert.equal(got[i].name, want[i].name);
    for (const [k, v] of Object.entries(want[i].style)) {
      if (got[i].style[k] !== v) {
        diffs.push(`${want[i].name} ${k}: ${v} -> ${got[i].style[k]}`);
        props.set(k, (props.get(k) || 0) + 1);
      }
    }
  }
  const summary = [...props].map(([k, n]) => `${k}×${n}`).join(', ');
  assert.deepEqual(diffs.slice(0, 40), [], `${diffs.length} differences (${summary})`);
  await assertClean(hostile);
  await context.close();
});

test('unmount removes every node and page-wide listener; the other editor keeps working', async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await openPortal(context, 'portal.html?manual');
  const cdp = await context.newCDPSession(page);
  const scripts = new Map();
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  await cdp.send('Debugger.enable');
  // Listeners on window and document set by the page's scripts (not by the test driver).
  const cdpListeners = async () => {
    const out = [];
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      for (const l of listeners) {
        if ((scripts.get(l.scriptId) || '').startsWith(PORTAL_ORIGIN)) out.push(`${expression}:${l.type}:${l.useCapture}`);
      }
    }
    return out.sort();
  };
  const cdpBefore = await cdpListeners();
  assert.ok(cdpBefore.includes('document:securitypolicyviolation:false'), `CDP sees the page's own listener: ${cdpBefore}`);
  await page.evaluate(() => window.mountAll());
  await page.locator('#host-b .up-doc-title').first().waitFor();
  const before = await page.evaluate(() => window.beforeMount);
  assert.ok(before.listeners.includes('document:securitypolicyviolation:false'), 'the listener recorder works');

  // Use 乙 a little: type, open the export menu, switch panels.
  const b = page.locator('#host-b');
  await b.locator(field('f-basic-year')).fill('2031');
  await b.locator(field('f-basic-year')).dispatchEvent('change');
  await b.getByRole('tab', { name: /检查清单/ }).click();
  await b.getByRole('tab', { name: /草稿/ }).click();
  await b.getByRole('tab', { name: /预览/ }).click();
  await b.getByRole('button', { name: /导出/ }).click();
  // A change whose debounced onChange is still pending when 乙 goes away.
  await b.locator(field('f-basic-title')).fill('待卸载的标题');
  const unmountedAt = await page.evaluate(() => { window.editors.b.unmount(); return performance.now(); });
  assert.equal(await page.locator('#host-b').evaluate((el) => el.childNodes.length), 0, 'host of 乙 is empty');
  const setAfter = await page.evaluate(() => {
    try { window.editors.b.setPlan(window.editors.b.plan()); return 'no error'; } catch (e) { return e.message; }
  });
  assert.match(setAfter, /卸载/);

  // 甲 still works.
  await page.locator('#host-a').locator(field('f-basic-org')).click();
  await page.keyboard.type('河西中学工会');
  await page.locator('#host-a .up-doc-title', { hasText: '河西中学工会' }).first().waitFor();
  await page.waitForTimeout(700);
  const late = await page.evaluate((t) => window.portalLog.filter((e) => e.who === 'b' && e.at > t), unmountedAt);
  assert.deepEqual(late, [], 'no onChange from an unmounted editor');

  await page.evaluate(() => window.editors.a.unmount());
  assert.equal(await page.locator('#host-a').evaluate((el) => el.childNodes.length), 0, 'host of 甲 is empty');
  const afterAll = await page.evaluate(() => window.pageSnapshot());
  assert.deepEqual(afterAll, before, 'window/document/html/body listeners and nodes as before mount');
  assert.deepEqual(await cdpListeners(), cdpBefore, 'CDP: window and document listeners as before mount');
  await assertClean(page);
  await context.close();
});

test('labels, jumps and printing in the second editor act on its own document, not the first editor\'s', async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await openPortal(context);
  await page.locator('#host-b label', { hasText: '计划年度' }).click();
  const focusedIn = await page.evaluate(() => document.activeElement?.closest('.host')?.id ?? null);
  assert.equal(focusedIn, 'host-b', 'clicking 乙\'s label focuses 乙\'s field');
  // Click-to-jump from 乙's preview title goes to 乙's title field.
  await page.locator('#host-b .up-doc-title').first().click();
  await page.waitForTimeout(200);
  const jumped = await page.evaluate(() => ({ host: document.activeElement?.closest('.host')?.id ?? null, tag: document.activeElement?.tagName }));
  assert.equal(jumped.host, 'host-b', 'the jump focuses a field of 乙');
  assert.ok(['INPUT', 'SELECT', 'TEXTAREA'].includes(jumped.tag), jumped.tag);
  // 打印 from 乙's menu prints 乙's page (window.print stubbed to record it).
  await page.evaluate(() => {
    window.print = () => { window.printed = document.querySelector('.up-print-target')?.closest('.host')?.id ?? null; };
  });
  await page.locator('#host-b').getByRole('button', { name: /导出/ }).click();
  await page.locator('#host-b').getByRole('button', { name: /打印/ }).click();
  assert.equal(await page.evaluate(() => window.printed), 'host-b');
  const ids = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  assert.deepEqual(ids, [], 'no id is used twice on the page');
  await context.close();
});

const planFor = (organization) => ({
  schema: 1, kind: 'plan', organization, org_type: 'community', year: 2026,
  sections: [{ heading: '加强职工之家建设', body: '', items: [] }],
  signature: { organization, date: null, date_style: 'arabic' },
});

function embedUrl(params) {
  return `${EMBED_ORIGIN}/embed.html?${new URLSearchParams(params)}`;
}

const openFraming = (context, origin, src) =>
  open(context, `${origin}/portal/frame.html?src=${encodeURIComponent(src)}`, () => typeof window.ask === 'function');

test('embed.html answers load, get and export from an allowed parent and reports edits and exports', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const src = embedUrl({ origins: `${FOREIGN_ORIGIN},${FRAMING_ORIGIN}/`, storageKey: 'framed', orgType: 'community', capture: '1' });
  const page = await openFraming(context, FRAMING_ORIGIN, src);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'union-plan:ready'));
  const ready = await page.evaluate(() => window.received.find((m) => m.type === 'union-plan:ready'));
  assert.equal(ready.origin, EMBED_ORIGIN);
  assert.match(ready.version, /^\d+\.\d+\.\d+/);

  const ask = (msg) => page.evaluate((m) => window.ask(m), msg);
  assert.deepEqual(await ask({ type: 'union-plan:load', id: 1, plan: planFor('桥头社区工会') }),
    { type: 'union-plan:loaded', id: 1, origin: EMBED_ORIGIN });
  const frame = page.frameLocator('iframe');
  assert.equal(await frame.locator('#f-basic-org').inputValue(), '桥头社区工会');

  const got = await ask({ type: 'union-plan:get', id: 'g1' });
  assert.equal(got.type, 'union-plan:plan');
  assert.equal(got.plan.organization, '桥头社区工会');
  assert.equal(got.plan.sections[0].heading, '加强职工之家建设');

  const exp = await ask({ type: 'union-plan:export', id: 3, format: 'docx' });
  assert.equal(exp.type, 'union-plan:exported');
  assert.equal(exp.format, 'docx');
  assert.equal(exp.filename, '桥头社区工会2026年工作计划.docx');
  assert.equal(exp.bytes.head, 'PK');
  assert.ok(exp.bytes.byteLength > 2000, `docx of ${exp.bytes.byteLength} bytes`);
  const txt = await ask({ type: 'union-plan:export', id: 4, format: 'txt' });
  assert.match(txt.filename, /\.txt$/);

  const bad = await ask({ type: 'union-plan:export', id: 5, format: 'pdfx' });
  assert.equal(bad.type, 'union-plan:error');
  assert.match(bad.message, /pdfx/);
  const badPlan = await ask({ type: 'union-plan:load', id: 6, plan: '{"schema": 1, "year": "明年"' });
  assert.equal(badPlan.type, 'union-plan:error');
  assert.ok(badPlan.message.length > 0);
  assert.equal((await ask({ type: 'union-plan:get', id: 7 })).plan.organization, '桥头社区工会', 'a bad plan changes nothing');
  const unknown = await ask({ type: 'union-plan:print', id: 8 });
  assert.equal(unknown.type, 'union-plan:error');
  assert.match(unknown.message, /union-plan:print/);

  // The user edits: the parent hears about it (debounced).
  await frame.locator('#f-basic-org').click();
  await frame.locator('#f-basic-org').press('End');
  await page.keyboard.type('联合会');
  await page.waitForFunction(() => window.received.some((m) => m.type === 'union-plan:changed' && m.plan.organization === '桥头社区工会联合会'));

  // The user exports from the menu: with capture=1 the parent gets the file, no download.
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await frame.getByRole('button', { name: /导出/ }).click();
  await frame.locator('[data-format="md"]').click();
  await page.waitForFunction(() => window.received.some((m) => m.type === 'union-plan:exported' && m.id === undefined));
  const user = await page.evaluate(() => window.received.find((m) => m.type === 'union-plan:exported' && m.id === undefined));
  assert.equal(user.format, 'md');
  assert.equal(user.filename, '桥头社区工会联合会2026年工作计划.md');
  assert.ok(user.bytes.byteLength > 20);
  await page.waitForTimeout(800);
  assert.equal(downloads.length, 0, 'capture=1: no download in the iframe');
  // Every message came from the embed's origin.
  assert.ok((await page.evaluate(() => window.received)).every((m) => m.origin === EMBED_ORIGIN));
  await assertClean(page, [FRAMING_ORIGIN, EMBED_ORIGIN]);
  await context.close();
});

test('embed.html without capture downloads the user\'s export and still tells the parent', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await openFraming(context, FRAMING_ORIGIN, embedUrl({ origins: FRAMING_ORIGIN, organization: '东站社区工会', lock: '1' }));
  await page.waitForFunction(() => window.received.some((m) => m.type === 'union-plan:ready'));
  const frame = page.frameLocator('iframe');
  assert.equal(await frame.locator('#f-basic-org').isDisabled(), true);
  assert.equal(await frame.locator('#f-basic-org').inputValue(), '东站社区工会');
  await frame.getByRole('button', { name: /导出/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-format="txt"]').click()]);
  assert.match(download.suggestedFilename(), /^东站社区工会\d{4}年工作计划\.txt$/);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'union-plan:exported' && m.format === 'txt'));
  // A locked organisation survives a load from the parent too.
  await page.evaluate((p) => window.ask(p), { type: 'union-plan:load', id: 1, plan: planFor('别的单位') });
  assert.equal((await page.evaluate(() => window.ask({ type: 'union-plan:get', id: 2 }))).plan.organization, '东站社区工会');
  await assertClean(page, [FRAMING_ORIGIN, EMBED_ORIGIN]);
  await context.close();
});

test('embed.html ignores messages from an origin it does not allow and posts nothing to it', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // Framed by FOREIGN_ORIGIN, while only FRAMING_ORIGIN is allowed.
  const page = await openFraming(context, FOREIGN_ORIGIN, embedUrl({ origins: FRAMING_ORIGIN, storageKey: 'foreign' }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const frame = page.frameLocator('iframe');
  await frame.locator('#f-basic-org').waitFor();
  await frame.locator('.up-doc-title').first().waitFor();
  const before = await frame.locator('#f-basic-org').inputValue();

  assert.equal(await page.evaluate(() => window.ask({ type: 'union-plan:load', id: 1, plan: {
    schema: 1, kind: 'plan', organization: '冒名单位', year: 2026,
  } })), null, 'no reply to load');
  assert.equal(await page.evaluate(() => window.ask({ type: 'union-plan:get', id: 2 })), null, 'no reply to get');
  assert.equal(await page.evaluate(() => window.ask({ type: 'union-plan:export', id: 3, format: 'json' })), null, 'no reply to export');
  assert.equal(await frame.locator('#f-basic-org').inputValue(), before, 'the document is unchanged');
  // The user's edits are not reported to this parent either.
  await frame.locator('#f-basic-org').click();
  await page.keyboard.type('某某');
  await page.waitForTimeout(700);
  assert.deepEqual(await page.evaluate(() => window.received), [], 'nothing was posted to a foreign parent');
  // The messages did arrive, and were refused (the console says so).
  assert.ok(warnings.filter((w) => w.includes('未授权来源') && w.includes(FOREIGN_ORIGIN)).length >= 3, warnings.join('\n'));
  await assertClean(page, [FOREIGN_ORIGIN, EMBED_ORIGIN]);
  await context.close();
});

test('the two-instances example runs under the strict CSP and logs both editors\' events', async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  const page = await open(context, `${PORTAL_ORIGIN}/examples/two-instances.html`, () => !!window.editorB);
  const a = page.locator('#editor-a');
  const b = page.locator('#editor-b');
  assert.equal(await b.locator(field('f-basic-org')).inputValue(), '市直机关工会');
  assert.equal(await b.locator(field('f-basic-org')).isDisabled(), true);
  await a.locator(field('f-basic-org')).click();
  await page.keyboard.type('实验中学工会');
  await page.locator('#ex-log li', { hasText: '甲 onChange' }).first().waitFor();
  assert.match(await page.locator('#ex-log li').first().innerText(), /实验中学工会\d{4}年工作计划/);
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await b.getByRole('button', { name: /导出/ }).click();
  await b.locator('[data-format="docx"]').click();
  await page.locator('#ex-log li', { hasText: '乙 onExport' }).waitFor();
  assert.match(await page.locator('#ex-log li', { hasText: '乙 onExport' }).innerText(), /市直机关工会\d{4}年工作计划\.docx（docx，\d+ 字节）/);
  await page.waitForTimeout(500);
  assert.equal(downloads.length, 0);
  await assertClean(page);
  await context.close();
});
