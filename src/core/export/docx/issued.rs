//! The 文件 form in the DOCX (GB/T 9704-2012; the blocks come from
//! `layout::issuance`): 版头, 主送机关, 附件说明 and the 版记 on the last,
//! even page.
//!
//! - 发文机关标志 (7.2.4): red (`FF0000`), centred, 方正小标宋简体, at most
//!   初号 (42 pt) and shrunk to fit one line (down to 2号 22 pt, then
//!   condensed to 50 % width); its top edge 35 mm below the top of the text
//!   block (`ISSUER_TOP`, measured in LibreOffice: the glyphs' top edge sits
//!   at `issuer_lead` below the top of an exact-height line).
//! - 发文字号 (7.2.5) two blank lines under it, centred; with a 签发人
//!   (7.2.6) the number one character in from the left and `签发人：` (仿宋)
//!   with the name (楷体) one character in from the right, on one line (a
//!   right tab). The red rule (7.2.7) is the paragraph's bottom border
//!   (1.5 pt, `RULE_SZ`) about 4 mm under the number's glyphs; the title
//!   follows two blank lines under it (7.3.1).
//! - 主送机关 (7.3.2): flush left, wrapped lines flush left too.
//! - 附件说明 (7.3.4): one blank line under the body, `附件：` two characters
//!   in, the names after it with a hanging indent (a tab stop at the names'
//!   left edge, so `1.` `2.` and wrapped lines align under the first name).
//! - 版记 (7.4): a one-column table anchored to the bottom of the text block
//!   (`w:tblpPr` `tblpYSpec="bottom"`), so its last rule lies on the text
//!   block's bottom edge, 4号 (14 pt) 仿宋 one character in on either side
//!   (cell margins); thick rules (1 pt ≈ 0.35 mm) above the first and below
//!   the last line, a thin one (0.75 pt ≈ 0.26 mm) between them. 抄送 wraps
//!   under the first name after `抄送：`; 印发机关 left and the 印发日期
//!   right (a right tab) on one line.
//! - The 版记 is its own last section of type `evenPage`: it starts on the
//!   next even page, so the document always ends on an even page (the back
//!   of a sheet) with the 版记 at its foot; when the body ends on an even
//!   page, LibreOffice and Word insert a blank page before it. That section
//!   references an empty footer, so the 版记 page prints no page number
//!   (GB/T 9704 7.5). LibreOffice prints no footer on the inserted blank
//!   page either; Word prints the blank page with the previous section's
//!   footer (it counts the page into that section), so Word shows a page
//!   number there.
//!
//! Without a core paginator the writer cannot know where the body ends, so
//! the 版记 never shares the body's last page even where it would fit.

use super::body::push_run;
use super::footer::{self, Footer};
use super::{CHAR_TWIPS, LINE_PITCH, MARGIN_LEFT, MARGIN_RIGHT, PAGE_W};
use crate::core::export::escape::width;
use crate::core::export::faces::{Faces, LATIN};
use crate::core::export::issuance::issuer_size;
use crate::core::layout::{Block, BlockKind};

/// The red of the 版头 (发文机关标志 and rule).
pub const RED: &str = "FF0000";
/// 35 mm in twips: the 发文机关标志's top edge below the text block's top.
pub const ISSUER_TOP: u32 = 1984;
/// Largest 发文机关标志, half-points (初号 42 pt; `issuer_size` fits each
/// line within 初号 … 2号).
pub const ISSUER_MAX_SZ: u32 = 84;
/// Red rule under the 版头, eighths of a point (1.5 pt).
pub const RULE_SZ: u32 = 12;
/// Points between the 发文字号's line box and the red rule.
pub const RULE_SPACE: u32 = 7;
/// 版记 text size, half-points (4号 14 pt), and its one character.
pub const RECORD_SZ: u32 = 28;
pub const RECORD_CHAR: u32 = 280;
/// 版记 rules, eighths of a point: thick 1 pt (0.35 mm), thin 0.75 pt.
pub const THICK: u32 = 8;
pub const THIN: u32 = 6;
/// Width of the text block in twips (the 版心, 156 mm).
pub const TEXT_W: u32 = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

/// The 版记's section starts on the next even page.
pub const RECORD_SECTION_TYPE: &str = "<w:type w:val=\"evenPage\"/>";

/// The 版记 section's footer references: the empty footer for every page
/// type the body uses (a section without a reference would inherit the
/// body's page numbers); none when the body has no page numbers.
pub fn record_footer_references(footers: &[Footer]) -> String {
    footers
        .iter()
        .map(|f| {
            format!(
                "<w:footerReference w:type=\"{}\" r:id=\"{}\"/>",
                f.kind,
                footer::BLANK.rel_id
            )
        })
        .collect()
}

