// Hostile text in every field never runs and never becomes markup: in the
// editor, the preview, the exported HTML (opened as a page), Markdown and
// plain text. A tripwire records any payload that runs (each calls
// window.__pwned(id)), any alert/confirm/prompt, any dialog and any CSP
// violation. The editor page is served WITHOUT its CSP for the typing test,
// so a payload that reached the DOM as markup would really run (with the CSP
// an injection would be blocked and only show as a violation; the last test
// checks that path with the CSP on).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, site, openApp } from './harness.mjs';
import { PAYLOADS, kept } from '../fixtures/xss-payloads.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

function tripwire() {
  window.__xss = [];
  window.__pwned = (id) => window.__xss.push(`payload ${id} ran`);
  for (const f of ['alert', 'confirm', 'prompt']) {
    window[f] = (...args) => { window.__xss.push(`${f}(${args.join(',')})`); };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__xss.push(`CSP ${e.violatedDirective}: ${e.sample || e.blockedURI}`);
  });
}

/** A context whose every page (and frame) has the tripwire; dialogs are recorded. */
async function trappedContext({ stripCsp }) {
  const context = await browser.newContext();
  await context.addInitScript(tripwire);
  if (stripCsp) {
    await context.route((url) => url.pathname === '/' || url.pathname.endsWith('/index.html'), async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      assert.ok(!body.includes('Content-Security-Policy'), 'CSP removed for the live tripwire');
      await route.fulfill({ response: res, body });
    });
  }
  context.dialogs = [];
  context.on('page', (p) => p.on('dialog', (d) => { context.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); }));
  return context;
}

/** What ran, and any markup that made it into the DOM. */
const inspect = (page) => page.evaluate(() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.getAttributeNames()) {
      const v = el.getAttribute(a) || '';
      if (/^on/i.test(a)) bad.push(`<${el.localName} ${a}>`);
      if (/^(href|src|action|formaction|data|xlink:href|background|srcdoc)$/i.test(a) && /javascript:|data:text|__pwned/i.test(v)) bad.push(`<${el.localName} ${a}="${v}">`);
      if (a === 'style' && /javascript:|expression\(|__pwned/i.test(v)) bad.push(`<${el.localName} style="${v}">`);
    }
    if (el.localName === 'script' && !el.src) bad.push('inline <script>');
  }
  return { ran: [...window.__xss], bad, tags: [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))] };
});

