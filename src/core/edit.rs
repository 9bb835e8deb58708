//! Every change the editor can make to a plan, as data (`Edit`) with a pure
//! `apply`. The Yew reducer only records history around `apply`; the rules
//! (derived titles, tree moves, schedule merges) live and are tested here.

use super::model::{DateStyle, Item, Kind, Period, Plan, ScheduleEntry, Section, Track, MAX_DEPTH};
use super::title;

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
    /// Replaces the whole document (import, template, setPlan).
    Replace(Box<Plan>),
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
            Op::Text { field, .. } => format!("text:{field:?}"),
            Op::Heading { path, .. } => format!("heading:{}", p(path)),
            Op::Body { path, .. } => format!("body:{}", p(path)),
            Op::Activity { entry, index, .. } => format!("act:{entry}-{index}"),
            Op::SignatureOrg(_) => "sigorg".into(),
            // Typing a tracking note or figure: one undo step per pause.
            Op::TrackNode { path, .. } => format!("track:{}", p(path)),
            Op::TrackActivity { entry, index, .. } => format!("track-act:{entry}-{index}"),
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
                plan.schedule = super::calendar::default_schedule(plan.period);
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
        Op::TrackNode { path, track } => {
            let Some((&first, rest)) = path.split_first() else {
                return Outcome::default();
            };
            if rest.is_empty() {
                match plan.sections.get_mut(first) {
                    Some(s) => s.track = track,
                    None => return Outcome::default(),
                }
            } else {
                match plan
                    .sections
                    .get_mut(first)
                    .and_then(|s| node_mut(&mut s.items, rest))
                {
                    Some(it) => it.track = track,
                    None => return Outcome::default(),
                }
            }
            changed(None)
        }
        Op::AddEntry { months } => {
            plan.schedule.push(ScheduleEntry {
                months,
                activities: vec![String::new()],
                tracking: Vec::new(),
            });
            plan.sort_schedule();
            changed(None)
        }
        Op::DeleteEntry { entry } if entry < plan.schedule.len() => {
            plan.schedule.remove(entry);
            changed(None)
        }
        Op::EntryMonths { entry, mut months } if entry < plan.schedule.len() => {
            months.retain(|m| (1..=12).contains(m));
            months.sort_by_key(|m| plan.period.position(*m));
            months.dedup();
            plan.schedule[entry].months = months;
            plan.sort_schedule();
            changed(None)
        }
        Op::MergeNext { entry } if entry + 1 < plan.schedule.len() => {
            let b = plan.schedule.remove(entry + 1);
            let a = &mut plan.schedule[entry];
            let tracked = !a.tracking.is_empty() || !b.tracking.is_empty();
            if tracked {
                a.tracking.resize(a.activities.len(), None);
            }
            // An empty placeholder line in the first entry is not worth keeping.
            if a.activities.iter().all(|s| s.trim().is_empty()) && !b.activities.is_empty() {
                a.activities.clear();
                a.tracking.clear();
            }
            let blen = b.activities.len();
            a.activities.extend(b.activities);
            if tracked {
                let mut bt = b.tracking;
                bt.resize(blen, None);
                a.tracking.resize(a.activities.len() - blen, None);
                a.tracking.extend(bt);
            }
            a.months.extend(b.months);
            let p = plan.period;
            a.months.sort_by_key(|m| p.position(*m));
            a.months.dedup();
            changed(None)
        }
        Op::Split { entry }
            if entry < plan.schedule.len() && plan.schedule[entry].months.len() > 1 =>
        {
            let months = std::mem::take(&mut plan.schedule[entry].months);
            plan.schedule[entry].months = vec![months[0]];
            for (k, m) in months[1..].iter().enumerate() {
                plan.schedule.insert(
                    entry + 1 + k,
                    ScheduleEntry {
                        months: vec![*m],
                        activities: vec![String::new()],
                        tracking: Vec::new(),
                    },
                );
            }
            changed(None)
        }
        Op::AddActivity { entry, text } if entry < plan.schedule.len() => {
            let e = &mut plan.schedule[entry];
            // Fill an empty line first instead of adding a second empty one.
            if !text.is_empty() {
                if let Some(i) = e.activities.iter().position(|a| a.trim().is_empty()) {
                    e.activities[i] = text;
                    return changed(Some(vec![entry, i]));
                }
            }
            e.activities.push(text);
            changed(Some(vec![entry, e.activities.len() - 1]))
        }
        Op::Activity {
            entry,
            index,
            value,
        } => match plan.schedule.get_mut(entry) {
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
        },
        Op::DeleteActivity { entry, index }
            if plan
                .schedule
                .get(entry)
                .is_some_and(|e| index < e.activities.len()) =>
        {
            let e = &mut plan.schedule[entry];
            e.activities.remove(index);
            if index < e.tracking.len() {
                e.tracking.remove(index);
            }
            let focus = if e.activities.is_empty() {
                None
            } else {
                Some(vec![entry, index.saturating_sub(1)])
            };
            changed(focus)
        }
        Op::MoveActivity { entry, index, up } => {
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
                    changed(Some(vec![entry, o]))
                }
                _ => Outcome::default(),
            }
        }
        Op::TrackActivity {
            entry,
            index,
            track,
        } if plan
            .schedule
            .get(entry)
            .is_some_and(|e| index < e.activities.len()) =>
        {
            let e = &mut plan.schedule[entry];
            if e.tracking.len() < e.activities.len() {
                e.tracking.resize(e.activities.len(), None);
            }
            e.tracking[index] = track;
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
        _ => Outcome::default(),
    };
    if out.changed && follows {
        plan.title = title::suggest(plan);
    }
    out
}

