//! Tables in the text formats: a run of `BlockKind::Row` blocks (see
//! `layout::tables`) as an HTML `<table>` (header cells `<th>` in a
//! `<thead>`), a Markdown pipe table, or plain-text rows (one row per line,
//! cells separated by a tab, which OA text boxes keep and the importer reads
//! back). The 任务分解表 attachment (`附件`, its title, its table) follows
//! the signature in md and txt, as on paper.

use super::escape::{one_line, xml};
use crate::core::layout::{Block, BlockKind};
use crate::core::model::Shared;

/// The CSS of tables and the attachment's heading in the HTML export.
pub const HTML_STYLE: &str = "\ntable.doc-table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 12pt; line-height: 1.5; }\n\
.doc-table th, .doc-table td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; text-align: left; }\n\
.doc-table th { font-family: HEITI; font-weight: normal; text-align: center; }\n\
p.annex-label { font-family: HEITI; text-indent: 0; break-before: page; }\n\
h2.annex-title { text-align: center; }\n";

/// True for the blocks of the 任务分解表 attachment.
pub fn is_annex(b: &Block) -> bool {
    matches!(
        b.kind,
        BlockKind::AnnexLabel
            | BlockKind::AnnexTitle
            | BlockKind::Row {
                table: crate::core::layout::Table::Tasks,
                ..
            }
    )
}

/// The rows of the table whose header row is block `i` (every table starts
/// with its header row), or None for the other rows.
fn table_at(blocks: &[Shared<Block>], i: usize) -> Option<&[Shared<Block>]> {
    let BlockKind::Row {
        table,
        header: true,
    } = blocks[i].kind
    else {
        return None;
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
    Some(&blocks[i..i + n])
}

/// HTML for block `i`: `Some(html)` for table and attachment blocks (empty
/// for rows already written with their table's first row), None otherwise.
pub fn html(blocks: &[Shared<Block>], i: usize) -> Option<String> {
    let b = &blocks[i];
    match b.kind {
        BlockKind::AnnexLabel => {
            return Some(format!("<p class=\"annex-label\">{}</p>\n", xml(&b.text)))
        }
        BlockKind::AnnexTitle => {
            return Some(format!("<h2 class=\"annex-title\">{}</h2>\n", xml(&b.text)))
        }
        BlockKind::Row { .. } => {}
        _ => return None,
    }
    let Some(rows) = table_at(blocks, i) else {
        return Some(String::new());
    };
    let mut s = String::from("<table class=\"doc-table\">\n");
    for r in rows {
        let header = matches!(r.kind, BlockKind::Row { header: true, .. });
        let (open, close) = if header {
            ("<thead><tr>", "</tr></thead>\n")
        } else {
            ("<tr>", "</tr>\n")
        };
        s.push_str(open);
        for c in &r.cells {
            let tag = if header { "th" } else { "td" };
            s.push_str(&format!("<{tag}>{}</{tag}>", xml(&one_line(c))));
        }
        s.push_str(close);
    }
    s.push_str("</table>\n");
    Some(s)
}

fn md_cell(c: &str) -> String {
    let mut out = String::new();
    super::md::push_inline(&mut out, one_line(c).trim());
    out
}

/// Markdown for block `i` (as `html`).
pub fn md(blocks: &[Shared<Block>], i: usize) -> Option<String> {
    let b = &blocks[i];
    match b.kind {
        BlockKind::AnnexLabel => return Some(md_cell(&b.text)),
        BlockKind::AnnexTitle => return Some(format!("## {}", md_cell(&b.text))),
        BlockKind::Row { .. } => {}
        _ => return None,
    }
    let Some(rows) = table_at(blocks, i) else {
        return Some(String::new());
    };
    let mut s = String::new();
    for (k, r) in rows.iter().enumerate() {
        let cells: Vec<String> = r.cells.iter().map(|c| md_cell(c)).collect();
        s.push_str(&format!("| {} |", cells.join(" | ")));
        if k == 0 {
            s.push_str(&format!("\n|{}", " --- |".repeat(r.cells.len())));
        }
        if k + 1 < rows.len() {
            s.push('\n');
        }
    }
    Some(s)
}

/// Plain-text lines for block `i` (as `html`): one line per row.
pub fn txt(blocks: &[Shared<Block>], i: usize) -> Option<Vec<String>> {
    let b = &blocks[i];
    match b.kind {
        BlockKind::AnnexLabel | BlockKind::AnnexTitle => return Some(vec![one_line(&b.text)]),
        BlockKind::Row { .. } => {}
        _ => return None,
    }
    let Some(rows) = table_at(blocks, i) else {
        return Some(Vec::new());
    };
    Some(
        rows.iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| one_line(c).trim().to_string())
                    .collect::<Vec<_>>()
                    .join("\t")
            })
            .collect(),
    )
}

/// The attachment's Markdown after the signature: blocks for `md`.
pub fn md_annex(blocks: &[Shared<Block>]) -> String {
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate().filter(|(_, b)| is_annex(b)) {
        if let Some(t) = md(blocks, i).filter(|t| !t.is_empty() && is_annex(b)) {
            out.push('\n');
            out.push_str(&t);
            out.push('\n');
        }
    }
    out
}

/// The attachment's plain-text lines after the signature.
pub fn txt_annex(blocks: &[Shared<Block>]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !is_annex(b) {
            continue;
        }
        if b.kind == BlockKind::AnnexLabel || b.kind == BlockKind::AnnexTitle {
            out.push(String::new());
        }
        out.extend(txt(blocks, i).unwrap_or_default());
    }
    out
}
