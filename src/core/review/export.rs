//! The 审阅意见汇总表: what the HTML and DOCX exports both show (the title,
//! a summary, one table row per file, shared passages, units that have not
//! submitted), the HTML page itself, and the JSON (the review as data).

use super::problems::who;
use super::{docx, Review, Row};
use crate::core::export::escape::push_xml;
use crate::core::numbering::cn_number;

/// Formats `export_review` knows.
pub const REVIEW_FORMATS: &[&str] = &["html", "docx", "json"];

/// Problems listed per row in the table (the rest are counted).
const IN_TABLE: usize = 6;

/// The table's columns: heading and width in twips (DOCX; the HTML uses
/// the same proportions). The widths add up to the landscape text width.
pub(super) const COLUMNS: [(&str, u32); 7] = [
    ("序号", 700),
    ("单位", 2300),
    ("文件", 2300),
    ("文种", 1300),
    ("年度", 900),
    ("错误/提醒", 1100),
    ("主要问题与审阅意见", 5404),
];

/// Exports a review: `html`, `docx` (the 审阅意见汇总表) or `json`.
pub fn export_review(review: &Review, format: &str) -> Result<Vec<u8>, String> {
    match format {
        "html" => Ok(html(review).into_bytes()),
        "docx" => Ok(docx::docx(review)),
        "json" => Ok(serde_json::to_string_pretty(review)
            .unwrap_or_default()
            .into_bytes()),
        other => Err(format!(
            "不支持的审阅导出格式 \"{other}\"（可用：{}）",
            REVIEW_FORMATS.join("、")
        )),
    }
}

/// The download name: `2027年审阅意见汇总表.docx`.
pub fn file_name(review: &Review, format: &str) -> String {
    let ext = if format == "json" { "json" } else { format };
    format!("{}.{ext}", title(review))
}

/// `2027年度审阅意见汇总表` (without a year: 审阅意见汇总表).
pub(super) fn title(review: &Review) -> String {
    match review.year {
        Some(y) => format!("{y}年度审阅意见汇总表"),
        None => "审阅意见汇总表".into(),
    }
}

/// The lines under the title: counts, identical files, missing units.
pub(super) fn summary(review: &Review) -> Vec<String> {
    let unreadable = review.rows.iter().filter(|r| !r.readable).count();
    let clean = review
        .rows
        .iter()
        .filter(|r| r.readable && r.problems.is_empty())
        .count();
    let mut out = vec![format!(
        "共收到材料{}份，其中无法读取{}份，未发现问题{}份，需要修改或完善{}份。",
        review.rows.len(),
        unreadable,
        clean,
        review.rows.len() - unreadable - clean
    )];
    if !review.expected.is_empty() {
        out.push(if review.missing_units.is_empty() {
            format!("应报送单位{}个，均已报送。", review.expected.len())
        } else {
            format!(
                "应报送单位{}个，尚未报送{}个：{}。",
                review.expected.len(),
                review.missing_units.len(),
                review.missing_units.join("、")
            )
        });
    }
    for g in &review.duplicates {
        let names: Vec<String> = g.iter().map(|&i| who(&review.rows[i])).collect();
        out.push(format!("同一文件重复报送：{}。", names.join("与")));
    }
    out
}

/// One table row's cells.
pub(super) fn cells(row: &Row) -> [String; 7] {
    let problems = if !row.readable {
        format!("无法读取：{}", row.reason)
    } else if row.problems.is_empty() {
        "未发现问题。".to_string()
    } else {
        let mut s: Vec<String> = row
            .problems
            .iter()
            .take(IN_TABLE)
            .enumerate()
            .map(|(i, p)| format!("{}. {}。", i + 1, p.text))
            .collect();
        let rest = row.problems.len().saturating_sub(IN_TABLE);
        if rest > 0 {
            s.push(format!("另有{rest}项，见反馈意见。"));
        }
        s.join("\n")
    };
    [
        (row.index + 1).to_string(),
        if row.unit.is_empty() {
            "（未写明）".into()
        } else {
            row.unit.clone()
        },
        if row.title.is_empty() {
            row.name.clone()
        } else {
            format!("{}\n{}", row.title, row.name)
        },
        if row.readable {
            row.kind_label.clone()
        } else {
            "—".into()
        },
        row.year.map_or("—".into(), |y| y.to_string()),
        if row.readable {
            format!("{}/{}", row.errors, row.warnings)
        } else {
            "—".into()
        },
        problems,
    ]
}