// ---- the priorities tree -------------------------------------------------
//
// Sections are items at level 1 with `body` for `text`; tree operations run
// on a uniform `Vec<Item>` and convert back, so every rule is written once.

fn to_items(sections: Vec<Section>) -> Vec<Item> {
    sections
        .into_iter()
        .map(|s| Item {
            heading: s.heading,
            text: s.body,
            items: s.items,
            track: s.track,
        })
        .collect()
}

fn to_sections(items: Vec<Item>) -> Vec<Section> {
    items
        .into_iter()
        .map(|i| Section {
            heading: i.heading,
            body: i.text,
            items: i.items,
            track: i.track,
        })
        .collect()
}

fn tree_op(plan: &mut Plan, f: impl FnOnce(&mut Vec<Item>) -> Option<Vec<usize>>) -> Outcome {
    let mut tree = to_items(std::mem::take(&mut plan.sections));
    let focus = f(&mut tree);
    plan.sections = to_sections(tree);
    match focus {
        Some(p) => changed(Some(p)),
        None => Outcome::default(),
    }
}

fn node_mut<'a>(list: &'a mut [Item], path: &[usize]) -> Option<&'a mut Item> {
    let (first, rest) = path.split_first()?;
    let node = list.get_mut(*first)?;
    if rest.is_empty() {
        Some(node)
    } else {
        node_mut(&mut node.items, rest)
    }
}

/// The list that holds the node at `path` (its siblings).
fn parent_list<'a>(tree: &'a mut Vec<Item>, path: &[usize]) -> Option<&'a mut Vec<Item>> {
    match path.len() {
        0 => None,
        1 => Some(tree),
        _ => node_mut(tree, &path[..path.len() - 1]).map(|n| &mut n.items),
    }
}

/// Levels below and including a node (a leaf is 1).
fn height(item: &Item) -> usize {
    1 + item.items.iter().map(height).max().unwrap_or(0)
}

fn set_node(plan: &mut Plan, path: &[usize], f: impl FnOnce(&mut String, &mut String)) -> Outcome {
    match path {
        [] => return Outcome::default(),
        [s] => match plan.sections.get_mut(*s) {
            Some(sec) => f(&mut sec.heading, &mut sec.body),
            None => return Outcome::default(),
        },
        [s, rest @ ..] => match plan
            .sections
            .get_mut(*s)
            .and_then(|sec| node_mut(&mut sec.items, rest))
        {
            Some(it) => f(&mut it.heading, &mut it.text),
            None => return Outcome::default(),
        },
    }
    changed(None)
}

fn add_after(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    if path.is_empty() {
        tree.push(Item::default());
        return Some(vec![tree.len() - 1]);
    }
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    if idx >= list.len() {
        return None;
    }
    list.insert(idx + 1, Item::default());
    let mut p = path.to_vec();
    *p.last_mut()? += 1;
    Some(p)
}

