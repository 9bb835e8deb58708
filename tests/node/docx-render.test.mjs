// The DOCX rendered by LibreOffice (as offices without Word see it): a full
// page holds 22 body lines of at most 28 characters, with "— N —" numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApi } from './load.mjs';

const api = await loadApi();
const which = (cmd) => { try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim(); } catch { return ''; } };
const soffice = which('soffice') || which('libreoffice');
if (!soffice || !which('pdftotext')) {
  throw new Error('LibreOffice (soffice) and pdftotext are needed for this test; scripts/test installs libreoffice-writer-nogui and poppler-utils');
}

test('a full page has 22 body lines of at most 28 characters; page numbers are — N —', () => {
  const para = '工会组织要围绕中心、服务大局，把维护职工合法权益和促进单位发展有机统一起来，持续改进作风，切实增强服务实效。';
  const plan = {
    schema: 1, kind: 'plan', organization: '排版测试工会', year: 2026, guiding: Array(14).fill(para).join('\n'),
    sections: [{ heading: '加强学习', body: Array(14).fill(para).join('\n'), items: [] }],
    signature: { organization: '排版测试工会', date: '2026-01-05' },
  };
  const dir = mkdtempSync(join(tmpdir(), 'up-lo-'));
  writeFileSync(join(dir, 'p.docx'), api.exportPlan(plan, 'docx'));
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'p.docx')], { stdio: 'ignore', timeout: 120000 });
  assert.ok(existsSync(join(dir, 'p.pdf')), 'LibreOffice produced a PDF');
  const page2 = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
  const lines = page2.split('\n').map((l) => l.trim()).filter((l) => l && l !== '\f');
  const footer = lines.filter((l) => /^—\s*\d+\s*—$/.test(l));
  const body = lines.filter((l) => !/^—\s*\d+\s*—$/.test(l));
  assert.deepEqual(footer.map((l) => l.replace(/\s/g, '')), ['—2—']);
  assert.equal(body.length, 22, `body lines on a full page:\n${body.join('\n')}`);
  const widest = Math.max(...body.map((l) => [...l.replace(/\s/g, '')].length));
  assert.ok(widest >= 27 && widest <= 28, `characters on the fullest line: ${widest}`);
});
