// Every DOCX we write passes the OOXML validator openxml-audit with Word's
// rules (-f microsoft365): the large plan, an empty plan, hostile text in
// every field, each format setting, and a plan issued as a 文件 (hostile
// 文件 fields: issuance.test.mjs). Also checks what the format settings
// promise inside the package: no *_GB2312 face with standard fonts, one
// centred footer with `center`, no footer with `none`.
//
// The validator is the one scripts/test installs into .venv at the repo
// root; OPENXML_AUDIT names another binary.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { unzip } from './zip.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApi } from './load.mjs';
import { largePlan } from '../fixtures/large-plan.mjs';

const AUDIT = process.env.OPENXML_AUDIT || fileURLToPath(new URL('../../.venv/bin/openxml-audit', import.meta.url));
if (!existsSync(AUDIT)) {
  throw new Error(`openxml-audit not found at ${AUDIT}; scripts/test installs it (python3 -m venv .venv && .venv/bin/pip install openxml-audit), or set OPENXML_AUDIT`);
}


const NASTY = (tag) => `<script>alert('${tag}')</script>&amp;]]><![CDATA[x]]><w:p/>"'\u0000\u0001\u0008\u000b\u001f\ufffe\uffff\uD800x\uDC00y😀🇨🇳${tag}`;

/** Hostile text in every field, a 100,000-character paragraph, hostile settings. */
function hostilePlan() {
  const part = (year) => ({
    kind: 'plan', title: NASTY('title'), organization: NASTY('org'), org_type: NASTY('type'), year,
    period: { start_month: 99 },
    guiding: `${NASTY('guiding')}\n${'长'.repeat(100000)}\n\n\t${NASTY('g2')}`, goals: NASTY('goals'),
    sections: [{ heading: NASTY('h1'), body: NASTY('body'), items: [{ heading: NASTY('h2'), text: NASTY('t2'),
      items: [{ heading: NASTY('h3'), text: NASTY('t3'), items: [{ heading: NASTY('h4'), text: NASTY('t4'),
        items: [{ heading: NASTY('h5'), text: NASTY('t5'), items: [] }] }] }] }] }],
    measures: NASTY('measures'),
    schedule: [{ months: [7, 8, 13], activities: [NASTY('a1'), '', NASTY('a2')] }, { months: [], activities: [NASTY('a3')] }],
    problems: NASTY('problems'),
    signature: { organization: NASTY('sig'), date: NASTY('date'), date_style: 'chinese' },
  });
  return { ...part(2147483647), schema: 1, kind: 'summary_and_plan', next: part(-1), format: { fonts: NASTY('fonts'), page_numbers: NASTY('pn') } };
}

const VARIANTS = {
  large: () => largePlan(),
  empty: () => ({ schema: 1, kind: 'plan' }),
  hostile: hostilePlan,
  'standard-center': () => ({ ...largePlan(), format: { fonts: 'standard', page_numbers: 'center' } }),
  none: () => ({ ...largePlan(), format: { page_numbers: 'none' } }),
  issued: () => ({
    ...largePlan(), format: { fonts: 'standard', page_numbers: 'center' },
    issuance: {
      issuer: '市交通运输局机关工会委员会文件', number: '市交工发[2027]1号', signer: '王五', addressee: '局属各单位工会',
      attachments: ['分解表', '安排表'], cc: '市总工会', printer: '市交通运输局机关工会委员会办公室', print_date: '2027-01-10', seal: true,
    },
  }),
};

let api;
const files = {};
const report = {};
before(async () => {
  api = await loadApi();
  const dir = mkdtempSync(join(tmpdir(), 'up-docx-valid-'));
  for (const [name, plan] of Object.entries(VARIANTS)) {
    files[name] = api.exportPlan(plan(), 'docx');
    writeFileSync(join(dir, `${name}.docx`), files[name]);
  }
  // One validator run over the folder (exit status 1 when a file fails).
  const run = spawnSync(AUDIT, ['-f', 'microsoft365', '-o', 'json', '-m', '0', '-r', dir], { encoding: 'utf8', timeout: 300000 });
  assert.ok(run.stdout, `openxml-audit printed nothing: ${run.stderr || run.error}`);
  for (const r of JSON.parse(run.stdout)) report[r.file.split(/[\\/]/).pop().replace(/\.docx$/, '')] = r;
});

