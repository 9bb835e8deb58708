//! The import review's preview as plain DOM: the recognised document on
//! A4 sheets, in the same markup and classes as the editor's Yew preview
//! (`app::preview`), so it looks the same and prints the same lines. It is
//! drawn once per import, so it needs neither the preview's caches nor its
//! components.

use crate::app::sheet_parts::{class_of, cut, issuer_class, page_number};
use crate::core::layout::{blocks, Block, BlockKind};
use crate::core::model::{Fonts, PageNumbers, Plan, Shared};
use crate::core::paginate::{lines_of, paginate, Page, Piece, Sheet};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::app::dom::{add, el};

/// Chars `from..to` of the block's label, text and tail, each in its span,
/// appended to `line`.
fn parts(doc: &Document, line: &Element, b: &Block, from: usize, to: usize) -> Result<(), JsValue> {
    let nl = b.label.chars().count();
    let nt = nl + b.text.chars().count();
    let label = cut(&b.label, 0, from, to);
    if !label.is_empty() {
        add(doc, &line, "span", "up-doc-label", Some(label))?;
    }
    let text = cut(&b.text, nl, from, to);
    if !text.is_empty() {
        line.append_child(&doc.create_text_node(text))?;
    }
    let tail = cut(&b.tail, nt, from, to);
    if !tail.is_empty() {
        add(doc, &line, "span", "up-doc-tail", Some(tail))?;
    }
    Ok(())
}

/// Chars `from..to` of the block in its printed lines, each a `up-ln` span.
fn lines(
    doc: &Document,
    into: &Element,
    b: &Block,
    starts: &[usize],
    from: usize,
    to: usize,
) -> Result<(), JsValue> {
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(usize::MAX);
        if s >= from && s < to.max(from + 1) {
            let line = el(doc, "span", "up-ln", None)?;
            parts(doc, &line, b, s, e.min(to))?;
            into.append_child(&line)?;
        }
    }
    Ok(())
}

/// One paragraph, or its part on one sheet (see `app::preview::BlockView`).
fn block(doc: &Document, index: usize, b: &Block, pc: &Piece) -> Result<Element, JsValue> {
    let kind = class_of(b.kind);
    let starts = if b.kind.is_record() {
        vec![0]
    } else {
        lines_of(b)
    };
    if pc.from > 0 {
        let p = el(doc, "p", &format!("{kind} up-doc-cont"), None)?;
        p.set_attribute("data-c", &index.to_string())?;
        lines(doc, &p, b, &starts, pc.from, pc.to)?;
        return Ok(p);
    }
    let mut class = kind.to_string();
    if b.kind == BlockKind::SignatureOrg {
        class.push_str(" up-doc-sig-first");
    }
    if b.kind == BlockKind::Issuer {
        class.push(' ');
        class.push_str(&issuer_class(&b.text));
    }
    let p = el(doc, "p", &class, None)?;
    p.set_attribute("data-i", &index.to_string())?;
    lines(doc, &p, b, &starts, 0, pc.to)?;
    let len = b.label.chars().count() + b.text.chars().count() + b.tail.chars().count();
    if pc.to < len {
        let rest = el(doc, "span", "up-doc-rest", None)?;
        lines(doc, &rest, b, &starts, pc.to, len)?;
        p.append_child(&rest)?;
    }
    Ok(p)
}

/// The rows of one table on one sheet, from piece `j` (see `app::table_view`).
fn table(
    doc: &Document,
    blocks: &[Shared<Block>],
    pieces: &[Piece],
    j: usize,
) -> Result<Option<Element>, JsValue> {
    let table_of = |k: usize| match blocks[pieces[k].block].kind {
        BlockKind::Row { table, .. } => Some(table),
        _ => None,
    };
    let Some(t) = table_of(j) else {
        return Ok(None);
    };
    let header = |k: usize| {
        matches!(
            blocks[pieces[k].block].kind,
            BlockKind::Row { header: true, .. }
        )
    };
    if (j > 0 && table_of(j - 1) == Some(t) && !header(j)) || pieces[j].from > 0 {
        return Ok(None);
    }
    let end = (j + 1..pieces.len())
        .find(|&k| table_of(k) != Some(t) || header(k))
        .unwrap_or(pieces.len());
    let tab = el(doc, "table", "up-doc-table", None)?;
    let body = el(doc, "tbody", "", None)?;
    for pc in pieces[j..end].iter().filter(|pc| pc.from == 0) {
        let r = &blocks[pc.block];
        let tag = if matches!(r.kind, BlockKind::Row { header: true, .. }) {
            "th"
        } else {
            "td"
        };
        let tr = el(doc, "tr", "", None)?;
        tr.set_attribute("data-i", &pc.block.to_string())?;
        for c in &r.cells {
            add(doc, &tr, tag, "", Some(c))?;
        }
        body.append_child(&tr)?;
    }
    tab.append_child(&body)?;
    Ok(Some(tab))
}

fn sheet(
    doc: &Document,
    k: usize,
    page: &Page,
    blocks: &[Shared<Block>],
    numbers: bool,
) -> Result<Element, JsValue> {
    let mut class = String::from(if k % 2 == 0 {
        "up-sheet up-sheet-odd"
    } else {
        "up-sheet up-sheet-even"
    });
    match page.sheet {
        Sheet::Body => {}
        Sheet::Blank => class.push_str(" up-sheet-blank"),
        Sheet::Record => class.push_str(" up-sheet-record"),
    }
    let s = el(doc, "div", &class, None)?;
    for (j, pc) in page.pieces.iter().enumerate() {
        let b = &blocks[pc.block];
        let node = match b.kind {
            BlockKind::Row { .. } => table(doc, blocks, &page.pieces, j)?,
            _ => Some(block(doc, pc.block, b, pc)?),
        };
        if let Some(n) = node {
            s.append_child(&n)?;
        }
    }
    if let Some(n) = page.number.filter(|_| numbers) {
        add(doc, &s, "div", "up-page-no", Some(&page_number(n)))?;
    }
    Ok(s)
}

/// The document on its sheets, as the editor's preview draws it.
pub fn preview(doc: &Document, plan: &Plan) -> Result<Element, JsValue> {
    let bs = blocks(plan);
    let pages = paginate(plan, &bs);
    let format = plan.format_settings();
    let mut class = String::from("up-page");
    if format.fonts == Fonts::Standard {
        class.push_str(" up-fonts-standard");
    }
    class.push_str(match format.page_numbers {
        PageNumbers::Outside => " up-nums-outside",
        PageNumbers::Center => " up-nums-center",
        PageNumbers::None => " up-nums-none",
    });
    if !crate::core::layout::issuance::sealed(plan) {
        class.push_str(" up-unsealed");
    }
    let section = el(doc, "section", "up-preview", None)?;
    section.set_attribute("aria-label", "识别结果预览")?;
    let page = el(doc, "div", &class, None)?;
    page.set_attribute("data-pages", &pages.len().to_string())?;
    let numbers = format.page_numbers != PageNumbers::None;
    for (k, p) in pages.iter().enumerate() {
        let n = sheet(doc, k, p, &bs, numbers)?;
        page.append_child(&n)?;
    }
    section.append_child(&page)?;
    Ok(section)
}
