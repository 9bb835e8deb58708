//! Counting: `Tally` (units per state), the progress tables by month and by
//! priority, and the units of work themselves (what a tally counts, see the
//! module doc), with `reported` / `unfinished`, the two questions the draft
//! and next year's plan ask of a unit's state.

use super::text::{name_of, short, strip_end};
use crate::core::model::{Item, Plan, ScheduleEntry, Section, Status, Track};
use crate::core::numbering::{label, months_heading};
use crate::core::steps::{Step, Target};

/// How many units of a part of the plan are in each state.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Tally {
    pub done: usize,
    pub partial: usize,
    pub not_done: usize,
    pub cancelled: usize,
    pub untracked: usize,
}

impl Tally {
    pub fn total(&self) -> usize {
        self.done + self.partial + self.not_done + self.cancelled + self.untracked
    }

    /// `3/4 完成`: done out of the units that were not cancelled.
    pub fn label(&self) -> String {
        format!(
            "{}/{} 完成",
            self.done,
            self.total().saturating_sub(self.cancelled)
        )
    }

    pub(super) fn add(&mut self, track: Option<&Track>) {
        match track.map(|t| t.status) {
            None => self.untracked += 1,
            Some(Status::Done) => self.done += 1,
            Some(Status::Partial) => self.partial += 1,
            Some(Status::NotDone) => self.not_done += 1,
            Some(Status::Cancelled) => self.cancelled += 1,
        }
    }
}

/// One row of a progress table.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ProgressRow {
    /// `三月`, `七、八月`, `一、加强思想引领`.
    pub label: String,
    pub target: Target,
    pub tally: Tally,
}

/// The tracking of activity `i` of a schedule entry (None when untracked or
/// out of range).
pub fn activity_track(entry: &ScheduleEntry, i: usize) -> Option<&Track> {
    entry.tracking.get(i).and_then(|t| t.as_ref())
}

/// One row per schedule entry, in period order, counting its non-blank activities.
pub fn progress_by_month(plan: &Plan) -> Vec<ProgressRow> {
    schedule_order(plan)
        .into_iter()
        .filter_map(|i| plan.schedule.get(i).map(|e| (i, e)))
        .map(|(i, e)| {
            let mut tally = Tally::default();
            for u in activity_units(e) {
                tally.add(u.track);
            }
            ProgressRow {
                label: months_heading(&e.months),
                target: Target::at(Step::Schedule, vec![i]),
                tally,
            }
        })
        .collect()
}

/// One row per section (priority), counting the section's own track and all
/// its items recursively (see the module doc for what counts as a unit).
pub fn progress_by_priority(plan: &Plan) -> Vec<ProgressRow> {
    plan.sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut tally = Tally::default();
            for u in section_units(s) {
                tally.add(u.track);
            }
            let heading = s.heading.trim();
            let heading = if heading.is_empty() {
                "（未填写标题）"
            } else {
                heading
            };
            ProgressRow {
                label: format!("{}{}", label(1, i), heading),
                target: Target::at(Step::Main, vec![i]),
                tally,
            }
        })
        .collect()
}

// ---------------------------------------------------------------- units

/// A unit of work, for tallies, the opening note and the problems list.
pub(super) struct Unit<'a> {
    /// What it is, for a sentence: the heading (or the start of the text),
    /// with the month for schedule activities.
    pub(super) name: String,
    pub(super) activity: bool,
    pub(super) track: Option<&'a Track>,
}

pub(super) fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}

pub(super) fn section_units(s: &Section) -> Vec<Unit<'_>> {
    let mut out = Vec::new();
    node_units(&s.heading, &s.body, s.track.as_ref(), &s.items, &mut out);
    out
}

fn node_units<'a>(
    heading: &str,
    text: &str,
    track: Option<&'a Track>,
    items: &'a [Item],
    out: &mut Vec<Unit<'a>>,
) {
    let at = out.len();
    for it in items {
        node_units(&it.heading, &it.text, it.track.as_ref(), &it.items, out);
    }
    let blank = is_blank(heading) && is_blank(text);
    if track.is_some() || (out.len() == at && !blank) {
        out.insert(
            at,
            Unit {
                name: name_of(heading, text),
                activity: false,
                track,
            },
        );
    }
}

fn activity_units(e: &ScheduleEntry) -> Vec<Unit<'_>> {
    let month = months_heading(&e.months);
    e.activities
        .iter()
        .enumerate()
        .filter(|(_, a)| !is_blank(a))
        .map(|(j, a)| Unit {
            name: format!("{month}安排的“{}”", short(&strip_end(a), 40)),
            activity: true,
            track: activity_track(e, j),
        })
        .collect()
}

/// Schedule entry indices in period order (by their earliest month; stable).
pub(super) fn schedule_order(plan: &Plan) -> Vec<usize> {
    let p = plan.period;
    let mut idx: Vec<usize> = (0..plan.schedule.len()).collect();
    idx.sort_by_key(|i| {
        plan.schedule
            .get(*i)
            .and_then(|e| e.months.iter().map(|m| p.position(*m)).min())
            .unwrap_or(12)
    });
    idx
}

/// Every unit in document order: priorities, then the schedule in period order.
pub(super) fn all_units(plan: &Plan) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit<'_>> = plan
        .sections
        .iter()
        .flat_map(|s| section_units(s))
        .collect();
    for i in schedule_order(plan) {
        if let Some(e) = plan.schedule.get(i) {
            out.extend(activity_units(e));
        }
    }
    out
}

/// Done or partly done: written up in the summary.
pub(super) fn reported(t: Option<&Track>) -> bool {
    matches!(
        t.map(|t| t.status),
        Some(Status::Done) | Some(Status::Partial)
    )
}

/// Not done or partly done: a problem, and carried into next year's plan.
pub(super) fn unfinished(t: Option<&Track>) -> bool {
    matches!(
        t.map(|t| t.status),
        Some(Status::NotDone) | Some(Status::Partial)
    )
}
