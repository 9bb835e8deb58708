// The JS peer for the DOCX export benchmark: the same document our exporter
// writes (same paragraphs in order with their labels, GB/T 9704 fonts, A4
// margins, 22 × 28 grid, `— PAGE —` footers on odd and even pages), built
// with the npm `docx` package (9.x). Bundled by bench/peers.mjs into a
// browser IIFE exposing `window.DocxPeer`.
//
// Input: paragraphs as read from our HTML export (see bench/page-tasks.mjs):
//   { kind: 'title'|'part'|'h1'|'h2'|'h3'|'h4'|'month'|'body'|'sig', head, tail, right }
// where `head` is label + text, `tail` the normal-weight body after a level-3/4
// heading, `right` the signature's right indent in characters.
import {
  AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
} from 'docx';

const LINE = 579; // exact line pitch (twips): 22 lines a page
const CHAR = 320; // one 16 pt character (twips)
const fonts = (eastAsia) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });

const STYLES = {
  default: {
    document: {
      run: { font: fonts('仿宋_GB2312'), size: 32, characterSpacing: -6 },
      paragraph: {
        spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.EXACT },
        indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED, widowControl: false,
      },
    },
  },
  paragraphStyles: [
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('方正小标宋简体'), size: 44, characterSpacing: 0 },
      paragraph: { keepNext: true, indent: { firstLine: 0 }, alignment: AlignmentType.CENTER } },
    { id: 'PartTitle', name: '部分标题', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('方正小标宋简体'), size: 36, characterSpacing: 0 },
      paragraph: { keepNext: true, spacing: { before: LINE, after: LINE }, indent: { firstLine: 0 }, alignment: AlignmentType.CENTER } },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('黑体'), size: 32 }, paragraph: { keepNext: true, outlineLevel: 0 } },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('楷体_GB2312'), size: 32 }, paragraph: { keepNext: true, outlineLevel: 1 } },
    { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('仿宋_GB2312'), size: 32, bold: true }, paragraph: { outlineLevel: 2 } },
    { id: 'Heading4', name: 'heading 4', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('仿宋_GB2312'), size: 32 }, paragraph: { outlineLevel: 3 } },
    { id: 'MonthHeading', name: '月份标题', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: fonts('楷体_GB2312'), size: 32 }, paragraph: { keepNext: true, outlineLevel: 1 } },
    { id: 'Signature', name: 'Signature', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      paragraph: { keepLines: true, indent: { firstLine: 0 }, alignment: AlignmentType.RIGHT } },
  ],
};

const STYLE_OF = {
  title: 'Title', part: 'PartTitle', h1: 'Heading1', h2: 'Heading2', h3: 'Heading3', h4: 'Heading4',
  month: 'MonthHeading', sig: 'Signature',
};

function footer(even) {
  return new Footer({
    children: [new Paragraph({
      alignment: even ? AlignmentType.LEFT : AlignmentType.RIGHT,
      indent: even ? { left: 280, firstLine: 0 } : { right: 280, firstLine: 0 },
      spacing: { line: 360, lineRule: LineRuleType.EXACT },
      children: [new TextRun({
        children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'],
        font: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体', cs: '宋体' }, size: 28, characterSpacing: 0,
      })],
    })],
  });
}

/** Builds the `docx` Document for the paragraphs (nothing is packed yet). */
export function buildDocument(paras, { title = '', creator = '' } = {}) {
  const lastTitle = paras.map((p) => p.kind).lastIndexOf('title');
  const firstSig = paras.findIndex((p) => p.kind === 'sig');
  const children = paras.map((p, i) => {
    const runs = [new TextRun(p.head)];
    if (p.tail) runs.push(new TextRun({ text: p.tail, bold: false }));
    const opts = { style: STYLE_OF[p.kind], children: runs };
    if (i === lastTitle && i + 1 < paras.length) opts.spacing = { after: LINE };
    if (i === firstSig && i > 0) opts.spacing = { before: 2 * LINE };
    if (p.kind === 'sig') opts.indent = { right: Math.round((p.right || 0) * CHAR), firstLine: 0 };
    return new Paragraph(opts);
  });
  return new Document({
    title, creator, evenAndOddHeaderAndFooters: true, styles: STYLES,
    sections: [{
      properties: {
        page: {
          size: { width: 11906, height: 16838 },
          margin: { top: 2098, right: 1474, bottom: 1984, left: 1587, header: 851, footer: 1417, gutter: 0 },
        },
        grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE, charSpace: -842 },
      },
      footers: { default: footer(false), even: footer(true) },
      children,
    }],
  });
}

/** Builds and packs the document: what an app using `docx` does on "export". */
export function toBlob(paras, meta) {
  return Packer.toBlob(buildDocument(paras, meta));
}

/** As `toBlob`, as bytes (for Node checks). */
export async function toBytes(paras, meta) {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(paras, meta)));
}
