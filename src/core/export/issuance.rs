//! The 文件 form (`layout::issuance` blocks) in the HTML, Markdown and
//! plain-text exports: the same lines as the DOCX, each in its format's own
//! means.
//!
//! - HTML: the 版头 in a `<header class="doc-head">` (red 发文机关标志 in the
//!   title face, the 发文字号 over a red rule drawn in CSS), the 主送 line
//!   flush left, the 附件说明 with a hanging indent, and the 版记 in a
//!   `<footer class="record">` with the thick and thin rules in CSS.
//! - Plain text (28-character lines, full-width spaces): the 版头 lines flush
//!   left (with a 签发人, the number one character in and the signer pushed
//!   to one character from the right), the 主送 flush left, `附件：1.…` two
//!   characters in with `2.…` under `1.`, and the 版记 lines one character in,
//!   the 印发日期 pushed right, after a blank line.
//! - Markdown: the same text lines; `---` stands for the red rule and
//!   brackets the 版记.

use super::escape::{one_line, push_xml, width, xml};
use super::txt::{right_pad, INDENT};
use crate::core::layout::{Block, BlockKind};
use crate::core::model::Shared;

/// Size (half-points) and horizontal scale (percent) of a 发文机关标志
/// line: as large as fits the 156 mm line within 初号 42 pt … 2号 22 pt,
/// then condensed down to 50 % (a longer line wraps).
pub fn issuer_size(text: &str) -> (u32, u32) {
    const MAX: u32 = 84;
    const MIN: u32 = 44;
    // 440 pt of the 442.25 pt line, in half-points per character.
    let w = width(text).max(1.0);
    let fit = (880.0 / w).floor() as u32;
    let sz = fit.clamp(MIN, MAX);
    let scale = if fit < MIN {
        ((100.0 * 880.0 / (w * MIN as f32)).floor() as u32).max(50)
    } else {
        100
    };
    (sz, scale)
}

/// True for the blocks of the 版头, 主送 and 附件说明 (the 版记's are
/// `BlockKind::is_record`).
pub fn is_form(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Issuer | BlockKind::DocNumber | BlockKind::Addressee | BlockKind::Attachment
    )
}

/// Width, in characters, of the number column of the 附件说明 (`1.`,
/// `10.`), 0 for a single attachment.
fn number_width(blocks: &[Shared<Block>]) -> f32 {
    let n = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Attachment)
        .count();
    match n {
        0 | 1 => 0.0,
        2..=9 => 1.0,
        _ => 1.5,
    }
}

// ---------------------------------------------------------------------------
// HTML

