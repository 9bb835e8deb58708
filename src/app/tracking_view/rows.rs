//! 执行跟踪's rows, from the plan alone: the priority items (with the
//! 牵头部门 filter) and the schedule's activities, each with the key its
//! marks go out under, its DOM id and its name; and the panel's shape, which
//! says whether a redraw may keep the controls on screen.

use crate::core::model::{Item, Plan, Status, Track};
use crate::core::numbering::{label, months_heading};
use crate::core::summarize::{activity_track, lead_of, progress_by_lead};

pub(super) fn status_id(s: Option<Status>) -> &'static str {
    match s {
        None => "",
        Some(Status::Done) => "done",
        Some(Status::Partial) => "partial",
        Some(Status::NotDone) => "not_done",
        Some(Status::Cancelled) => "cancelled",
    }
}

/// One row of controls: an item or an activity.
pub(super) struct Row {
    /// `n:0-1` / `a:0-1` (see the module's comment).
    pub key: String,
    /// The status select's DOM id (`t-main-0-1`, `t-schedule-0-1`).
    pub id: String,
    /// For the labels: `（二）组织技能比武`, `三月第1项“…”`.
    pub name: String,
    pub track: Option<Track>,
}

fn path_id(path: &[usize]) -> String {
    path.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether `item` (at `path`) or one of its descendants is led by `lead`.
fn subtree_led(plan: &Plan, item: &Item, path: &[usize], lead: &str) -> bool {
    lead_of(plan, path) == lead
        || item.items.iter().enumerate().any(|(j, c)| {
            let mut p = path.to_vec();
            p.push(j);
            subtree_led(plan, c, &p, lead)
        })
}

/// The priorities (as `(label + heading, row)` with their depth) the lead
/// filter keeps, in order.
pub(super) fn priority_rows(plan: &Plan, lead: &str) -> Vec<(usize, Row)> {
    fn walk(plan: &Plan, item: &Item, path: Vec<usize>, lead: &str, out: &mut Vec<(usize, Row)>) {
        if !lead.is_empty() && !subtree_led(plan, item, &path, lead) {
            return;
        }
        let level = path.len();
        let name = format!(
            "{}{}",
            label(level, *path.last().unwrap_or(&0)),
            item.heading.trim()
        );
        let id = path_id(&path);
        out.push((
            level,
            Row {
                key: format!("n:{id}"),
                id: format!("t-main-{id}"),
                name,
                track: item.track.clone(),
            },
        ));
        for (j, c) in item.items.iter().enumerate() {
            let mut p = path.clone();
            p.push(j);
            walk(plan, c, p, lead, out);
        }
    }
    let mut out = Vec::new();
    for (i, s) in plan.sections.iter().enumerate() {
        let as_item = Item {
            heading: s.heading.clone(),
            items: s.items.clone(),
            track: s.track.clone(),
            duty: s.duty.clone(),
            ..Item::default()
        };
        walk(plan, &as_item, vec![i], lead, &mut out);
    }
    out
}

/// The schedule's activities with text, under their months.
pub(super) fn activity_rows(plan: &Plan) -> Vec<(String, Vec<(String, Row)>)> {
    let mut out = Vec::new();
    for (i, e) in plan.schedule.iter().enumerate() {
        let month = months_heading(&e.months);
        let rows: Vec<(String, Row)> = e
            .activities
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.trim().is_empty())
            .map(|(j, a)| {
                let shown = format!("{}. {}", j + 1, a.trim());
                let row = Row {
                    key: format!("a:{i}-{j}"),
                    id: format!("t-schedule-{i}-{j}"),
                    name: format!("{month}第{}项“{}”", j + 1, a.trim()),
                    track: activity_track(e, j).cloned(),
                };
                (shown, row)
            })
            .collect();
        if !rows.is_empty() {
            out.push((month, rows));
        }
    }
    out
}

/// What decides the panel's controls: when it is the same as on screen,
/// a redraw only updates the bars and the values.
pub(super) fn shape(plan: &Plan, lead: &str, leads: &[String]) -> String {
    let mut s = leads.join("\u{1}");
    s.push('\u{2}');
    s.push_str(lead);
    let mut row = |r: &Row| {
        s.push('\u{2}');
        s.push_str(&r.id);
        s.push('\u{1}');
        s.push_str(&r.name);
        s.push(if r.track.is_some() { '+' } else { '-' });
    };
    for (_, r) in priority_rows(plan, lead) {
        row(&r);
    }
    for (_, rows) in activity_rows(plan) {
        for (_, r) in rows {
            row(&r);
        }
    }
    s
}

pub(super) fn leads(plan: &Plan) -> Vec<String> {
    progress_by_lead(plan)
        .into_iter()
        .map(|r| r.label)
        .filter(|l| !l.starts_with('（'))
        .collect()
}
