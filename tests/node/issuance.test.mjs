// Issuing a plan as a 文件 (`issuance`, GB/T 9704-2012) through the headless
// API: the red 发文机关标志 before the title with 〔2027〕 and a red rule, the
// 主送机关, 附件说明 and 版记 (抄送, 印发机关, 2027年1月10日印发) in the DOCX,
// the JSON keeping the object, txt and html carrying the same text, and in
// LibreOffice an even number of pages with the 版记 on the last one (for
// bodies ending on odd and on even pages); hostile text in every field still
// gives a DOCX with 0 openxml-audit violations.
//
// LibreOffice is run with IsSkipEmptyPages=false: its PDF export otherwise
// leaves out the blank page it inserts before the 版记's even-page section
// (printing keeps it), which would make the count odd for bodies ending on
// an even page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { unzip } from './zip.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApi } from './load.mjs';
import { largePlan } from '../fixtures/large-plan.mjs';

const which = (cmd) => { try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim(); } catch { return ''; } };
const soffice = which('soffice') || which('libreoffice');
if (!soffice || !which('pdftotext') || !which('pdfinfo')) {
  throw new Error('LibreOffice (soffice), pdftotext and pdfinfo are needed for this test; scripts/test installs libreoffice-writer-nogui and poppler-utils');
}
const AUDIT = process.env.OPENXML_AUDIT || fileURLToPath(new URL('../../.venv/bin/openxml-audit', import.meta.url));
if (!existsSync(AUDIT)) {
  throw new Error(`openxml-audit not found at ${AUDIT}; scripts/test installs it (python3 -m venv .venv && .venv/bin/pip install openxml-audit), or set OPENXML_AUDIT`);
}

const text = (bytes) => new TextDecoder().decode(bytes);


