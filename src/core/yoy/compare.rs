//! `compare(previous, current)`: per part and per priority, whether it was
//! added, removed, changed or left unchanged, with the sentence-level
//! differences of each. Priorities are matched by content (heading first,
//! then the likeness of their whole text), not by position, so a priority
//! moved up or down is `unchanged`.

use super::sentences::{diff, key, similarity, split, Status, Step as Diff};
use crate::core::model::{Item, Kind, Plan};
use crate::core::numbering::{cn_number, months_heading};
use crate::core::steps::{Step, Target};
use serde::Serialize;

/// What changed between last year's document and this one.
#[derive(Serialize, Clone, PartialEq, Debug)]
pub struct Comparison {
    pub previous: Side,
    pub current: Side,
    /// The parts (title, 指导思想, …) and each priority, in the current
    /// document's order; removed priorities where they stood.
    pub parts: Vec<PartDiff>,
    /// How many parts have each status.
    pub counts: Counts,
    /// Share (0..=1) of the current text, by characters, in sentences found
    /// word for word in last year's text (title excluded).
    pub unchanged_share: f64,
}

/// One of the two documents compared.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct Side {
    pub title: String,
    pub year: i32,
    pub kind: Kind,
}

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub unchanged: usize,
}

/// One part or one priority.
#[derive(Serialize, Clone, PartialEq, Debug)]
pub struct PartDiff {
    /// `title`, `guiding`, `goals`, `priority`, `measures`, `schedule`,
    /// `problems`.
    pub part: String,
    /// Its Chinese name (指导思想, 第二项工作“…”).
    pub name: String,
    /// A priority's heading (this year's; last year's when removed).
    pub heading: String,
    pub status: Status,
    /// True in next year's plan of a 总结暨明年计划.
    pub next: bool,
    /// A priority's position last year and this year (0-based).
    pub previous_index: Option<usize>,
    pub current_index: Option<usize>,
    /// A priority whose position changed.
    pub moved: bool,
    pub sentences: Vec<SentenceDiff>,
    /// The field to jump to in the current document (none when removed).
    pub target: Option<Target>,
}

/// One sentence of a part: `unchanged`, `added`, `removed`, or `changed`
/// (then `previous` holds last year's wording).
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct SentenceDiff {
    pub status: Status,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Where the sentence is in the current document (removed: its part).
    pub target: Option<Target>,
}

/// A sentence and the field it is in.
type Unit = (String, Target);

fn units(text: &str, t: &Target, out: &mut Vec<Unit>) {
    out.extend(split(text).into_iter().map(|s| (s, t.clone())));
}

fn item_units(items: &[Item], path: &[usize], next: bool, out: &mut Vec<Unit>) {
    for (j, it) in items.iter().enumerate() {
        let mut p = path.to_vec();
        p.push(j);
        let t = at(Step::Main, p.clone(), next);
        units(&it.heading, &t, out);
        units(&it.text, &t, out);
        item_units(&it.items, &p, next, out);
    }
}

fn at(step: Step, path: Vec<usize>, next: bool) -> Target {
    let t = Target::at(step, path);
    if next {
        t.in_next()
    } else {
        t
    }
}

fn section_units(plan: &Plan, i: usize, next: bool) -> Vec<Unit> {
    let s = &plan.sections[i];
    let t = at(Step::Main, vec![i], next);
    let mut out = Vec::new();
    units(&s.heading, &t, &mut out);
    units(&s.body, &t, &mut out);
    item_units(&s.items, &[i], next, &mut out);
    out
}

fn schedule_units(plan: &Plan, next: bool) -> Vec<Unit> {
    let mut out = Vec::new();
    for (e, entry) in plan.schedule.iter().enumerate() {
        let month = months_heading(&entry.months);
        for (a, text) in entry.activities.iter().enumerate() {
            let t = at(Step::Schedule, vec![e, a], next);
            for s in split(text) {
                out.push((format!("{month}：{s}"), t.clone()));
            }
        }
    }
    out
}

/// The named parts of a document (not the priorities), with their units.
fn named_parts(plan: &Plan, next: bool) -> Vec<(&'static str, &'static str, Vec<Unit>)> {
    let summary = plan.kind.is_summary() && !next;
    let one = |text: &str, step: Step| {
        let mut v = Vec::new();
        units(text, &at(step, Vec::new(), next), &mut v);
        v
    };
    vec![
        ("title", "标题", one(&plan.title, Step::Basic)),
        (
            "guiding",
            if summary { "开头" } else { "指导思想" },
            one(&plan.guiding, Step::Guiding),
        ),
        ("goals", "工作目标", one(&plan.goals, Step::Goals)),
        ("measures", "落实措施", one(&plan.measures, Step::Measures)),
        ("schedule", "活动安排", schedule_units(plan, next)),
        ("problems", "存在问题", one(&plan.problems, Step::Problems)),
    ]
}

