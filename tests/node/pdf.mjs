// Renders a DOCX in LibreOffice as offices without Word print it and reads
// the PDF back (pdfinfo, pdftotext): shared by the Node and browser tests
// that compare page counts.
import { execFileSync } from 'node:child_process';
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const which = (cmd) => { try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim(); } catch { return ''; } };
export const soffice = which('soffice') || which('libreoffice');

/** Throws in Chinese and English when LibreOffice or poppler is missing. */
export function needLibreOffice() {
  if (!soffice || !which('pdftotext') || !which('pdfinfo')) {
    throw new Error('LibreOffice (soffice), pdftotext and pdfinfo are needed for this test; scripts/test installs libreoffice-writer-nogui and poppler-utils');
  }
}

/**
 * Writes `bytes` as `dir/name.docx`, converts it to PDF (`keepEmpty`: keep
 * the blank pages LibreOffice inserts itself, as printing does) and returns
 * the page count and a reader of one page's text.
 */
export function renderDocx(dir, name, bytes, { keepEmpty = false } = {}) {
  writeFileSync(join(dir, `${name}.docx`), bytes);
  const filter = keepEmpty ? 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}' : 'pdf';
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter,
    '--outdir', dir, join(dir, `${name}.docx`)], { stdio: 'ignore', timeout: 180000 });
  const pdf = join(dir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice produced no ${name}.pdf`);
  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  const page = (n) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
  return { pages, page };
}
