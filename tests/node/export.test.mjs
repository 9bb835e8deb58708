// Every export format through the headless API: content, numbering, layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApi } from './load.mjs';

const api = await loadApi();
const CHECK_DOCX = new URL('../../scripts/check-docx.py', import.meta.url).pathname;

export function fixturePlan() {
  return {
    schema: 1, kind: 'plan', title: '', organization: '滨海市第一中学工会', org_type: 'school', year: 2026, period: { start_month: 9 },
    guiding: '坚持以教职工为中心。\n第二段。', goals: '建设教职工之家。', measures: '委员分工负责。', problems: '',
    sections: [
      { heading: '加强思想引领', body: '组织学习。', items: [] },
      { heading: '推进民主管理', body: '', items: [
        { heading: '开好教代会', text: '', items: [{ heading: '会前征集提案', text: '广泛听取意见。', items: [{ heading: '分组讨论', text: '', items: [] }] }] },
      ] },
    ],
    schedule: [{ months: [9], activities: ['庆祝教师节'] }, { months: [7, 8], activities: ['暑期疗休养'] }],
    next: null, signature: { organization: '滨海市第一中学工会', date: '2026-08-28', date_style: 'chinese' },
  };
}

const EXPECTED = [
  '滨海市第一中学工会2026年工作计划', '坚持以教职工为中心。', '第二段。', '一、工作目标', '建设教职工之家。',
  '二、加强思想引领', '组织学习。', '三、推进民主管理', '（一）开好教代会', '1.会前征集提案', '广泛听取意见。', '（1）分组讨论',
  '四、落实措施', '委员分工负责。', '五、活动安排', '九月', '1.庆祝教师节', '七、八月', '1.暑期疗休养', '滨海市第一中学工会', '二〇二六年八月二十八日',
];

const text = (bytes) => new TextDecoder().decode(bytes);
function inOrder(haystack, needles, what) {
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    assert.ok(i >= 0, `${what}: "${n}" missing or out of order`);
    at = i + n.length;
  }
}

test('txt, md and html contain every paragraph in order with derived numbering', () => {
  const plan = fixturePlan();
  const txt = text(api.exportPlan(plan, 'txt'));
  inOrder(txt, EXPECTED, 'txt');
  assert.match(txt, /\r\n/, 'txt uses CRLF for Windows OA systems');
  // Markdown writes level-3 headings bold-led and activities as an ordered list.
  const md = EXPECTED.map((e) => (e === '1.会前征集提案' ? '**1.会前征集提案**' : /^1\.(庆祝|暑期)/.test(e) ? e.replace('1.', '1. ') : e));
  inOrder(text(api.exportPlan(plan, 'md')), md, 'md');
  const html = text(api.exportPlan(plan, 'html'));
  assert.match(html, /^<!doctype html>/i);
  inOrder(html, EXPECTED, 'html');
});

test('json export round-trips exactly', () => {
  const plan = fixturePlan();
  const back = JSON.parse(text(api.exportPlan(plan, 'json')));
  assert.deepEqual(back, plan);
});

test('docx is well-formed and has the GB/T 9704 layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'up-docx-'));
  const file = join(dir, 'plan.docx');
  writeFileSync(file, api.exportPlan(fixturePlan(), 'docx'));
  const out = execFileSync('python3', [CHECK_DOCX, file, '--gbt', '--json'], { encoding: 'utf8' });
  const info = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1));
  assert.match(out, /GB\/T 9704 layout: ok/);
  assert.deepEqual(info.page_twips, { w: 11906, h: 16838 });
  assert.deepEqual([info.margins_twips.top, info.margins_twips.bottom, info.margins_twips.left, info.margins_twips.right], [2098, 1984, 1587, 1474]);
  assert.equal(info.doc_grid.linePitch, 579);
  assert.equal(info.styles['(defaults)'].eastAsia, '仿宋_GB2312');
  assert.equal(info.styles['(defaults)'].lineRule, 'exact');
  assert.equal(info.title, '滨海市第一中学工会2026年工作计划');
  const json = JSON.stringify(info);
  for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312']) assert.ok(json.includes(font), font);
});

test('hostile text still gives valid files; HTML never turns user text into markup', () => {
  const plan = fixturePlan();
  const hostile = '<script>alert(1)</script>&amp;]]><img src=x onerror=alert(2)>\u0001\u0008\u001f"\'😀' + '长'.repeat(5000);
  plan.guiding = hostile;
  plan.sections[0].heading = '# 标题 > 引用 - 列表 ' + hostile;
  plan.schedule[0].activities.push('\uD800 lone surrogate');
  const dir = mkdtempSync(join(tmpdir(), 'up-hostile-'));
  writeFileSync(join(dir, 'h.docx'), api.exportPlan(plan, 'docx'));
  execFileSync('python3', [CHECK_DOCX, join(dir, 'h.docx')], { encoding: 'utf8' }); // throws on exit 1 (malformed)
  const html = text(api.exportPlan(plan, 'html'));
  assert.ok(!html.includes('<script>alert'), 'no raw script tag');
  assert.ok(!html.includes('<img src=x'), 'no raw img tag');
  assert.ok(html.includes('&lt;script&gt;'), 'escaped');
  const md = text(api.exportPlan(plan, 'md'));
  assert.ok(!/^# 标题/m.test(md.split('\n').slice(1).join('\n')), 'user # does not become a heading');
  for (const f of api.exportFormats()) assert.ok(api.exportPlan({ schema: 1, kind: 'plan' }, f).length > 0, `empty plan exports to ${f}`);
});