for (const name of Object.keys(VARIANTS)) {
  test(`openxml-audit -f microsoft365 finds 0 violations: ${name}`, () => {
    const r = report[name];
    assert.ok(r, `no validator result for ${name}`);
    const found = (r.errors || []).map((e) => `${e.part_uri} ${e.path}: ${e.description}`);
    assert.equal(r.error_count, 0, `${name}:\n${found.join('\n')}`);
    assert.equal(r.valid, true);
  });
}

test('every DOCX has a theme whose fonts are the document\'s own', () => {
  for (const [name, fonts] of [['large', '仿宋_GB2312'], ['standard-center', '仿宋']]) {
    const parts = unzip(files[name]);
    assert.match(parts.get('word/_rels/document.xml.rels'), /relationships\/theme" Target="theme\/theme1\.xml"/);
    const theme = parts.get('word/theme/theme1.xml');
    assert.ok(theme.includes(`<a:minorFont><a:latin typeface="Times New Roman"/><a:ea typeface="${fonts}"/>`), `${name} minor font`);
    assert.ok(theme.includes('<a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface="黑体"/>'), `${name} major font`);
    assert.match(parts.get('word/settings.xml'), /w:name="compatibilityMode" w:uri="http:\/\/schemas\.microsoft\.com\/office\/word" w:val="15"/);
  }
});

test('standard fonts leave no _GB2312 name in any part', () => {
  const parts = unzip(files['standard-center']);
  for (const [name, text] of parts) assert.ok(!text.includes('_GB2312'), `${name} names a _GB2312 font`);
  assert.match(parts.get('word/styles.xml'), /w:eastAsia="仿宋"/);
  assert.match(parts.get('word/styles.xml'), /w:eastAsia="楷体"/);
  const html = new TextDecoder().decode(api.exportPlan({ ...largePlan(), format: { fonts: 'standard' } }, 'html'));
  assert.ok(!html.includes('_GB2312'), 'HTML CSS names no _GB2312 font');
  // The default still uses the GB fonts.
  assert.match(unzip(files.large).get('word/styles.xml'), /w:eastAsia="仿宋_GB2312"/);
});

test('center: one centred footer on every page with a PAGE field and a cached number', () => {
  const parts = unzip(files['standard-center']);
  const doc = parts.get('word/document.xml');
  assert.deepEqual([...doc.matchAll(/<w:footerReference w:type="(\w+)"/g)].map((m) => m[1]), ['default']);
  const footer = parts.get('word/footer1.xml');
  assert.match(footer, /<w:jc w:val="center"\/>/);
  assert.match(footer, /<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t>1<\/w:t>/);
  assert.ok(!parts.has('word/footer2.xml'));
  assert.ok(!parts.get('word/settings.xml').includes('evenAndOddHeaders'));
  // The default is odd right / even left.
  const dflt = unzip(files.large);
  assert.deepEqual([...dflt.get('word/document.xml').matchAll(/<w:footerReference w:type="(\w+)"/g)].map((m) => m[1]), ['default', 'even']);
  assert.match(dflt.get('word/footer1.xml'), /<w:jc w:val="right"\/>/);
  assert.match(dflt.get('word/footer2.xml'), /<w:jc w:val="left"\/>/);
});

test('none: no footer reference and no footer part', () => {
  const parts = unzip(files.none);
  assert.ok(!parts.get('word/document.xml').includes('footerReference'));
  assert.deepEqual([...parts.keys()].filter((n) => n.includes('footer')), []);
  assert.ok(!parts.get('[Content_Types].xml').includes('footer'));
  assert.ok(!parts.get('word/_rels/document.xml.rels').includes('footer'));
});

test('format round-trips through the JSON export; absent stays absent', () => {
  const text = (b) => new TextDecoder().decode(b);
  const withFormat = { ...largePlan(), format: { fonts: 'standard', page_numbers: 'center' } };
  assert.deepEqual(JSON.parse(text(api.exportPlan(withFormat, 'json'))).format, withFormat.format);
  assert.ok(!('format' in JSON.parse(text(api.exportPlan(largePlan(), 'json')))));
  const odd = JSON.parse(text(api.exportPlan({ ...largePlan(), format: { fonts: 'comic', page_numbers: 7 } }, 'json')));
  assert.deepEqual(odd.format, { fonts: 'gb2312', page_numbers: 'outside' });
});
