// The browser measurements. Every timing is taken inside the page with
// performance.now() (or event.timeStamp, same clock), never across the
// DevTools protocol. Each function runs `warmup` discarded samples first.
import { readFileSync } from 'node:fs';
import { largePlan } from '../tests/fixtures/large-plan.mjs';
import { memberPlanText } from '../tests/fixtures/member-plans.mjs';

/** The editor's own first field (index.html shows a plain-HTML copy of the first step before it, shell.js). */
const EDITOR_SELECTOR = '#f-basic-org';

/**
 * Installed before any page script: records when the first visible text
 * field (any page: ours, the floor, the peer) and, if `editor` is given,
 * when the editor's own first field accept typing.
 */
function installReadyProbe(editor) {
  const usable = (el) => el && el.isConnected && !el.disabled && !el.readOnly && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden';
  const check = () => {
    if (window.__benchReady == null) {
      const field = [...document.querySelectorAll('input, textarea')].find((el) => (el.tagName === 'TEXTAREA' || el.type === 'text') && usable(el));
      if (field) {
        window.__benchReady = performance.now();
        window.__benchField = field;
      }
    }
    if (editor && window.__benchEditor == null && usable(document.querySelector(editor))) window.__benchEditor = performance.now();
    return window.__benchReady != null && (!editor || window.__benchEditor != null);
  };
  const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
}

async function newAppPage(browser, url, { perfMarks = false, throttle = 1, editor = EDITOR_SELECTOR } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(installReadyProbe, editor);
  // Asks the app to emit its autosave performance marks, when it supports them.
  if (perfMarks) await context.addInitScript(() => { window.unionPlanPerf = true; });
  const page = await context.newPage();
  // An old office PC: the CPU slowed down `throttle` times (DevTools' CPU throttling).
  if (throttle !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.errors = errors;
  return { context, page };
}

/**
 * Waits (up to `limit` ms) until the machine's CPUs were at least `idle`
 * idle over the last half second, by /proc/stat; elsewhere waits one
 * second. Returns the ms waited. Typing is timed after it: the page loads
 * before it leave closing renderers and garbage collection behind, which
 * on a 2-CPU machine slowed the keys being timed.
 */
export async function settle({ idle = 0.8, limit = 8000 } = {}) {
  const t0 = Date.now();
  const sample = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] || 0), total: f.reduce((a, b) => a + b, 0) };
    } catch { return null; }
  };
  let a = sample();
  if (!a) { await new Promise((ok) => setTimeout(ok, 1000)); return Date.now() - t0; }
  while (Date.now() - t0 < limit) {
    await new Promise((ok) => setTimeout(ok, 500));
    const b = sample();
    const frac = (b.idle - a.idle) / Math.max(1, b.total - a.total);
    a = b;
    if (frac >= idle) break;
  }
  return Date.now() - t0;
}

/** Waits until the server has answered nothing for `quiet` ms (service worker requests included). */
async function networkIdle(served, quiet = 1000, limit = 20000) {
  const t0 = Date.now();
  while (Date.now() - t0 < limit) {
    const last = served.length ? served[served.length - 1].at : t0;
    if (Date.now() - last >= quiet) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * 1 + 2. Fresh context per run: navigation start → the first text field
 * visible and enabled (in-page probe), then checks it really takes typed
 * text; and navigation → the editor's own field (`editor`, null for pages
 * without one). The first run (`record`) also waits for the network to go
 * idle and reads what was transferred: the page's own resource timing
 * (encoded body sizes; the server compresses with gzip) split at the moment
 * the first field was ready, and the server's own count of every response
 * (the service worker's precache included), with the paths sent more than once.
 */
export async function measureLoad(browser, url, { runs, warmup, throttle = 1, editor = EDITOR_SELECTOR, served = null }) {
  const ready = [], editorReady = [], dcl = [];
  let transfer = null;
  for (let i = 0; i < warmup + runs; i++) {
    const { context, page } = await newAppPage(browser, url, { throttle, editor });
    const record = i === 0 && served;
    if (record) served.length = 0;
    await page.goto(url);
    await page.waitForFunction(() => window.__benchReady != null, null, { timeout: 30000 });
    // The first field takes typing at once (not measured, only checked): on our page it is the
    // first step's plain-HTML copy, and what it took must reach the editor's own field.
    // (When the editor has already taken over, its own field gets the focus.)
    await page.evaluate((editor) => (window.__benchField.isConnected || !editor ? window.__benchField : document.querySelector(editor)).focus(), editor);
    await page.keyboard.type('测');
    if (editor) await page.waitForFunction(() => window.__benchEditor != null, null, { timeout: 30000 });
    const t = await page.evaluate(() => ({
      ready: window.__benchReady,
      editor: window.__benchEditor,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN,
      value: window.__benchField.isConnected ? window.__benchField.value : null,
    }));
    const value = editor ? await page.inputValue(editor) : t.value;
    if (!value || !value.includes('测')) throw new Error(`the first field's typing did not reach ${editor || 'it'} (value "${value}")`);
    if (record) {
      await page.waitForTimeout(1500);
      await networkIdle(served);
      const entries = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return [{ name: nav.name, startTime: 0, bytes: nav.encodedBodySize }, ...performance.getEntriesByType('resource')
          .map((e) => ({ name: e.name, startTime: e.startTime, bytes: e.encodedBodySize }))];
      });
      const early = entries.filter((e) => e.startTime <= t.ready);
      const sum = (xs) => xs.reduce((n, e) => n + e.bytes, 0);
      const byPath = new Map();
      for (const s of served) if (s.status === 200) byPath.set(s.path, (byPath.get(s.path) || 0) + 1);
      transfer = {
        initial: sum(early), visit: sum(entries),
        server: served.filter((s) => s.status === 200).reduce((n, s) => n + s.bytes, 0),
        revalidated: served.filter((s) => s.status === 304).length,
        twice: [...byPath].filter(([, n]) => n > 1).map(([p]) => p),
        entries: entries.map((e) => ({ path: new URL(e.name).pathname, start: Math.round(e.startTime), bytes: e.bytes, initial: e.startTime <= t.ready })),
        served: served.map(({ path, status, bytes, encoding }) => ({ path, status, bytes, encoding })),
      };
    }
    if (page.errors.length) throw new Error(`page errors while loading: ${page.errors.join('; ')}`);
    if (i >= warmup) { ready.push(t.ready); dcl.push(t.dcl); if (editor) editorReady.push(t.editor); }
    await context.close();
  }
  return { ready, editorReady, dcl, transfer };
}

