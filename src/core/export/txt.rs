//! Plain text for pasting into OA systems (办公自动化) and e-mail.
//!
//! - Title lines each on their own line, then a blank line; numbering kept
//!   as printed (`一、` `(一)` `1.` `(1)`).
//! - Body, headings, months and activities start with two full-width
//!   spaces `　　`, the indent OA editors and officers use when there is no
//!   paragraph formatting.
//! - A blank line before each level-1 heading, around a part title and
//!   before the signature; the signature is pushed right with full-width
//!   spaces on a 28-character line, as GB/T 9704 places it.
//! - Half-width `, ; : ? ! ( )` next to Chinese text are already
//!   full-width in the blocks (`core::punct`, applied by `layout` for every
//!   format); numbers like 3.5, times like 10:30 and URLs stay as they are.
//! - CRLF line endings and a UTF-8 byte-order mark: Windows Notepad before
//!   Windows 10 1809 shows LF-only files as one long line, and without the
//!   BOM it may read UTF-8 as GBK and show mojibake; many OA upload tools
//!   still run on those machines. Every other editor accepts both.

use super::escape::{one_line, signature_indents_for, width};
use super::issuance as form;
use crate::core::layout::{self, issuance, Block, BlockKind};
use crate::core::model::{Plan, Shared};

/// Characters a line of the official layout holds.
pub const LINE_CHARS: f32 = 28.0;
/// Two full-width spaces: the first-line indent of every paragraph.
pub const INDENT: &str = "\u{3000}\u{3000}";
const BOM: &str = "\u{feff}";

/// Full-width spaces that push a line right so it ends `right` characters
/// from the right margin of a 28-character line (a half character becomes
/// one ASCII space).
pub fn right_pad(text: &str, right: f32) -> String {
    let pad = (LINE_CHARS - right - width(text)).max(0.0);
    let whole = pad.floor() as usize;
    let mut s = "\u{3000}".repeat(whole);
    if pad - whole as f32 >= 0.5 {
        s.push(' ');
    }
    s
}

/// The signature lines (organisation, date), padded right as in the docx
/// (`sealed`: GB/T 9704 7.3.5.1, else 7.3.5.2).
pub(super) fn signature_lines(blocks: &[Shared<Block>], sealed: bool) -> Vec<(BlockKind, String)> {
    let org = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureOrg)
        .map(|b| one_line(&b.text));
    let date = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureDate)
        .map(|b| one_line(&b.text));
    let (org_right, date_right) = signature_indents_for(sealed, org.as_deref(), date.as_deref());
    let mut out = Vec::new();
    if let Some(o) = org {
        out.push((
            BlockKind::SignatureOrg,
            format!("{}{o}", right_pad(&o, org_right)),
        ));
    }
    if let Some(d) = date {
        out.push((
            BlockKind::SignatureDate,
            format!("{}{d}", right_pad(&d, date_right)),
        ));
    }
    out
}