async function assertClean(page, context, where, baselineTags) {
  const r = await inspect(page);
  assert.deepEqual(r.ran, [], `${where}: something ran`);
  assert.deepEqual(context.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(r.bad, [], `${where}: markup from user text in the DOM`);
  if (baselineTags) {
    const extra = r.tags.filter((t) => !baselineTags.has(t));
    assert.deepEqual(extra, [], `${where}: elements the app never renders appeared`);
  }
}

async function goStep(page, name) {
  const b = page.locator('.up-steps .up-step', { hasText: name }).first();
  if ((await b.getAttribute('aria-current')) !== 'step') await b.click();
}

const STEPS = ['基本信息', '指导思想', '工作目标', '主要工作', '落实措施', '活动安排', '存在问题', '署名'];

/** Every element type the editor renders with ordinary content, step by step and panel by panel. */
async function baselineTags(page) {
  const tags = new Set();
  const add = async () => (await inspect(page)).tags.forEach((t) => tags.add(t));
  for (const s of STEPS) { await goStep(page, s); await add(); }
  await page.getByRole('button', { name: '草稿', exact: true }).click(); await add();
  await page.getByRole('button', { name: '草稿', exact: true }).click();
  await page.getByRole('button', { name: /^导出/ }).click(); await add();
  await page.keyboard.press('Escape');
  // The duty row under each task (分工与时限), shown once a task exists.
  tags.add('details'); tags.add('summary');
  return tags;
}

// Every text field, by step; `multi` = a textarea (payloads one per line).
const FIELDS = [
  ['基本信息', '#f-basic-org', false],
  ['基本信息', '#f-basic-title', true],
  ['指导思想', '#f-guiding', true],
  ['工作目标', '#f-goals', true],
  ['主要工作', '#f-main-0', false],
  ['主要工作', '#f-main-0-body', true],
  ['主要工作', '#f-main-0-0', false],
  ['主要工作', '#f-main-0-0-body', true],
  ['落实措施', '#f-measures', true],
  ['活动安排', '#f-schedule-0-0', false],
  ['存在问题', '#f-problems', true],
  ['署名', '#f-signature', false],
];

// textContent, not innerText: the rendered text collapses runs of spaces.
const previewText = (page) => page.locator('.up-page').evaluate((el) => el.textContent);

/** The preview shows the text as stored (lone surrogates as U+FFFD); the
 *  characters no document format can carry may be left out, and
 *  punctuation beside Chinese is set full-width (compared half-width). */
const inPreview = (shown, text) => {
  const s = halfWidth(shown);
  return s.includes(halfWidth(text.toWellFormed().trim())) || s.includes(halfWidth(kept(text).trim()));
};

/** Text a payload leaves in a one-line field (the browser drops line breaks). */
const oneLine = (s) => s.replace(/[\r\n]/g, '');

test('payloads typed into every field of every step never run and show as text in the editor and the preview', { timeout: 300_000 }, async () => {
  const context = await trappedContext({ stripCsp: true });
  const page = await openApp(context, server.url);
  // Make the priorities tree and the schedule fields exist.
  await goStep(page, '主要工作');
  await page.getByRole('button', { name: /添加一级标题/ }).click();
  await page.keyboard.type('甲');
  await page.getByRole('button', { name: /下添加子项/ }).first().click();
  await page.keyboard.type('乙');
  const baseline = await baselineTags(page);
  await assertClean(page, context, 'before any payload', baseline);

  let tried = 0;
  const BATCH = 20;
  for (let start = 0; start < PAYLOADS.length; start += BATCH) {
    const batch = PAYLOADS.slice(start, start + BATCH);
    for (const [stepName, sel, multi] of FIELDS) {
      await goStep(page, stepName);
      const value = multi ? batch.map((p) => p.text).join('\n') : batch.map((p) => p.text).join(' ');
      await page.fill(sel, value);
      tried += batch.length;
      await assertClean(page, context, `payloads ${batch[0].id}-${batch.at(-1).id} in ${sel}`, baseline);
      // The field holds exactly what was typed (as text, not parsed).
      const got = await page.locator(sel).inputValue();
      // Lone surrogates come back as U+FFFD (Rust strings cannot hold them).
      assert.equal(got, (multi ? value : oneLine(value)).toWellFormed(), `${sel} keeps the payload text`);
    }
    // The preview shows each payload of a multi-line field as its own paragraph, verbatim.
    await goStep(page, '指导思想');
    const shown = await previewText(page);
    for (const p of batch) {
      assert.ok(inPreview(shown, p.text), `preview shows payload ${p.id} as text: ${JSON.stringify(p.text)}`);
    }
    await assertClean(page, context, `preview after payloads ${batch[0].id}-${batch.at(-1).id}`, baseline);
  }

  // A few with the real keyboard, key by key (no control characters).
  const typed = PAYLOADS.filter((p) => [1, 6, 10, 23, 33, 46, 50, 58, 67, 78].includes(p.id));
  for (const [stepName, sel] of [['基本信息', '#f-basic-org'], ['指导思想', '#f-guiding'], ['主要工作', '#f-main-0'], ['活动安排', '#f-schedule-0-0']]) {
    await goStep(page, stepName);
    for (const p of typed) {
      await page.fill(sel, '');
      await page.locator(sel).click();
      await page.keyboard.type(p.text);
      tried++;
      assert.equal(await page.locator(sel).inputValue(), p.text.toWellFormed(), `${sel}: typed payload ${p.id} kept`);
    }
    await assertClean(page, context, `keyboard-typed payloads in ${sel}`, baseline);
  }
  await page.waitForTimeout(200); // let any deferred handler (onerror of a broken <img>) fire
  await assertClean(page, context, 'after typing', baseline);
  console.log(`xss: ${PAYLOADS.length} payloads x ${FIELDS.length} fields typed; ${tried} payload entries tried in the editor`);
  // Control: the tripwire and the DOM check do catch a payload that becomes markup.
  const control = await page.evaluate(async (html) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    document.body.append(box);
    await new Promise((ok) => setTimeout(ok, 200));
    const ran = [...window.__xss];
    const attr = !!document.querySelector('[onerror]');
    box.remove();
    window.__xss.length = 0;
    return { ran, attr };
  }, PAYLOADS.find((p) => p.id === 6).text);
  assert.deepEqual(control, { ran: ['payload 6 ran'], attr: true }, 'the tripwire works (control)');
  await context.close();
});

/** A plan holding every payload in every text field (both parts of a 总结暨明年计划).
 *  Lone surrogates are given as U+FFFD here, as the editor stores them when
 *  typed; setPlan with real lone surrogates has its own test below. */
