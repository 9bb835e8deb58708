// Who does what, by when (issue 17) through the headless API: a plan with
// duties on a section and on items, schedule duties, `task_table: true` and
// `schedule: "table"` exports two Word/WPS-safe DOCX tables (grid, tcW on
// every cell, paragraph-ended cells, repeated header row) that pass
// openxml-audit -f microsoft365 and that LibreOffice renders with their
// values; html/md/txt carry them; the JSON round trip keeps everything; the
// two flattened tables import; summarize keeps unfinished duties.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { unzip } from './zip.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApi } from './load.mjs';

const AUDIT = process.env.OPENXML_AUDIT || fileURLToPath(new URL('../../.venv/bin/openxml-audit', import.meta.url));
const which = (cmd) => { try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim(); } catch { return ''; } };
const soffice = which('soffice') || which('libreoffice');
if (!existsSync(AUDIT)) throw new Error(`openxml-audit not found at ${AUDIT}; scripts/test installs it`);
if (!soffice || !which('pdftotext')) throw new Error('LibreOffice (soffice) and pdftotext are needed; scripts/test installs them');

const duty = (lead, owner, due) => ({ lead, partners: '各分工会', owner, due, target: '覆盖率达到百分之百' });
const PLAN = {
  schema: 1, kind: 'plan', title: '滨江医院工会2027年工作计划', organization: '滨江医院工会', org_type: 'medical', year: 2027,
  period: { start_month: 1 }, guiding: '坚持以职工为中心，围绕医院中心工作开展工会工作。', goals: '',
  sections: [
    { heading: '加强职工思想政治引领', body: '组织专题学习。', duty: duty('党委宣传科', '周敏', '2027年6月底前'),
      items: [{ heading: '开展医德医风教育', text: '', items: [], duty: duty('医务科', '韩立', '三季度') }] },
    { heading: '维护职工合法权益', body: '', items: [
      { heading: '开好职工代表大会', text: '', items: [], duty: duty('工会办公室', '沈洁', '2027年3月') },
      { heading: '推进院务公开', text: '', items: [] }] },
  ],
  measures: '', problems: '', next: null,
  schedule: [
    { months: [3], activities: ['三八妇女节健步走', '植树活动'],
      duties: [{ owner: '女工委员会', scope: '全体女职工', note: '雨天顺延' }, null] },
    { months: [7, 8], activities: ['暑期职工疗休养'], duties: [{ owner: '工会办公室', scope: '一线医护人员', note: '' }] },
  ],
  signature: { organization: '滨江医院工会', date: '2027-01-08', date_style: 'arabic' },
  format: { fonts: 'standard', page_numbers: 'outside', task_table: true, schedule: 'table' },
};


let api, dir, docx, doc;
before(async () => {
  api = await loadApi();
  dir = mkdtempSync(join(tmpdir(), 'up-duties-'));
  docx = api.exportPlan(PLAN, 'docx');
  writeFileSync(join(dir, 'duties.docx'), docx);
  doc = unzip(docx).get('word/document.xml');
});

