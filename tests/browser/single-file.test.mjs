// dist/union-plan.html: the whole editor in one file, opened from file://
// with no server. It must work and make no request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launch, DIST } from './harness.mjs';

const FILE = join(DIST, 'union-plan.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the single file refers to no other file: styles, glue and wasm are inline', () => {
  const html = readFileSync(FILE, 'utf8');
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  assert.doesNotMatch(markup, /<link rel="stylesheet"/);
  assert.doesNotMatch(markup, /<script[^>]*\bsrc=/);
  const refs = [...markup.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
  assert.ok(refs.every((r) => r.startsWith('data:')), `only data: references: ${refs}`);
  // the editor's CSS and the wasm are really in there
  assert.ok(html.includes(readFileSync(join(DIST, 'union-plan.css'), 'utf8').trim()), 'union-plan.css is inlined');
  const wasm64 = readFileSync(join(DIST, 'pkg/union_plan_bg.wasm')).toString('base64');
  assert.ok(html.includes(wasm64), 'the wasm is inlined as base64');
});

test('opened from file:// it edits, exports and keeps the draft, with no request but the file itself', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  // No network at all: anything that is not the file would fail anyway.
  await context.setOffline(true);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  await page.waitForSelector('#f-basic-org');

  await page.locator('#f-basic-org').click();
  await page.keyboard.type('南湖街道总工会');
  await page.waitForFunction(() => document.querySelector('.up-doc-title')?.textContent.includes('南湖街道总工会'));

  await page.getByRole('button', { name: /导出/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-format="txt"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /南湖街道总工会.*\.txt$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.match(text, /南湖街道总工会\d{4}年工作计划/);

  await page.reload();
  await page.waitForSelector('#f-basic-org');
  assert.equal(await page.locator('#f-basic-org').inputValue(), '南湖街道总工会');

  const others = requests.filter((u) => u !== url);
  assert.deepEqual(others, [], 'no request other than the file itself');
  assert.ok(requests.includes(url), 'the request log works (it saw the document)');
  assert.deepEqual(errors, []);
  await context.close();
});