/// True for the blocks this module writes in the body.
pub fn is_issued(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Issuer | BlockKind::DocNumber | BlockKind::Addressee | BlockKind::Attachment
    )
}

/// Exact line height (twips) of a 发文机关标志 line of `sz` half-points.
fn issuer_line(sz: u32) -> u32 {
    sz * 25 / 2
}

/// Where the glyphs' top edge sits below the top of an exact issuer line
/// (twips): measured in LibreOffice (its substitute for 方正小标宋简体 is a
/// Noto CJK face) at 22, 29 and 42 pt, within 0.3 mm of 1.5 × the size in
/// half-points.
fn issuer_lead(sz: u32) -> u32 {
    sz * 3 / 2
}

/// The paragraph styles of the form (appended to styles.xml).
pub fn styles(faces: &Faces) -> String {
    let fonts = |face: &str| {
        format!("<w:rFonts w:ascii=\"{LATIN}\" w:hAnsi=\"{LATIN}\" w:eastAsia=\"{face}\" w:cs=\"{LATIN}\"/>")
    };
    let no_indent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    let para = |id: &str, name: &str, ppr: &str, rpr: &str| {
        format!(
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )
    };
    let mut s = String::with_capacity(2048);
    s.push_str(&para(
        "Issuer",
        "发文机关标志",
        &format!("<w:keepNext/><w:snapToGrid w:val=\"0\"/>{no_indent}<w:jc w:val=\"center\"/>"),
        &format!(
            "{}<w:color w:val=\"{RED}\"/><w:spacing w:val=\"0\"/><w:sz w:val=\"{ISSUER_MAX_SZ}\"/><w:szCs w:val=\"{ISSUER_MAX_SZ}\"/>",
            fonts(faces.title)
        ),
    ));
    s.push_str(&para(
        "DocNumber",
        "发文字号",
        &format!("<w:keepNext/>{no_indent}<w:jc w:val=\"center\"/>"),
        "",
    ));
    s.push_str(&para("Addressee", "主送机关", no_indent, ""));
    s.push_str(&para(
        "Attachment",
        "附件说明",
        &format!("<w:keepLines/>{no_indent}"),
        "",
    ));
    s.push_str(&para(
        "Record",
        "版记",
        &format!("{no_indent}<w:jc w:val=\"left\"/>"),
        &format!(
            "{}<w:spacing w:val=\"0\"/><w:sz w:val=\"{RECORD_SZ}\"/><w:szCs w:val=\"{RECORD_SZ}\"/>",
            fonts(faces.fangsong)
        ),
    ));
    s.push_str(&format!(
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"SignerName\"><w:name w:val=\"签发人姓名\"/>\
         <w:rPr>{}</w:rPr></w:style>",
        fonts(faces.kaiti)
    ));
    s
}

/// Indent attributes in characters (hundredths) and twips.
fn ind(left: f32, hanging: f32, right: f32) -> String {
    let c = |x: f32| (x * 100.0).round() as u32;
    let t = |x: f32| (x * CHAR_TWIPS as f32).round() as u32;
    let mut s = format!("<w:ind w:leftChars=\"{}\" w:left=\"{}\"", c(left), t(left));
    if right > 0.0 {
        s.push_str(&format!(
            " w:rightChars=\"{}\" w:right=\"{}\"",
            c(right),
            t(right)
        ));
    }
    s.push_str(&format!(
        " w:hangingChars=\"{}\" w:hanging=\"{}\"/>",
        c(hanging),
        t(hanging)
    ));
    s
}

