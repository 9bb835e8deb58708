//! The most important problems of a row, in words a reviewer writes back:
//! the checklist's findings grouped by rule (one line per rule, the most
//! serious rules first), plus the review's own rules: the wrong year
//! (against `Options::year`), a plan without a monthly schedule, and
//! (across documents) shared passages and identical files.

use super::row::year_matches;
use super::{Link, Options, Problem, Row};
use crate::core::check::{Finding, Level};
use crate::core::model::Kind;

/// Rules in the order a reviewer cares about them, with the words for one
/// (or several) of their findings. `{n}` is the number of findings.
#[rustfmt::skip]
const RULES: &[(&str, &str)] = &[
    ("review:year", ""),
    ("missing:title", "缺少标题"),
    ("missing:organization", "没有写明单位名称"),
    ("missing:guiding", "缺少指导思想"),
    ("missing:priorities", ""),
    ("missing:achievements", "缺少主要工作成绩"),
    ("missing:schedule", "没有活动安排，也没有落实措施"),
    ("review:no-schedule", ""),
    ("missing:problems", "缺少存在的问题和不足"),
    ("year:title", ""),
    ("placeholder", ""),
    ("figures", "工作成绩缺少具体数字（{n}处）"),
    ("schedule:missing-month", "活动安排缺少{n}个月份"),
    ("schedule:empty-entry", "活动安排有{n}个月份只写了月份没写活动"),
    ("schedule:no-month", "有{n}项活动没有写明月份"),
    ("empty-heading", "有{n}个标题下是空的"),
    ("empty-section", "有{n}项工作只有标题没有内容"),
    ("missing:signature-organization", "落款缺少单位名称"),
    ("missing:signature-date", "落款缺少成文日期"),
    ("year:signature", ""),
    ("repeat", "有{n}处句子重复"),
    ("duty", ""),
    ("long-paragraph", "有{n}段超过四百字，建议分段"),
    ("halfwidth-punct", "有{n}处使用了半角标点"),
    ("issuance", ""),
];

/// The rule a finding id belongs to, for grouping (`next:` dropped,
/// `missing:guiding:…` → `missing:guiding`, `placeholder:title:20xx` →
/// `placeholder`, every `duty:*` → `duty`).
fn rule_key(id: &str) -> (bool, String) {
    let (next, id) = match id.strip_prefix("next:") {
        Some(rest) => (true, rest),
        None => (false, id),
    };
    let mut parts = id.split(':');
    let first = parts.next().unwrap_or("");
    let key = match first {
        "missing" | "schedule" | "year" => format!("{first}:{}", parts.next().unwrap_or("")),
        _ => first.to_string(),
    };
    (next, key)
}

fn rank(key: &str) -> usize {
    RULES
        .iter()
        .position(|(k, _)| *k == key)
        .unwrap_or(RULES.len())
}

/// The row's own problems: its findings grouped by rule, the wrong year
/// and a plan without a schedule. Unreadable rows have none.
pub(super) fn local(row: &mut Row, options: &Options) {
    row.problems.clear();
    if !row.readable {
        return;
    }
    let mut out: Vec<(usize, Problem)> = Vec::new();
    if let (Some(wanted), Some(year)) = (options.year, row.year) {
        if !year_matches(&row.kind, year, wanted) {
            out.push((
                rank("review:year"),
                Problem {
                    rule: "review:year".into(),
                    level: Level::Error,
                    text: format!("年度不符：这是{year}年的材料，本次收的是{wanted}年的"),
                },
            ));
        }
    }
    let mut groups: Vec<(bool, String, Vec<&Finding>)> = Vec::new();
    for f in &row.findings {
        let (next, key) = rule_key(&f.id);
        match groups.iter_mut().find(|(n, k, _)| *n == next && *k == key) {
            Some(g) => g.2.push(f),
            None => groups.push((next, key, vec![f])),
        }
    }
    for (next, key, fs) in &groups {
        let mut text = words(key, fs);
        if *next {
            text = format!("（明年计划部分）{text}");
        }
        let level = if fs.iter().any(|f| f.level == Level::Error) {
            Level::Error
        } else {
            Level::Warning
        };
        out.push((
            rank(key),
            Problem {
                rule: key.clone(),
                level,
                text,
            },
        ));
    }
    if let Some(plan) = &row.plan {
        let planned = matches!(plan.kind, Kind::Plan | Kind::KeyPoints);
        let told = groups.iter().any(|(_, k, _)| k == "missing:schedule");
        if planned && plan.schedule.is_empty() && !told {
            out.push((
                rank("review:no-schedule"),
                Problem {
                    rule: "review:no-schedule".into(),
                    level: Level::Warning,
                    text: "没有按月的活动安排，全年工作什么时候做不清楚".into(),
                },
            ));
        }
    }
    out.sort_by_key(|(r, p)| (*r, p.level != Level::Error));
    row.problems = out.into_iter().map(|(_, p)| p).collect();
}

