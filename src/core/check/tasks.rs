//! The 任务分解表 (`task:*`, only with `format.task_table` on): every task in
//! it names a 牵头部门 (`task:lead`) and a 责任人 (`task:owner`); a 完成时限
//! that names a year or month falls within the part's year or period
//! (`task:due`); and a summary reports who did its tracked tasks
//! (`task:summary`: the lead or owner of each tracked task with a duty
//! appears somewhere in the summary's text).

use super::fields::{filled, short, target};
use super::{Checker, Doc, Level};
use crate::core::edit::node_at;
use crate::core::layout::tables;
use crate::core::model::{Duty, Plan};
use crate::core::steps::Step;

pub(super) fn run(c: &mut Checker, doc: &Doc) {
    if !doc.plan.format_settings().task_table {
        return;
    }
    for (part, next) in doc.parts() {
        let mut rows = tables::tasks(part);
        if rows.is_empty() && !part.kind.is_summary() {
            // The table then lists every priority with empty cells.
            rows = (0..part.sections.len())
                .map(|i| {
                    (
                        vec![i],
                        part.sections[i].heading.trim().to_string(),
                        Duty::default(),
                    )
                })
                .collect();
        }
        if part.kind.is_summary() {
            summary(c, part, next, &rows);
        } else {
            who(c, part, next, &rows);
        }
        for (path, name, d) in &rows {
            if filled(&d.due) && !due_in_period(part, &d.due) {
                c.push(
                    format!("task:due:{}", path_id(path)),
                    Level::Warning,
                    format!(
                        "任务“{}”的完成时限“{}”不在{}年度内",
                        short(name, 16),
                        short(&d.due, 16),
                        part.year
                    ),
                    target(Step::Main, path.clone(), next),
                );
            }
        }
    }
}

fn path_id(path: &[usize]) -> String {
    path.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join("-")
}

fn who(c: &mut Checker, _part: &Plan, next: bool, rows: &[(Vec<usize>, String, Duty)]) {
    let (mut lead_ok, mut owner_ok) = (true, true);
    for (path, name, d) in rows {
        let t = || target(Step::Main, path.clone(), next);
        let name = if name.is_empty() {
            "（未命名）".to_string()
        } else {
            short(name, 16)
        };
        if !filled(&d.lead) {
            lead_ok = false;
            c.push(
                format!("task:lead:{}", path_id(path)),
                Level::Warning,
                format!("任务“{name}”没有填写牵头部门"),
                t(),
            );
        }
        if !filled(&d.owner) {
            owner_ok = false;
            c.push(
                format!("task:owner:{}", path_id(path)),
                Level::Warning,
                format!("任务“{name}”没有填写责任人"),
                t(),
            );
        }
    }
    let t = target(Step::Main, vec![], next);
    if lead_ok && !rows.is_empty() {
        c.ok("task:lead", "任务分解表的每项任务都有牵头部门", t.clone());
    }
    if owner_ok && !rows.is_empty() {
        c.ok("task:owner", "任务分解表的每项任务都有责任人", t);
    }
}

/// Tracked tasks with a duty whose lead and owner the summary never names.
fn summary(c: &mut Checker, part: &Plan, next: bool, rows: &[(Vec<usize>, String, Duty)]) {
    let text = summary_text(part);
    let mut all = true;
    for (path, name, d) in rows {
        let tracked = node_at(part, path).is_some_and(|n| n.track.is_some());
        let names: Vec<&str> = [d.lead.trim(), d.owner.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !tracked || names.is_empty() || names.iter().any(|n| text.contains(n)) {
            continue;
        }
        all = false;
        c.push(
            format!("task:summary:{}", path_id(path)),
            Level::Warning,
            format!(
                "任务“{}”由{}负责，总结中没有写到",
                short(name, 16),
                names.join("、")
            ),
            target(Step::Main, path.clone(), next),
        );
    }
    if all {
        c.ok(
            "task:summary",
            "总结写到了已跟踪任务的责任部门",
            target(Step::Main, vec![], next),
        );
    }
}

/// Everything the summary says: its texts, headings and tracking notes.
fn summary_text(p: &Plan) -> String {
    fn items(list: &[crate::core::model::Item], out: &mut String) {
        for it in list {
            out.push_str(&it.heading);
            out.push_str(&it.text);
            if let Some(t) = &it.track {
                out.push_str(&t.note);
            }
            items(&it.items, out);
        }
    }
    let mut out = format!("{}{}{}{}", p.guiding, p.goals, p.measures, p.problems);
    for s in &p.sections {
        out.push_str(&s.heading);
        out.push_str(&s.body);
        if let Some(t) = &s.track {
            out.push_str(&t.note);
        }
        items(&s.items, &mut out);
    }
    out
}

/// Years (2027, 二〇二七) and months (2027年6月) named in a 完成时限, checked
/// against the part's year (a school year spans two calendar years).
pub(super) fn due_in_period(p: &Plan, due: &str) -> bool {
    let start = p.period.start() as i32;
    let first = (p.year, start);
    let last = if start == 1 {
        (p.year, 12)
    } else {
        (p.year.saturating_add(1), start - 1)
    };
    let chars: Vec<char> = due.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let digit = |c: char| {
            c.to_digit(10).or_else(|| {
                "〇一二三四五六七八九"
                    .chars()
                    .position(|d| d == c)
                    .map(|d| d as u32)
            })
        };
        let run: Vec<u32> = chars[i..].iter().map_while(|c| digit(*c)).collect();
        if run.len() == 4 && chars.get(i + 4) == Some(&'年') {
            let y = run.iter().fold(0i32, |a, d| a * 10 + *d as i32);
            let month: String = chars[i + 5..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let ok = match month.parse::<i32>().ok().filter(|m| (1..=12).contains(m)) {
                Some(m) => (y, m) >= first && (y, m) <= last,
                None => y == first.0 || y == last.0,
            };
            if !ok {
                return false;
            }
            i += 5;
        } else {
            i += run.len().max(1);
        }
    }
    true
}