/// Writes one block of the form in the body as a paragraph. `sect` is the
/// body section's `w:sectPr` when this paragraph ends the body (the 版记
/// follows in its own section).
pub fn paragraph(out: &mut String, blocks: &[Block], i: usize, sect: Option<&str>) {
    let b = &blocks[i];
    let prev = i.checked_sub(1).map(|p| blocks[p].kind);
    let next = blocks.get(i + 1).map(|n| n.kind);
    let lp = LINE_PITCH;
    let mut ppr = String::with_capacity(256);
    let mut runs = String::with_capacity(b.text.len() + 128);
    match b.kind {
        BlockKind::Issuer => {
            let (sz, scale) = issuer_size(&b.text);
            let line = issuer_line(sz);
            let before = if prev.is_none() {
                ISSUER_TOP.saturating_sub(issuer_lead(sz))
            } else {
                0
            };
            ppr.push_str("<w:pStyle w:val=\"Issuer\"/>");
            // The rule goes under the last issuer line when there is no number.
            let ruled = next != Some(BlockKind::Issuer) && next != Some(BlockKind::DocNumber);
            if ruled {
                ppr.push_str(&red_rule());
            }
            let after = if ruled { 2 * lp } else { 0 };
            ppr.push_str(&format!(
                "<w:spacing w:before=\"{before}\" w:after=\"{after}\" w:line=\"{line}\" w:lineRule=\"exact\"/>"
            ));
            let w = if scale < 100 {
                format!("<w:w w:val=\"{scale}\"/>")
            } else {
                String::new()
            };
            push_run(
                &mut runs,
                &format!("{w}<w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/>"),
                &b.text,
            );
        }
        BlockKind::DocNumber => {
            ppr.push_str("<w:pStyle w:val=\"DocNumber\"/>");
            ppr.push_str(&red_rule());
            let before = if prev == Some(BlockKind::Issuer) {
                2 * lp
            } else {
                0
            };
            if b.tail.is_empty() {
                ppr.push_str(&format!(
                    "<w:spacing w:before=\"{before}\" w:after=\"{}\"/>",
                    2 * lp
                ));
                push_run(&mut runs, "", &b.text);
            } else {
                let one = CHAR_TWIPS;
                ppr.push_str(&format!(
                    "<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs>\
                     <w:spacing w:before=\"{before}\" w:after=\"{}\"/>\
                     <w:ind w:leftChars=\"100\" w:left=\"{one}\" w:rightChars=\"100\" w:right=\"{one}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>\
                     <w:jc w:val=\"left\"/>",
                    TEXT_W - one,
                    2 * lp
                ));
                push_run(&mut runs, "", &b.text);
                push_run(&mut runs, "", "\t");
                let name = b.tail.strip_prefix("签发人：").unwrap_or(&b.tail);
                push_run(&mut runs, "", "签发人：");
                push_run(&mut runs, "<w:rStyle w:val=\"SignerName\"/>", name);
            }
        }
        BlockKind::Addressee => {
            ppr.push_str("<w:pStyle w:val=\"Addressee\"/>");
            push_run(&mut runs, "", &b.text);
        }
        _ => {
            // Attachment.
            let first = prev != Some(BlockKind::Attachment);
            let count = blocks
                .iter()
                .filter(|x| x.kind == BlockKind::Attachment)
                .count();
            let single = b.label == "附件：";
            // `附件：` is three characters after the two of the indent; the
            // numbers take one character (1.5 from 10 on).
            let number = if single {
                0.0
            } else if count >= 10 {
                1.5
            } else {
                1.0
            };
            let left = 5.0 + number;
            let hanging = if first { 3.0 + number } else { number };
            ppr.push_str("<w:pStyle w:val=\"Attachment\"/>");
            if !single {
                ppr.push_str(&format!(
                    "<w:tabs><w:tab w:val=\"left\" w:pos=\"{}\"/></w:tabs>",
                    (left * CHAR_TWIPS as f32).round() as u32
                ));
            }
            if first {
                ppr.push_str(&format!("<w:spacing w:before=\"{lp}\"/>"));
            }
            ppr.push_str(&ind(left, hanging, 0.0));
            let sep = if single { "" } else { "\t" };
            push_run(&mut runs, "", &format!("{}{sep}{}", b.label, b.text));
        }
    }
    out.push_str("<w:p><w:pPr>");
    out.push_str(&ppr);
    if let Some(sect) = sect {
        out.push_str(sect);
    }
    out.push_str("</w:pPr>");
    out.push_str(&runs);
    out.push_str("</w:p>");
}

/// The red rule: the paragraph's bottom border.
fn red_rule() -> String {
    format!(
        "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"{RULE_SZ}\" w:space=\"{RULE_SPACE}\" w:color=\"{RED}\"/></w:pBdr>"
    )
}

/// Height of the text block in twips (225 mm; 22 lines of 579 fill 12738).
const TEXT_H: u32 = super::PAGE_H - super::MARGIN_TOP - super::MARGIN_BOTTOM;
/// Twips left free under the 版记's last rule: border widths, the section's
/// closing paragraph (1 pt) and rounding, so the 版记 can never spill onto a
/// page of its own; its last rule sits within 1 mm of the text block's
/// bottom edge (GB/T 9704 5.1 allows 1 mm).
const RECORD_SLACK: u32 = 110;
/// The most lines the 版记 may take (longer text is cut off at the row's
/// exact height rather than let the 版记 page overflow).
const RECORD_MAX_LINES: u32 = 20;