/// The stylesheet of the form (fonts substituted like the rest of STYLE).
pub const HTML_STYLE: &str = r#".doc-head { margin-bottom: 57.9pt; }
.page .doc-head p { text-indent: 0; text-align: center; }
.page p.issuer { font-family: TITLE; color: #ff0000; line-height: 1.25; }
.page p.issuer:first-child { margin-top: 35mm; }
.page p.doc-number { margin-top: 57.9pt; padding-bottom: 4mm; border-bottom: 1.5pt solid #ff0000; }
.page p.issuer + p.doc-number, .page .doc-head p:first-child.doc-number { margin-top: 57.9pt; }
.page p.doc-number.signed { display: flex; justify-content: space-between; padding-left: 1em; padding-right: 1em; }
.page .signer-name { font-family: KAITI; }
.page p.addressee { text-indent: 0; }
.page p.attachment { text-align: left; }
.page p.attachment.first { margin-top: 28.95pt; }
.record { margin-top: 57.9pt; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; break-inside: avoid; }
.page .record p { font-size: 14pt; text-indent: 0; padding: 0 1em; }
.page .record p.cc { border-bottom: 0.25mm solid #000; padding-left: 4em; text-indent: -3em; }
.page .record p.imprint { display: flex; justify-content: space-between; }
"#;

/// One block of the 版头, 主送 or 附件说明 as an HTML line (`head` of
/// `html::html`, text escaped).
pub fn html_line(blocks: &[Shared<Block>], i: usize) -> String {
    let b = &blocks[i];
    let text = xml(&one_line(&b.text));
    match b.kind {
        BlockKind::Issuer => {
            let (sz, scale) = issuer_size(&b.text);
            let stretch = if scale < 100 {
                format!("; font-stretch: {scale}%")
            } else {
                String::new()
            };
            format!(
                "<p class=\"issuer\" style=\"font-size: {}pt{stretch}\">{text}</p>",
                sz as f32 / 2.0
            )
        }
        BlockKind::DocNumber if b.tail.is_empty() => {
            format!("<p class=\"doc-number\">{text}</p>")
        }
        BlockKind::DocNumber => {
            let name = b.tail.strip_prefix("签发人：").unwrap_or(&b.tail);
            format!(
                "<p class=\"doc-number signed\"><span>{text}</span><span>签发人：<span class=\"signer-name\">{}</span></span></p>",
                xml(&one_line(name))
            )
        }
        BlockKind::Addressee => format!("<p class=\"addressee\">{text}</p>"),
        _ => {
            let first = i == 0 || blocks[i - 1].kind != BlockKind::Attachment;
            let num = number_width(blocks);
            let hanging = if first { 3.0 + num } else { num };
            let class = if first {
                "attachment first"
            } else {
                "attachment"
            };
            let label = b.label.strip_prefix("附件：").unwrap_or(&b.label);
            let lead = if first { "附件：" } else { "" };
            let number = if label.is_empty() {
                String::new()
            } else {
                format!(
                    "<span style=\"display: inline-block; width: {num}em; text-indent: 0\">{}</span>",
                    xml(label)
                )
            };
            format!(
                "<p class=\"{class}\" style=\"padding-left: {}em; text-indent: -{hanging}em\">{lead}{number}{text}</p>",
                5.0 + num
            )
        }
    }
}

/// The 版记 as an HTML `<footer>` (empty when there is none).
pub fn html_record(blocks: &[Shared<Block>]) -> String {
    let mut s = String::new();
    for b in blocks.iter().filter(|b| b.kind.is_record()) {
        if s.is_empty() {
            s.push_str("<footer class=\"record\">\n");
        }
        if b.kind == BlockKind::CopyTo {
            s.push_str("<p class=\"cc\">");
            push_xml(&mut s, &one_line(&b.full_text()));
            s.push_str("</p>\n");
        } else {
            s.push_str("<p class=\"imprint\"><span>");
            push_xml(&mut s, &one_line(&b.text));
            s.push_str("</span><span>");
            push_xml(&mut s, &one_line(&b.tail));
            s.push_str("</span></p>\n");
        }
    }
    if !s.is_empty() {
        s.push_str("</footer>\n");
    }
    s
}

// ---------------------------------------------------------------------------
// Plain text (and Markdown, which prints the same lines)

/// `left` and `right` on one 28-character line, `inset` characters in from
/// either side, with full-width spaces between (at least one).
fn spread(left: &str, right: &str, inset: f32) -> String {
    let inset_pad = "\u{3000}".repeat(inset as usize);
    if right.is_empty() {
        return format!("{inset_pad}{left}");
    }
    let pad = right_pad(&format!("{inset_pad}{left}{right}"), inset);
    let pad = if pad.is_empty() {
        "\u{3000}".to_string()
    } else {
        pad
    };
    format!("{inset_pad}{left}{pad}{right}")
}

/// The text line of one block of the 版头, 主送 or 附件说明 (no line
/// breaks; `text` has passed `one_line`).
pub fn text_line(blocks: &[Shared<Block>], i: usize) -> String {
    let b = &blocks[i];
    let text = one_line(&b.text);
    match b.kind {
        BlockKind::DocNumber if !b.tail.is_empty() => spread(&text, &one_line(&b.tail), 1.0),
        BlockKind::Attachment => {
            let first = i == 0 || blocks[i - 1].kind != BlockKind::Attachment;
            let lead = if first {
                INDENT.to_string()
            } else {
                // Under the `1.` after `附件：`.
                "\u{3000}".repeat(5)
            };
            format!("{lead}{}{text}", one_line(&b.label))
        }
        _ => text,
    }
}

/// The 版记 lines: `　抄送：…。` and `　印发机关……2027年1月10日印发　`.
pub fn text_record(blocks: &[Shared<Block>]) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| b.kind.is_record())
        .map(|b| match b.kind {
            BlockKind::CopyTo => format!("\u{3000}{}", one_line(&b.full_text())),
            _ => spread(&one_line(&b.text), &one_line(&b.tail), 1.0),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::export::txt::LINE_CHARS;
    use crate::core::layout::blocks;
    use crate::core::model::{Issuance, Kind, Plan};

    fn plan(attachments: &[&str], signer: Option<&str>) -> Plan {
        let mut p = Plan::new(Kind::Plan, 2027);
        p.organization = "市总工会".into();
        p.guiding = "正文。".into();
        p.issuance = Some(Issuance {
            issuer: "市总工会文件".into(),
            number: "市工发(2027)1号".into(),
            signer: signer.map(str::to_string),
            addressee: "各区县总工会".into(),
            attachments: attachments.iter().map(|a| a.to_string()).collect(),
            cc: "市委办公室".into(),
            printer: "市总工会办公室".into(),
            print_date: Some("2027-01-10".into()),
            seal: false,
        });
        p
    }

    #[test]
    fn issuer_is_as_large_as_one_line_allows() {
        assert_eq!(issuer_size("市总工会文件"), (84, 100));
        // 15 characters: 880 / 15 = 58 half-points (29 pt).
        assert_eq!(issuer_size("市交通运输局机关工会委员会文件"), (58, 100));
        // 25 characters: 2号 and condensed to 80 %.
        assert_eq!(issuer_size(&"字".repeat(25)), (44, 80));
        assert_eq!(issuer_size(&"字".repeat(1000)), (44, 50));
        assert_eq!(issuer_size(""), (84, 100));
    }

    #[test]
    fn text_lines_place_the_number_signer_attachments_and_record() {
        let p = plan(&["名单", "日程"], Some("张三"));
        let bs = blocks(&p);
        let i = bs
            .iter()
            .position(|b| b.kind == BlockKind::DocNumber)
            .unwrap();
        let line = text_line(&bs, i);
        assert!(
            line.starts_with("\u{3000}市工发〔2027〕1号\u{3000}"),
            "{line}"
        );
        assert!(line.ends_with("签发人：张三"), "{line}");
        // 1 + 8 (number) + pad + 6 (signer) + 1 = 28 characters wide.
        assert_eq!(width(&line), LINE_CHARS - 1.0);
        let att: Vec<String> = bs
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Attachment)
            .map(|(i, _)| text_line(&bs, i))
            .collect();
        assert_eq!(
            att,
            vec![
                "\u{3000}\u{3000}附件：1.名单",
                "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2.日程"
            ]
        );
        let rec = text_record(&bs);
        assert_eq!(rec[0], "\u{3000}抄送：市委办公室。");
        assert!(rec[1].starts_with("\u{3000}市总工会办公室\u{3000}"));
        assert!(rec[1].ends_with("2027年1月10日印发"));
        assert_eq!(width(&rec[1]), LINE_CHARS - 1.0);
    }

    #[test]
    fn html_lines_escape_and_colour_the_head() {
        let mut p = plan(&["<b>名单</b>"], None);
        p.issuance.as_mut().unwrap().issuer = "<script>文件".into();
        let bs = blocks(&p);
        let all: String = (0..bs.len())
            .filter(|i| is_form(bs[*i].kind))
            .map(|i| html_line(&bs, i))
            .collect();
        assert!(
            all.contains("<p class=\"issuer\" style=\"font-size: 42pt\">&lt;script&gt;文件</p>")
        );
        assert!(all.contains("<p class=\"doc-number\">市工发〔2027〕1号</p>"));
        assert!(all.contains("附件：&lt;b&gt;名单&lt;/b&gt;</p>"));
        assert!(!all.contains("<b>") && !all.contains("<script"));
        let rec = html_record(&bs);
        assert!(
            rec.starts_with("<footer class=\"record\">\n<p class=\"cc\">抄送：市委办公室。</p>")
        );
        assert!(rec.contains("<span>2027年1月10日印发</span>"));
        assert!(HTML_STYLE.contains("color: #ff0000"));
    }

    #[test]
    fn every_text_export_carries_the_head_addressee_attachments_and_record() {
        let p = plan(&["名单", "日程"], Some("张三"));
        for format in ["html", "md", "txt"] {
            let text = String::from_utf8(crate::core::export::export(&p, format).unwrap()).unwrap();
            // (The HTML's <title> comes before the page.)
            let text = match text.find("<main") {
                Some(i) => text[i..].to_string(),
                None => text,
            };
            for want in [
                "市总工会文件",
                "市工发〔2027〕1号",
                "签发人：",
                "张三",
                "各区县总工会：",
                "附件：1.名单",
                "2.日程",
                "抄送：市委办公室。",
                "市总工会办公室",
                "2027年1月10日印发",
            ] {
                let found = text.contains(want)
                    || (format == "html"
                        && text.contains(&want.replace("附件：1.", "附件：<span style=\"display: inline-block; width: 1em; text-indent: 0\">1.</span>")))
                    || (format == "html"
                        && text.contains(&want.replace("2.", "<span style=\"display: inline-block; width: 1em; text-indent: 0\">2.</span>")));
                assert!(found, "{format}: {want} missing in\n{text}");
            }
            // Reading order: 版头, title, 主送, body, 附件, signature, 版记.
            let pos = |t: &str| text.find(t).unwrap_or_else(|| panic!("{format}: {t}"));
            assert!(pos("市总工会文件") < pos("2027年工作计划"));
            assert!(pos("2027年工作计划") < pos("各区县总工会："));
            assert!(pos("正文。") < pos("名单"));
            assert!(pos("名单") < pos("抄送："));
            assert!(pos("抄送：") < pos("2027年1月10日印发"));
        }
        let json = String::from_utf8(crate::core::export::export(&p, "json").unwrap()).unwrap();
        assert_eq!(Plan::from_json(&json).unwrap(), p);
        assert!(json.contains("\"issuance\""));
    }

    #[test]
    fn html_draws_the_red_head_and_the_record_rules() {
        let p = plan(&["名单"], None);
        let h = crate::core::export::html::html(&p);
        assert!(h.contains("<header class=\"doc-head\">\n<p class=\"issuer\" style=\"font-size: 42pt\">市总工会文件</p>\n<p class=\"doc-number\">市工发〔2027〕1号</p>\n</header>\n<header class=\"doc-title\">"));
        assert!(h.contains(".page p.issuer { font-family: \"方正小标宋简体\""));
        assert!(h.contains("color: #ff0000"));
        assert!(h.contains("border-bottom: 1.5pt solid #ff0000"));
        assert!(h.contains(".record { margin-top: 57.9pt; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000;"));
        assert!(h.contains("border-bottom: 0.25mm solid #000"));
        assert!(h.contains("<p class=\"attachment first\" style=\"padding-left: 5em; text-indent: -3em\">附件：名单</p>"));
        assert!(h.contains("<p class=\"sig first near\""));
        assert!(h.contains("<footer class=\"record\">"));
        assert!(h.ends_with("</footer>\n</main>\n</body>\n</html>\n"));
        // Not issued: none of it, not even the stylesheet.
        let mut plain = p.clone();
        plain.issuance = None;
        let h = crate::core::export::html::html(&plain);
        assert!(!h.contains("issuer") && !h.contains("record") && !h.contains("#ff0000"));
    }

    #[test]
    fn txt_and_md_lay_out_the_form_in_lines() {
        let p = plan(&["名单", "日程"], None);
        let t = crate::core::export::txt::plain_text(&p);
        let lines: Vec<&str> = t.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            &lines[..4],
            &[
                "市总工会文件",
                "市工发〔2027〕1号",
                "",
                "市总工会2027年工作计划"
            ]
        );
        assert_eq!(
            &lines[4..7],
            &["", "各区县总工会：", "\u{3000}\u{3000}正文。"]
        );
        let att = lines
            .iter()
            .position(|l| l.ends_with("附件：1.名单"))
            .unwrap();
        assert_eq!(lines[att - 1], "");
        assert_eq!(
            lines[att + 1],
            "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2.日程"
        );
        let cc = lines
            .iter()
            .position(|l| *l == "\u{3000}抄送：市委办公室。")
            .unwrap();
        assert_eq!(lines[cc - 1], "");
        assert!(lines[cc + 1].ends_with("2027年1月10日印发"));
        let m = crate::core::export::md::markdown(&p);
        assert!(
            m.starts_with("市总工会文件\n\n市工发〔2027〕1号\n\n---\n\n# 市总工会2027年工作计划\n"),
            "{m}"
        );
        assert!(m.contains("\n\u{3000}\u{3000}附件：1.名单\n"));
        assert!(m.contains("\n---\n\n\u{3000}抄送：市委办公室。\n\n\u{3000}市总工会办公室\u{3000}"));
        assert!(m.ends_with("2027年1月10日印发\n\n---\n"), "{m}");
    }
}