/// The sentence-level difference of two unit lists and the part's status.
fn sentence_diff(old: &[Unit], new: &[Unit], part: &Target) -> (Status, Vec<SentenceDiff>) {
    let a: Vec<String> = old.iter().map(|u| u.0.clone()).collect();
    let b: Vec<String> = new.iter().map(|u| u.0.clone()).collect();
    let steps = diff(&a, &b);
    let mut out: Vec<SentenceDiff> = Vec::new();
    let mut removed: Vec<usize> = Vec::new();
    let mut added: Vec<usize> = Vec::new();
    let flush = |removed: &mut Vec<usize>, added: &mut Vec<usize>, out: &mut Vec<SentenceDiff>| {
        // Pair the n-th removed sentence of a run with the n-th added one
        // when they read alike: that is a sentence rewritten.
        let mut r = removed.drain(..).peekable();
        for j in added.drain(..) {
            let pair = r
                .peek()
                .filter(|i| similarity(&a[**i], &b[j]) >= 0.4)
                .copied();
            if let Some(i) = pair {
                r.next();
                out.push(SentenceDiff {
                    status: Status::Changed,
                    text: b[j].clone(),
                    previous: Some(a[i].clone()),
                    target: Some(new[j].1.clone()),
                });
            } else {
                out.push(SentenceDiff {
                    status: Status::Added,
                    text: b[j].clone(),
                    previous: None,
                    target: Some(new[j].1.clone()),
                });
            }
        }
        for i in r {
            out.push(SentenceDiff {
                status: Status::Removed,
                text: a[i].clone(),
                previous: None,
                target: Some(part.clone()),
            });
        }
    };
    for s in steps {
        match s {
            Diff::Same(_, j) => {
                flush(&mut removed, &mut added, &mut out);
                out.push(SentenceDiff {
                    status: Status::Unchanged,
                    text: b[j].clone(),
                    previous: None,
                    target: Some(new[j].1.clone()),
                });
            }
            Diff::Added(j) => added.push(j),
            Diff::Removed(i) => removed.push(i),
        }
    }
    flush(&mut removed, &mut added, &mut out);
    let status = match (old.is_empty(), new.is_empty()) {
        (true, false) => Status::Added,
        (false, true) => Status::Removed,
        _ if out.iter().all(|s| s.status == Status::Unchanged) => Status::Unchanged,
        _ => Status::Changed,
    };
    (status, out)
}

