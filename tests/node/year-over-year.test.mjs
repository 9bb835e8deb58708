// Year over year through the headless API (dist/pkg/union_plan.js): 新建下一年度
// (`nextYear`), `compare` / `comparisonHtml`, and `checkPlan(plan, previous)`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadApi } from './load.mjs';

let api;
before(async () => { api = await loadApi(); });

const tracked = (status) => ({ status, note: '' });

/** A 2026 plan with three priorities, a tracked year and a dated 春节 activity. */
function plan2026() {
  return {
    kind: 'plan',
    title: '城南小学工会2026年工作计划',
    organization: '城南小学工会',
    org_type: 'school',
    year: 2026,
    guiding: '2026年，校工会以习近平新时代中国特色社会主义思想为指导，全面贯彻落实中国工会十八大精神。紧紧围绕学校中心工作，竭诚服务教职工。',
    goals: '教职工对工会工作的满意度达到百分之九十五以上，会员入会率保持百分之百。',
    sections: [
      { heading: '加强工会自身建设', body: '健全工会组织，规范会员管理；开展工会干部业务培训。', items: [], track: tracked('done') },
      { heading: '开展丰富多彩的文体活动', body: '举办教职工趣味运动会；组织读书分享会。', items: [], track: tracked('partial') },
      { heading: '做好困难教职工帮扶', body: '建立困难教职工档案，实行动态管理；春节前走访慰问。', items: [], track: tracked('not_done') },
    ],
    measures: '加强组织领导，明确责任分工，定期检查落实情况。',
    schedule: [
      { months: [2], activities: ['春节（2月17日）前走访慰问困难教职工'], tracking: [tracked('done')] },
      { months: [3], activities: ['三八妇女节女教职工活动'] },
    ],
    signature: { organization: '城南小学工会', date: '2026-01-10', date_style: 'arabic' },
  };
}

test('nextYear of a 2026 plan: 2027, title and signature date in 2027, no tracking, the same priorities', () => {
  const p = plan2026();
  const n = api.nextYear(p);
  assert.equal(n.year, 2027);
  assert.equal(n.title, '城南小学工会2027年工作计划');
  assert.match(n.signature.date, /^2027-/);
  assert.equal(n.signature.date, '2027-01-10');
  assert.deepEqual(n.sections.map((s) => s.heading), p.sections.map((s) => s.heading));
  assert.deepEqual(n.sections.map((s) => s.body), p.sections.map((s) => s.body));
  assert.ok(n.sections.every((s) => s.track === undefined), 'no section tracking');
  assert.ok(n.schedule.every((e) => e.tracking === undefined || e.tracking.length === 0), 'no activity tracking');
  assert.ok(!JSON.stringify(n).includes('"status"'), 'no tracking anywhere');
  // That year's holidays: 春节 2027 is on 6 February.
  assert.equal(n.schedule[0].activities[0], '春节（2月6日）前走访慰问困难教职工');
  // The source is remembered, and left as it was.
  assert.deepEqual(n.previous, { draft: '', title: '城南小学工会2026年工作计划', year: 2026 });
  assert.equal(p.year, 2026);
  // Unknown fields of newer documents are not a problem; the result loads again.
  assert.equal(api.nextYear(JSON.stringify(n)).year, 2028);
});

test('nextYear of a 总结暨明年计划 starts from its next-year plan', () => {
  const s = {
    kind: 'summary_and_plan', year: 2026, organization: '城南小学工会', title: '城南小学工会2026年工作总结\n暨2027年工作计划',
    sections: [{ heading: '完成了教代会换届', body: '' }],
    next: { kind: 'plan', year: 2027, sections: [{ heading: '推进智慧工会建设', body: '上线网上服务平台。' }] },
    signature: { organization: '城南小学工会', date: '2026-12-28' },
  };
  const n = api.nextYear(s);
  assert.equal(n.kind, 'plan');
  assert.equal(n.year, 2027);
  assert.deepEqual(n.sections.map((x) => x.heading), ['推进智慧工会建设']);
  assert.equal(n.next, null);
  assert.equal(n.organization, '城南小学工会');
});

test('compare: an edited body is changed, a deleted priority removed (named), the rest unchanged', () => {
  const prev = plan2026();
  const cur = structuredClone(prev);
  cur.sections[1].body = '举办教职工趣味运动会；组织青年教师读书分享会和合唱比赛。';
  cur.sections.splice(2, 1);
  const c = api.compare(prev, cur);
  const statuses = new Set(c.parts.map((p) => p.status));
  for (const s of statuses) assert.ok(['added', 'removed', 'changed', 'unchanged'].includes(s), s);
  const changed = c.parts.filter((p) => p.status === 'changed');
  assert.deepEqual(changed.map((p) => p.heading), ['开展丰富多彩的文体活动']);
  const removed = c.parts.filter((p) => p.status === 'removed');
  assert.equal(removed.length, 1);
  assert.equal(removed[0].heading, '做好困难教职工帮扶');
  assert.match(removed[0].name, /做好困难教职工帮扶/);
  const unchanged = c.parts.filter((p) => p.status === 'unchanged').map((p) => p.part);
  assert.ok(unchanged.includes('guiding') && unchanged.includes('priority') && unchanged.includes('schedule'), unchanged.join());
  // Sentence-level differences: the rewritten sentence, with last year's wording.
  const s = changed[0].sentences.filter((x) => x.status !== 'unchanged');
  assert.deepEqual(s.map((x) => [x.status, x.previous, x.text]), [['changed', '组织读书分享会。', '组织青年教师读书分享会和合唱比赛。']]);
  assert.deepEqual(changed[0].target, { step: 'main', path: [1] });
  assert.deepEqual(c.counts, { added: 0, removed: 1, changed: 1, unchanged: c.parts.length - 2 });
});