/// Lines one 版记 row takes at 4号 in the cell (8285 twips: 29 characters
/// of 14 pt; counted conservatively as 28, and 25 after the `抄送：` hang).
pub fn record_lines(b: &Block) -> u32 {
    let w = if b.kind == BlockKind::CopyTo {
        width(&b.full_text())
    } else {
        // Printer, at least one character of gap, date.
        width(&b.text) + width(&b.tail) + if b.tail.is_empty() { 0.0 } else { 1.0 }
    };
    let rest = if b.kind == BlockKind::CopyTo {
        25.0
    } else {
        28.0
    };
    if w <= 28.0 {
        1
    } else {
        let more = ((w - 28.0) / rest).ceil();
        (1.0 + more).min(RECORD_MAX_LINES as f32) as u32
    }
}

/// The 版记 (the record blocks, `CopyTo` and `Imprint`): a spacer paragraph
/// pushes a one-column table of exact-height rows down to the foot of the
/// text block. The section holds nothing else, so the height is known: no
/// floating object (LibreOffice 7.4 drops the section of a floating table
/// and ignores the bottom alignment of bordered frames) and no vertical
/// page alignment (LibreOffice 7.4 has none).
pub fn record(out: &mut String, blocks: &[Block]) {
    let rows: Vec<(&Block, u32)> = blocks
        .iter()
        .filter(|b| b.kind.is_record())
        .map(|b| (b, record_lines(b)))
        .collect();
    if rows.is_empty() {
        return;
    }
    // Cap the whole 版记 (hostile input) so it stays one page.
    let mut budget = RECORD_MAX_LINES;
    let rows: Vec<(&Block, u32)> = rows
        .into_iter()
        .map(|(b, n)| {
            let n = n.min(budget.saturating_sub(1)).max(1);
            budget = budget.saturating_sub(n);
            (b, n)
        })
        .collect();
    let height: u32 = rows.iter().map(|(_, n)| n * LINE_PITCH).sum();
    let spacer = TEXT_H.saturating_sub(height + RECORD_SLACK).max(LINE_PITCH);
    out.push_str(&format!(
        "<w:p><w:pPr><w:spacing w:line=\"{spacer}\" w:lineRule=\"exact\"/></w:pPr></w:p>"
    ));
    let rule = |edge: &str, sz: u32| {
        format!("<w:{edge} w:val=\"single\" w:sz=\"{sz}\" w:space=\"0\" w:color=\"000000\"/>")
    };
    let one = RECORD_CHAR;
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_W}\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/>\
         <w:tblBorders>{}<w:left w:val=\"nil\"/>{}<w:right w:val=\"nil\"/>{}<w:insideV w:val=\"nil\"/></w:tblBorders>\
         <w:tblLayout w:type=\"fixed\"/>\
         <w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"{one}\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"{one}\" w:type=\"dxa\"/></w:tblCellMar>\
         </w:tblPr><w:tblGrid><w:gridCol w:w=\"{TEXT_W}\"/></w:tblGrid>",
        rule("top", THICK),
        rule("bottom", THICK),
        rule("insideH", THIN),
    ));
    // The cell's text width: the 版心 less a character on either side.
    let inner = TEXT_W - 2 * one;
    for (b, lines) in rows {
        out.push_str(&format!(
            "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"{}\" w:hRule=\"exact\"/></w:trPr>\
             <w:tc><w:tcPr><w:tcW w:w=\"{TEXT_W}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Record\"/>",
            lines * LINE_PITCH
        ));
        if b.kind == BlockKind::CopyTo {
            // Wrapped lines align with the first name after `抄送：`.
            let h = 3 * one;
            out.push_str(&format!(
                "<w:ind w:leftChars=\"300\" w:left=\"{h}\" w:hangingChars=\"300\" w:hanging=\"{h}\"/></w:pPr>"
            ));
            push_run(out, "", &format!("{}{}", b.label, b.text));
        } else {
            out.push_str(&format!(
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"{inner}\"/></w:tabs></w:pPr>"
            ));
            push_run(out, "", &b.text);
            if !b.tail.is_empty() {
                push_run(out, "", "\t");
                push_run(out, "", &b.tail);
            }
        }
        out.push_str("</w:p></w:tc></w:tr>");
    }
    out.push_str("</w:tbl>");
    // The section's closing paragraph (a table cannot end the body): 1 pt.
    out.push_str(
        "<w:p><w:pPr><w:spacing w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>",
    );
}