function hostilePlan() {
  const all = PAYLOADS.map((p) => p.text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
  const lines = all.join('\n');
  const part = (kind) => ({
    schema: 1, kind, title: all.slice(0, 3).join(' '), organization: all.slice(3, 6).join(' '), org_type: 'school',
    year: 2026, period: { start_month: 1 },
    guiding: lines, goals: lines, measures: lines, problems: lines,
    sections: all.slice(0, 20).map((h, i) => ({
      heading: h, body: all[(i + 20) % all.length],
      items: [{ heading: all[(i + 40) % all.length], text: all[(i + 60) % all.length], items: [{ heading: all[(i + 10) % all.length], text: '', items: [] }] }],
    })),
    schedule: [{ months: [1], activities: all.slice(0, 40) }, { months: [7, 8], activities: all.slice(40) }],
    signature: { organization: all.join(' '), date: '2026-01-05', date_style: 'chinese' },
  });
  const plan = part('summary_and_plan');
  plan.next = part('plan');
  return plan;
}

/** Markdown with its backslash escapes removed; throws on a `<` that is not escaped. */
function unescapeMarkdown(md) {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\' && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1])) { out += md[++i]; continue; }
    if (c === '<') throw new Error(`unescaped '<' in Markdown: ${JSON.stringify(md.slice(Math.max(0, i - 30), i + 30))}`);
    out += c;
  }
  return out;
}

/** Plain text compared without the full-width punctuation txt applies beside Chinese. */
const halfWidth = (s) => s.replace(/[，；：？！（）]/g, (c) => ({ '，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')' })[c]);

test('payloads imported with setPlan never run in the editor, the preview or any export', { timeout: 300_000 }, async () => {
  const context = await trappedContext({ stripCsp: true });
  const page = await openApp(context, server.url);
  const baseline = await baselineTags(page);
  const plan = hostilePlan();
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  // Visit every step (both parts) so every field renders its payloads.
  const stepButtons = page.locator('.up-steps .up-step');
  const n = await stepButtons.count();
  for (let i = 0; i < n; i++) {
    await stepButtons.nth(i).click();
    await assertClean(page, context, `step ${await stepButtons.nth(i).innerText()}`, baseline);
  }
  const shown = await previewText(page);
  for (const p of PAYLOADS) assert.ok(inPreview(shown, p.text), `preview shows payload ${p.id} as text`);
  await page.getByRole('button', { name: /^检查/ }).first().click();
  await assertClean(page, context, 'checklist panel', null);

  const files = await page.evaluate(async (p) => {
    const m = await window.unionPlanTools();
    const dec = new TextDecoder();
    return Object.fromEntries(['html', 'md', 'txt'].map((f) => [f, dec.decode(m.exportPlan(p, f))]));
  }, await page.evaluate(() => window.unionPlanEditor.plan()));

  // HTML: opened as a page, with the tripwire; only the exporter's own elements.
  const htmlPage = await context.newPage();
  await htmlPage.setContent(files.html, { waitUntil: 'load' });
  await htmlPage.waitForTimeout(100);
  const r = await inspect(htmlPage);
  assert.deepEqual(r.ran, [], 'exported HTML: something ran');
  assert.deepEqual(r.bad, [], 'exported HTML: markup from user text');
  const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'b', 'span']);
  assert.deepEqual(r.tags.filter((t) => !allowed.has(t)), [], 'exported HTML has only the exporter\'s elements');
  const htmlText = await htmlPage.locator('body').evaluate((el) => el.textContent);
  // (Punctuation beside Chinese is full-width in every format: compared half-width.)
  for (const p of PAYLOADS) assert.ok(halfWidth(htmlText).includes(halfWidth(kept(p.text).trim())), `exported HTML shows payload ${p.id} as text`);
  assert.equal(await htmlPage.title(), kept(plan.title).replace(/\n/g, ''), 'the <title> holds the title text verbatim');
  await htmlPage.close();

  // Markdown: every '<' escaped; with the escapes removed each payload is there verbatim
  // (punctuation beside Chinese full-width).
  assert.doesNotMatch(files.md, /(^|[^\\])<script/i, 'no raw <script in Markdown');
  const md = unescapeMarkdown(files.md);
  for (const p of PAYLOADS) assert.ok(halfWidth(md).includes(halfWidth(kept(p.text).trim())), `Markdown keeps payload ${p.id}: ${JSON.stringify(kept(p.text))}`);
  // Plain text: every payload verbatim (punctuation beside Chinese may be full-width).
  const txt = halfWidth(files.txt);
  for (const p of PAYLOADS) assert.ok(txt.includes(halfWidth(kept(p.text).trim())), `txt keeps payload ${p.id}`);

  assert.deepEqual(context.dialogs, []);
  const strings = [];
  const walk = (v) => { if (typeof v === 'string') strings.push(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
  walk(plan);
  const fields = strings.filter((t) => t.includes('__pwned'));
  const entries = fields.reduce((n, t) => n + (t.match(/__pwned\(|alert\(alt\)/g) || []).length, 0);
  console.log(`xss: ${PAYLOADS.length} payloads imported with setPlan: ${entries} payload entries in ${fields.length} text fields; checked in ${n} steps, the preview and the html/md/txt exports`);
  await context.close();
});

test('with the page\'s CSP on, showing every payload causes no CSP violation', async () => {
  const context = await trappedContext({ stripCsp: false });
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), hostilePlan());
  const stepButtons = page.locator('.up-steps .up-step');
  for (let i = 0; i < await stepButtons.count(); i++) await stepButtons.nth(i).click();
  await page.waitForTimeout(100);
  await assertClean(page, context, 'with CSP', null);
  assert.deepEqual(page.errors, []);
  // Control: markup injected despite the CSP is reported as a violation.
  const control = await page.evaluate(async (html) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    document.body.append(box);
    await new Promise((ok) => setTimeout(ok, 200));
    box.remove();
    return [...window.__xss];
  }, PAYLOADS.find((p) => p.id === 6).text);
  assert.ok(control.some((v) => v.startsWith('CSP script-src')), `the CSP tripwire works (control): ${control}`);
  await context.close();
});

