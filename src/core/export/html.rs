//! One standalone HTML file: its own stylesheet (an A4 sheet on screen, the
//! GB/T 9704 page when printed), no scripts, no external resources. Every
//! piece of user text is escaped (`& < > " '`); the only attribute values
//! are class names and computed indents and sizes. A document issued as a
//! 文件 adds its 版头, 主送, 附件说明 and 版记 (`export::issuance`).

use super::escape::{one_line, push_xml, signature_indents_for, xml};
use super::{faces, issuance as form};
use crate::core::layout::{self, issuance, BlockKind};
use crate::core::model::{Format, PageNumbers, Plan};
use crate::core::title;

const STYLE: &str = r#"
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
PAGE_NUMBERS
html { background: #e8e8e8; }
body { margin: 0; }
.page {
  box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 16px auto; padding: 37mm 26mm 35mm 28mm;
  background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0, 0, 0, .25);
  font-family: FANGSONG;
  font-size: 16pt; line-height: 28.95pt;
}
.page p, .page h1, .page h2, .page h3, .page h4 { margin: 0; font-size: 16pt; font-weight: normal; line-height: 28.95pt; }
.page p { text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
.doc-title { margin-bottom: 28.95pt; }
.doc-title h1, .doc-title p, .page h2.part {
  font-family: TITLE;
  font-size: 22pt; text-align: center; text-indent: 0;
}
.page h2.part { font-size: 18pt; margin: 28.95pt 0; }
.page h2.part + h2.part { margin-top: -28.95pt; }
.page h2, .page h3, .page h4 { text-indent: 2em; break-after: avoid; }
.page h2 { font-family: HEITI; }
.page h3, .page h4.month { font-family: KAITI; }
.page p.h3 b { font-weight: bold; }
.page p.sig { text-align: right; text-indent: 0; break-inside: avoid; }
.page p.sig.first { margin-top: 57.9pt; }
.page p.sig.first.near { margin-top: 28.95pt; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
"#;

/// Page-number boxes per `format.page_numbers`: outside (odd right, even
/// left, one character in), centred, or none.
const PAGE_NUMBER_FONT: &str = "font: 14pt \"宋体\", SimSun, \"Songti SC\", \"Noto Serif CJK SC\", serif; vertical-align: top; padding-top: 4.5mm;";

fn page_number_css(page_numbers: PageNumbers) -> String {
    let rule = |page: &str, box_: &str, inset: &str| {
        format!("@page{page} {{ @bottom-{box_} {{ content: \"— \" counter(page) \" —\"; {PAGE_NUMBER_FONT}{inset} }} }}\n")
    };
    match page_numbers {
        PageNumbers::Outside => {
            rule(" :right", "right", " margin-right: 1em;")
                + &rule(" :left", "left", " margin-left: 1em;")
        }
        PageNumbers::Center => rule("", "center", ""),
        PageNumbers::None => String::new(),
    }
}

/// The stylesheet for the plan's format settings: font-family lists follow
/// `format.fonts`, page-number boxes `format.page_numbers`; a document
/// issued as a 文件 adds the form's rules (`issuance::HTML_STYLE`).
fn style(format: Format, issued: bool) -> String {
    let f = faces::of(format.fonts);
    let form = if issued { form::HTML_STYLE } else { "" };
    format!("{STYLE}{form}{}", super::tables::HTML_STYLE)
        .replace("PAGE_NUMBERS\n", &page_number_css(format.page_numbers))
        .replace("FANGSONG", f.css_fangsong)
        .replace("KAITI", f.css_kaiti)
        .replace("HEITI", f.css_heiti)
        .replace("TITLE", f.css_title)
}

/// Exports the plan as a standalone HTML document.
pub fn html(plan: &Plan) -> String {
    let blocks = layout::blocks(plan);
    let doc_title: String = crate::core::punct::fullwidth(&title::effective(plan))
        .lines()
        .map(str::trim)
        .collect();
    let mut s = String::with_capacity(
        4096 + blocks
            .iter()
            .map(|b| b.text.len() + b.tail.len() + 48)
            .sum::<usize>(),
    );
    s.push_str("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str("<meta name=\"generator\" content=\"union-plan\">\n<title>");
    push_xml(&mut s, &doc_title);
    s.push_str("</title>\n<style>");
    s.push_str(&style(plan.format_settings(), plan.issuance.is_some()));
    s.push_str("</style>\n</head>\n<body>\n<main class=\"page\">\n");

    let org = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureOrg)
        .map(|b| b.text.as_str());
    let date = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureDate)
        .map(|b| b.text.as_str());
    let sealed = issuance::sealed(plan);
    let (org_right, date_right) = signature_indents_for(sealed, org, date);
    let mut in_title = false;
    let mut in_head = false;
    let mut seen_h1 = false;
    let mut first_sig = true;
    for (i, b) in blocks.iter().enumerate() {
        // The 版头 (发文机关标志, 发文字号) in a header of its own.
        let head = matches!(b.kind, BlockKind::Issuer | BlockKind::DocNumber);
        if head && !in_head {
            s.push_str("<header class=\"doc-head\">\n");
            in_head = true;
        } else if !head && in_head {
            s.push_str("</header>\n");
            in_head = false;
        }
        if b.kind.is_record() {
            continue;
        }
        if let Some(t) = super::tables::html(&blocks, i) {
            s.push_str(&t);
            continue;
        }
        if form::is_form(b.kind) {
            s.push_str(&form::html_line(&blocks, i));
            s.push('\n');
            continue;
        }
        if b.kind == BlockKind::Title && !in_title {
            s.push_str("<header class=\"doc-title\">\n");
            in_title = true;
        } else if b.kind != BlockKind::Title && in_title {
            s.push_str("</header>\n");
            in_title = false;
        }
        let head = xml(&one_line(&format!("{}{}", b.label, b.text)));
        let line = match b.kind {
            BlockKind::Title if !seen_h1 => {
                seen_h1 = true;
                format!("<h1>{head}</h1>")
            }
            BlockKind::Title => format!("<p>{head}</p>"),
            BlockKind::PartTitle => format!("<h2 class=\"part\">{head}</h2>"),
            BlockKind::Heading(1) => format!("<h2>{head}</h2>"),
            BlockKind::Heading(2) => format!("<h3>{head}</h3>"),
            BlockKind::Heading(n) => {
                let (class, open, close) = if n == 3 {
                    ("h3", "<b>", "</b>")
                } else {
                    ("h4", "<span>", "</span>")
                };
                format!(
                    "<p class=\"{class}\">{open}{head}{close}{}</p>",
                    xml(&one_line(&b.tail))
                )
            }
            BlockKind::Month => format!("<h4 class=\"month\">{head}</h4>"),
            BlockKind::Body | BlockKind::Activity => format!("<p>{head}</p>"),
            _ => {
                let right = if b.kind == BlockKind::SignatureOrg {
                    org_right
                } else {
                    date_right
                };
                let class = match (first_sig, sealed) {
                    (true, true) => "sig first",
                    (true, false) => "sig first near",
                    _ => "sig",
                };
                first_sig = false;
                format!("<p class=\"{class}\" style=\"padding-right: {right}em\">{head}</p>")
            }
        };
        s.push_str(&line);
        s.push('\n');
    }
    if in_title || in_head {
        s.push_str("</header>\n");
    }
    s.push_str(&form::html_record(&blocks));
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn html_is_standalone_with_gbt_page_and_fonts() {
        let h = html(&testdata::fixture());
        assert!(h.starts_with("<!doctype html>\n<html lang=\"zh-CN\">"));
        assert!(h.contains("<meta charset=\"utf-8\">"));
        assert!(h.contains("<title>城东实验学校工会2025年工作总结暨2026年工作计划</title>"));
        assert!(h.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"));
        assert!(h.contains("\"仿宋_GB2312\", \"仿宋\", FangSong, STFangsong, \"华文仿宋\""));
        assert!(h.contains("\"黑体\", SimHei, \"Heiti SC\""));
        assert!(h.contains("\"楷体_GB2312\", \"楷体\", KaiTi, STKaiti"));
        assert!(h.contains("\"方正小标宋简体\", \"方正小标宋_GBK\", \"宋体\", SimSun, \"Songti SC\", \"Noto Serif CJK SC\""));
        assert!(h.contains("font-size: 16pt; line-height: 28.95pt;"));
        assert!(h.contains("text-indent: 2em"));
        assert!(!h.contains("<script") && !h.contains("src=") && !h.contains("href="));
        assert!(h.contains("<p class=\"h3\"><b>1.集中学习</b>每学期安排两次专题辅导。</p>"));
        assert!(h.contains("<h4 class=\"month\">七、八月</h4>\n<p>1.暑期教职工疗休养</p>"));
        assert!(h.contains("<p class=\"sig first\" style=\"padding-right: 3.5em\">城东实验学校工会</p>\n<p class=\"sig\" style=\"padding-right: 4em\">2025年12月26日</p>"));
        assert!(h.ends_with("</main>\n</body>\n</html>\n"));
    }

    #[test]
    fn fonts_and_page_numbers_follow_the_format_settings() {
        use crate::core::model::Fonts;
        let mut p = testdata::fixture();
        let h = html(&p);
        assert!(
            h.contains("@page :right { @bottom-right {")
                && h.contains("@page :left { @bottom-left {")
        );
        p.format = Some(Format {
            task_table: false,
            schedule: Default::default(),
            fonts: Fonts::Standard,
            page_numbers: PageNumbers::Center,
        });
        let h = html(&p);
        assert!(
            !h.contains("_GB2312"),
            "standard fonts name no _GB2312 face"
        );
        assert!(h.contains("font-family: \"仿宋\", FangSong, STFangsong"));
        assert!(h.contains("font-family: \"楷体\", KaiTi, STKaiti"));
        assert!(h.contains("@page { @bottom-center { content: \"— \" counter(page) \" —\";"));
        assert!(!h.contains("@bottom-right") && !h.contains("@bottom-left"));
        p.format = Some(Format {
            task_table: false,
            schedule: Default::default(),
            fonts: Fonts::Gb2312,
            page_numbers: PageNumbers::None,
        });
        let h = html(&p);
        assert!(!h.contains("@bottom-") && !h.contains("counter(page)"));
        assert!(h.contains("font-family: \"仿宋_GB2312\""));
        assert!(!h.contains("FANGSONG") && !h.contains("PAGE_NUMBERS"));
    }

    #[test]
    fn hostile_text_cannot_open_tags_or_break_attributes() {
        let h = html(&testdata::hostile());
        assert_eq!(h.matches("<script").count(), 0);
        assert!(!h.contains("<img") && !h.contains("<div>") && !h.contains("<b>工会"));
        assert!(h.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;标题"));
        assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(h.contains("&quot;引号&quot; &amp; &#39;apos&#39; ]]&gt; 措施"));
        assert!(!h.chars().any(|c| (c as u32) < 0x20 && c != '\n'));
        // Only our own tags: every '<' opens a tag name we write.
        let ours = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header",
            "footer", "h1", "h2", "h3", "h4", "p", "b", "span",
        ];
        for (i, _) in h.match_indices('<') {
            let rest = h[i + 1..].trim_start_matches('/');
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                .collect();
            assert!(ours.contains(&name.as_str()), "unexpected tag <{name}");
        }
    }
}
