//! Every change the editor can make to a plan, as data (`Edit`) with a pure
//! `apply`. The Yew reducer only records history around `apply`; the rules
//! (derived titles, tree moves, schedule merges) live and are tested here.
//!
//! This file holds the edits themselves and the dispatch with the rules that
//! touch the whole document (the title follows its suggestion, the
//! signature follows the organisation); `tree.rs` the priorities tree and
//! `schedule.rs` the months and their activities.

mod schedule;
mod settings;
mod tree;

pub use settings::IssuanceField;

pub use tree::node_at;

use super::model::{
    DateStyle, DutyField, EntryDutyField, Format, Issuance, Item, Kind, Period, Plan,
    ScheduleLayout, Track,
};
use super::title;
use tree::{add_after, add_child, delete, indent, move_by, outdent, restore, set_node, tree_op};

/// The free-text parts of a document.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum TextField {
    Guiding,
    Goals,
    Measures,
    Problems,
}

/// One operation on the priorities tree or elsewhere. Paths address the
/// tree: `[s]` is section `s`, `[s, i, j]` is item j of item i of section s.
#[derive(Clone, PartialEq, Debug)]
pub enum Op {
    Kind(Kind),
    Organization(String),
    OrgType(String),
    Year(i32),
    Title(String),
    Period(Period),
    Text {
        field: TextField,
        value: String,
    },
    /// Inserts an empty node after `path` (same level); `[]` appends a section.
    AddAfter {
        path: Vec<usize>,
    },
    /// Appends an empty child under `path` (if the depth allows).
    AddChild {
        path: Vec<usize>,
    },
    Delete {
        path: Vec<usize>,
    },
    Indent {
        path: Vec<usize>,
    },
    Outdent {
        path: Vec<usize>,
    },
    MoveUp {
        path: Vec<usize>,
    },
    MoveDown {
        path: Vec<usize>,
    },
    Heading {
        path: Vec<usize>,
        value: String,
    },
    Body {
        path: Vec<usize>,
        value: String,
    },
    /// Re-inserts a node removed by `Delete` (undo of delete inside a list).
    Restore {
        path: Vec<usize>,
        item: Item,
    },
    AddEntry {
        months: Vec<u8>,
    },
    DeleteEntry {
        entry: usize,
    },
    EntryMonths {
        entry: usize,
        months: Vec<u8>,
    },
    /// Joins entry `entry` with the following one (七月 + 八月 → 七、八月).
    MergeNext {
        entry: usize,
    },
    /// Splits a combined entry into one entry per month (activities stay in the first).
    Split {
        entry: usize,
    },
    AddActivity {
        entry: usize,
        text: String,
    },
    Activity {
        entry: usize,
        index: usize,
        value: String,
    },
    DeleteActivity {
        entry: usize,
        index: usize,
    },
    MoveActivity {
        entry: usize,
        index: usize,
        up: bool,
    },
    SignatureOrg(String),
    SignatureDate(Option<String>),
    DateStyle(DateStyle),
    /// Tracking of a tree node (`path`) …
    TrackNode {
        path: Vec<usize>,
        track: Option<Track>,
    },
    /// … or of a schedule activity.
    TrackActivity {
        entry: usize,
        index: usize,
        track: Option<Track>,
    },
    /// One field of the duty of a tree node (牵头部门 …); empty duties are removed.
    Duty {
        path: Vec<usize>,
        field: DutyField,
        value: String,
    },
    /// One field of the duty of a schedule activity (负责, 参加范围, 备注).
    EntryDuty {
        entry: usize,
        index: usize,
        field: EntryDutyField,
        value: String,
    },
    /// `format.task_table`: append the 任务分解表.
    TaskTable(bool),
    /// `format.schedule`: the 活动安排 as a list or a table.
    ScheduleLayout(ScheduleLayout),
    /// Replaces the whole document (import, template, setPlan).
    Replace(Box<Plan>),
    /// Sets half-width `, ; : ? ! ( )` in Chinese text full-width in every
    /// stored text of the part (`punct::fix_plan`; the whole document, next
    /// year's part included, unless `next`): one undoable edit, the
    /// checklist's 一键改为全角. Changes nothing when there is nothing to fix.
    FixPunctuation,
    /// The 版式 settings (`format`: fonts, page numbers).
    SetFormat(Format),
    /// Issues the document as a 文件 with these settings (`Some`), or not.
    SetIssuance(Option<Box<Issuance>>),
    /// Typing in a field of the 文件 form (issues the document if it was not).
    IssuanceText {
        field: IssuanceField,
        value: String,
    },
    /// 加盖印章 (how the signature sits, GB/T 9704 7.3.5).
    IssuanceSeal(bool),
    /// 用标准标题: forgets the author's own heading of a named part
    /// (`headings`, kept by import), so the standard one prints again.
    StandardHeading(TextField),
    /// 用标准标题 for the 活动安排 part (`headings.schedule`).
    StandardScheduleHeading,
    /// 改用标准写法: forgets the month labels as written (`headings.months`:
    /// `一月份`, `1———2月`), so the entries print as `一月`, `一、二月`.
    StandardMonthLabels,
}

