// Exports from the built app: the download is captured and checked; the
// print stylesheet gives the A4 page (Chromium's own print-to-PDF).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, site, openApp } from './harness.mjs';

const CHECK_DOCX = new URL('../../scripts/check-docx.py', import.meta.url).pathname;
let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = {
  schema: 1, kind: 'plan', title: '', organization: '港城区总工会', org_type: 'community', year: 2026,
  guiding: '服务职工，建设职工之家。', sections: [{ heading: '推进新就业形态劳动者入会', body: '建立驿站。', items: [] }],
  schedule: [{ months: [7, 8], activities: ['夏送清凉'] }], signature: { organization: '港城区总工会', date: '2026-01-08' },
};

async function exportVia(page, label) {
  await page.getByRole('button', { name: '导出 ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('Word, text and JSON downloads are named after the title and contain the document', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server.url);
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), plan);
  const docx = await exportVia(page, /Word 文档/);
  assert.equal(docx.name, '港城区总工会2026年工作计划.docx');
  const dir = mkdtempSync(join(tmpdir(), 'up-dl-'));
  writeFileSync(join(dir, 'a.docx'), docx.bytes);
  const out = execFileSync('python3', [CHECK_DOCX, join(dir, 'a.docx'), '--gbt'], { encoding: 'utf8' });
  assert.match(out, /GB\/T 9704 layout: ok/);
  const txt = await exportVia(page, /纯文本/);
  assert.equal(txt.name, '港城区总工会2026年工作计划.txt');
  const t = txt.bytes.toString('utf8');
  for (const s of ['港城区总工会2026年工作计划', '一、推进新就业形态劳动者入会', '七、八月', '1.夏送清凉', '2026年1月8日']) assert.ok(t.includes(s), s);
  const json = await exportVia(page, /备份数据/);
  assert.deepEqual(JSON.parse(json.bytes.toString('utf8')), await page.evaluate(() => window.unionPlanEditor.plan()));
  await context.close();
});

test('onExport can take the file instead of the browser download', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url + 'page.css'); // same origin, no app
  await page.setContent('<div id="host"></div>');
  const got = await page.evaluate(async ({ url, plan }) => {
    const m = await import(url + 'pkg/union_plan.js');
    await m.default({ module_or_path: url + 'pkg/union_plan_bg.wasm' });
    const seen = [];
    const ed = m.mount(document.getElementById('host'), { plan, storageKey: 'hook-test', onExport: (f, bytes, name) => { seen.push([f, bytes.length, name]); return true; } });
    await new Promise((r) => setTimeout(r, 50));
    document.querySelector('.union-plan button[aria-controls="up-export-menu"]').click();
    await new Promise((r) => setTimeout(r, 20));
    document.querySelector('.union-plan [data-format="docx"]').click();
    await new Promise((r) => setTimeout(r, 20));
    const notice = document.querySelector('.union-plan .up-notice')?.textContent || '';
    ed.unmount();
    return { seen, notice, left: document.getElementById('host').childElementCount };
  }, { url: server.url, plan });
  assert.equal(got.seen.length, 1);
  assert.equal(got.seen[0][0], 'docx');
  assert.ok(got.seen[0][1] > 1000);
  assert.equal(got.seen[0][2], '港城区总工会2026年工作计划.docx');
  assert.match(got.notice, /已交给所在平台保存/);
  assert.equal(got.left, 0, 'unmount removed the editor');
  await context.close();
});

test('print stylesheet: only the document, on A4 with — N — page numbers', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  const long = { ...plan, guiding: Array(40).fill('工会组织要围绕中心、服务大局，持续改进作风，切实增强服务实效。').join('\n') };
  await page.evaluate((p) => window.unionPlanEditor.setPlan(p), long);
  // what the 打印 button does before window.print()
  await page.evaluate(() => {
    document.querySelector('.union-plan .up-page').classList.add('up-print-target');
    document.documentElement.setAttribute('data-up-print', '');
  });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'up-print-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'p.pdf')], { encoding: 'utf8' });
  assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
  assert.ok(text.includes('港城区总工会2026年工作计划'));
  assert.ok(!text.includes('撤销') && !text.includes('检查清单'), 'no editor chrome in print');
  assert.match(text, /—\s*1\s*—/);
  assert.match(text, /—\s*2\s*—/);
  await context.close();
});