fn add_child(tree: &mut [Item], path: &[usize]) -> Option<Vec<usize>> {
    if path.len() >= MAX_DEPTH {
        return None;
    }
    let node = node_mut(tree, path)?;
    node.items.push(Item::default());
    let mut p = path.to_vec();
    p.push(node.items.len() - 1);
    Some(p)
}

fn delete(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    if idx >= list.len() {
        return None;
    }
    list.remove(idx);
    let mut p = path.to_vec();
    if list.is_empty() {
        p.pop();
    } else if idx >= list.len() {
        *p.last_mut()? = list.len() - 1;
    }
    Some(p)
}

fn restore(tree: &mut Vec<Item>, path: &[usize], item: Item) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    let idx = idx.min(list.len());
    list.insert(idx, item);
    let mut p = path.to_vec();
    *p.last_mut()? = idx;
    Some(p)
}

/// Makes the node the last child of its previous sibling.
fn indent(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    if idx == 0 {
        return None;
    }
    let list = parent_list(tree, path)?;
    let node = list.get(idx)?;
    if path.len() + height(node) > MAX_DEPTH {
        return None; // would go deeper than (1)
    }
    let node = list.remove(idx);
    let prev = &mut list[idx - 1];
    prev.items.push(node);
    let mut p = path[..path.len() - 1].to_vec();
    p.push(idx - 1);
    p.push(prev.items.len() - 1);
    Some(p)
}

/// Makes the node the next sibling of its parent.
fn outdent(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    if path.len() < 2 {
        return None;
    }
    let idx = *path.last()?;
    let parent_path = &path[..path.len() - 1];
    let node = {
        let list = parent_list(tree, path)?;
        if idx >= list.len() {
            return None;
        }
        list.remove(idx)
    };
    let pidx = *parent_path.last()?;
    let grand = parent_list(tree, parent_path)?;
    grand.insert(pidx + 1, node);
    let mut p = parent_path.to_vec();
    *p.last_mut()? = pidx + 1;
    Some(p)
}

fn move_by(tree: &mut Vec<Item>, path: &[usize], up: bool) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    let other = if up { idx.checked_sub(1)? } else { idx + 1 };
    if other >= list.len() || idx >= list.len() {
        return None;
    }
    list.swap(idx, other);
    let mut p = path.to_vec();
    *p.last_mut()? = other;
    Some(p)
}