/// The words for a group of findings of one rule.
fn words(key: &str, fs: &[&Finding]) -> String {
    let n = fs.len();
    let fixed = RULES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, w)| *w)
        .unwrap_or("");
    if !fixed.is_empty() {
        return fixed.replace("{n}", &n.to_string());
    }
    match key {
        "placeholder" => {
            let mut tokens: Vec<String> = Vec::new();
            for f in fs {
                // `placeholder:<place>:<token>`; the token may hold a colon.
                let token = f.id.splitn(3, ':').nth(2).unwrap_or("").to_string();
                let token = token
                    .rsplit_once(':')
                    .filter(|(_, d)| d.parse::<u32>().is_ok())
                    .map_or(token.clone(), |(t, _)| t.to_string());
                if !token.is_empty() && !tokens.contains(&token) {
                    tokens.push(token);
                }
            }
            let title = fs.iter().any(|f| f.id.starts_with("placeholder:title"));
            let shown: Vec<String> = tokens.iter().take(4).map(|t| format!("“{t}”")).collect();
            format!(
                "留有未替换的模板文字{}{}（{n}处）",
                shown.join("、"),
                if title { "，标题里也有" } else { "" }
            )
        }
        "missing:priorities" => match fs.first() {
            Some(f) if f.level == Level::Error => "缺少主要工作".into(),
            _ => "主要工作偏少，一般不少于三项".into(),
        },
        "duty" => {
            let names: Vec<&str> = fs
                .iter()
                .map(|f| f.message.trim_start_matches("全文没有提到"))
                .collect();
            format!("常规工作没有写到：{}", names.join("、"))
        }
        _ => fs.first().map(|f| f.message.clone()).unwrap_or_default(),
    }
}

/// Problems across documents: a file handed in twice, passages shared
/// with another unit's document. They go first: they need a reply.
pub(super) fn across(rows: &mut [Row], links: &[Link]) {
    let names: Vec<String> = rows.iter().map(who).collect();
    for i in 0..rows.len() {
        let mut extra = Vec::new();
        if let Some(d) = rows[i].duplicate_of {
            extra.push(Problem {
                rule: "review:duplicate".into(),
                level: Level::Error,
                text: format!("与{}是同一个文件（内容完全相同）", names[d]),
            });
        }
        for l in links.iter().filter(|l| l.a == i || l.b == i) {
            let other = if l.a == i { l.b } else { l.a };
            if l.identical
                || rows[i].duplicate_of == Some(other)
                || rows[other].duplicate_of == Some(i)
            {
                continue;
            }
            let share = if l.a == i { l.share_a } else { l.share_b };
            extra.push(Problem {
                rule: "review:shared".into(),
                level: if share >= 50 {
                    Level::Error
                } else {
                    Level::Warning
                },
                text: format!(
                    "与{}有大段文字相同（{}句，约占本文{share}%）",
                    names[other], l.shared
                ),
            });
        }
        if !extra.is_empty() {
            extra.append(&mut rows[i].problems);
            rows[i].problems = extra;
        }
    }
}

/// How another row is named in a problem: its unit, else its file.
pub(super) fn who(row: &Row) -> String {
    if row.unit.is_empty() {
        format!("文件“{}”", row.name)
    } else {
        format!("{}（{}）", row.unit, row.name)
    }
}
