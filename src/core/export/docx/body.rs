//! `word/document.xml`: one paragraph per layout block, with its style,
//! the blank grid lines after the title and before the signature, the
//! signature's right indents, and the section (A4, GB/T margins, the
//! 22 × 28 grid, the footers of `format.page_numbers`). A document issued
//! as a 文件 writes its form's blocks through `issued` and, with a 版记, a
//! second, last section holding it.

use super::footer::{self, Footer};
use super::issued;
use super::tables;
use super::{
    CHAR_SPACE, CHAR_TWIPS, FOOTER_DISTANCE, HEADER_DISTANCE, LINE_PITCH, MARGIN_BOTTOM,
    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_H, PAGE_W, R_NS, W_NS, XML_DECL,
};
use crate::core::export::escape::{self, is_dropped, signature_indents_for};
use crate::core::layout::{issuance, Block, BlockKind};
use crate::core::model::{Plan, Shared};

/// Appends a run; `rpr` is the inner XML of rPr (may be empty). Tabs become
/// `<w:tab/>`, everything else is escaped text.
pub(super) fn push_run(out: &mut String, rpr: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if !rpr.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
    }
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            out.push_str("<w:tab/>");
        }
        if !piece.chars().any(|c| !is_dropped(c)) {
            continue;
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        escape::push_xml(out, piece);
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// Paragraph-level indent for a signature line `chars` characters from the right.
fn right_indent(chars: f32) -> String {
    let hundredths = (chars * 100.0).round().max(0.0) as u32;
    let twips = (chars * CHAR_TWIPS as f32).round().max(0.0) as u32;
    format!("<w:ind w:rightChars=\"{hundredths}\" w:right=\"{twips}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>")
}

/// `blank_page`: a real blank page (a section of its own, no page number)
/// between the body and the 版记, for a body known to end on an even page
/// (see `docx::docx_paged`).
pub fn document_xml(
    plan: &Plan,
    blocks: &[Shared<Block>],
    footers: &[Footer],
    blank_page: bool,
) -> String {
    let text_len: usize = blocks
        .iter()
        .map(|b| b.label.len() + b.text.len() + b.tail.len())
        .sum();
    let mut s = String::with_capacity(4096 + text_len + blocks.len() * 160);
    s.push_str(XML_DECL);
    s.push_str(&format!(
        "<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"
    ));

    let org = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureOrg)
        .map(|b| b.text.as_str());
    let date = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureDate)
        .map(|b| b.text.as_str());
    let (org_right, date_right) = signature_indents_for(issuance::sealed(plan), org, date);
    let sig_lines = issuance::lines_before_signature(plan);
    let first_sig = blocks
        .iter()
        .position(|b| matches!(b.kind, BlockKind::SignatureOrg | BlockKind::SignatureDate));
    let last_title = blocks.iter().rposition(|b| b.kind == BlockKind::Title);
    // With a 版记, the body's section ends at its last paragraph and the
    // 版记 is a section of its own.
    let record = blocks.iter().position(|b| b.kind.is_record());
    let body_end = record.unwrap_or(blocks.len());
    let body_sect = sect_pr(&footer::references(footers), "");
    // The 任务分解表 in a landscape section of its own (no 版记 after it).
    let annex = tables::landscape_from(blocks, record.is_none());
    let last_sect = annex.map_or(body_sect.clone(), |_| tables::landscape(&body_sect));

    let faces = crate::core::export::faces::of(plan.format_settings().fonts);
    let mut skip = 0;
    for (i, b) in blocks[..body_end].iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let ends_portrait = annex == Some(i + 1);
        let sect = ((record.is_some() && i + 1 == body_end) || ends_portrait)
            .then_some(body_sect.as_str());
        // Tables and the 任务分解表's heading (`tables`).
        let limit = annex.filter(|a| i < *a).unwrap_or(body_end);
        let wide = annex.is_some_and(|a| i >= a);
        let rows = tables::table(&mut s, &blocks[..limit], i, faces, sect, wide);
        if rows > 0 {
            skip = rows - 1;
            continue;
        }
        if tables::annex_paragraph(&mut s, b, faces, annex.is_some()) {
            continue;
        }
        if issued::is_issued(b.kind) {
            issued::paragraph(&mut s, blocks, i, sect);
            continue;
        }
        s.push_str("<w:p><w:pPr>");
        let style = match b.kind {
            BlockKind::Title => Some("Title"),
            BlockKind::PartTitle => Some("PartTitle"),
            BlockKind::Heading(1) => Some("Heading1"),
            BlockKind::Heading(2) => Some("Heading2"),
            BlockKind::Heading(3) => Some("Heading3"),
            BlockKind::Heading(_) => Some("Heading4"),
            BlockKind::Month => Some("MonthHeading"),
            BlockKind::Body | BlockKind::Activity => None,
            BlockKind::SignatureOrg | BlockKind::SignatureDate => Some("Signature"),
            _ => None,
        };
        if let Some(st) = style {
            s.push_str(&format!("<w:pStyle w:val=\"{st}\"/>"));
        }
        // One blank line after the title, two before the signature: whole
        // grid lines, so the page keeps its 22 lines.
        if Some(i) == last_title && i + 1 < blocks.len() {
            s.push_str(&format!("<w:spacing w:after=\"{LINE_PITCH}\"/>"));
        }
        // A part title in several lines: its spacing above the first and
        // below the last line only.
        if b.kind == BlockKind::PartTitle {
            let prev = i > 0 && blocks[i - 1].kind == BlockKind::PartTitle;
            let next = blocks
                .get(i + 1)
                .is_some_and(|n| n.kind == BlockKind::PartTitle);
            if prev || next {
                let (before, after) = (
                    if prev { 0 } else { LINE_PITCH },
                    if next { 0 } else { LINE_PITCH },
                );
                s.push_str(&format!(
                    "<w:spacing w:before=\"{before}\" w:after=\"{after}\"/>"
                ));
            }
        }
        if Some(i) == first_sig && i > 0 {
            s.push_str(&format!(
                "<w:spacing w:before=\"{}\"/>",
                sig_lines * LINE_PITCH
            ));
        }
        match b.kind {
            BlockKind::SignatureOrg => s.push_str(&right_indent(org_right)),
            BlockKind::SignatureDate => s.push_str(&right_indent(date_right)),
            _ => {}
        }
        if let Some(sect) = sect {
            s.push_str(sect);
        }
        s.push_str("</w:pPr>");
        let mut head = String::with_capacity(b.label.len() + b.text.len());
        head.push_str(&b.label);
        head.push_str(&b.text);
        push_run(&mut s, "", &head);
        if !b.tail.is_empty() {
            // The body continues in the same paragraph in normal weight.
            push_run(&mut s, "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>", &b.tail);
        }
        s.push_str("</w:p>");
    }
    match record {
        Some(r) => {
            if r == 0 {
                s.push_str(&format!("<w:p><w:pPr>{body_sect}</w:pPr></w:p>"));
            }
            let blank_refs = issued::record_footer_references(footers);
            if blank_page {
                s.push_str(&format!(
                    "<w:p><w:pPr>{}</w:pPr></w:p>",
                    sect_pr(&blank_refs, "")
                ));
            }
            issued::record(&mut s, &blocks[r..]);
            s.push_str(&sect_pr(&blank_refs, issued::RECORD_SECTION_TYPE));
        }
        None => {
            if blocks.is_empty() {
                s.push_str("<w:p/>");
            }
            s.push_str(&last_sect);
        }
    }
    s.push_str("</w:body></w:document>");
    s
}

/// A section's properties: its footer references and section type
/// (`w:type`, empty for a section that starts on the next page), then the
/// page, margins and grid every section shares.
fn sect_pr(references: &str, section_type: &str) -> String {
    format!(
        "<w:sectPr>{references}{section_type}<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" \
         w:header=\"{HEADER_DISTANCE}\" w:footer=\"{FOOTER_DISTANCE}\" w:gutter=\"0\"/>\
         <w:cols w:space=\"425\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"{LINE_PITCH}\" w:charSpace=\"{CHAR_SPACE}\"/>\
         </w:sectPr>"
    )
}