/** Opens the app with the large plan on the 主要工作 step. */
async function openLargePlan(browser, url, throttle = 1) {
  const { context, page } = await newAppPage(browser, url, { perfMarks: true, throttle });
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReady != null && window.unionPlanEditor, null, { timeout: 20000 });
  const plan = largePlan();
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  await page.locator('.up-steps .up-step', { hasText: '主要工作' }).first().click();
  await page.waitForSelector('#f-main-5');
  return { context, page, plan };
}

/**
 * Types `warmup + runs` letters at the end of the field `sel` and times each
 * one: a capture-phase keydown listener keeps event.timeStamp; a
 * MutationObserver on `.up-page` records performance.now() when the page's
 * `.up-page` contains the field's new text. Returns each key's time to that
 * mutation and to the next animation frame.
 */
async function timeKeys(page, sel, { runs, warmup }) {
  await page.focus(sel);
  await page.keyboard.press('End');
  const start = await page.inputValue(sel);
  await page.evaluate(() => {
    window.__benchKeys = [];
    document.addEventListener('keydown', (e) => window.__benchKeys.push(e.timeStamp), true);
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let typed = '';
  const keystroke = [], frame = [];
  for (let i = 0; i < warmup + runs; i++) {
    const key = letters[i % letters.length];
    typed += key;
    const marker = start + typed;
    await page.evaluate((marker) => {
      const root = document.querySelector('.up-page');
      window.__benchSample = new Promise((resolve, reject) => {
        const timer = setTimeout(() => { obs.disconnect(); reject(new Error(`preview never showed "${marker}"`)); }, 5000);
        const obs = new MutationObserver(() => {
          const t = performance.now();
          if (!root.textContent.includes(marker)) return;
          obs.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ mutation: t, frame: performance.now() }));
        });
        obs.observe(root, { childList: true, subtree: true, characterData: true });
      });
      window.__benchKeys.length = 0;
    }, marker);
    await page.keyboard.press(key);
    const r = await page.evaluate(async () => ({ ...(await window.__benchSample), keydown: window.__benchKeys[0] }));
    if (r.keydown == null) throw new Error('no keydown event reached the document');
    if (i >= warmup) { keystroke.push(r.mutation - r.keydown); frame.push(r.frame - r.keydown); }
    // Let the autosave and any timers settle before the next key.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 30)));
  }
  const value = await page.inputValue(sel);
  if (value !== start + typed) throw new Error(`field is "${value}", expected "${start + typed}"`);
  return { keystroke, frame };
}

/**
 * 3 + 6 (real). Keystroke → preview on the large plan (`timeKeys`, the
 * heading of its sixth priority). Also reads the app's `up-autosave`
 * performance measures, if the app emits them.
 */
