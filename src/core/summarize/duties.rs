//! Duties in the summary and in tracking: how many tasks of a priority were
//! completed and which 牵头部门 led them (a sentence at the head of the
//! priority's summary), and progress grouped by 牵头部门 for 执行跟踪.

use super::progress::{section_units, ProgressRow, Tally};
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
/// `（未定牵头部门）` last), counting the same units as the priorities table.
pub fn progress_by_lead(plan: &Plan) -> Vec<ProgressRow> {
    let mut rows: Vec<(String, Tally, Vec<usize>)> = Vec::new();
    let mut add = |lead: &str, track: Option<&Track>, path: Vec<usize>| {
        let lead = if lead.trim().is_empty() {
            "（未定牵头部门）"
        } else {
            lead.trim()
        };
        match rows.iter_mut().find(|r| r.0 == lead) {
            Some(r) => r.1.add(track),
            None => {
                let mut t = Tally::default();
                t.add(track);
                rows.push((lead.to_string(), t, path));
            }
        }
    };
    fn walk(
        items: &[Item],
        lead: &str,
        path: &mut Vec<usize>,
        add: &mut dyn FnMut(&str, Option<&Track>, Vec<usize>),
    ) {
        for (i, it) in items.iter().enumerate() {
            path.push(i);
            let lead = it
                .duty
                .as_ref()
                .map(|d| d.lead.as_str())
                .filter(|l| !l.trim().is_empty())
                .unwrap_or(lead);
            if it.track.is_some() || (it.items.is_empty() && !it.heading.trim().is_empty()) {
                add(lead, it.track.as_ref(), path.clone());
            }
            walk(&it.items, lead, path, add);
            path.pop();
        }
    }
    for (i, s) in plan.sections.iter().enumerate() {
        let lead = s.duty.as_ref().map(|d| d.lead.as_str()).unwrap_or("");
        if s.track.is_some() || (s.items.is_empty() && !section_units(s).is_empty()) {
            add(lead, s.track.as_ref(), vec![i]);
        }
        walk(&s.items, lead, &mut vec![i], &mut add);
    }
    rows.sort_by_key(|r| r.0.starts_with('（'));
    rows.into_iter()
        .map(|(label, tally, path)| ProgressRow {
            label,
            target: Target::at(Step::Main, path),
            tally,
        })
        .collect()
}

/// The 牵头部门 of the section or item at `path` (its own, else its
/// nearest ancestor's), for filtering the tracking list.
pub fn lead_of(plan: &Plan, path: &[usize]) -> String {
    let Some((first, rest)) = path.split_first() else {
        return String::new();
    };
    let Some(s) = plan.sections.get(*first) else {
        return String::new();
    };
    let pick = |d: Option<&Duty>, cur: String| {
        d.map(|d| d.lead.trim().to_string())
            .filter(|l| !l.is_empty())
            .unwrap_or(cur)
    };
    let mut lead = pick(s.duty.as_ref(), String::new());
    let mut list = &s.items;
    for i in rest {
        let Some(it) = list.get(*i) else { break };
        lead = pick(it.duty.as_ref(), lead);
        list = &it.items;
    }
    lead
}
