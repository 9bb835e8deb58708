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

test('importFile reads text, JSON and GB18030 files, returns the source text, and refuses .doc in Chinese', () => {
  const text = '测试工会2026年工作计划\n一、指导思想\n坚持服务职工。\n二、主要工作\n（一）开好职代会\n';
  const utf8 = new TextEncoder().encode(text);
  const r = api.importFile(utf8, '计划.txt');
  assert.equal(r.plan.kind, 'plan');
  assert.equal(r.source, text);
  assert.ok(r.report.sections.includes('主要工作'), JSON.stringify(r.report.sections));
  assert.ok(r.plan.sections.some((s) => s.heading === '开好职代会' || s.items?.some?.((i) => i.heading === '开好职代会')) ||
    JSON.stringify(r.plan).includes('开好职代会'), 'the item is kept');

  const json = api.exportPlan(samplePlan(), 'json');
  const j = api.importFile(json, 'backup.json');
  assert.equal(j.plan.title, samplePlan().title);
  assert.equal(j.source, new TextDecoder().decode(json));

  // 坚持 in GB18030: 0xBC 0xE1 0xB3 0xD6
  const gb = Uint8Array.from([0xBC, 0xE1, 0xB3, 0xD6, 0x0A]);
  const g = api.importFile(gb, 'old.txt');
  assert.equal(g.source.trim(), '坚持');
  assert.ok(g.report.notes.some((n) => n.includes('GB18030')), JSON.stringify(g.report.notes));

  const ole = Uint8Array.from([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
  assert.throws(() => api.importFile(ole, '旧计划.doc'), (e) => /[\u4e00-\u9fff]/.test(e.message) && /\.doc/.test(e.message));
});