export async function measureTyping(browser, url, { runs, warmup, throttle = 1 }) {
  const { context, page } = await openLargePlan(browser, url, throttle);
  const { keystroke, frame } = await timeKeys(page, '#f-main-5', { runs, warmup });
  const autosave = await page.evaluate(() => performance.getEntriesByName('up-autosave', 'measure').map((m) => m.duration));
  if (page.errors.length) throw new Error(`page errors while typing: ${page.errors.join('; ')}`);
  await context.close();
  return { keystroke, frame, autosave: autosave.slice(-runs), autosaveMarks: autosave.length > 0 };
}

/**
 * The browser's floor for measurement 3: the same keys timed the same way
 * on a static page whose one script copies its one field into one
 * paragraph of `.up-page` (`FLOOR_TYPING_PAGE`). What no page can go under:
 * the browser's own key handling and text insertion.
 */
export async function measureTypingFloor(browser, url, { runs, warmup, throttle = 1 }) {
  const { context, page } = await newAppPage(browser, url, { throttle, editor: null });
  await page.goto(url);
  await page.waitForSelector('#f-main-5');
  const { keystroke } = await timeKeys(page, '#f-main-5', { runs, warmup });
  if (page.errors.length) throw new Error(`page errors while typing: ${page.errors.join('; ')}`);
  await context.close();
  return { keystroke };
}

/** The floor page of `measureTypingFloor`: a heading field and its paragraph. */
export const FLOOR_TYPING_PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>floor</title>' +
  '<link rel="icon" href="data:,"></head><body><label>标题 <input id="f-main-5" value="加强职工之家建设，提升服务职工水平"></label>' +
  '<div class="up-page"><p></p></div><script src="copy.js"></script></body></html>';
export const FLOOR_TYPING_SCRIPT = "const f = document.getElementById('f-main-5'), p = document.querySelector('.up-page p');\n" +
  "const copy = () => { p.textContent = f.value; };\ncopy();\nf.addEventListener('input', copy);\n";

/** Reads our HTML export's paragraphs in order: what the docx peer writes. */
function htmlParagraphs(html) {
  // Inline styles would trip the page's CSP: drop the stylesheet, keep the indent as data.
  html = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/ style="padding-right: ([\d.]+)em"/g, ' data-right="$1"');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = [];
  for (const el of doc.querySelectorAll('main.page h1, main.page h2, main.page h3, main.page h4, main.page p')) {
    const inTitle = !!el.closest('header.doc-title');
    const tag = el.tagName.toLowerCase();
    let kind = 'body', head = el.textContent, tail = '', right = 0;
    if (inTitle) kind = 'title';
    else if (tag === 'h2' && el.classList.contains('part')) kind = 'part';
    else if (tag === 'h2') kind = 'h1';
    else if (tag === 'h3') kind = 'h2';
    else if (tag === 'h4') kind = 'month';
    else if (el.classList.contains('h3') || el.classList.contains('h4')) {
      kind = el.classList.contains('h3') ? 'h3' : 'h4';
      const h = el.firstElementChild;
      head = h ? h.textContent : '';
      tail = el.textContent.slice(head.length);
    } else if (el.classList.contains('sig')) {
      kind = 'sig';
      right = parseFloat(el.dataset.right) || 0;
    }
    out.push({ kind, head, tail, right });
  }
  return out;
}

/**
 * 4, 5, 6 (proxy). In the app page with the large plan: our exportPlan
 * (docx) against the `docx` peer (bundle served at /bench-peer/docx-peer.js),
 * importText of ~10k characters, and exportPlan(json) + localStorage.setItem.
 */
/** Imports run before import is timed (see measureCore). */
const IMPORT_WARMUP = 50;

