//! The comparison as a standalone HTML page for the chair's review: the two
//! documents side by side, part by part, each difference marked in words
//! as well as colour (it prints in black and white).

use super::compare::{Comparison, PartDiff};
use super::sentences::Status;
use crate::core::export::escape::xml;

const STYLE: &str = "body{font-family:\"仿宋\",\"FangSong\",serif;margin:2em auto;max-width:64em;line-height:1.7;color:#111}\
h1{font-size:1.4em;text-align:center}h2{font-size:1.1em;margin:1.4em 0 .4em;border-bottom:1px solid #999}\
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;width:50%}\
.s-added{background:#e6f4e6}.s-removed{background:#fbe9e9;text-decoration:line-through}.s-changed{background:#fff6d6}\
.tag{font-size:.8em;color:#555;margin-right:.4em}.summary{text-align:center;color:#333}";

/// The page: title, counts, then one table per part (去年 | 今年).
pub fn comparison_html(c: &Comparison) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
    out.push_str(&xml(&format!(
        "{}年与{}年对比",
        c.previous.year, c.current.year
    )));
    out.push_str("</title><style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body><h1>");
    out.push_str(&xml(&format!(
        "“{}”与上年“{}”对比",
        one_line(&c.current.title),
        one_line(&c.previous.title)
    )));
    out.push_str("</h1><p class=\"summary\">");
    out.push_str(&xml(&summary(c)));
    out.push_str("</p>");
    for p in &c.parts {
        part(p, &mut out);
    }
    out.push_str("</body></html>");
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join("")
}

/// 新增 n 处，删去 n 处，改写 n 处，未改 n 处；约 n% 的文字与上年相同。
pub fn summary(c: &Comparison) -> String {
    format!(
        "新增 {} 处，删去 {} 处，改写 {} 处，未改 {} 处；今年约 {}% 的文字与上年一字不差。",
        c.counts.added,
        c.counts.removed,
        c.counts.changed,
        c.counts.unchanged,
        percent(c.unchanged_share)
    )
}

fn part(p: &PartDiff, out: &mut String) {
    out.push_str("<h2>");
    out.push_str(&xml(&format!("{}（{}）", p.name, p.status.label())));
    out.push_str("</h2><table><tr><th>去年</th><th>今年</th></tr>");
    for s in &p.sentences {
        let (left, right) = match s.status {
            Status::Unchanged => (s.text.as_str(), s.text.as_str()),
            Status::Added => ("", s.text.as_str()),
            Status::Removed => (s.text.as_str(), ""),
            Status::Changed => (s.previous.as_deref().unwrap_or(""), s.text.as_str()),
        };
        let class = format!("s-{}", s.status.id());
        out.push_str("<tr>");
        for (text, side_removed) in [(left, true), (right, false)] {
            if text.is_empty() {
                out.push_str("<td></td>");
                continue;
            }
            let cls = match s.status {
                Status::Unchanged => "",
                Status::Changed => class.as_str(),
                Status::Removed if side_removed => class.as_str(),
                Status::Added if !side_removed => class.as_str(),
                _ => "",
            };
            out.push_str(&format!("<td class=\"{cls}\">"));
            if s.status != Status::Unchanged {
                out.push_str(&format!(
                    "<span class=\"tag\">[{}]</span>",
                    s.status.label()
                ));
            }
            out.push_str(&xml(text));
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
}

/// A share (0..=1) as a whole percentage. An integer, because formatting an
/// `f64` would link Rust's float printer (~25 KB gzip) into the module.
pub fn percent(share: f64) -> u32 {
    (share * 100.0).round().clamp(0.0, 100.0) as u32
}
