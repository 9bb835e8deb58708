// 批量审阅, headless (issue 23 "How it will be checked"): a batch of member
// units' plans, some .txt and some .docx (written by our own exportPlan):
// one without 指导思想, one with 20xx left in the title, one for the wrong
// year, two units handing in the same text, one .doc and one broken .docx.
// reviewBatch gives one row per file with each problem named in its row,
// Chinese reasons for the unreadable ones, the identical submissions linked
// both ways; exportReview writes HTML and a DOCX that openxml-audit passes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApi } from './load.mjs';
import { memberPlanText } from '../fixtures/member-plans.mjs';

const AUDIT = process.env.OPENXML_AUDIT || fileURLToPath(new URL('../../.venv/bin/openxml-audit', import.meta.url));

const enc = new TextEncoder();
let api, review, files;

before(async () => {
  api = await loadApi();
  const docx = (text) => api.exportPlan(api.importText(text), 'docx');
  const copied = enc.encode(memberPlanText('第六小学工会', 2027));
  files = [
    { name: '第一小学工会.txt', bytes: enc.encode(memberPlanText('第一小学工会', 2027)) },
    { name: '第二小学工会.docx', bytes: docx(memberPlanText('第二小学工会', 2027)) },
    { name: '第三小学工会.txt', bytes: enc.encode(memberPlanText('第三小学工会', 2027, { guiding: false })) },
    { name: '第四小学工会.docx', bytes: docx(memberPlanText('第四小学工会', '20xx')) },
    { name: '第五小学工会.txt', bytes: enc.encode(memberPlanText('第五小学工会', 2026)) },
    { name: '第六小学工会.txt', bytes: copied },
    { name: '第七小学工会.txt', bytes: copied.slice() },
    { name: '第八小学工会.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
    { name: '第九小学工会.docx', bytes: enc.encode('PK\u0003\u0004 this is not a zip') },
  ];
  review = api.reviewBatch(files, { year: 2027, expected: ['第一小学工会', '第七小学工会', '第十小学工会'] });
});

const words = (row) => row.problems.map((p) => p.text).join('；');

test('one row per file, in order, with unit, kind, year and title', () => {
  assert.equal(review.rows.length, files.length);
  assert.deepEqual(review.rows.map((r) => r.name), files.map((f) => f.name));
  const first = review.rows[0];
  assert.equal(first.readable, true, first.reason);
  assert.equal(first.unit, '第一小学工会');
  assert.equal(first.kind, 'plan');
  assert.equal(first.kind_label, '工作计划');
  assert.equal(first.year, 2027);
  assert.equal(first.title, '第一小学工会2027年工会工作计划');
  assert.equal(typeof first.errors, 'number');
  assert.ok(!words(first).includes('指导思想'), words(first));
  // The .docx written by exportPlan reads back.
  assert.equal(review.rows[1].readable, true, review.rows[1].reason);
  assert.equal(review.rows[1].unit, '第二小学工会');
  assert.equal(review.rows[1].year, 2027);
});

test('each problem is named in its unit\'s row', () => {
  const [, , noGuiding, template, wrongYear] = review.rows;
  assert.match(words(noGuiding), /缺少指导思想/);
  assert.equal(noGuiding.problems[0].level, 'error');
  assert.match(words(template), /模板文字“20xx”，标题里也有/);
  assert.equal(template.year, null);
  assert.match(words(wrongYear), /年度不符：这是2026年的材料，本次收的是2027年的/);
  assert.equal(wrongYear.problems[0].rule, 'review:year');
  // The feedback says the same in plain Chinese.
  assert.ok(noGuiding.feedback.startsWith('第三小学工会：'), noGuiding.feedback);
  assert.match(noGuiding.feedback, /一、缺少指导思想。/);
});

test('unreadable files get rows with Chinese reasons', () => {
  const doc = review.rows[7];
  const broken = review.rows[8];
  for (const r of [doc, broken]) {
    assert.equal(r.readable, false);
    assert.equal(r.plan, undefined);
    assert.match(r.reason, /[\u4e00-\u9fff]/);
    assert.match(r.reason, /请/);
  }
  assert.match(doc.reason, /旧版 Word/);
  assert.match(broken.reason, /Word 文件读取失败/);
  // Any bytes at all give a row; a missing `bytes` is an empty file.
  const odd = api.reviewBatch([{ name: '空.txt', bytes: new Uint8Array() }, { name: 'x.bin' }, { name: '图.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) }]);
  assert.equal(odd.rows.length, 3);
  assert.ok(odd.rows.every((r) => !r.readable && /请/.test(r.reason)), JSON.stringify(odd.rows.map((r) => r.reason)));
  assert.throws(() => api.reviewBatch('nope'), /文件数组/);
});

test('the two identical submissions are linked both ways with the shared sentences', () => {
  const [six, seven] = [review.rows[5], review.rows[6]];
  assert.deepEqual(six.linked, [6]);
  assert.deepEqual(seven.linked, [5]);
  assert.equal(seven.duplicate_of, 5);
  assert.deepEqual(review.duplicates, [[5, 6]]);
  const link = review.links.find((l) => l.a === 5 && l.b === 6);
  assert.ok(link, JSON.stringify(review.links));
  assert.equal(link.identical, true);
  assert.ok(link.sentences.some((s) => s.includes('第六小学工会坚持以职工为中心')), link.sentences.join('\n'));
  assert.match(words(seven), /同一个文件/);
  // 第七小学工会 handed in 第六小学工会's text: the row says so.
  assert.equal(seven.unit, '第七小学工会');
  assert.match(words(seven), /正文写的单位是“第六小学工会”/);
  // Units with their own text are not linked.
  assert.equal(review.links.length, 1);
});

test('expected units that have not submitted are listed', () => {
  assert.deepEqual(review.missing_units, ['第十小学工会']);
  const text = api.reviewBatch(files.slice(0, 1), { expected: '第一小学工会\n第二小学工会' });
  assert.deepEqual(text.missing_units, ['第二小学工会']);
});

test('exportReview writes the 审阅意见汇总表 as HTML, DOCX and JSON', () => {
  const html = new TextDecoder().decode(api.exportReview(review, 'html'));
  assert.match(html, /2027年度审阅意见汇总表/);
  assert.match(html, /A4 landscape/);
  assert.match(html, /缺少指导思想/);
  assert.match(html, /尚未报送1个：第十小学工会/);
  assert.equal((html.match(/<tr>/g) || []).length, files.length + 1);
  const json = JSON.parse(new TextDecoder().decode(api.exportReview(review, 'json')));
  assert.deepEqual(json, review);
  assert.deepEqual(api.exportReview(JSON.stringify(review), 'json'), api.exportReview(review, 'json'));
  assert.equal(api.reviewFileName(review, 'docx'), '2027年度审阅意见汇总表.docx');
  assert.throws(() => api.exportReview(review, 'pdf'), /pdf/);
  assert.throws(() => api.exportReview({ rows: 7 }, 'html'), /审阅记录无法读取/);

  const docx = api.exportReview(review, 'docx');
  assert.ok(docx.length > 2000);
  assert.ok(existsSync(AUDIT), `openxml-audit not found at ${AUDIT}; scripts/test installs it, or set OPENXML_AUDIT`);
  const dir = mkdtempSync(join(tmpdir(), 'up-review-'));
  writeFileSync(join(dir, 'review.docx'), docx);
  const run = spawnSync(AUDIT, ['-f', 'microsoft365', '-o', 'json', '-m', '0', '-r', dir], { encoding: 'utf8', timeout: 300000 });
  assert.ok(run.stdout, `openxml-audit printed nothing: ${run.stderr || run.error}`);
  const [r] = JSON.parse(run.stdout);
  const found = (r.errors || []).map((e) => `${e.part_uri} ${e.path}: ${e.description}`);
  assert.equal(r.error_count, 0, found.join('\n'));
  assert.equal(r.valid, true);
});