export async function measureCore(browser, url, { runs, warmup }) {
  const { context, page, plan } = await openLargePlan(browser, url);
  // A string expression: the page's CSP forbids eval, the protocol's evaluate is exempt.
  await page.evaluate(`window.__benchHtmlParagraphs = ${htmlParagraphs}`);
  const out = await page.evaluate(async ({ plan, runs, warmup, IMPORT_WARMUP }) => {
    const htmlParagraphs = window.__benchHtmlParagraphs;
    // index.html loads the tools module itself (the editor's tools); share it.
    const mod = window.unionPlanTools ? await window.unionPlanTools() : await import('/pkg/union_plan.js');
    let sharedModule = true;
    try { mod.version(); } catch {
      sharedModule = false;
      await mod.default({ module_or_path: '/pkg/union_plan_bg.wasm' });
    }
    await new Promise((ok, fail) => {
      const s = document.createElement('script');
      s.src = '/bench-peer/docx-peer.js';
      s.onload = ok; s.onerror = () => fail(new Error('could not load the docx peer bundle'));
      document.head.append(s);
    });
    const dec = new TextDecoder();
    const paras = htmlParagraphs(dec.decode(mod.exportPlan(plan, 'html')));
    const meta = { title: paras.find((p) => p.kind === 'title')?.head ?? '', creator: plan.organization };

    const ours = [], peer = [];
    let oursBytes, peerBlob;
    for (let i = 0; i < warmup + runs; i++) {
      let t = performance.now();
      oursBytes = mod.exportPlan(plan, 'docx');
      const a = performance.now() - t;
      t = performance.now();
      peerBlob = await window.DocxPeer.toBlob(paras, meta);
      const b = performance.now() - t;
      if (i >= warmup) { ours.push(a); peer.push(b); }
    }

    // ~10k characters of plan text: our own txt export, cut at a line end.
    const full = dec.decode(mod.exportPlan(plan, 'txt'));
    let text = '';
    for (const line of full.split('\n')) { if (text.length >= 10000) break; text += line + '\n'; }
    // Import is timed once V8 has optimised its code: the engine runs new
    // wasm code unoptimised first and compiles the hot functions again on a
    // background thread, which on a 2-CPU machine slows the imports around
    // it (in Chromium 156: ~25 ms the first call, ~4 ms for the next ~15,
    // 4-7 ms while the optimised code is compiled, then ~2.3 ms). A short
    // warm-up timed that compilation, not the importer. The first call of
    // the visit, what an officer waits for once, is its own row.
    const importWarmup = Math.max(warmup, IMPORT_WARMUP);
    const imports = [];
    let imported, firstImport;
    for (let i = 0; i < importWarmup + runs; i++) {
      const t = performance.now();
      imported = mod.importText(text);
      if (i === 0) firstImport = performance.now() - t;
      if (i >= importWarmup) imports.push(performance.now() - t);
    }
    // The same text as a PDF or web copy gives it: every line break gone.
    const flat = text.split('\n').map((l) => l.trim()).join('');
    const flatImports = [];
    for (let i = 0; i < importWarmup + runs; i++) {
      const t = performance.now();
      mod.importText(flat);
      if (i >= importWarmup) flatImports.push(performance.now() - t);
    }

    const saves = [];
    for (let i = 0; i < warmup + runs; i++) {
      const t = performance.now();
      const json = dec.decode(mod.exportPlan(plan, 'json'));
      localStorage.setItem('union-plan-bench:draft', json);
      if (i >= warmup) saves.push(performance.now() - t);
    }
    localStorage.removeItem('union-plan-bench:draft');

    return {
      sharedModule, ours, peer, imports, firstImport, flatImports, flatChars: flat.length, saves,
      oursBytes: Array.from(oursBytes), peerBytes: Array.from(new Uint8Array(await peerBlob.arrayBuffer())),
      paragraphs: paras.length, importChars: text.length, importedSections: imported?.sections?.length ?? 0,
      txtChars: full.length,
    };
  }, { plan, runs, warmup, IMPORT_WARMUP });
  if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
  await context.close();
  return out;
}

/**
 * 8. 批量审阅: reviewBatch over 200 member units' plans of ~10,000
 * characters each (.txt bytes; every tenth pair of units hands in the same
 * text, so links are found too), in the app page with the full module.
 * Fewer runs: each takes seconds.
 */
export async function measureReview(browser, url, { runs, warmup }) {
  const { context, page } = await newAppPage(browser, url);
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReady != null, null, { timeout: 20000 });
  const texts = [];
  for (let i = 0; i < 200; i++) {
    const unit = `第${i % 10 === 9 ? i - 1 : i}号基层工会`;
    texts.push(memberPlanText(unit, 2027, { sections: 56 }));
  }
  const out = await page.evaluate(async ({ texts, runs, warmup }) => {
    // 批量审阅 is in the full module (index.html fetches it when the page opens).
    const mod = window.unionPlanFull ? await window.unionPlanFull() : await import('/pkg/union_plan.js');
    try { mod.version(); } catch { await mod.default({ module_or_path: '/pkg/union_plan_bg.wasm' }); }
    const enc = new TextEncoder();
    const files = texts.map((t, i) => ({ name: `单位${i}.txt`, bytes: enc.encode(t) }));
    const times = [];
    let review;
    for (let i = 0; i < warmup + runs; i++) {
      const t = performance.now();
      review = mod.reviewBatch(files, { year: 2027 });
      if (i >= warmup) times.push(performance.now() - t);
    }
    const t = performance.now();
    const docx = mod.exportReview(review, 'docx');
    const exportMs = performance.now() - t;
    return {
      times, exportMs, docxBytes: docx.length,
      rows: review.rows.length, readable: review.rows.filter((r) => r.readable).length, links: review.links.length,
      chars: texts.reduce((n, s) => n + s.length, 0) / texts.length,
    };
  }, { texts, runs, warmup });
  if (page.errors.length) throw new Error(`page errors: ${page.errors.join('; ')}`);
  await context.close();
  return out;
}