/// Pairs last year's priorities with this year's by content: (previous,
/// current) index pairs.
pub(super) fn match_priorities(prev: &Plan, cur: &Plan) -> Vec<(usize, usize)> {
    let text = |p: &Plan, i: usize| -> String {
        section_units(p, i, false)
            .into_iter()
            .map(|u| u.0)
            .collect()
    };
    let pt: Vec<String> = (0..prev.sections.len()).map(|i| text(prev, i)).collect();
    let ct: Vec<String> = (0..cur.sections.len()).map(|i| text(cur, i)).collect();
    // Scores in ten-thousandths: an integer key sorts with the smaller
    // unstable sort, and every tie is broken, so the order is the same each run.
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for (i, p) in prev.sections.iter().enumerate() {
        for (j, c) in cur.sections.iter().enumerate() {
            let same_heading = !key(&p.heading).is_empty() && key(&p.heading) == key(&c.heading);
            let sim = similarity(&pt[i], &ct[j]);
            let score = if same_heading { 1.0 + sim } else { sim };
            if score >= 0.5 {
                pairs.push(((score * 10_000.0) as u32, i, j));
            }
        }
    }
    pairs.sort_unstable_by_key(|&(score, i, j)| (std::cmp::Reverse(score), i.abs_diff(j), i, j));
    let (mut used_p, mut used_c) = (vec![false; pt.len()], vec![false; ct.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !used_p[i] && !used_c[j] {
            used_p[i] = true;
            used_c[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn priority_name(i: usize, heading: &str) -> String {
    let h: String = heading.trim().chars().take(16).collect();
    if h.is_empty() {
        format!("第{}项工作", cn_number(i as u32 + 1))
    } else {
        format!("第{}项工作“{h}”", cn_number(i as u32 + 1))
    }
}

fn priorities(prev: &Plan, cur: &Plan, next: bool, out: &mut Vec<PartDiff>) {
    let pairs = match_priorities(prev, cur);
    let of_cur = |j: usize| pairs.iter().find(|p| p.1 == j).map(|p| p.0);
    let mut emitted = vec![false; prev.sections.len()];
    let removed = |i: usize, out: &mut Vec<PartDiff>| {
        let old = section_units(prev, i, next);
        let main = at(Step::Main, Vec::new(), next);
        let (_, sentences) = sentence_diff(&old, &[], &main);
        out.push(PartDiff {
            part: "priority".into(),
            name: format!("去年{}", priority_name(i, &prev.sections[i].heading)),
            heading: prev.sections[i].heading.trim().to_string(),
            status: Status::Removed,
            next,
            previous_index: Some(i),
            current_index: None,
            moved: false,
            sentences,
            target: None,
        });
    };
    for j in 0..cur.sections.len() {
        let p = of_cur(j);
        if let Some(pi) = p {
            for i in 0..pi {
                if !emitted[i] && !pairs.iter().any(|x| x.0 == i) {
                    emitted[i] = true;
                    removed(i, out);
                }
            }
        }
        let new = section_units(cur, j, next);
        let old = p.map(|i| section_units(prev, i, next)).unwrap_or_default();
        let target = at(Step::Main, vec![j], next);
        let (status, sentences) = sentence_diff(&old, &new, &target);
        let status = if p.is_none() {
            Status::Added
        } else if status == Status::Added {
            Status::Changed
        } else {
            status
        };
        out.push(PartDiff {
            part: "priority".into(),
            name: priority_name(j, &cur.sections[j].heading),
            heading: cur.sections[j].heading.trim().to_string(),
            status,
            next,
            previous_index: p,
            current_index: Some(j),
            moved: p.is_some_and(|i| i != j),
            sentences,
            target: Some(target),
        });
    }
    for i in 0..prev.sections.len() {
        if !emitted[i] && !pairs.iter().any(|x| x.0 == i) {
            removed(i, out);
        }
    }
}

fn compare_part(prev: &Plan, cur: &Plan, next: bool, out: &mut Vec<PartDiff>) {
    let olds = named_parts(prev, next);
    let news = named_parts(cur, next);
    for (k, ((id, name, new), (_, _, old))) in news.into_iter().zip(olds).enumerate() {
        if old.is_empty() && new.is_empty() {
            if k == 2 {
                priorities(prev, cur, next, out);
            }
            continue;
        }
        let step = match id {
            "title" => Step::Basic,
            "guiding" => Step::Guiding,
            "goals" => Step::Goals,
            "measures" => Step::Measures,
            "schedule" => Step::Schedule,
            _ => Step::Problems,
        };
        let target = at(step, Vec::new(), next);
        let (status, sentences) = sentence_diff(&old, &new, &target);
        out.push(PartDiff {
            part: id.into(),
            name: if next {
                format!("明年计划的{name}")
            } else {
                name.into()
            },
            heading: String::new(),
            status,
            next,
            previous_index: None,
            current_index: None,
            moved: false,
            sentences,
            target: (status != Status::Removed).then_some(target),
        });
        // The priorities come after 工作目标, before 落实措施.
        if k == 2 {
            priorities(prev, cur, next, out);
        }
    }
}

/// Compares last year's document with this one (neither is changed).
pub fn compare(previous: &Plan, current: &Plan) -> Comparison {
    let mut parts = Vec::new();
    compare_part(previous, current, false, &mut parts);
    if let (Some(p), Some(c)) = (previous.next.as_deref(), current.next.as_deref()) {
        compare_part(p, c, true, &mut parts);
    }
    let mut counts = Counts::default();
    for p in &parts {
        match p.status {
            Status::Added => counts.added += 1,
            Status::Removed => counts.removed += 1,
            Status::Changed => counts.changed += 1,
            Status::Unchanged => counts.unchanged += 1,
        }
    }
    Comparison {
        previous: side(previous),
        current: side(current),
        unchanged_share: unchanged_share(&parts),
        parts,
        counts,
    }
}

fn side(p: &Plan) -> Side {
    Side {
        title: crate::core::title::effective(p),
        year: p.year,
        kind: p.kind,
    }
}

fn unchanged_share(parts: &[PartDiff]) -> f64 {
    let (mut same, mut all) = (0usize, 0usize);
    for p in parts.iter().filter(|p| p.part != "title") {
        for s in p.sentences.iter().filter(|s| s.status != Status::Removed) {
            let n = key(&s.text).chars().count();
            all += n;
            if s.status == Status::Unchanged {
                same += n;
            }
        }
    }
    if all == 0 {
        0.0
    } else {
        same as f64 / all as f64
    }
}
