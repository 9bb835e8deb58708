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
//! - 版记 (7.4): a one-column table, 4号 (14 pt) 仿宋 one character in on
//!   either side (cell margins), thick rules (1 pt ≈ 0.35 mm) above the
//!   first and below the last line, a thin one (0.75 pt ≈ 0.26 mm) between.
//!   抄送 wraps under the first name after `抄送：`; 印发机关 left and the
//!   印发日期 right (a right tab) on one line. Rows have exact heights
//!   (`record_lines` lines of 28.95 pt) under a spacer paragraph that fills
//!   the rest of the text block, so the last rule lies on the text block's
//!   bottom edge (measured in LibreOffice: 262.0–262.4 mm from the top, the
//!   edge at 262 mm). Floating tables and bottom-aligned frames would say
//!   the same more simply, but LibreOffice 7.4 drops the section of a
//!   floating table and leaves bordered frames at the top; it has no
//!   vertical page alignment (`w:vAlign`) either.
//! - The 版记 is its own last section of type `evenPage`: it starts on the
//!   next even page, so the document ends on an even page (the back of a
//!   sheet) with the 版记 at its foot; when the body ends on an even page,
//!   Word and LibreOffice insert a blank page before it. The section
//!   references an empty footer, so the 版记 page has no page number (GB/T
//!   9704 7.5). LibreOffice draws no footer on the inserted blank page, and
//!   leaves such pages out of a PDF unless told to keep them
//!   (`IsSkipEmptyPages=false`; printing keeps them). Which footer Word
//!   prints on its inserted page was not checked here (no Word at hand);
//!   `docx::docx_paged`, given the body's page count by a paginator, writes
//!   the blank page as a section of its own with the empty footer, which
//!   every reader and every PDF shows the same.
//!
//! Without the body's page count the 版记 never shares the body's last
//! page, even where it would fit.