test('DOCX: two tables with the duty values, grid, tcW on every cell, paragraph-ended cells, repeated header', () => {
  const tables = doc.match(/<w:tbl>.*?<\/w:tbl>/gs) || [];
  assert.ok(tables.length >= 2, `tables: ${tables.length}`);
  for (const t of tables) {
    assert.match(t, /<w:tblGrid>(<w:gridCol w:w="\d+"\/>)+<\/w:tblGrid>/);
    const cells = t.match(/<w:tc>.*?<\/w:tc>/gs);
    assert.ok(cells.length > 0);
    for (const c of cells) {
      assert.match(c, /^<w:tc><w:tcPr><w:tcW w:w="\d+" w:type="dxa"\/>/, 'tcW first in every cell');
      assert.match(c, /<\/w:p><\/w:tc>$/, 'every cell ends with a paragraph');
    }
    assert.match(t, /<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/, 'header row repeats');
    const cols = (t.match(/<w:gridCol /g) || []).length;
    const firstRow = t.match(/<w:tr>.*?<\/w:tr>/s)[0];
    assert.equal((firstRow.match(/<w:tc>/g) || []).length, cols, 'one cell per grid column');
  }
  const text = (s) => [...s.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
  const all = tables.map(text).join('\n');
  for (const v of ['牵头部门', '责任人', '完成时限', '党委宣传科', '周敏', '2027年6月底前', '医务科', '韩立', '活动内容', '女工委员会', '全体女职工', '七、八月', '暑期职工疗休养']) {
    assert.ok(all.includes(v), `${v} in a table`);
  }
  assert.ok(doc.includes('滨江医院工会2027年重点工作任务分解表'));
  assert.ok(doc.includes('w:eastAsia="黑体"') || doc.includes('w:eastAsia="仿宋"'));
});

test('DOCX: openxml-audit -f microsoft365 finds 0 violations', () => {
  const run = spawnSync(AUDIT, ['-f', 'microsoft365', '-o', 'json', '-m', '0', '-r', dir], { encoding: 'utf8', timeout: 300000 });
  assert.ok(run.stdout, `openxml-audit printed nothing: ${run.stderr || run.error}`);
  const [r] = JSON.parse(run.stdout);
  const found = (r.errors || []).map((e) => `${e.part_uri} ${e.path}: ${e.description}`);
  assert.equal(r.error_count, 0, found.join('\n'));
  assert.equal(r.valid, true);
});

test('DOCX: LibreOffice renders the table values', () => {
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'duties.docx')], { stdio: 'ignore', timeout: 120000 });
  assert.ok(existsSync(join(dir, 'duties.pdf')), 'LibreOffice produced a PDF');
  const text = execFileSync('pdftotext', [join(dir, 'duties.pdf'), '-'], { encoding: 'utf8' }).replace(/\s/g, '');
  for (const v of ['牵头部门', '责任人', '党委宣传科', '周敏', '医务科', '韩立', '女工委员会', '全体女职工', '暑期职工疗休养', '重点工作任务分解表']) {
    assert.ok(text.includes(v), `${v} rendered`);
  }
});

test('html, md and txt carry the tables', () => {
  const dec = (f) => new TextDecoder().decode(api.exportPlan(PLAN, f));
  const html = dec('html');
  assert.equal((html.match(/<table class="doc-table">/g) || []).length, 2);
  for (const v of ['<th>牵头部门</th>', '<td>周敏</td>', '<td>女工委员会</td>', '<td>七、八月</td>']) assert.ok(html.includes(v), v);
  const md = dec('md');
  assert.match(md, /^\| 序号 \| 工作任务 \| 牵头部门 \| 配合部门 \| 责任人 \| 完成时限 \| 量化目标 \|$/m);
  assert.match(md, /^\| 1 \| 加强职工思想政治引领 \| 党委宣传科 \| 各分工会 \| 周敏 \| 2027年6月底前 \|/m);
  assert.match(md, /^\| 三月 \| 三八妇女节健步走 \| 女工委员会 \| 全体女职工 \| 雨天顺延 \|$/m);
  const txt = dec('txt');
  assert.ok(txt.includes('1\t加强职工思想政治引领\t党委宣传科\t各分工会\t周敏\t2027年6月底前'), 'task row');
  assert.ok(txt.includes('三月\t三八妇女节健步走\t女工委员会\t全体女职工\t雨天顺延'), 'schedule row');
});