/** The paragraphs of document.xml: their XML and their text. */
function paragraphs(xml) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[1],
    text: [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

const ISSUANCE = {
  issuer: '市交通运输局机关工会委员会文件', number: '市交工发[2027]1号', signer: null,
  addressee: '局属各单位工会', attachments: ['2027年工会工作要点分解表', '2027年活动安排表'],
  cc: '市总工会，局党委办公室', printer: '市交通运输局机关工会委员会办公室',
  print_date: '2027-01-10', seal: false,
};

const issuedLarge = () => ({ ...largePlan(), issuance: { ...ISSUANCE } });

/** An issued plan whose body is `n` paragraphs of three lines each. */
function issued(n, extra = {}) {
  const para = '机关工会坚持以职工为中心的工作导向，围绕局党委中心工作，认真履行维护、建设、参与、教育职能，团结动员广大干部职工立足岗位建功立业，推动各项工作提质增效。';
  return {
    schema: 1, kind: 'plan', organization: '市交通运输局机关工会委员会', year: 2027,
    guiding: Array(n).fill(para).join('\n'),
    sections: [{ heading: '加强思想政治引领', body: '详见附件。', items: [] }],
    signature: { organization: '市交通运输局机关工会委员会', date: '2027-01-08' },
    issuance: { ...ISSUANCE, ...extra },
  };
}

let api;
before(async () => { api = await loadApi(); });

test('DOCX: the red 发文机关标志 comes before the title, with 〔2027〕 and a red rule', () => {
  const parts = unzip(api.exportPlan(issuedLarge(), 'docx'));
  const doc = parts.get('word/document.xml');
  const paras = paragraphs(doc);
  const issuer = paras.findIndex((p) => p.text === ISSUANCE.issuer);
  const number = paras.findIndex((p) => p.text.includes('市交工发〔2027〕1号'));
  const title = paras.findIndex((p) => p.xml.includes('<w:pStyle w:val="Title"/>'));
  assert.equal(issuer, 0, 'the 发文机关标志 is the first paragraph');
  assert.ok(issuer < number && number < title, `issuer ${issuer}, number ${number}, title ${title}`);
  assert.match(paras[issuer].xml, /<w:pStyle w:val="Issuer"\/>/);
  const styles = parts.get('word/styles.xml');
  const issuerStyle = styles.slice(styles.indexOf('w:styleId="Issuer"'));
  assert.match(issuerStyle.slice(0, issuerStyle.indexOf('</w:style>')), /<w:color w:val="FF0000"\/>/);
  assert.match(paras[number].xml, /<w:pBdr><w:bottom w:val="single" w:sz="\d+" w:space="\d+" w:color="FF0000"\/><\/w:pBdr>/);
  assert.ok(!doc.includes('[2027]'), 'the year is in 〔〕');
});

test('DOCX: 主送, 附件：, 抄送：, the 印发机关 and 2027年1月10日印发 are present, in order', () => {
  const doc = unzip(api.exportPlan(issuedLarge(), 'docx')).get('word/document.xml');
  const all = paragraphs(doc).map((p) => p.text);
  const at = (want) => {
    const i = all.findIndex((t) => t.includes(want));
    assert.ok(i >= 0, `${want} missing`);
    return i;
  };
  assert.equal(all[at('局属各单位工会')], '局属各单位工会：');
  assert.ok(at('局属各单位工会：') < at('附件：1.'));
  assert.ok(at('附件：1.') < at('抄送：'));
  assert.equal(all[at('抄送：')], '抄送：市总工会，局党委办公室。');
  assert.ok(at('抄送：') < at('2027年1月10日印发'));
  assert.ok(all[at('2027年1月10日印发')].startsWith(ISSUANCE.printer));
  // The 版记 is a section of its own that starts on an even page; a body
  // the paginator finds ending on an even page gets a blank page (a
  // section of its own) before it.
  const sections = (doc.match(/<w:sectPr>/g) || []).length;
  assert.ok(sections === 2 || sections === 3, `${sections} sections`);
  assert.match(doc.slice(doc.lastIndexOf('<w:sectPr>')), /<w:type w:val="evenPage"\/>/);
});

test('JSON keeps the issuance object; a missing one stays missing', () => {
  const full = { ...ISSUANCE, signer: '王五', seal: true };
  const back = JSON.parse(text(api.exportPlan({ ...largePlan(), issuance: full }, 'json')));
  assert.deepEqual(back.issuance, full);
  assert.ok(!('issuance' in JSON.parse(text(api.exportPlan(largePlan(), 'json')))));
  // Wrong types read as defaults, never an error.
  const odd = JSON.parse(text(api.exportPlan({ ...largePlan(), issuance: { issuer: 5, attachments: 'x', seal: 'yes' } }, 'json')));
  assert.deepEqual(odd.issuance, { issuer: '', number: '', signer: null, addressee: '', attachments: ['x'], cc: '', printer: '', print_date: null, seal: false });
});

test('txt and html carry the 版头 and 版记 text', () => {
  for (const format of ['txt', 'html', 'md']) {
    const out = text(api.exportPlan(issuedLarge(), format));
    for (const want of [ISSUANCE.issuer, '市交工发〔2027〕1号', '局属各单位工会：', '附件：', '抄送：市总工会，局党委办公室。', ISSUANCE.printer, '2027年1月10日印发']) {
      assert.ok(out.includes(want), `${format}: ${want}`);
    }
  }
  const html = text(api.exportPlan(issuedLarge(), 'html'));
  assert.match(html, /color: #ff0000/);
  assert.match(html, /<header class="doc-head">\n<p class="issuer"[^>]*>市交通运输局机关工会委员会文件<\/p>/);
  assert.match(html, /<footer class="record">/);
});

test('the checklist points at a missing 印发机关 and 印发日期 and a 发文字号 without a year', () => {
  const ids = api.checkPlan(issued(2, { printer: '', print_date: null, number: '市交工发1号' })).map((f) => f.id);
  for (const id of ['issuance:printer', 'issuance:print-date', 'issuance:number:year']) assert.ok(ids.includes(id), id);
  const ok = api.checkPlan(issued(2)).filter((f) => f.id.startsWith('issuance'));
  assert.ok(ok.length >= 5 && ok.every((f) => f.level === 'ok'), JSON.stringify(ok));
});

/** Renders a DOCX in LibreOffice as it prints: page count and page texts. */
function render(dir, name, bytes) {
  writeFileSync(join(dir, `${name}.docx`), bytes);
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to',
    'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}',
    '--outdir', dir, join(dir, `${name}.docx`)], { stdio: 'ignore', timeout: 180000 });
  const pdf = join(dir, `${name}.pdf`);
  assert.ok(existsSync(pdf), `LibreOffice produced ${name}.pdf`);
  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  const page = (n) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
  return { pages, page };
}

