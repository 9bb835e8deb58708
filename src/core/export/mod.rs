//! Every exporter: `fn(&Plan) -> Vec<u8>`, chosen by a format name. All
//! of them render `layout::blocks(plan)`, the same blocks the preview shows,
//! so what the officer sees is what the files contain.

use super::model::Plan;

pub mod docx;
pub mod escape;
pub mod faces;
pub mod html;
pub mod issuance;
pub mod md;
pub mod tables;
pub mod txt;
pub mod zip;

#[cfg(test)]
pub(crate) mod tables_tests;
#[cfg(test)]
pub(crate) mod testdata;
#[cfg(test)]
pub(crate) mod testxml;
#[cfg(test)]
mod title_punct_tests;

/// Formats `export` knows, by the names the JS API uses.
pub const FORMATS: &[&str] = &["docx", "html", "md", "txt", "json"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    UnknownFormat(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::UnknownFormat(name) => {
                write!(
                    f,
                    "不支持的导出格式 \"{name}\"(unknown export format \"{name}\"; 可用:{})",
                    FORMATS.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// Exports a plan in the named format.
pub fn export(plan: &Plan, format: &str) -> Result<Vec<u8>, ExportError> {
    match format {
        "docx" => Ok(docx_for_print(plan)),
        "html" => Ok(html::html(plan).into_bytes()),
        "md" => Ok(md::markdown(plan).into_bytes()),
        "txt" => Ok(txt::plain_text(plan).into_bytes()),
        "json" => Ok(plan.to_json_pretty().into_bytes()),
        other => Err(ExportError::UnknownFormat(other.to_string())),
    }
}

/// The DOCX, told how many pages the body of a 文件 with a 版记 takes
/// (`paginate`), so that it writes the blank page before an even body's
/// 版记 itself (see `docx::docx_paged`).
pub fn docx_for_print(plan: &Plan) -> Vec<u8> {
    let blocks = super::layout::blocks(plan);
    if !blocks.iter().any(|b| b.kind.is_record()) {
        return docx::docx(plan);
    }
    let pages = super::paginate::paginate(plan, &blocks);
    docx::docx_paged(plan, Some(super::paginate::body_pages(&pages)))
}

/// The file extension for a format.
pub fn extension(format: &str) -> &str {
    format
}

/// The MIME type for a download of a format.
pub fn mime_type(format: &str) -> &'static str {
    match format {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html" => "text/html;charset=utf-8",
        "md" => "text/markdown;charset=utf-8",
        "txt" => "text/plain;charset=utf-8",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

/// A download name from the title: `2025年工会工作计划.docx`. Characters
/// that Windows, macOS or Linux reject in file names become `_`.
pub fn file_name(plan: &Plan, format: &str) -> String {
    let title = super::title::effective(plan);
    let mut name: String = title
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if (c as u32) < 0x20 || c == '\u{7f}' => '_',
            c => c,
        })
        .collect();
    name = name.split_whitespace().collect::<Vec<_>>().join("");
    let name = name.trim_matches(|c| c == '.' || c == ' ');
    let mut name: String = name.chars().take(80).collect();
    if name.is_empty() {
        name = "工会工作计划".into();
    }
    format!("{name}.{}", extension(format))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Kind;

    #[test]
    fn json_export_round_trips() {
        let mut p = Plan::new(Kind::Summary, 2024);
        p.title = "标题".into();
        let bytes = export(&p, "json").unwrap();
        assert_eq!(
            Plan::from_json(std::str::from_utf8(&bytes).unwrap()).unwrap(),
            p
        );
    }

    #[test]
    fn unknown_format_error_names_it() {
        let e = export(&Plan::default(), "pdfx").unwrap_err();
        assert!(e.to_string().contains("pdfx"));
    }

    #[test]
    fn file_names_are_safe() {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.title = "a/b:c*d?\"e<f>g|h\n暨2026年".into();
        assert_eq!(file_name(&p, "docx"), "a_b_c_d__e_f_g_h暨2026年.docx");
        p.title = "...".into();
        assert_eq!(file_name(&p, "txt"), "工会工作计划.txt");
    }
}

/// Cross-format tests: every exporter renders the same blocks.
#[cfg(test)]
mod format_tests {
    use super::testxml::{paragraph_texts, parse};
    use super::*;
    use crate::core::layout::{self, Block};
    use crate::core::model::Kind;
    use crate::core::numbering::label;

    fn unescape_entities(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn strip_tags(s: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        unescape_entities(&out)
    }

    /// The printed text of each paragraph, per format, in order.
    fn paragraphs(plan: &Plan, format: &str) -> Vec<String> {
        let bytes = export(plan, format).unwrap();
        match format {
            "docx" => {
                let files = zip::read_zip(&bytes).unwrap();
                let doc = files
                    .iter()
                    .find(|(n, _)| n == "word/document.xml")
                    .unwrap();
                paragraph_texts(&parse(std::str::from_utf8(&doc.1).unwrap()).unwrap())
            }
            "html" => {
                let h = String::from_utf8(bytes).unwrap();
                let main = &h[h.find("<main").unwrap()..h.find("</main>").unwrap()];
                main.lines()
                    .filter(|l| {
                        l.starts_with("<h") && !l.starts_with("<header") || l.starts_with("<p")
                    })
                    .map(strip_tags)
                    .collect()
            }
            "md" => String::from_utf8(bytes)
                .unwrap()
                .lines()
                .filter(|l| !l.is_empty())
                .map(|l| {
                    let l = l.trim_start_matches('\u{3000}').trim_start_matches(' ');
                    let l = l.trim_start_matches('#').trim_start_matches(' ');
                    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
                    let l = if digits > 0 && l[digits..].starts_with(". ") {
                        format!("{}.{}", &l[..digits], &l[digits + 2..])
                    } else {
                        l.to_string()
                    };
                    let mut out = String::new();
                    let mut chars = l
                        .replace("**", "")
                        .chars()
                        .collect::<Vec<_>>()
                        .into_iter()
                        .peekable();
                    while let Some(c) = chars.next() {
                        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
                            continue;
                        }
                        out.push(c);
                    }
                    out
                })
                .collect(),
            "txt" => {
                let t = String::from_utf8(bytes).unwrap();
                t.trim_start_matches('\u{feff}')
                    .split("\r\n")
                    .map(|l| l.trim_start_matches(['\u{3000}', ' ']).to_string())
                    .filter(|l| !l.is_empty())
                    .collect()
            }
            _ => unreachable!(),
        }
    }

    fn expected(blocks: &[crate::core::model::Shared<Block>]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| escape::one_line(&b.full_text()))
            .collect()
    }

    #[test]
    fn every_format_prints_every_block_in_order() {
        let plan = testdata::fixture();
        let blocks = layout::blocks(&plan);
        assert!(blocks.len() > 25, "fixture too small: {}", blocks.len());
        for format in ["docx", "html", "md", "txt"] {
            assert_eq!(paragraphs(&plan, format), expected(&blocks), "{format}");
        }
    }

    #[test]
    fn every_format_keeps_four_numbering_levels_and_combined_months() {
        let plan = testdata::fixture();
        for format in ["docx", "html", "md", "txt"] {
            let paras = paragraphs(&plan, format);
            for want in [
                format!("{}加强思想引领", label(1, 1)),
                format!("{}开展师德教育", label(2, 0)),
                format!("{}集中学习每学期安排两次专题辅导。", label(3, 0)),
                format!("{}建立台账按月登记参学人员。", label(4, 0)),
                format!("{}年终评比", label(4, 1)),
                format!("{}健全民主管理", label(1, 2)),
                "七、八月".to_string(),
                "1.暑期教职工疗休养".to_string(),
                "2026年工作计划".to_string(),
                "城东实验学校工会".to_string(),
                "2025年12月26日".to_string(),
            ] {
                assert!(
                    paras.contains(&want),
                    "{format}: missing {want:?} in {paras:#?}"
                );
            }
            // The next year's part numbers afresh after the part title.
            let part = paras.iter().position(|p| p == "2026年工作计划").unwrap();
            assert!(
                paras[part + 2].starts_with(&label(1, 0)),
                "{format}: {}",
                paras[part + 2]
            );
        }
    }

    #[test]
    fn empty_plans_export_valid_files_in_every_format() {
        for plan in [
            Plan::default(),
            Plan::new(Kind::SummaryAndPlan, 2026),
            Plan {
                title: " \n ".into(),
                year: -5,
                ..Plan::default()
            },
        ] {
            for format in FORMATS {
                let bytes = export(&plan, format).unwrap();
                assert!(!bytes.is_empty(), "{format}");
                match *format {
                    "docx" => {
                        for (name, data) in zip::read_zip(&bytes).unwrap() {
                            parse(std::str::from_utf8(&data).unwrap())
                                .unwrap_or_else(|e| panic!("{name}: {e}"));
                        }
                    }
                    "json" => assert_eq!(
                        Plan::from_json(std::str::from_utf8(&bytes).unwrap()).unwrap(),
                        plan
                    ),
                    _ => {
                        let text = String::from_utf8(bytes).unwrap();
                        let title: String = crate::core::title::effective(&plan)
                            .lines()
                            .map(str::trim)
                            .collect::<Vec<_>>()
                            .join("");
                        let first_line = crate::core::title::effective(&plan)
                            .lines()
                            .map(str::trim)
                            .find(|l| !l.is_empty())
                            .unwrap_or("")
                            .to_string();
                        assert!(text.contains(&first_line), "{format}: {text}");
                        if *format == "html" {
                            assert!(
                                text.contains(&format!("<title>{title}</title>"))
                                    && text.contains("</html>")
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn formats_list_matches_the_dispatcher() {
        for f in FORMATS {
            assert!(export(&Plan::default(), f).is_ok(), "{f}");
            assert_ne!(mime_type(f), "application/octet-stream", "{f}");
        }
        assert_eq!(FORMATS, ["docx", "html", "md", "txt", "json"]);
        assert_eq!(file_name(&Plan::default(), "md"), "2025年工作计划.md");
    }

    #[test]
    fn large_plan_exports_quickly_in_every_format() {
        let plan = testdata::large();
        let blocks = layout::blocks(&plan);
        let chars: usize = blocks.iter().map(|b| b.full_text().chars().count()).sum();
        assert!(chars > 15_000, "large plan has {chars} characters");
        let last = "5.开展第4项月度活动";
        for format in FORMATS {
            let start = std::time::Instant::now();
            let mut bytes = Vec::new();
            const RUNS: u32 = 10;
            for _ in 0..RUNS {
                bytes = export(&plan, format).unwrap();
            }
            let per = start.elapsed() / RUNS;
            eprintln!(
                "export {format:>4}: {:>8.2} ms, {:>7} bytes ({} blocks, {chars} chars)",
                per.as_secs_f64() * 1000.0,
                bytes.len(),
                blocks.len()
            );
            assert!(per.as_secs_f64() < 2.0, "{format} took {per:?}");
            if *format != "json" && *format != "docx" {
                let text = String::from_utf8(bytes).unwrap();
                assert!(
                    text.contains(last) || text.contains("开展第4项月度活动"),
                    "{format}"
                );
            }
        }
        let paras = paragraphs(&plan, "docx");
        assert_eq!(paras.len(), blocks.len());
        assert!(paras.iter().any(|p| p == last));
    }
}

/// Writes sample files for manual checks (LibreOffice, Word, check-docx.py):
/// `UNION_PLAN_EXPORT_DIR=/tmp/out cargo test --lib write_samples -- --ignored`.
#[cfg(test)]
#[test]
#[ignore = "writes sample files; set UNION_PLAN_EXPORT_DIR"]
fn write_samples() {
    let dir =
        std::env::var("UNION_PLAN_EXPORT_DIR").expect("set UNION_PLAN_EXPORT_DIR to a folder");
    let mut lines = Plan::new(crate::core::model::Kind::Plan, 2025);
    lines.organization = "行数测试工会".into();
    lines.guiding = (0..12)
        .map(|i| {
            format!(
                "第{i}段。{}",
                "工会工作要围绕中心、服务大局\u{ff0c}切实维护职工合法权益。".repeat(8)
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    for (name, plan) in [
        ("fixture", testdata::fixture()),
        ("large", testdata::large()),
        ("lines", lines),
        ("hostile", testdata::hostile()),
    ] {
        for format in FORMATS {
            let path = format!("{dir}/{name}.{}", extension(format));
            std::fs::write(&path, export(&plan, format).unwrap()).unwrap();
        }
    }
}
