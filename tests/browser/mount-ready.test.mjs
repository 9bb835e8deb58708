// The JS Editor works the moment mount() returns (issue "Portal-ready"):
// plan(), setPlan(), export(), check() and flush() called in mount()'s own
// task, before Yew's first render; the first render shows their result and
// `ready` resolves after it. Through a harness page that imports
// dist/pkg/union_plan.js, as portals do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST } from './harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const PORTAL = new URL('./portal/', import.meta.url).pathname;
let browser, root, server, url;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'union-plan-ready-'));
  cpSync(DIST, root, { recursive: true });
  cpSync(PORTAL, join(root, 'portal'), { recursive: true });
  server = await serve(root, {});
  url = `http://127.0.0.1:${server.address().port}/portal/ready.html`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections?.();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function open(mode, until) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}?mode=${mode}`);
  await page.waitForFunction(until);
  return { context, page, errors, log: await page.evaluate(() => window.readyLog) };
}

test('every Editor method works right after mount(), and the first render shows the result', async () => {
  const { context, page, errors, log } = await open('calls', () => window.readyLog?.readyResolved);
  try {
    assert.equal(log.renderedAtMount, false, 'the calls were made before the first render');
    assert.deepEqual(log.first, { title: '市测试局机关工会2031年工作计划', year: 2031, organization: '市测试局机关工会' });
    assert.deepEqual(log.afterSet, { title: '市测试局机关工会2033年工作计划', year: 2033 }, 'setPlan calls apply in order');
    assert.match(log.badPlan, /JSON|计划/, 'an invalid plan throws a Chinese message');
    assert.equal(log.afterBad, '市测试局机关工会2033年工作计划', 'a refused setPlan changes nothing');
    assert.equal(log.docx.head, 'PK');
    assert.ok(log.docx.size > 2000, `a real DOCX (${log.docx.size} bytes)`);
    assert.ok(log.findings.count >= 5 && log.findings.ids.some((id) => id.startsWith('missing:')),
      `check() returns the checklist: ${JSON.stringify(log.findings.ids.slice(0, 5))}`);
    assert.deepEqual(log.stored, ['市测试局机关工会2033年工作计划'], 'flush() wrote the document setPlan gave');
    assert.equal(log.readyIsPromise, true);
    assert.equal(log.titleOnScreen, '市测试局机关工会2033年工作计划', 'the first render shows the last setPlan');
    // The editor goes on normally after its first render.
    await page.waitForSelector('#f-basic-title');
    const year = await page.evaluate(() => window.editor.plan().year);
    assert.equal(year, 2033);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('unmount() right after mount() leaves nothing behind and later calls say why', async () => {
  const { context, errors, log } = await open('unmount', () => window.readyLog?.done);
  try {
    assert.equal(log.childrenAfterUnmount, 0);
    assert.equal(log.childrenLater, 0, 'no late render into the host');
    assert.match(log.setAfterUnmount, /已卸载/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