test('JSON round trip keeps duty, duties and format exactly', () => {
  const back = JSON.parse(new TextDecoder().decode(api.exportPlan(PLAN, 'json')));
  assert.deepEqual(back.sections[0].duty, PLAN.sections[0].duty);
  assert.deepEqual(back.sections[0].items[0].duty, PLAN.sections[0].items[0].duty);
  assert.deepEqual(back.sections[1].items[0].duty, PLAN.sections[1].items[0].duty);
  assert.equal(back.sections[1].items[1].duty, undefined);
  assert.deepEqual(back.schedule.map((e) => e.duties), PLAN.schedule.map((e) => e.duties));
  assert.deepEqual(back.format, PLAN.format);
  // An old document stays as it was.
  const old = { schema: 1, kind: 'plan', sections: [{ heading: 'a', body: '', items: [] }], format: { fonts: 'gb2312', page_numbers: 'outside' } };
  const back2 = JSON.parse(new TextDecoder().decode(api.exportPlan(old, 'json')));
  assert.deepEqual(back2.sections, old.sections);
  assert.deepEqual(back2.format, old.format);
});

test('importText: a flattened task table recovers lead and owner on every row', () => {
  const plan = api.importText('序号 | 工作任务 | 牵头部门 | 责任人 | 完成时限 |\n1 | 深化职工思想引领 | 党委宣传部 | 张明 | 2027年6月底前 |\n2 | 推进厂务公开 | 工会办公室 | 李红 | 全年 |');
  assert.deepEqual(plan.sections.map((s) => [s.heading, s.duty.lead, s.duty.owner, s.duty.due]),
    [['深化职工思想引领', '党委宣传部', '张明', '2027年6月底前'], ['推进厂务公开', '工会办公室', '李红', '全年']]);
  assert.equal(plan.format.task_table, true);
});

test('importText: a 时间 | 活动内容 | 负责部门 table gives the March entry its owner', () => {
  const plan = api.importText('时间 | 活动内容 | 负责部门 |\n3月 | 三八妇女节健步走 | 女工委员会 |\n7月 | 职工疗休养 | 工会办公室 |');
  const march = plan.schedule.find((e) => e.months.length === 1 && e.months[0] === 3);
  assert.ok(march, JSON.stringify(plan.schedule));
  assert.equal(march.activities[0], '三八妇女节健步走');
  assert.equal(march.duties[0].owner, '女工委员会');
  assert.equal(plan.format.schedule, 'table');
});

test('importFile: a .docx with tables reads them back as duties', () => {
  const { plan } = api.importFile(docx, '计划.docx');
  assert.equal(plan.sections[0].duty.owner, '周敏');
  assert.equal(plan.sections[1].items[0].duty.lead, '工会办公室');
  assert.equal(plan.schedule.find((e) => e.months[0] === 3).duties[0].owner, '女工委员会');
});

test('summarize with next plan keeps the duty of an unfinished task', () => {
  const tracked = structuredClone(PLAN);
  tracked.sections[0].track = { status: 'done', note: '' };
  tracked.sections[0].items[0].track = { status: 'not_done', note: '' };
  tracked.sections[1].items[0].track = { status: 'done', note: '' };
  const out = api.summarize(tracked, { withNextPlan: true });
  assert.equal(out.kind, 'summary_and_plan');
  const carried = out.next.sections[0].items[0];
  assert.equal(carried.heading, '开展医德医风教育');
  assert.deepEqual(carried.duty, { ...PLAN.sections[0].items[0].duty });
  assert.equal(out.next.sections[0].duty, undefined, 'a finished task leaves its duty behind');
  assert.match(out.sections[0].body, /这方面计划的2项工作已完成1项，由党委宣传科牵头完成。/);
});

test('checkPlan flags tasks without a lead or owner and a due outside the year', () => {
  const p = structuredClone(PLAN);
  p.sections[0].items[0].duty.lead = '';
  p.sections[1].items[0].duty.due = '2026年12月';
  const ids = api.checkPlan(p).map((f) => f.id);
  assert.ok(ids.includes('task:lead:0-0'), ids.join(' '));
  assert.ok(ids.includes('task:due:1-0'), ids.join(' '));
});
