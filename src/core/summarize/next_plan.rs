//! Next year's plan of a 总结暨明年计划: an opening paragraph, and the same
//! priorities and months carrying exactly the unfinished (not done or partly
//! done) work.

use super::progress::{activity_track, all_units, is_blank, unfinished};
use super::text::union_name;
use crate::core::model::{
    join_parallel, Duty, EntryDuty, Item, Kind, Plan, ScheduleEntry, Section, Shared, Signature,
    Track,
};

pub(super) fn next_plan(plan: &Plan) -> Plan {
    let year = plan.year.saturating_add(1);
    let carried: usize = all_units(plan)
        .iter()
        .filter(|u| unfinished(u.track))
        .count();
    let guiding = if carried > 0 {
        format!(
            "{year}年，{}将在上级工会和同级党组织的领导下，认真总结{}年的经验和不足，抓紧落实上一年度尚未完成的工作，重点做好以下几方面工作：",
            union_name(plan),
            plan.year
        )
    } else {
        format!("{year}年，{}将在上级工会和同级党组织的领导下，认真总结{}年的经验和不足，重点做好以下几方面工作：", union_name(plan), plan.year)
    };
    let sections = plan
        .sections
        .iter()
        .map(|s| Section {
            heading: s.heading.trim().to_string(),
            body: if unfinished(s.track.as_ref()) {
                s.body.clone()
            } else {
                String::new()
            },
            items: carry_items(&s.items, plan.year),
            track: None,
            duty: carry_duty(s.duty.as_ref(), s.track.as_ref(), plan.year),
        })
        .map(Shared::new)
        .collect();
    Plan {
        kind: Kind::Plan,
        organization: plan.organization.clone(),
        org_type: plan.org_type.clone(),
        year,
        period: plan.period,
        guiding,
        sections,
        schedule: next_schedule(plan).into(),
        signature: Signature {
            organization: plan.signature.organization.clone(),
            date: None,
            date_style: plan.signature.date_style,
        },
        ..Plan::default()
    }
}

/// Exactly the unfinished items: an unfinished item keeps its heading, text
/// and unfinished descendants; unfinished items under a finished (or
/// untracked) one move up to take its place.
fn carry_items(items: &[Item], year: i32) -> Vec<Item> {
    let mut out = Vec::new();
    for it in items {
        let kids = carry_items(&it.items, year);
        if unfinished(it.track.as_ref()) {
            out.push(Item {
                heading: it.heading.clone(),
                text: it.text.clone(),
                items: kids,
                track: None,
                duty: carry_duty(it.duty.as_ref(), it.track.as_ref(), year),
            });
        } else {
            out.extend(kids);
        }
    }
    out
}

/// An unfinished task keeps its duty; a 完成时限 in this year moves to the next.
fn carry_duty(duty: Option<&Duty>, track: Option<&Track>, year: i32) -> Option<Duty> {
    let mut d = duty.filter(|_| unfinished(track))?.clone();
    d.due = d.due.replace(
        &format!("{year}年"),
        &format!("{}年", year.saturating_add(1)),
    );
    Some(d)
}

/// The same entries (months) with only their unfinished activities, plus an
/// empty entry for every month of the period no entry covers; period order,
/// no tracking.
fn next_schedule(plan: &Plan) -> Vec<ScheduleEntry> {
    let mut out: Vec<ScheduleEntry> = Vec::new();
    for e in &plan.schedule {
        let kept: Vec<usize> = (0..e.activities.len())
            .filter(|j| !is_blank(&e.activities[*j]) && unfinished(activity_track(e, *j)))
            .collect();
        let activities: Vec<String> = kept.iter().map(|j| e.activities[*j].clone()).collect();
        let mut duties: Vec<Option<EntryDuty>> = kept
            .iter()
            .map(|j| e.duties.get(*j).cloned().flatten())
            .collect();
        if duties.iter().all(Option::is_none) {
            duties.clear();
        }
        if e.months.is_empty() && activities.is_empty() {
            continue;
        }
        // Two entries for the same months merge into one.
        if let Some(prev) = out
            .iter_mut()
            .find(|p| !e.months.is_empty() && p.months == e.months)
        {
            let alen = prev.activities.len();
            let blen = activities.len();
            prev.activities.extend(activities);
            join_parallel(&mut prev.duties, alen, duties, blen);
        } else {
            out.push(ScheduleEntry {
                months: e.months.clone(),
                activities,
                tracking: Vec::new(),
                duties,
            });
        }
    }
    for m in plan.period.months() {
        if !out.iter().any(|e| e.months.contains(&m)) {
            out.push(ScheduleEntry {
                months: vec![m],
                ..Default::default()
            });
        }
    }
    let p = plan.period;
    out.sort_by_key(|e| e.months.iter().map(|m| p.position(*m)).min().unwrap_or(12));
    out
}
