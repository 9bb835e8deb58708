//! The schedule: adding, deleting and re-dating month entries, merging and
//! splitting them, and adding, editing, deleting, moving and tracking their
//! activities. Tracking and duties (`ScheduleEntry::tracking`/`duties`,
//! parallel to `activities`) move along with their activity. Out-of-range indices change
//! nothing.

use super::{changed, Outcome};
use crate::core::model::{join_parallel, EntryDuty, EntryDutyField, Plan, ScheduleEntry, Track};

pub(super) fn add_entry(plan: &mut Plan, months: Vec<u8>) -> Outcome {
    plan.schedule.push(ScheduleEntry {
        months,
        activities: vec![String::new()],
        ..ScheduleEntry::default()
    });
    plan.sort_schedule();
    changed(None)
}

pub(super) fn delete_entry(plan: &mut Plan, entry: usize) -> Outcome {
    if entry >= plan.schedule.len() {
        return Outcome::default();
    }
    plan.schedule.remove(entry);
    changed(None)
}

pub(super) fn entry_months(plan: &mut Plan, entry: usize, mut months: Vec<u8>) -> Outcome {
    if entry >= plan.schedule.len() {
        return Outcome::default();
    }
    months.retain(|m| (1..=12).contains(m));
    months.sort_by_key(|m| plan.period.position(*m));
    months.dedup();
    plan.schedule[entry].months = months;
    plan.sort_schedule();
    changed(None)
}

/// Joins entry `entry` with the following one (七月 + 八月 → 七、八月).
pub(super) fn merge_next(plan: &mut Plan, entry: usize) -> Outcome {
    if entry + 1 >= plan.schedule.len() {
        return Outcome::default();
    }
    let b = plan.schedule.remove(entry + 1);
    let a = &mut plan.schedule[entry];
    // An empty placeholder line in the first entry is not worth keeping.
    if a.activities.iter().all(|s| s.trim().is_empty()) && !b.activities.is_empty() {
        a.activities.clear();
        a.tracking.clear();
        a.duties.clear();
    }
    let (alen, blen) = (a.activities.len(), b.activities.len());
    a.activities.extend(b.activities);
    join_parallel(&mut a.tracking, alen, b.tracking, blen);
    join_parallel(&mut a.duties, alen, b.duties, blen);
    a.months.extend(b.months);
    let p = plan.period;
    a.months.sort_by_key(|m| p.position(*m));
    a.months.dedup();
    changed(None)
}

/// Splits a combined entry into one entry per month (activities stay in the first).
pub(super) fn split(plan: &mut Plan, entry: usize) -> Outcome {
    if entry >= plan.schedule.len() || plan.schedule[entry].months.len() <= 1 {
        return Outcome::default();
    }
    let months = std::mem::take(&mut plan.schedule[entry].months);
    plan.schedule[entry].months = vec![months[0]];
    for (k, m) in months[1..].iter().enumerate() {
        plan.schedule.insert(
            entry + 1 + k,
            ScheduleEntry {
                months: vec![*m],
                activities: vec![String::new()],
                ..ScheduleEntry::default()
            },
        );
    }
    changed(None)
}

/// Puts a non-empty `text` into the entry's first blank line, if it has one
/// (instead of adding a second empty line). `Err(text)` when it does not.
pub(super) fn fill_blank_activity(
    plan: &mut Plan,
    entry: usize,
    text: String,
) -> Result<Outcome, String> {
    let Some(e) = plan.schedule.get_mut(entry) else {
        return Err(text);
    };
    if text.is_empty() {
        return Err(text);
    }
    match e.activities.iter().position(|a| a.trim().is_empty()) {
        Some(i) => {
            e.activities[i] = text;
            Ok(changed(Some(vec![entry, i])))
        }
        None => Err(text),
    }
}

/// Appends an activity to the entry; focus goes to it.
pub(super) fn add_activity(plan: &mut Plan, entry: usize, text: String) -> Outcome {
    let Some(e) = plan.schedule.get_mut(entry) else {
        return Outcome::default();
    };
    e.activities.push(text);
    changed(Some(vec![entry, e.activities.len() - 1]))
}

pub(super) fn set_activity(plan: &mut Plan, entry: usize, index: usize, value: String) -> Outcome {
    match plan.schedule.get_mut(entry) {
        // Typing into the empty line an entry without activities shows
        // appends the first activity.
        Some(e) if index == e.activities.len() => {
            e.activities.push(value);
            changed(None)
        }
        Some(e) if index < e.activities.len() => {
            e.activities[index] = value;
            changed(None)
        }
        _ => Outcome::default(),
    }
}

/// Deletes an activity and its tracking; focus goes to the one before it.
pub(super) fn delete_activity(plan: &mut Plan, entry: usize, index: usize) -> Outcome {
    let Some(e) = plan
        .schedule
        .get_mut(entry)
        .filter(|e| index < e.activities.len())
    else {
        return Outcome::default();
    };
    e.activities.remove(index);
    if index < e.tracking.len() {
        e.tracking.remove(index);
    }
    if index < e.duties.len() {
        e.duties.remove(index);
    }
    let focus = if e.activities.is_empty() {
        None
    } else {
        Some(vec![entry, index.saturating_sub(1)])
    };
    changed(focus)
}

/// Swaps an activity (and its tracking) with its neighbour above or below.
pub(super) fn move_activity(plan: &mut Plan, entry: usize, index: usize, up: bool) -> Outcome {
    let Some(e) = plan.schedule.get_mut(entry) else {
        return Outcome::default();
    };
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    match other {
        Some(o) if o < e.activities.len() && index < e.activities.len() => {
            e.activities.swap(index, o);
            if !e.tracking.is_empty() {
                e.tracking.resize(e.activities.len(), None);
                e.tracking.swap(index, o);
            }
            if !e.duties.is_empty() {
                e.duties.resize(e.activities.len(), None);
                e.duties.swap(index, o);
            }
            changed(Some(vec![entry, o]))
        }
        _ => Outcome::default(),
    }
}

/// Sets (or clears) the tracking of one activity.
pub(super) fn track_activity(
    plan: &mut Plan,
    entry: usize,
    index: usize,
    track: Option<Track>,
) -> Outcome {
    let Some(e) = plan
        .schedule
        .get_mut(entry)
        .filter(|e| index < e.activities.len())
    else {
        return Outcome::default();
    };
    if e.tracking.len() < e.activities.len() {
        e.tracking.resize(e.activities.len(), None);
    }
    e.tracking[index] = track;
    changed(None)
}

/// Sets one field of an activity's duty; a duty left empty is removed.
pub(super) fn duty_activity(
    plan: &mut Plan,
    entry: usize,
    index: usize,
    field: EntryDutyField,
    value: String,
) -> Outcome {
    let Some(e) = plan
        .schedule
        .get_mut(entry)
        .filter(|e| index < e.activities.len())
    else {
        return Outcome::default();
    };
    if e.duties.len() < e.activities.len() {
        e.duties.resize(e.activities.len(), None);
    }
    let d = &mut e.duties[index];
    *d.get_or_insert_with(EntryDuty::default).get_mut(field) = value;
    if d.as_ref().is_some_and(EntryDuty::is_empty) {
        *d = None;
    }
    if e.duties.iter().all(Option::is_none) {
        e.duties.clear();
    }
    changed(None)
}