test('compare matches priorities by content: a moved priority is unchanged, not removed and added', () => {
  const prev = plan2026();
  const cur = structuredClone(prev);
  cur.sections.reverse();
  const c = api.compare(prev, cur);
  const pri = c.parts.filter((p) => p.part === 'priority');
  assert.deepEqual(pri.map((p) => p.status), ['unchanged', 'unchanged', 'unchanged']);
  assert.deepEqual(pri.map((p) => [p.previous_index, p.current_index, p.moved]), [[2, 0, true], [1, 1, false], [0, 2, true]]);
  assert.equal(c.counts.added + c.counts.removed + c.counts.changed, 0);
  // A new priority is added; one renamed with the same text is changed, not removed and added.
  cur.sections.push({ heading: '推进智慧工会建设', body: '上线网上服务平台。' });
  cur.sections[0].heading = '做好困难教职工帮扶救助';
  const c2 = api.compare(prev, cur);
  const byHead = Object.fromEntries(c2.parts.filter((p) => p.part === 'priority').map((p) => [p.heading, p.status]));
  assert.equal(byHead['推进智慧工会建设'], 'added');
  assert.equal(byHead['做好困难教职工帮扶救助'], 'changed');
  assert.equal(c2.counts.removed, 0);
});

test('comparisonHtml is a page for the chair with both years side by side, text escaped', () => {
  const prev = plan2026();
  const cur = api.nextYear(prev);
  cur.goals = '<img src=x onerror=alert(1)>新增目标。';
  const html = api.comparisonHtml(prev, cur);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<th>去年<\/th><th>今年<\/th>/);
  assert.match(html, /城南小学工会2027年工作计划/);
  assert.ok(html.includes('&lt;img src=x'), 'user text is escaped');
  assert.ok(!html.includes('<img'), 'no markup from user text');
  assert.match(html, /工作目标（改写）/);
});

test('checkPlan(nextYear(plan), plan) says the text is last year\'s unchanged', () => {
  const prev = plan2026();
  const findings = api.checkPlan(api.nextYear(prev), prev);
  const un = findings.filter((f) => f.id.startsWith('previous:unchanged'));
  assert.equal(un.length, 1);
  assert.notEqual(un[0].level, 'ok');
  assert.match(un[0].message, /一字不差/);
  assert.match(un[0].why, /三分之一/);
  assert.ok(findings.some((f) => f.id.startsWith('previous:same:') && f.level === 'warning'));
  assert.ok(findings.some((f) => f.id.startsWith('previous:year:guiding') && /2026年/.test(f.message)));
  // Priorities unfinished last year are still there: nothing silently dropped.
  assert.ok(findings.some((f) => f.id === 'previous:dropped' && f.level === 'ok'));
  // Without the previous year: no previous:* rule at all; JSON form agrees.
  assert.ok(api.checkPlan(api.nextYear(prev)).every((f) => !f.id.startsWith('previous:')));
  assert.deepEqual(JSON.parse(api.checkPlanJson(api.nextYear(prev), prev)), findings);
});

test('checkPlan with previous: last year\'s holiday date and unfinished work that disappeared', () => {
  const prev = plan2026();
  const cur = api.nextYear(prev);
  cur.schedule[0].activities[0] = '春节（2月17日）前走访慰问困难教职工';
  cur.sections.splice(1, 2); // drops the partly done and the not done priority
  const f = api.checkPlan(cur, prev);
  const holiday = f.filter((x) => x.id.startsWith('previous:holiday-date:'));
  assert.equal(holiday.length, 1);
  assert.match(holiday[0].message, /2月17日.*春节.*2月6日/);
  assert.deepEqual(holiday[0].target, { step: 'schedule', path: [0, 0] });
  const dropped = f.filter((x) => x.id.startsWith('previous:dropped:')).map((x) => x.message);
  assert.equal(dropped.length, 2, dropped.join('\n'));
  assert.ok(dropped.some((m) => m.includes('开展丰富多彩的文体活动') && m.includes('部分完成')));
  assert.ok(dropped.some((m) => m.includes('做好困难教职工帮扶') && m.includes('未完成')));
  // A bad previous document is a Chinese error, not a crash.
  assert.throws(() => api.checkPlan(cur, '{oops'), /上年的材料/);
  assert.throws(() => api.compare('{oops', cur), /上年的材料/);
});