/// An edit of the document, or of next year's part of a 总结暨明年计划.
#[derive(Clone, PartialEq, Debug)]
pub struct Edit {
    pub next: bool,
    pub op: Op,
}

impl Edit {
    pub fn main(op: Op) -> Edit {
        Edit { next: false, op }
    }

    /// Edits that type into the same field share a key: history merges them
    /// into one undo step per pause. Structural edits have none.
    pub fn coalesce_key(&self) -> Option<String> {
        let p = |v: &Vec<usize>| {
            v.iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join("-")
        };
        let k = match &self.op {
            Op::Organization(_) => "org".to_string(),
            Op::Title(_) => "title".into(),
            Op::Text { field, .. } => format!("text:{}", *field as u8),
            Op::Heading { path, .. } => format!("heading:{}", p(path)),
            Op::Body { path, .. } => format!("body:{}", p(path)),
            Op::Activity { entry, index, .. } => format!("act:{entry}-{index}"),
            Op::SignatureOrg(_) => "sigorg".into(),
            // Typing a tracking note or figure: one undo step per pause.
            Op::TrackNode { path, .. } => format!("track:{}", p(path)),
            Op::TrackActivity { entry, index, .. } => format!("track-act:{entry}-{index}"),
            Op::Duty { path, field, .. } => format!("duty:{}:{}", p(path), *field as u8),
            Op::EntryDuty {
                entry,
                index,
                field,
                ..
            } => format!("duty-act:{entry}-{index}:{}", *field as u8),
            Op::IssuanceText { field, .. } => format!("issuance:{}", *field as u8),
            _ => return None,
        };
        Some(if self.next { format!("next:{k}") } else { k })
    }
}

/// What an edit changed, for the UI: where focus should go next.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Outcome {
    pub changed: bool,
    pub focus: Option<Vec<usize>>,
}

/// Applies an edit. Returns whether anything changed and where focus goes.
/// Out-of-range paths are ignored (nothing changes), never a panic.
pub fn apply(plan: &mut Plan, edit: Edit) -> Outcome {
    if edit.next {
        if plan.next.is_none() {
            plan.next = Some(Box::new(Plan {
                kind: Kind::Plan,
                year: plan.year.saturating_add(1),
                ..Plan::default()
            }));
        }
        let Some(next) = plan.next.as_deref_mut() else {
            return Outcome::default();
        };
        return apply_op(next, edit.op);
    }
    apply_op(plan, edit.op)
}

fn changed(focus: Option<Vec<usize>>) -> Outcome {
    Outcome {
        changed: true,
        focus,
    }
}

