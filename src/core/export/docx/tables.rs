//! Tables in `document.xml` (the schedule table and the 任务分解表, see
//! `layout::tables`), written so Word and WPS agree: a `w:tblGrid` and a
//! `w:tcW` on every cell (WPS takes widths from the grid, Word ignores the
//! grid without `tcW`), fixed layout, every cell ending with a paragraph,
//! the header row repeated on each page (`w:tblHeader`) and rows kept whole
//! (`w:cantSplit`). Text in the document's faces at 小四 (仿宋, header in
//! 黑体), off the 22 × 28 grid so rows are only as tall as their text. The
//! seven columns of the 任务分解表 do not fit a portrait line, so the 附件
//! opens a landscape section of its own (same margins and page numbers);
//! under a 版记, which must close the document, it stays portrait on a new
//! page.

use super::body::push_run;
use super::{MARGIN_LEFT, MARGIN_RIGHT, PAGE_H, PAGE_W};
use crate::core::export::faces::Faces;
use crate::core::layout::{Block, BlockKind, Table};
use crate::core::model::Shared;

/// 小四 in half-points.
const CELL_SZ: u32 = 24;

/// Column widths in per-mille of the text block.
fn widths(table: Table) -> &'static [u32] {
    match table {
        Table::Schedule => &[140, 360, 180, 180, 140],
        Table::Tasks => &[60, 300, 130, 130, 90, 130, 160],
    }
}

/// Writes the `附件` line or the attachment title (true), or nothing.
/// `new_section`: the 附件 opens a landscape section, which starts a page.
pub(super) fn annex_paragraph(
    out: &mut String,
    b: &Block,
    faces: &Faces,
    new_section: bool,
) -> bool {
    let brk = if new_section {
        ""
    } else {
        "<w:pageBreakBefore/>"
    };
    let (ppr, rpr) = match b.kind {
        BlockKind::AnnexLabel => (
            format!("{brk}<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"),
            format!("<w:rFonts w:eastAsia=\"{}\"/>", faces.heiti),
        ),
        BlockKind::AnnexTitle => ("<w:pStyle w:val=\"Title\"/>".to_string(), String::new()),
        _ => return false,
    };
    out.push_str("<w:p><w:pPr>");
    out.push_str(&ppr);
    out.push_str("</w:pPr>");
    push_run(out, &rpr, &b.text);
    out.push_str("</w:p>");
    true
}

/// Writes the table whose header row is `blocks[i]` and returns the number
/// of blocks it used; 0 when `blocks[i]` is not a table's header row.
/// Where the landscape section of the 任务分解表 starts (its 附件 line),
/// when `allowed` (no 版记 follows) and the table has rows.
pub(super) fn landscape_from(blocks: &[Shared<Block>], allowed: bool) -> Option<usize> {
    let at = blocks
        .iter()
        .position(|b| b.kind == BlockKind::AnnexLabel)?;
    (allowed && at > 0).then_some(at)
}

/// The body's section properties turned landscape (same margins and footers).
pub(super) fn landscape(portrait: &str) -> String {
    portrait.replace(
        &format!("<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>"),
        &format!("<w:pgSz w:w=\"{PAGE_H}\" w:h=\"{PAGE_W}\" w:orient=\"landscape\"/>"),
    )
}

/// `sect`: the section properties to close with when the table is the last
/// block of `blocks`; `wide`: the table is in the landscape section.
pub(super) fn table(
    out: &mut String,
    blocks: &[Shared<Block>],
    i: usize,
    faces: &Faces,
    sect: Option<&str>,
    wide: bool,
) -> usize {
    let BlockKind::Row {
        table,
        header: true,
    } = blocks[i].kind
    else {
        return 0;
    };
    let n = 1 + blocks[i + 1..]
        .iter()
        .take_while(|b| {
            b.kind
                == BlockKind::Row {
                    table,
                    header: false,
                }
        })
        .count();
    let page_w = if wide { PAGE_H } else { PAGE_W };
    let text_w = page_w - MARGIN_LEFT - MARGIN_RIGHT;
    let w: Vec<u32> = widths(table).iter().map(|p| text_w * p / 1000).collect();
    let total: u32 = w.iter().sum();
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
    };
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>{}{}{}{}{}{}</w:tblBorders>\
         <w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
        border("top"), border("left"), border("bottom"), border("right"), border("insideH"), border("insideV")
    ));
    for c in &w {
        out.push_str(&format!("<w:gridCol w:w=\"{c}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    let size = format!("<w:sz w:val=\"{CELL_SZ}\"/><w:szCs w:val=\"{CELL_SZ}\"/>");
    for (k, r) in blocks[i..i + n].iter().enumerate() {
        let header = k == 0;
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (c, width) in w.iter().enumerate() {
            let text = r.cells.get(c).map(String::as_str).unwrap_or("");
            // Short columns (序号, 时间, names, dates) centred; task text justified.
            let wide = c == 1 || (table == Table::Tasks && c == 6);
            let jc = if header || !wide { "center" } else { "both" };
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
            ));
            let rpr = if header {
                format!("<w:rFonts w:eastAsia=\"{}\"/>{size}", faces.heiti)
            } else {
                size.clone()
            };
            let lines: Vec<&str> = text.split('\n').collect();
            for line in lines {
                out.push_str(&format!(
                    "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/>\
                     <w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"{jc}\"/><w:rPr>{size}</w:rPr></w:pPr>"
                ));
                push_run(out, &rpr, line);
                out.push_str("</w:p>");
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // A table never ends the body: Word wants a paragraph before the section.
    if blocks.get(i + n).is_none() {
        out.push_str(&format!("<w:p><w:pPr>{}</w:pPr></w:p>", sect.unwrap_or("")));
    }
    n
}