/// Exports the plan as plain text (UTF-8 with BOM, CRLF).
pub fn plain_text(plan: &Plan) -> String {
    let blocks = layout::blocks(plan);
    let mut lines: Vec<String> = Vec::with_capacity(blocks.len() * 2);
    let blank = |lines: &mut Vec<String>| {
        if lines.last().is_some_and(|l| !l.is_empty()) {
            lines.push(String::new());
        }
    };
    let mut prev: Option<BlockKind> = None;
    for (i, b) in blocks.iter().enumerate() {
        let text = one_line(&b.full_text());
        match b.kind {
            BlockKind::Title => {
                if matches!(prev, Some(BlockKind::Issuer | BlockKind::DocNumber)) {
                    blank(&mut lines);
                }
                lines.push(text)
            }
            BlockKind::SignatureOrg | BlockKind::SignatureDate => {}
            _ if super::tables::is_annex(b) => {}
            BlockKind::Row { .. } => {
                lines.extend(super::tables::txt(&blocks, i).unwrap_or_default())
            }
            kind if kind.is_record() => {}
            kind if form::is_form(kind) => {
                // 附件说明 one line under the body.
                if kind == BlockKind::Attachment && prev != Some(kind) {
                    blank(&mut lines);
                }
                if kind == BlockKind::Addressee {
                    blank(&mut lines);
                }
                lines.push(form::text_line(&blocks, i));
            }
            BlockKind::PartTitle => {
                if prev == Some(BlockKind::PartTitle) && lines.last().is_some_and(String::is_empty)
                {
                    lines.pop();
                } else {
                    blank(&mut lines);
                }
                lines.push(text);
                lines.push(String::new());
            }
            kind => {
                if prev == Some(BlockKind::Title) || kind == BlockKind::Heading(1) {
                    blank(&mut lines);
                }
                lines.push(format!("{INDENT}{text}"));
            }
        }
        prev = Some(b.kind);
    }
    let sig = signature_lines(&blocks, issuance::sealed(plan));
    if !sig.is_empty() {
        blank(&mut lines);
        lines.extend(sig.into_iter().map(|(_, l)| l));
    }
    lines.extend(super::tables::txt_annex(&blocks));
    let record = form::text_record(&blocks);
    if !record.is_empty() {
        blank(&mut lines);
        lines.extend(record);
    }
    let mut out =
        String::with_capacity(BOM.len() + lines.iter().map(|l| l.len() + 2).sum::<usize>());
    out.push_str(BOM);
    for l in &lines {
        out.push_str(l.trim_end_matches(' '));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn half_width_punctuation_next_to_chinese_is_written_full_width() {
        let mut p = testdata::fixture();
        p.guiding = "工作, 学习;生活: 好吗? 好!(含3.5天)时间:10:30,见https://a.cn/b?c=1".into();
        let t = plain_text(&p);
        assert!(t.contains(
            "\r\n\u{3000}\u{3000}工作，学习；生活：好吗？好！（含3.5天）时间：10:30，见https://a.cn/b?c=1\r\n"
        ));
    }

    #[test]
    fn text_uses_crlf_bom_and_full_width_indent() {
        let t = plain_text(&testdata::fixture());
        assert!(t.starts_with("\u{feff}城东实验学校工会2025年工作总结\r\n暨2026年工作计划\r\n\r\n\u{3000}\u{3000}一年来\u{ff0c}校工会"));
        assert!(!t.replace("\r\n", "").contains('\n'), "bare LF");
        assert!(t.ends_with("\r\n"));
        assert!(t.contains("\r\n\u{3000}\u{3000}\u{ff08}一\u{ff09}开展师德教育\r\n"));
        assert!(t.contains("\r\n　　1.集中学习每学期安排两次专题辅导。\r\n"));
        assert!(t.contains("\r\n\u{3000}\u{3000}\u{ff08}1\u{ff09}建立台账按月登记参学人员。\r\n"));
        assert!(t.contains("\r\n　　七、八月\r\n　　1.暑期教职工疗休养\r\n"));
    }

    #[test]
    fn blank_lines_separate_parts_and_precede_the_signature() {
        let t = plain_text(&testdata::fixture());
        let lines: Vec<&str> = t.trim_start_matches('\u{feff}').split("\r\n").collect();
        for (i, l) in lines.iter().enumerate() {
            let l1 = l.trim_start_matches('\u{3000}');
            if ["一、", "二、", "三、", "四、", "五、"]
                .iter()
                .any(|p| l1.starts_with(p))
            {
                assert_eq!(lines[i - 1], "", "no blank line before {l}");
            }
        }
        let part = lines.iter().position(|l| *l == "2026年工作计划").unwrap();
        assert_eq!((lines[part - 1], lines[part + 1]), ("", ""));
        let org = lines
            .iter()
            .position(|l| l.ends_with("城东实验学校工会"))
            .unwrap();
        assert_eq!(lines[org - 1], "");
        // 28-character line: org 8 wide, 3.5 from the right → 16.5 of padding.
        assert_eq!(
            lines[org],
            format!("{} 城东实验学校工会", "\u{3000}".repeat(16))
        );
        assert_eq!(
            lines[org + 1],
            format!("{}2025年12月26日", "\u{3000}".repeat(17))
        );
    }
}