/// The node at a path, for reading (sections as items).
pub fn node_at(plan: &Plan, path: &[usize]) -> Option<Item> {
    let (s, rest) = path.split_first()?;
    let sec = plan.sections.get(*s)?;
    if rest.is_empty() {
        return Some(Item {
            heading: sec.heading.clone(),
            text: sec.body.clone(),
            items: sec.items.clone(),
            track: sec.track.clone(),
        });
    }
    let mut list = &sec.items;
    let mut node = None;
    for i in rest {
        let n = list.get(*i)?;
        list = &n.items;
        node = Some(n);
    }
    node.cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::blocks;

    fn e(op: Op) -> Edit {
        Edit::main(op)
    }

    fn headings(plan: &Plan) -> Vec<String> {
        blocks(plan)
            .into_iter()
            .filter(|b| matches!(b.kind, crate::core::layout::BlockKind::Heading(_)))
            .map(|b| b.full_text())
            .collect()
    }

    fn tree() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2025);
        for (i, h) in ["甲", "乙", "丙"].iter().enumerate() {
            apply(&mut p, e(Op::AddAfter { path: vec![] }));
            apply(
                &mut p,
                e(Op::Heading {
                    path: vec![i],
                    value: h.to_string(),
                }),
            );
        }
        p
    }

    #[test]
    fn title_follows_until_user_edits_it() {
        let mut p = Plan::new(Kind::Plan, 2025);
        apply(&mut p, e(Op::Organization("实验中学工会".into())));
        assert_eq!(p.title, "实验中学工会2025年工作计划");
        apply(&mut p, e(Op::Year(2026)));
        assert_eq!(p.title, "实验中学工会2026年工作计划");
        apply(&mut p, e(Op::Title("我的标题".into())));
        apply(&mut p, e(Op::Kind(Kind::Summary)));
        assert_eq!(p.title, "我的标题");
        assert_eq!(p.signature.organization, "实验中学工会");
    }

    #[test]
    fn indent_outdent_and_moves_renumber() {
        let mut p = tree();
        assert_eq!(headings(&p), ["一、甲", "二、乙", "三、丙"]);
        let o = apply(&mut p, e(Op::Indent { path: vec![1] }));
        assert_eq!(o.focus, Some(vec![0, 0]));
        assert_eq!(headings(&p), ["一、甲", "（一）乙", "二、丙"]);
        apply(&mut p, e(Op::Indent { path: vec![1] }));
        assert_eq!(headings(&p), ["一、甲", "（一）乙", "（二）丙"]);
        apply(&mut p, e(Op::MoveUp { path: vec![0, 1] }));
        assert_eq!(headings(&p), ["一、甲", "（一）丙", "（二）乙"]);
        apply(&mut p, e(Op::Indent { path: vec![0, 1] }));
        assert_eq!(headings(&p), ["一、甲", "（一）丙", "1.乙"]);
        apply(
            &mut p,
            e(Op::Outdent {
                path: vec![0, 0, 0],
            }),
        );
        assert_eq!(headings(&p), ["一、甲", "（一）丙", "（二）乙"]);
        apply(&mut p, e(Op::Outdent { path: vec![0, 1] }));
        assert_eq!(headings(&p), ["一、甲", "（一）丙", "二、乙"]);
        apply(&mut p, e(Op::Delete { path: vec![0] }));
        assert_eq!(headings(&p), ["一、乙"]);
    }

    #[test]
    fn depth_is_limited_to_four_levels() {
        let mut p = tree();
        assert!(apply(&mut p, e(Op::AddChild { path: vec![0] })).changed);
        assert!(apply(&mut p, e(Op::AddChild { path: vec![0, 0] })).changed);
        assert!(
            apply(
                &mut p,
                e(Op::AddChild {
                    path: vec![0, 0, 0]
                })
            )
            .changed
        );
        assert!(
            !apply(
                &mut p,
                e(Op::AddChild {
                    path: vec![0, 0, 0, 0]
                })
            )
            .changed
        );
        // section 甲 has height 4; indenting it under nothing fails, indenting 乙 (height 1) under 甲 works
        assert!(!apply(&mut p, e(Op::Indent { path: vec![0] })).changed);
        apply(&mut p, e(Op::AddChild { path: vec![1] }));
        apply(&mut p, e(Op::AddChild { path: vec![1, 0] }));
        apply(
            &mut p,
            e(Op::AddChild {
                path: vec![1, 0, 0],
            }),
        );
        // 乙 now has height 4: indenting it would make level 5
        assert!(!apply(&mut p, e(Op::Indent { path: vec![1] })).changed);
    }

    #[test]
    fn period_change_moves_entries_and_keeps_activities() {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.schedule = crate::core::calendar::default_schedule(Period { start_month: 1 });
        apply(&mut p, e(Op::Period(Period { start_month: 9 })));
        // untouched schedule: regenerated, school year merges July and August
        assert_eq!(p.schedule.len(), 11);
        assert_eq!(p.schedule[0].months, vec![9]);
        assert!(p.schedule.iter().any(|x| x.months == vec![7, 8]));
        apply(
            &mut p,
            e(Op::Activity {
                entry: 0,
                index: 0,
                value: "x".into(),
            }),
        );
        apply(
            &mut p,
            e(Op::AddActivity {
                entry: 0,
                text: "九月活动".into(),
            }),
        );
        apply(
            &mut p,
            e(Op::AddActivity {
                entry: 10,
                text: "七八月活动".into(),
            }),
        );
        apply(&mut p, e(Op::Period(Period { start_month: 1 })));
        assert_eq!(p.schedule.len(), 11);
        assert_eq!(p.schedule[0].months, vec![1]);
        let all: Vec<&String> = p.schedule.iter().flat_map(|x| &x.activities).collect();
        assert!(all.iter().any(|a| a.as_str() == "九月活动"));
        assert!(all.iter().any(|a| a.as_str() == "七八月活动"));
    }

    #[test]
    fn bad_paths_change_nothing() {
        let mut p = tree();
        let before = p.clone();
        for op in [
            Op::Delete { path: vec![9] },
            Op::Indent { path: vec![0] },
            Op::Outdent { path: vec![1] },
            Op::MoveUp { path: vec![0] },
            Op::MoveDown { path: vec![2] },
            Op::Heading {
                path: vec![5, 5],
                value: "x".into(),
            },
            Op::Delete { path: vec![] },
            Op::MergeNext { entry: 3 },
            Op::Activity {
                entry: 0,
                index: 0,
                value: "x".into(),
            },
        ] {
            assert!(!apply(&mut p, e(op)).changed);
        }
        assert_eq!(p, before);
    }

    #[test]
    fn merge_and_split_months_keep_activities() {
        let mut p = Plan::new(Kind::Plan, 2025);
        apply(&mut p, e(Op::AddEntry { months: vec![8] }));
        apply(&mut p, e(Op::AddEntry { months: vec![7] }));
        assert_eq!(p.schedule[0].months, vec![7]);
        apply(
            &mut p,
            e(Op::Activity {
                entry: 0,
                index: 0,
                value: "七月活动".into(),
            }),
        );
        apply(
            &mut p,
            e(Op::Activity {
                entry: 1,
                index: 0,
                value: "八月活动".into(),
            }),
        );
        apply(&mut p, e(Op::MergeNext { entry: 0 }));
        assert_eq!(p.schedule.len(), 1);
        assert_eq!(p.schedule[0].months, vec![7, 8]);
        assert_eq!(p.schedule[0].activities, vec!["七月活动", "八月活动"]);
        apply(&mut p, e(Op::Split { entry: 0 }));
        assert_eq!(p.schedule.len(), 2);
        assert_eq!(p.schedule[1].months, vec![8]);
        assert_eq!(p.schedule[0].activities, vec!["七月活动", "八月活动"]);
    }

    #[test]
    fn activity_moves_carry_tracking() {
        let mut p = Plan::new(Kind::Plan, 2025);
        apply(&mut p, e(Op::AddEntry { months: vec![3] }));
        apply(
            &mut p,
            e(Op::Activity {
                entry: 0,
                index: 0,
                value: "甲".into(),
            }),
        );
        apply(
            &mut p,
            e(Op::AddActivity {
                entry: 0,
                text: "乙".into(),
            }),
        );
        let t = Track {
            note: "已办".into(),
            ..Track::default()
        };
        apply(
            &mut p,
            e(Op::TrackActivity {
                entry: 0,
                index: 1,
                track: Some(t.clone()),
            }),
        );
        apply(
            &mut p,
            e(Op::MoveActivity {
                entry: 0,
                index: 1,
                up: true,
            }),
        );
        assert_eq!(p.schedule[0].activities, vec!["乙", "甲"]);
        assert_eq!(p.schedule[0].tracking[0], Some(t));
        apply(&mut p, e(Op::DeleteActivity { entry: 0, index: 0 }));
        assert_eq!(p.schedule[0].tracking, vec![None]);
    }

    #[test]
    fn next_part_edits_go_to_next() {
        let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
        apply(
            &mut p,
            Edit {
                next: true,
                op: Op::AddAfter { path: vec![] },
            },
        );
        apply(
            &mut p,
            Edit {
                next: true,
                op: Op::Heading {
                    path: vec![0],
                    value: "明年重点".into(),
                },
            },
        );
        assert!(p.sections.is_empty());
        assert_eq!(p.next.as_ref().unwrap().sections[0].heading, "明年重点");
    }

    #[test]
    fn typing_in_one_field_shares_a_coalesce_key() {
        let a = e(Op::Heading {
            path: vec![1, 2],
            value: "a".into(),
        });
        let b = e(Op::Heading {
            path: vec![1, 2],
            value: "ab".into(),
        });
        assert_eq!(a.coalesce_key(), b.coalesce_key());
        assert_ne!(
            a.coalesce_key(),
            e(Op::Heading {
                path: vec![1],
                value: "a".into()
            })
            .coalesce_key()
        );
        assert_eq!(e(Op::Delete { path: vec![0] }).coalesce_key(), None);
    }

    #[test]
    fn delete_then_restore_is_identity() {
        let mut p = tree();
        apply(&mut p, e(Op::AddChild { path: vec![1] }));
        let before = p.clone();
        let node = node_at(&p, &[1]).unwrap();
        apply(&mut p, e(Op::Delete { path: vec![1] }));
        apply(
            &mut p,
            e(Op::Restore {
                path: vec![1],
                item: node,
            }),
        );
        assert_eq!(p, before);
    }
}
