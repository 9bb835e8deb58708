//! 新建下一年度: next year's draft started from this one. The plan is
//! cloned, not rebuilt, so every field (those added later too) carries over;
//! only what belongs to a year changes.

use super::holidays::{move_dates, moving_dates};
use crate::core::dates::{iso, parse_iso};
use crate::core::model::{Item, Kind, Plan, Previous, ScheduleEntry};
use chrono::Datelike;

/// Next year's draft of `plan` (which is not changed):
/// - year +1 (a 总结暨明年计划 whose next year's plan has content starts
///   from that plan, as a 工作计划);
/// - the title follows (years in it +1; an empty title stays empty, so the
///   suggestion follows by itself), and so does the signature date;
/// - schedule entries keep their months in the same period; dates of the
///   moving holidays named in an activity become next year's, and an
///   activity dated on such a holiday moves to its new month;
/// - tracking is cleared, everything else (duties, format, 文件 form) kept;
/// - `previous` names the source (its draft id is set by the editor).
pub fn next_year(plan: &Plan) -> Plan {
    let from_next =
        plan.kind == Kind::SummaryAndPlan && plan.next.as_deref().is_some_and(has_content);
    let mut out = if from_next {
        let mut n = plan.next.as_deref().cloned().unwrap_or_default();
        n.kind = Kind::Plan;
        n.year = plan.year.saturating_add(1);
        if n.title.trim().is_empty() {
            n.title = String::new();
        }
        n.organization = plan.organization.clone();
        n.org_type = plan.org_type.clone();
        n.signature = plan.signature.clone();
        n.format = plan.format;
        n.issuance = plan.issuance.clone();
        n.next = None;
        n
    } else {
        let mut n = plan.clone();
        n.year = plan.year.saturating_add(1);
        n.title = shift_years(&plan.title, plan.year, 1);
        if let Some(next) = n.next.as_deref_mut() {
            next.year = next.year.saturating_add(1);
            next.title = shift_years(&next.title, next.year - 1, 1);
        }
        n
    };
    // The date follows the year; a plan started from last year's 明年计划
    // keeps the date it was written on (it already speaks of that year).
    if !from_next {
        out.signature.date = out.signature.date.as_deref().map(|d| shift_date(d, 1));
        if let Some(i) = out.issuance.as_mut() {
            i.print_date = i.print_date.as_deref().map(|d| shift_date(d, 1));
            i.number = shift_years(&i.number, plan.year, 1);
        }
    }
    let source_year = if from_next { out.year } else { plan.year };
    clear_tracking(&mut out);
    move_schedule(&mut out, source_year);
    if let Some(n) = out.next.as_deref_mut() {
        clear_tracking(n);
        move_schedule(n, n.year.saturating_sub(1));
    }
    out.previous = Some(Previous {
        draft: String::new(),
        title: crate::core::title::effective(plan),
        year: plan.year,
    });
    out
}

fn has_content(p: &Plan) -> bool {
    !p.sections.is_empty()
        || !p.guiding.trim().is_empty()
        || !p.goals.trim().is_empty()
        || p.schedule.iter().any(|e| !e.activities.is_empty())
}

/// Years in a text moved on by `by`: `2026` → `2027`, and `2027` (a
/// 暨2027年计划) → `2028` first, so no year is moved twice.
pub(super) fn shift_years(text: &str, year: i32, by: i32) -> String {
    if !(1000..=9998).contains(&year) {
        return text.to_string();
    }
    let later = year.saturating_add(1).to_string();
    let mark = "\u{0}";
    let t = text.replace(&later, mark);
    let t = t.replace(&year.to_string(), &year.saturating_add(by).to_string());
    t.replace(mark, &year.saturating_add(1).saturating_add(by).to_string())
}

/// An ISO date `years` later (29 February becomes the 28th); anything that
/// is not a date is kept as it is.
fn shift_date(d: &str, years: i32) -> String {
    match parse_iso(d) {
        Ok(date) => {
            let y = date.year() + years;
            date.with_year(y)
                .or_else(|| date.with_day(28).and_then(|x| x.with_year(y)))
                .map(iso)
                .unwrap_or_else(|| d.to_string())
        }
        Err(_) => d.to_string(),
    }
}

fn clear_items(items: &mut [Item]) {
    for it in items {
        it.track = None;
        clear_items(&mut it.items);
    }
}

/// No tracking anywhere: next year starts untracked.
pub(super) fn clear_tracking(plan: &mut Plan) {
    for s in &mut plan.sections {
        s.track = None;
        clear_items(&mut s.items);
    }
    for e in &mut plan.schedule {
        e.tracking.clear();
    }
}

/// The schedule of `plan` (already next year's), written for `old_year`:
/// moving holidays' dates become this year's; an activity dated on one
/// that now falls in another month moves to that month's entry.
fn move_schedule(plan: &mut Plan, old_year: i32) {
    let old = moving_dates(old_year, plan.period);
    let new = moving_dates(plan.year, plan.period);
    let mut moved: Vec<(u8, String)> = Vec::new();
    for e in &mut plan.schedule {
        let single = (e.months.len() == 1).then(|| e.months[0]);
        let mut keep = Vec::with_capacity(e.activities.len());
        for a in std::mem::take(&mut e.activities) {
            let (text, month) = move_dates(&a, &old, &new);
            match (single, month) {
                (Some(m), Some(n)) if m != n => moved.push((n, text)),
                _ => keep.push(text),
            }
        }
        e.activities = keep;
    }
    for (m, text) in moved {
        match plan.schedule.iter_mut().find(|e| e.months.contains(&m)) {
            Some(e) => e.activities.push(text),
            None => plan.schedule.push(ScheduleEntry {
                months: vec![m],
                activities: vec![text],
                ..Default::default()
            }),
        }
    }
    plan.sort_schedule();
}