test('LibreOffice: an even number of pages, the 版记 at the foot of the last one, no page number there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'up-issued-'));
  const blankBefore = {};
  const variants = {
    large: issuedLarge(),
    p2: issued(2), p7: issued(7), p12: issued(12, { signer: '王五' }), p20: issued(20, { seal: true }),
  };
  for (const [name, plan] of Object.entries(variants)) {
    const { pages, page } = render(dir, name, api.exportPlan(plan, 'docx'));
    assert.equal(pages % 2, 0, `${name}: ${pages} pages`);
    const last = page(pages);
    assert.ok(last.includes('抄送：') && last.includes('印发'), `${name}: 版记 on page ${pages}:\n${last}`);
    assert.ok(!/—\s*\d+\s*—/.test(last), `${name}: no page number on the 版记 page`);
    const before = page(pages - 1);
    assert.ok(!before.includes('抄送：'), `${name}: the 版记 only on the last page`);
    // A page with nothing but a page number would be a numbered blank page.
    const body = before.replace(/—\s*\d+\s*—/g, '').trim();
    blankBefore[name] = body === '';
    if (blankBefore[name]) assert.equal(before.trim(), '', `${name}: the blank page ${pages - 1} has no page number`);
  }
  // Bodies ending on odd pages (no blank page) and on even ones (a blank page).
  const blank = Object.keys(blankBefore).filter((n) => blankBefore[n]);
  assert.ok(blank.length > 0 && blank.length < Object.keys(variants).length, `variants with a blank page before the 版记: ${blank.join(', ') || 'none'}`);
});

const NASTY = (tag) => `<script>alert('${tag}')</script>&amp;]]><![CDATA[x]]><w:p/>"'\u0000\u0001\u0008\u000b\u001f\ufffe\uffff\uD800x\uDC00y😀🇨🇳${tag}`;

test('hostile text in every issuance field: 0 openxml-audit violations, every format exports', () => {
  const long = '长'.repeat(100000);
  const plan = issued(2, {
    issuer: `${NASTY('issuer')}\n${long}`, number: NASTY('number'), signer: NASTY('signer'),
    addressee: NASTY('addressee'), attachments: [NASTY('a1'), '', long, 5, null],
    cc: NASTY('cc') + long, printer: NASTY('printer'), print_date: NASTY('date'), seal: 'yes',
  });
  const dir = mkdtempSync(join(tmpdir(), 'up-issued-valid-'));
  writeFileSync(join(dir, 'hostile-issued.docx'), api.exportPlan(plan, 'docx'));
  writeFileSync(join(dir, 'hostile-issued-large.docx'), api.exportPlan({ ...largePlan(), issuance: plan.issuance }, 'docx'));
  const run = spawnSync(AUDIT, ['-f', 'microsoft365', '-o', 'json', '-m', '0', '-r', dir], { encoding: 'utf8', timeout: 300000 });
  assert.ok(run.stdout, `openxml-audit printed nothing: ${run.stderr || run.error}`);
  const results = JSON.parse(run.stdout);
  assert.equal(results.length, 2);
  for (const r of results) {
    const found = (r.errors || []).map((e) => `${e.part_uri} ${e.path}: ${e.description}`);
    assert.equal(r.error_count, 0, `${r.file}:\n${found.join('\n')}`);
  }
  for (const format of api.exportFormats()) assert.ok(api.exportPlan(plan, format).length > 0, format);
  const html = text(api.exportPlan(plan, 'html'));
  assert.ok(!html.includes('<script>') && !html.includes('<w:p/>'));
  const messages = api.checkPlan(plan).filter((f) => f.id.startsWith('issuance:input')).map((f) => f.message);
  assert.ok(messages.some((m) => m.includes('网页标记')) && messages.some((m) => m.includes('超过')), messages.join('\n'));
});

test('LibreOffice, plain PDF export: the blank page the paginator asks for keeps the count even', async () => {
  // Without IsSkipEmptyPages=false LibreOffice leaves out blank pages it
  // inserts itself; the export writes the blank page before the 版记 when
  // core::paginate says the body ends on an even page, so every reader and
  // every PDF shows it.
  const { renderDocx, needLibreOffice } = await import('./pdf.mjs');
  needLibreOffice();
  const dir = mkdtempSync(join(tmpdir(), 'up-issued-plain-'));
  let blank = 0;
  const variants = { large: issuedLarge(), p2: issued(2), p7: issued(7), p12: issued(12, { signer: '王五' }), p20: issued(20, { seal: true }) };
  for (const [name, plan] of Object.entries(variants)) {
    const { pages, page } = renderDocx(dir, name, api.exportPlan(plan, 'docx'));
    assert.equal(pages % 2, 0, `${name}: ${pages} pages`);
    const last = page(pages);
    assert.ok(last.includes('抄送：') && last.replace(/\s/g, '').includes('2027年1月10日印发'), `${name}: 版记 on page ${pages}:\n${last}`);
    assert.ok(!/—\s*\d+\s*—/.test(last), `${name}: no page number on the 版记 page`);
    const before = page(pages - 1);
    if (before.trim() === '') blank++;
    else assert.match(before, new RegExp(`—\\s*${pages - 1}\\s*—`), `${name}: page ${pages - 1} is the body's last, numbered`);
  }
  assert.ok(blank > 0, 'at least one variant needs the blank page');
});