fn apply_op(plan: &mut Plan, op: Op) -> Outcome {
    let before_title = title::suggest(plan);
    let follows = plan.title.trim().is_empty() || plan.title == before_title;
    let out = match op {
        Op::Kind(k) => {
            plan.kind = k;
            plan.normalize();
            changed(None)
        }
        Op::Organization(v) => {
            // The signature follows the organisation until the user edits it.
            if plan.signature.organization.is_empty()
                || plan.signature.organization == plan.organization
            {
                plan.signature.organization = v.clone();
            }
            plan.organization = v;
            changed(None)
        }
        Op::OrgType(v) => {
            plan.org_type = v;
            changed(None)
        }
        Op::Year(y) => {
            plan.year = y.clamp(1900, 2200);
            if let Some(n) = plan.next.as_deref_mut() {
                n.year = plan.year.saturating_add(1);
            }
            changed(None)
        }
        Op::Title(v) => {
            plan.title = v;
            return changed(None);
        }
        Op::Period(p) => {
            // A schedule with nothing written yet is regenerated for the new
            // period (school years merge 七、八月); otherwise entries only move.
            let untouched = plan
                .schedule
                .iter()
                .all(|e| e.activities.iter().all(|a| a.trim().is_empty()));
            super::calendar::set_period(plan, p);
            if untouched {
                plan.schedule = super::calendar::default_schedule(plan.period).into();
            }
            changed(None)
        }
        Op::Text { field, value } => {
            *match field {
                TextField::Guiding => &mut plan.guiding,
                TextField::Goals => &mut plan.goals,
                TextField::Measures => &mut plan.measures,
                TextField::Problems => &mut plan.problems,
            } = value;
            changed(None)
        }
        Op::AddAfter { path } => tree_op(plan, |t| add_after(t, &path)),
        Op::AddChild { path } => tree_op(plan, |t| add_child(t, &path)),
        Op::Delete { path } => tree_op(plan, |t| delete(t, &path)),
        Op::Restore { path, item } => tree_op(plan, |t| restore(t, &path, item)),
        Op::Indent { path } => tree_op(plan, |t| indent(t, &path)),
        Op::Outdent { path } => tree_op(plan, |t| outdent(t, &path)),
        Op::MoveUp { path } => tree_op(plan, |t| move_by(t, &path, true)),
        Op::MoveDown { path } => tree_op(plan, |t| move_by(t, &path, false)),
        Op::Heading { path, value } => set_node(plan, &path, |heading, _| *heading = value),
        Op::Body { path, value } => set_node(plan, &path, |_, body| *body = value),
        Op::TrackNode { path, track } => tree::track_node(plan, &path, track),
        Op::AddEntry { months } => schedule::add_entry(plan, months),
        Op::DeleteEntry { entry } => schedule::delete_entry(plan, entry),
        Op::EntryMonths { entry, months } => schedule::entry_months(plan, entry, months),
        Op::MergeNext { entry } => schedule::merge_next(plan, entry),
        Op::Split { entry } => schedule::split(plan, entry),
        Op::AddActivity { entry, text } => match schedule::fill_blank_activity(plan, entry, text) {
            // Filling a blank line returns before the title is re-derived.
            Ok(out) => return out,
            Err(text) => schedule::add_activity(plan, entry, text),
        },
        Op::Activity {
            entry,
            index,
            value,
        } => schedule::set_activity(plan, entry, index, value),
        Op::DeleteActivity { entry, index } => schedule::delete_activity(plan, entry, index),
        Op::MoveActivity { entry, index, up } => schedule::move_activity(plan, entry, index, up),
        Op::TrackActivity {
            entry,
            index,
            track,
        } => schedule::track_activity(plan, entry, index, track),
        Op::Duty { path, field, value } => tree::duty_node(plan, &path, field, value),
        Op::EntryDuty {
            entry,
            index,
            field,
            value,
        } => schedule::duty_activity(plan, entry, index, field, value),
        Op::TaskTable(on) => {
            plan.format.get_or_insert_with(Default::default).task_table = on;
            changed(None)
        }
        Op::ScheduleLayout(l) => {
            plan.format.get_or_insert_with(Default::default).schedule = l;
            changed(None)
        }
        Op::SignatureOrg(v) => {
            plan.signature.organization = v;
            changed(None)
        }
        Op::SignatureDate(d) => {
            plan.signature.date = d.filter(|d| !d.trim().is_empty());
            changed(None)
        }
        Op::DateStyle(s) => {
            plan.signature.date_style = s;
            changed(None)
        }
        Op::Replace(p) => {
            *plan = *p;
            plan.normalize();
            return changed(None);
        }
        Op::FixPunctuation => {
            if !super::punct::fix_plan(plan) {
                return Outcome::default();
            }
            changed(None)
        }
        Op::SetFormat(f) => settings::set_format(plan, f),
        Op::SetIssuance(i) => settings::set_issuance(plan, i),
        Op::IssuanceText { field, value } => settings::set_text(plan, field, value),
        Op::IssuanceSeal(seal) => settings::set_seal(plan, seal),
        Op::StandardHeading(field) => {
            let h = &mut plan.headings;
            let kept = match field {
                TextField::Guiding => &mut h.guiding,
                TextField::Goals => &mut h.goals,
                TextField::Measures => &mut h.measures,
                TextField::Problems => &mut h.problems,
            };
            if kept.take().is_none() {
                return Outcome::default();
            }
            changed(None)
        }
        Op::StandardScheduleHeading => {
            if plan.headings.schedule.take().is_none() {
                return Outcome::default();
            }
            changed(None)
        }
        Op::StandardMonthLabels => {
            if plan.headings.months.is_empty() {
                return Outcome::default();
            }
            plan.headings.months.clear();
            changed(None)
        }
    };
    if out.changed && follows {
        plan.title = title::suggest(plan);
    }
    out
}

#[cfg(test)]
mod tests;