use super::body::push_run;
use super::footer::{self, Footer};
use super::{CHAR_TWIPS, LINE_PITCH, MARGIN_LEFT, MARGIN_RIGHT, PAGE_W};
use crate::core::export::escape::width;
use crate::core::export::faces::{Faces, LATIN};
use crate::core::export::issuance::issuer_size;
use crate::core::layout::{Block, BlockKind};
use crate::core::model::Shared;

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
pub fn paragraph(out: &mut String, blocks: &[Shared<Block>], i: usize, sect: Option<&str>) {
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
pub fn record(out: &mut String, blocks: &[Shared<Block>]) {
    let rows: Vec<(&Block, u32)> = blocks
        .iter()
        .filter(|b| b.kind.is_record())
        .map(|b| (&**b, record_lines(b)))
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

#[cfg(test)]
mod tests {
    use super::super::{docx, docx_paged, part_names_with};
    use super::*;
    use crate::core::export::testxml::{elements, paragraph_texts, parse};
    use crate::core::export::zip::read_zip;
    use crate::core::model::{Format, Issuance, Kind, PageNumbers, Plan, Section, Signature};

    fn issued(seal: bool, signer: Option<&str>) -> Plan {
        let mut p = Plan::new(Kind::Plan, 2027);
        p.organization = "市总工会".into();
        p.guiding = "全年工作的总体要求。".into();
        p.sections.push(
            Section {
                heading: "加强学习".into(),
                body: "详见附件。".into(),
                ..Default::default()
            }
            .into(),
        );
        p.signature = Signature {
            organization: "市总工会".into(),
            date: Some("2027-01-08".into()),
            ..Default::default()
        };
        p.issuance = Some(Issuance {
            issuer: "市总工会文件".into(),
            number: "市工发[2027]1号".into(),
            signer: signer.map(str::to_string),
            addressee: "各区县总工会".into(),
            attachments: vec!["名单".into(), "日程安排".into()],
            cc: "市委办公室".into(),
            printer: "市总工会办公室".into(),
            print_date: Some("2027-01-10".into()),
            seal,
        });
        p
    }

    fn parts(bytes: &[u8]) -> Vec<(String, String)> {
        read_zip(bytes)
            .unwrap()
            .into_iter()
            .map(|(n, d)| (n, String::from_utf8(d).unwrap()))
            .collect()
    }

    fn part(bytes: &[u8], name: &str) -> String {
        parts(bytes)
            .into_iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .1
    }

    /// The `<w:p>…</w:p>` holding `text`.
    fn paragraph_with<'a>(doc: &'a str, text: &str) -> &'a str {
        let i = doc.find(text).unwrap_or_else(|| panic!("{text} missing"));
        let start = doc[..i].rfind("<w:p>").unwrap();
        let end = i + doc[i..].find("</w:p>").unwrap();
        &doc[start..end]
    }

    #[test]
    fn the_red_issuer_comes_before_the_title_with_the_year_in_brackets_and_a_red_rule() {
        let bytes = docx(&issued(false, None));
        let doc = part(&bytes, "word/document.xml");
        let texts: Vec<String> = paragraph_texts(&parse(&doc).unwrap())
            .into_iter()
            .map(|t| t.replace('\t', ""))
            .collect();
        let at = |t: &str| {
            texts
                .iter()
                .position(|x| x == t)
                .unwrap_or_else(|| panic!("{t} in {texts:#?}"))
        };
        assert_eq!(at("市总工会文件"), 0);
        assert!(at("市工发〔2027〕1号") < at("市总工会2027年工作计划"));
        assert!(at("市总工会2027年工作计划") < at("各区县总工会："));
        assert!(at("各区县总工会：") < at("全年工作的总体要求。"));
        assert!(at("详见附件。") < at("附件：1.名单"));
        assert_eq!(at("附件：1.名单") + 1, at("2.日程安排"));
        assert!(at("2.日程安排") < at("市总工会"));
        assert!(at("2027年1月8日") < at("抄送：市委办公室。"));
        assert_eq!(
            at("抄送：市委办公室。") + 1,
            at("市总工会办公室2027年1月10日印发")
        );
        // Red, in the title face, 35 mm under the text block's top.
        let issuer = paragraph_with(&doc, "市总工会文件");
        assert!(issuer.contains("<w:pStyle w:val=\"Issuer\"/>"));
        assert!(issuer.contains("<w:sz w:val=\"84\"/>"));
        assert!(issuer.contains(&format!("w:before=\"{}\"", ISSUER_TOP - 126)));
        let styles = part(&bytes, "word/styles.xml");
        let style = &styles[styles.find("w:styleId=\"Issuer\"").unwrap()..];
        let style = &style[..style.find("</w:style>").unwrap()];
        assert!(style.contains("<w:color w:val=\"FF0000\"/>") && style.contains("方正小标宋简体"));
        assert!(style.contains("<w:jc w:val=\"center\"/>"));
        // The red rule under the number, two lines above the title.
        let number = paragraph_with(&doc, "市工发〔2027〕1号");
        assert!(number.contains(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"7\" w:color=\"FF0000\"/></w:pBdr>"
        ));
        assert!(number.contains(&format!(
            "w:before=\"{}\" w:after=\"{}\"",
            2 * LINE_PITCH,
            2 * LINE_PITCH
        )));
        assert!(number.contains("<w:jc w:val=\"center\"/>") || !number.contains("<w:jc"));
        // 主送 flush left; 附件说明 one line under the body, hanging.
        let to = paragraph_with(&doc, "各区县总工会：");
        assert!(to.contains("<w:pStyle w:val=\"Addressee\"/>"));
        let first = paragraph_with(&doc, "附件：1.");
        assert!(first.contains(&format!("<w:spacing w:before=\"{LINE_PITCH}\"/>")));
        assert!(first.contains(
            "w:leftChars=\"600\" w:left=\"1920\" w:hangingChars=\"400\" w:hanging=\"1280\""
        ));
        assert!(first.contains("<w:tab w:val=\"left\" w:pos=\"1920\"/>"));
        let second = paragraph_with(&doc, "2.");
        assert!(second.contains("w:hangingChars=\"100\" w:hanging=\"320\""));
        assert!(!second.contains("w:before"));
    }

    #[test]
    fn the_signer_shares_the_number_line_in_kaiti() {
        let bytes = docx(&issued(false, Some("张三")));
        let doc = part(&bytes, "word/document.xml");
        let number = paragraph_with(&doc, "市工发〔2027〕1号");
        assert!(number.contains("<w:tab w:val=\"right\" w:pos=\"8525\"/>"));
        assert!(number
            .contains("w:leftChars=\"100\" w:left=\"320\" w:rightChars=\"100\" w:right=\"320\""));
        assert!(number.contains("<w:r><w:tab/></w:r>"));
        assert!(number.contains("签发人：</w:t>"));
        assert!(number.contains(
            "<w:rStyle w:val=\"SignerName\"/></w:rPr><w:t xml:space=\"preserve\">张三</w:t>"
        ));
        let styles = part(&bytes, "word/styles.xml");
        assert!(styles.contains("w:styleId=\"SignerName\"><w:name w:val=\"签发人姓名\"/><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"楷体_GB2312\""));
    }

    #[test]
    fn the_record_is_an_even_page_section_at_the_foot_without_a_page_number() {
        let plan = issued(true, None);
        let bytes = docx(&plan);
        let doc = part(&bytes, "word/document.xml");
        let evs = parse(&doc).unwrap();
        let sects = elements(&evs, "w:sectPr");
        assert_eq!(sects.len(), 2, "body section and 版记 section");
        let last = &doc[doc.rfind("<w:sectPr>").unwrap()..];
        assert!(last.starts_with(
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId7\"/><w:footerReference w:type=\"even\" r:id=\"rId7\"/><w:type w:val=\"evenPage\"/>"
        ));
        // The body's section keeps the page numbers and ends at the date.
        let date = paragraph_with(&doc, "2027年1月8日");
        assert!(date.contains("<w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>"));
        // Thick rules top and bottom, a thin one between, full width.
        let tbl = &doc[doc.find("<w:tbl>").unwrap()..doc.find("</w:tbl>").unwrap()];
        assert!(tbl.contains("<w:tblW w:w=\"8845\" w:type=\"dxa\"/>"));
        assert!(
            tbl.contains("<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>")
        );
        assert!(tbl
            .contains("<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>"));
        assert!(tbl
            .contains("<w:insideH w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"));
        assert_eq!(
            tbl.matches("<w:trHeight w:val=\"579\" w:hRule=\"exact\"/>")
                .count(),
            2
        );
        // The spacer fills the text block above the two rows.
        let spacer = TEXT_H - 2 * LINE_PITCH - RECORD_SLACK;
        assert!(doc.contains(&format!("<w:p><w:pPr><w:spacing w:line=\"{spacer}\" w:lineRule=\"exact\"/></w:pPr></w:p><w:tbl>")));
        // 4号 one character in: cell margins of 280 twips, date at a right tab.
        assert!(tbl.contains("<w:left w:w=\"280\" w:type=\"dxa\"/>"));
        assert!(tbl.contains("<w:tab w:val=\"right\" w:pos=\"8285\"/>"));
        let styles = part(&bytes, "word/styles.xml");
        let record = &styles[styles.find("w:styleId=\"Record\"").unwrap()..];
        assert!(record[..record.find("</w:style>").unwrap()].contains("<w:sz w:val=\"28\"/>"));
        // An empty footer part, in the package and its relationships.
        let footer3 = part(&bytes, "word/footer3.xml");
        assert!(!footer3.contains("PAGE") && !footer3.contains("<w:t"));
        let names: Vec<String> = parts(&bytes).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, part_names_with(Format::default(), true));
        assert!(part(&bytes, "word/_rels/document.xml.rels").contains("Id=\"rId7\""));
        assert!(part(&bytes, "[Content_Types].xml").contains("/word/footer3.xml"));
    }

    #[test]
    fn page_number_settings_reach_the_record_section() {
        let mut plan = issued(false, None);
        plan.format = Some(Format {
            page_numbers: PageNumbers::None,
            ..Format::default()
        });
        let bytes = docx(&plan);
        let doc = part(&bytes, "word/document.xml");
        assert!(!doc.contains("footerReference"));
        assert!(parts(&bytes).iter().all(|(n, _)| !n.contains("footer")));
        plan.format = Some(Format {
            page_numbers: PageNumbers::Center,
            ..Format::default()
        });
        let doc = part(&docx(&plan), "word/document.xml");
        let last = &doc[doc.rfind("<w:sectPr>").unwrap()..];
        assert!(last
            .starts_with("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId7\"/><w:type"));
    }

    #[test]
    fn seal_or_not_places_the_signature_as_gbt_9704_says() {
        // 市总工会 (4 wide) over 2027年1月8日 (6 wide).
        let unsealed = part(&docx(&issued(false, None)), "word/document.xml");
        let org = paragraph_with(&unsealed, ">市总工会<");
        // Without a seal: one blank line; the date (longer) two characters
        // in, the organisation two characters further left than the date.
        assert!(
            org.contains(&format!("<w:spacing w:before=\"{LINE_PITCH}\"/>")),
            "{org}"
        );
        assert!(org.contains("w:rightChars=\"600\""), "{org}");
        let date = paragraph_with(&unsealed, "2027年1月8日");
        assert!(date.contains("w:rightChars=\"200\""), "{date}");
        let sealed = part(&docx(&issued(true, None)), "word/document.xml");
        let org = paragraph_with(&sealed, ">市总工会<");
        assert!(org.contains(&format!("<w:spacing w:before=\"{}\"/>", 2 * LINE_PITCH)));
        assert!(org.contains("w:rightChars=\"500\""), "{org}");
        let date = paragraph_with(&sealed, "2027年1月8日");
        assert!(date.contains("w:rightChars=\"400\""), "{date}");
    }

    #[test]
    fn a_known_even_body_gets_a_real_blank_page() {
        let plan = issued(false, None);
        let count = |b: &[u8]| part(b, "word/document.xml").matches("<w:sectPr>").count();
        assert_eq!(count(&docx_paged(&plan, Some(2))), 3);
        assert_eq!(count(&docx_paged(&plan, Some(3))), 2);
        assert_eq!(docx_paged(&plan, None), docx(&plan));
        // Not issued: the count changes nothing.
        let mut plain = plan.clone();
        plain.issuance = None;
        assert_eq!(count(&docx_paged(&plain, Some(2))), 1);
    }

    #[test]
    fn without_record_lines_there_is_one_section() {
        let mut plan = issued(false, None);
        let i = plan.issuance.as_mut().unwrap();
        i.cc.clear();
        i.printer.clear();
        i.print_date = None;
        let bytes = docx(&plan);
        let doc = part(&bytes, "word/document.xml");
        assert_eq!(doc.matches("<w:sectPr>").count(), 1);
        assert!(!doc.contains("<w:tbl>"));
        assert_eq!(
            parts(&bytes).len(),
            part_names_with(Format::default(), false).len()
        );
    }

    #[test]
    fn long_record_text_is_capped_to_one_page() {
        let mut plan = issued(false, None);
        let i = plan.issuance.as_mut().unwrap();
        i.cc = "单位".repeat(5_000);
        i.printer = "印".repeat(5_000);
        let doc = part(&docx(&plan), "word/document.xml");
        let heights: u32 = doc
            .match_indices("<w:trHeight w:val=\"")
            .map(|(i, m)| {
                let rest = &doc[i + m.len()..];
                rest[..rest.find('"').unwrap()].parse::<u32>().unwrap()
            })
            .sum();
        assert!(heights <= RECORD_MAX_LINES * LINE_PITCH, "{heights}");
        assert_eq!(heights, RECORD_MAX_LINES * LINE_PITCH);
        let spacer = TEXT_H - heights - RECORD_SLACK;
        assert!(doc.contains(&format!(
            "<w:spacing w:line=\"{spacer}\" w:lineRule=\"exact\"/></w:pPr></w:p><w:tbl>"
        )));
        for (name, text) in parts(&docx(&plan)) {
            parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn record_lines_count_wrapped_lines_conservatively() {
        let block = |kind, label: &str, text: &str, tail: &str| {
            let mut b = Block::new(
                kind,
                label.into(),
                text,
                crate::core::steps::Target::step(crate::core::steps::Step::Signature),
            );
            b.tail = tail.into();
            b
        };
        assert_eq!(
            record_lines(&block(BlockKind::CopyTo, "抄送：", "市委办公室。", "")),
            1
        );
        assert_eq!(
            record_lines(&block(BlockKind::CopyTo, "抄送：", &"字".repeat(25), "")),
            1
        );
        assert_eq!(
            record_lines(&block(BlockKind::CopyTo, "抄送：", &"字".repeat(26), "")),
            2
        );
        assert_eq!(
            record_lines(&block(BlockKind::CopyTo, "抄送：", &"字".repeat(51), "")),
            3
        );
        assert_eq!(
            record_lines(&block(
                BlockKind::Imprint,
                "",
                "市总工会办公室",
                "2027年1月10日印发"
            )),
            1
        );
        assert_eq!(
            record_lines(&block(
                BlockKind::Imprint,
                "",
                &"字".repeat(20),
                "2027年1月10日印发"
            )),
            2
        );
    }
}
