// Node tests of the headless JS API against the built module in dist/pkg.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadApi } from './load.mjs';

const api = await loadApi();

export const samplePlan = () => ({
  schema: 1, kind: 'plan', title: '测试学校工会2025年工作计划', organization: '测试学校工会', org_type: 'school', year: 2025,
  period: { start_month: 9 },
  guiding: '坚持服务教职工。\n第二段。', goals: '目标一', measures: '措施', problems: '',
  sections: [{ heading: '加强民主管理', body: '正文', items: [{ heading: '开好教代会', text: '', items: [] }] }],
  schedule: [{ months: [7, 8], activities: ['暑期疗休养'] }],
  next: null, signature: { organization: '测试学校工会', date: '2025-01-06', date_style: 'chinese' },
});

test('module loads in Node without a DOM and reports its version', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.match(api.version(), /^\d+\.\d+\.\d+$/);
});

test('exportPlan json round-trips a plan exactly', () => {
  const plan = samplePlan();
  const bytes = api.exportPlan(plan, 'json');
  assert.ok(bytes instanceof Uint8Array);
  const back = JSON.parse(new TextDecoder().decode(bytes));
  assert.deepEqual(back, plan);
  // and the exported JSON is accepted again unchanged
  assert.deepEqual(JSON.parse(new TextDecoder().decode(api.exportPlan(back, 'json'))), plan);
  // a JSON string is accepted too
  assert.deepEqual(JSON.parse(new TextDecoder().decode(api.exportPlan(JSON.stringify(plan), 'json'))), plan);
});

test('exportPlan rejects an unknown format by name', () => {
  assert.throws(() => api.exportPlan(samplePlan(), 'pdfx'), (e) => e instanceof Error && e.message.includes('pdfx'));
});

test('exportPlan rejects malformed plans with a Chinese message', () => {
  assert.throws(() => api.exportPlan({ schema: 99, kind: 'plan' }, 'json'), /更新版本/);
  assert.throws(() => api.exportPlan('{oops', 'json'), /JSON/);
  assert.throws(() => api.exportPlan({ title: 5 }, 'json'), /格式/);
  assert.throws(() => api.exportPlan(null, 'json'), /缺少/);
});

test('fileName replaces characters file systems reject', () => {
  const p = samplePlan();
  p.title = '2025\u5e74/\u5de5\u4f1a:\u5de5\u4f5c\u8ba1\u5212'; // ASCII '/' and ':'
  assert.equal(api.fileName(p, 'docx'), '2025年_工会_工作计划.docx');
});
