//! Duties in the summary and in tracking: how many tasks of a priority were
//! completed and which 牵头部门 led them (a sentence at the head of the
//! priority's summary), and progress grouped by 牵头部门 for 执行跟踪.

use super::progress::{ProgressRow, Tally};
use super::text::{name_list, COMMA};
use crate::core::model::{Duty, Item, Plan, Section, Status, Track};
use crate::core::steps::{Step, Target};

/// Each tracked node of a section (itself and its items) with its duty.
fn tracked(s: &Section) -> Vec<(&Track, Option<&Duty>)> {
    fn walk<'a>(items: &'a [Item], out: &mut Vec<(&'a Track, Option<&'a Duty>)>) {
        for it in items {
            if let Some(t) = &it.track {
                out.push((t, it.duty.as_ref()));
            }
            walk(&it.items, out);
        }
    }
    let mut out = Vec::new();
    if let Some(t) = &s.track {
        out.push((t, s.duty.as_ref()));
    }
    walk(&s.items, &mut out);
    out
}

/// `这方面计划的3项工作已完成2项，由工会办公室、女工委员会牵头完成。`: for a
/// priority with two or more tracked tasks, or one whose tasks have duties;
/// None when nothing is tracked. Cancelled tasks are not counted.
pub(super) fn priority_count(s: &Section) -> Option<String> {
    let t: Vec<_> = tracked(s)
        .into_iter()
        .filter(|(t, _)| t.status != Status::Cancelled)
        .collect();
    let with_duty = t.iter().any(|(_, d)| d.is_some());
    if t.is_empty() || (t.len() < 2 && !with_duty) {
        return None;
    }
    let done: Vec<_> = t.iter().filter(|(t, _)| t.status == Status::Done).collect();
    let mut s = format!("这方面计划的{}项工作已完成{}项", t.len(), done.len());
    let mut leads: Vec<&str> = Vec::new();
    for (_, d) in &done {
        let who = d.map(|d| {
            if d.lead.trim().is_empty() {
                d.owner.trim()
            } else {
                d.lead.trim()
            }
        });
        if let Some(w) = who.filter(|w| !w.is_empty() && !leads.contains(w)) {
            leads.push(w);
        }
    }
    if !leads.is_empty() {
        s.push_str(COMMA);
        s.push_str(&format!("由{}牵头完成", name_list(&leads, 6)));
    }
    s.push('。');
    Some(s)
}

/// Progress grouped by 牵头部门 (the lead of the nearest task with one;
/// `（未定牵头部门）` for the rest), counting every tracked node and every
/// untracked leaf, in order of first appearance.
pub fn progress_by_lead(plan: &Plan) -> Vec<ProgressRow> {
    fn walk(items: &[Item], lead: &str, path: &mut Vec<usize>, rows: &mut Vec<ProgressRow>) {
        for (i, it) in items.iter().enumerate() {
            path.push(i);
            let lead = own_lead(it.duty.as_ref()).unwrap_or(lead);
            if it.track.is_some() || it.items.is_empty() {
                add(rows, lead, it.track.as_ref(), path);
            }
            walk(&it.items, lead, path, rows);
            path.pop();
        }
    }
    let mut rows = Vec::new();
    for (i, s) in plan.sections.iter().enumerate() {
        let lead = own_lead(s.duty.as_ref()).unwrap_or("（未定牵头部门）");
        if s.track.is_some() || s.items.is_empty() {
            add(&mut rows, lead, s.track.as_ref(), &[i]);
        }
        walk(&s.items, lead, &mut vec![i], &mut rows);
    }
    rows
}

fn own_lead(d: Option<&Duty>) -> Option<&str> {
    d.map(|d| d.lead.trim()).filter(|l| !l.is_empty())
}

fn add(rows: &mut Vec<ProgressRow>, lead: &str, track: Option<&Track>, path: &[usize]) {
    let i = match rows.iter().position(|r| r.label == lead) {
        Some(i) => i,
        None => {
            rows.push(ProgressRow {
                label: lead.to_string(),
                target: Target::at(Step::Main, path.to_vec()),
                tally: Tally::default(),
            });
            rows.len() - 1
        }
    };
    rows[i].tally.add(track);
}

/// The 牵头部门 of the section or item at `path` (its own, else its
/// nearest ancestor's), for filtering the tracking list.
pub fn lead_of(plan: &Plan, path: &[usize]) -> String {
    let mut lead = "";
    let mut list: &[Item] = &[];
    for (k, i) in path.iter().enumerate() {
        let duty = if k == 0 {
            let Some(s) = plan.sections.get(*i) else {
                break;
            };
            list = &s.items;
            s.duty.as_ref()
        } else {
            let Some(it) = list.get(*i) else { break };
            list = &it.items;
            it.duty.as_ref()
        };
        lead = own_lead(duty).unwrap_or(lead);
    }
    lead.to_string()
}