test('setPlan and exportPlan accept text with lone surrogates (a string cut inside an emoji) and keep it as U+FFFD', async () => {
  const context = await trappedContext({ stripCsp: false });
  const page = await openApp(context, server.url);
  const cut = '职工之家🏠'.slice(0, -1); // ends in a lone high surrogate
  const r = await page.evaluate(async (title) => {
    const m = await window.unionPlanTools();
    const out = {};
    try { window.unionPlanEditor.setPlan({ kind: 'plan', title, organization: `\uDC00${title}` }); out.plan = window.unionPlanEditor.plan(); } catch (e) { out.setPlan = String(e.message); }
    try { out.txt = new TextDecoder().decode(m.exportPlan({ kind: 'plan', title }, 'txt')); } catch (e) { out.exportPlan = String(e.message); }
    return out;
  }, cut);
  assert.equal(r.setPlan, undefined, `setPlan threw: ${r.setPlan}`);
  assert.equal(r.exportPlan, undefined, `exportPlan threw: ${r.exportPlan}`);
  assert.equal(r.plan.title, '职工之家\uFFFD');
  assert.equal(r.plan.organization, '\uFFFD职工之家\uFFFD');
  assert.match(r.txt, /职工之家\uFFFD/);
  await context.close();
});

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.rs') ? [p] : [];
  });
}

test('no source file writes HTML from strings: no inner_html, eval, Function() or inline handlers', () => {
  const RUST = [/inner_html/, /set_inner_html/, /outer_html/, /insert_adjacent_html/, /from_html_unchecked/, /VRaw/, /\beval\(/, /\bFunction\(/, /dangerously/i, /document\.write/];
  const PAGE = [/\son[a-z]+\s*=/i, /javascript:/i, /<script(?![^>]*\bsrc=)[^>]*>/i, /innerHTML|outerHTML|insertAdjacentHTML/, /\beval\(/, /new Function|\bFunction\(/, /document\.write/];
  const rust = sourceFiles(join(ROOT, 'src'));
  const page = ['index.html', 'boot.js', 'shell.js', 'shell-show.js'].map((f) => join(ROOT, f));
  const hits = [];
  for (const [files, patterns] of [[rust, RUST], [page, PAGE]]) {
    for (const f of files) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        for (const re of patterns) if (re.test(line)) hits.push(`${f.slice(ROOT.length)}:${i + 1}: ${re} in ${line.trim()}`);
      });
    }
  }
  console.log(`static check: searched ${rust.length} Rust files under src/ for ${RUST.map(String).join(' ')}; index.html, boot.js, shell.js and shell-show.js for ${PAGE.map(String).join(' ')}`);
  assert.deepEqual(hits, []);
  assert.ok(rust.length > 20, `found the sources (${rust.length} files)`);
});