/// The shared-passage paragraphs: one per link, with a few sentences.
pub(super) fn links(review: &Review) -> Vec<String> {
    review
        .links
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (a, b) = (&review.rows[l.a], &review.rows[l.b]);
            let same = if l.identical {
                "，两个文件完全相同"
            } else {
                ""
            };
            let quote: Vec<String> = l
                .sentences
                .iter()
                .take(3)
                .map(|s| format!("“{s}”"))
                .collect();
            format!(
                "{}、{}与{}有{}句相同（约{}字{same}），如{}。",
                cn_number(i as u32 + 1),
                who(a),
                who(b),
                l.shared,
                l.chars,
                quote.join("；")
            )
        })
        .collect()
}

const STYLE: &str = "@page { size: A4 landscape; margin: 20mm 18mm; }
body { margin: 0; background: #e8e8e8; }
.sheet { box-sizing: border-box; width: 297mm; min-height: 210mm; margin: 16px auto; padding: 20mm 18mm; background: #fff; color: #000;
  font-family: \"仿宋_GB2312\", \"仿宋\", FangSong, STFangsong, serif; font-size: 12pt; line-height: 1.6; }
h1 { font-family: \"方正小标宋简体\", \"华文中宋\", \"宋体\", SimSun, serif; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 12pt; }
h2 { font-family: \"黑体\", SimHei, sans-serif; font-size: 14pt; font-weight: normal; margin: 16pt 0 6pt; }
p { margin: 0 0 4pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; white-space: pre-line; overflow-wrap: anywhere; }
th { font-family: \"黑体\", SimHei, sans-serif; font-weight: normal; background: #f0f0f0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print { body { background: none; } .sheet { width: auto; min-height: 0; margin: 0; padding: 0; } }
";

/// The review as a standalone HTML page (landscape, no scripts).
pub(super) fn html(review: &Review) -> String {
    let total: u32 = COLUMNS.iter().map(|c| c.1).sum();
    let mut s = String::with_capacity(4096 + review.rows.len() * 600);
    let t = title(review);
    s.push_str("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
    push_xml(&mut s, &t);
    s.push_str("</title><style>");
    s.push_str(STYLE);
    s.push_str("</style></head><body><main class=\"sheet\"><h1>");
    push_xml(&mut s, &t);
    s.push_str("</h1>");
    for line in summary(review) {
        s.push_str("<p>");
        push_xml(&mut s, &line);
        s.push_str("</p>");
    }
    s.push_str("<table><colgroup>");
    for (_, w) in COLUMNS {
        s.push_str(&format!(
            "<col style=\"width: {:.1}%\">",
            w as f32 * 100.0 / total as f32
        ));
    }
    s.push_str("</colgroup><thead><tr>");
    for (h, _) in COLUMNS {
        s.push_str(&format!("<th>{h}</th>"));
    }
    s.push_str("</tr></thead><tbody>");
    for row in &review.rows {
        s.push_str("<tr>");
        for cell in cells(row) {
            s.push_str("<td>");
            // `push_xml` turns line feeds into spaces; keep the lines.
            for (i, line) in cell.lines().enumerate() {
                if i > 0 {
                    s.push('\n');
                }
                push_xml(&mut s, line);
            }
            s.push_str("</td>");
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    let links = links(review);
    if !links.is_empty() {
        s.push_str("<h2>文字雷同情况</h2>");
        for l in links {
            s.push_str("<p>");
            push_xml(&mut s, &l);
            s.push_str("</p>");
        }
    }
    s.push_str("</main></body></html>\n");
    s
}
