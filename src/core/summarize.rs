//! From a tracked plan to a year-end summary draft, and the progress tables
//! the tracking screen shows.
//!
//! A *unit of work* is what the tallies count and the summary reports on:
//! every non-blank schedule activity, and every node of the priorities tree
//! (section or item) that either carries its own `track` or is a non-blank
//! node with no counted node below it. So a section whose items are tracked
//! one by one is not counted again as an untracked unit of its own.
//!
//! The summary draft (`summarize`) never invents results:
//! - Done / Partial units are written up with their notes and figures;
//! - NotDone / Partial units (and only those) are listed under 存在问题和不足;
//! - cancelled and untracked units are counted in the opening sentence and
//!   named in an editor's note (`编写提示`) at the top of the opening text,
//!   which the officer deletes before printing; they are not written up.

use super::model::{Item, Kind, Plan, ScheduleEntry, Section, Signature, Status, Track};
use super::numbering::{label, months_heading};
use super::steps::{Step, Target};
use super::title;

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

    fn add(&mut self, track: Option<&Track>) {
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

/// A year-end summary draft built from a tracked plan (`plan` is not changed).
/// With `with_next`, a 总结暨明年计划 whose `next` carries the unfinished work
/// into next year's plan.
pub fn summarize(plan: &Plan, with_next: bool) -> Plan {
    let kind = if with_next {
        Kind::SummaryAndPlan
    } else {
        Kind::Summary
    };
    let mut out = Plan {
        kind,
        organization: plan.organization.clone(),
        org_type: plan.org_type.clone(),
        year: plan.year,
        period: plan.period,
        signature: Signature {
            organization: plan.signature.organization.clone(),
            date: None,
            date_style: plan.signature.date_style,
        },
        ..Plan::default()
    };
    out.title = title::suggest(&out);

    let units = all_units(plan);
    out.guiding = opening(plan, &units);
    out.sections = plan.sections.iter().map(summary_section).collect();
    if let Some(s) = activities_section(plan) {
        out.sections.push(s);
    }
    out.problems = problems_text(&units);
    if with_next {
        out.next = Some(Box::new(next_plan(plan)));
    }
    out
}

// ---------------------------------------------------------------- units

/// A unit of work, for tallies, the opening note and the problems list.
struct Unit<'a> {
    /// What it is, for a sentence: the heading (or the start of the text),
    /// with the month for schedule activities.
    name: String,
    activity: bool,
    track: Option<&'a Track>,
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn section_units(s: &Section) -> Vec<Unit<'_>> {
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
fn schedule_order(plan: &Plan) -> Vec<usize> {
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
fn all_units(plan: &Plan) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit<'_>> = plan.sections.iter().flat_map(section_units).collect();
    for i in schedule_order(plan) {
        if let Some(e) = plan.schedule.get(i) {
            out.extend(activity_units(e));
        }
    }
    out
}

// ---------------------------------------------------------------- text helpers

/// Full-width comma and semicolon for joining Chinese clauses.
const COMMA: &str = "\u{ff0c}";
const SEMICOLON: &str = "\u{ff1b}";

/// Punctuation a clause may end with that we replace when joining clauses.
fn is_end_punct(c: char) -> bool {
    // 。 、 and ASCII marks, plus the full-width forms of , ; : ! ? as escapes.
    matches!(
        c,
        '。' | '、'
            | '.'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{ff0c}'
            | '\u{ff1b}'
            | '\u{ff1a}'
            | '\u{ff01}'
            | '\u{ff1f}'
    )
}

/// Trimmed, without trailing punctuation.
fn strip_end(s: &str) -> String {
    s.trim()
        .trim_end_matches(is_end_punct)
        .trim_end()
        .to_string()
}

/// At most `max` characters, with … when cut (cut on a char boundary).
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// The name of a node: its heading, or the first line of its text.
fn name_of(heading: &str, text: &str) -> String {
    let h = strip_end(heading);
    if !h.is_empty() {
        return short(&h, 40);
    }
    let first = text
        .lines()
        .map(strip_end)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    if first.is_empty() {
        "（未填写标题的事项）".into()
    } else {
        short(&first, 40)
    }
}

/// A note as one clause: lines joined into sentences, without the final
/// punctuation (the caller ends the sentence).
fn clean_note(note: &str) -> String {
    let lines: Vec<String> = note
        .lines()
        .map(strip_end)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("。")
}

/// Figures trimmed to at most two decimals: 3.50 → 3.5, 2.00 → 2.
fn decimal(v: f64) -> String {
    let s = format!("{v:.2}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// An amount in 元 as officers write it: 35000 → 3.5万元, 800 → 800元,
/// 130200 → 13.02万元, 12345 → 12345元 (万 only when it stays exact).
/// None for amounts that are not positive finite numbers.
pub fn format_amount(yuan: f64) -> Option<String> {
    if !yuan.is_finite() || yuan <= 0.0 {
        return None;
    }
    let yuan = (yuan * 100.0).round() / 100.0;
    if yuan <= 0.0 {
        return None;
    }
    if yuan >= 1e8 && (yuan / 1e6).fract() == 0.0 {
        return Some(format!("{}亿元", decimal(yuan / 1e8)));
    }
    if yuan >= 1e4 && (yuan / 100.0).fract() == 0.0 {
        return Some(format!("{}万元", decimal(yuan / 1e4)));
    }
    Some(format!("{}元", decimal(yuan)))
}

/// The figures of a track as clauses (zero figures are left out).
fn figures(t: &Track) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(n) = t.participants.filter(|n| *n > 0) {
        v.push(format!("参与职工{n}人次"));
    }
    if let Some(a) = t.amount.and_then(format_amount) {
        v.push(format!("投入经费{a}"));
    }
    if let Some(n) = t.count.filter(|n| *n > 0) {
        v.push(format!("开展活动{n}场次"));
    }
    v
}

/// The write-up of a Done/Partial node shown under its own heading.
fn node_report(t: &Track) -> String {
    let note = clean_note(&t.note);
    let mut parts = Vec::new();
    parts.push(if !note.is_empty() {
        note.clone()
    } else if t.status == Status::Partial {
        "已完成部分工作".to_string()
    } else {
        "已按计划完成".to_string()
    });
    parts.extend(figures(t));
    let mut s = parts.join(COMMA);
    s.push('。');
    if t.status == Status::Partial && !note.is_empty() {
        s.push_str("这项工作目前尚未全部完成。");
    }
    s
}

/// The write-up of a Done/Partial activity, named in the sentence.
fn activity_report(activity: &str, t: &Track) -> String {
    let mut parts = vec![strip_end(activity)];
    let note = clean_note(&t.note);
    let figs = figures(t);
    let bare = note.is_empty() && figs.is_empty();
    if !note.is_empty() {
        parts.push(note);
    }
    parts.extend(figs);
    if t.status == Status::Partial {
        parts.push("目前尚未全部完成".into());
    } else if bare {
        parts.push("已按计划完成".into());
    }
    let mut s = parts.join(COMMA);
    s.push('。');
    s
}

fn reported(t: Option<&Track>) -> bool {
    matches!(
        t.map(|t| t.status),
        Some(Status::Done) | Some(Status::Partial)
    )
}

fn unfinished(t: Option<&Track>) -> bool {
    matches!(
        t.map(|t| t.status),
        Some(Status::NotDone) | Some(Status::Partial)
    )
}

/// `实验小学工会`; "工会" added when the name lacks it; 本会 when empty.
fn union_name(plan: &Plan) -> String {
    let org = plan.organization.trim();
    if org.is_empty() {
        "本会".into()
    } else if org.contains("工会") {
        org.to_string()
    } else {
        format!("{org}工会")
    }
}

/// Up to `max` names joined with ;, then 等N项.
fn name_list(names: &[&str], max: usize) -> String {
    let shown: Vec<&str> = names.iter().take(max).copied().collect();
    let mut s = shown.join(SEMICOLON);
    if names.len() > max {
        s.push_str(&format!("等{}项", names.len()));
    }
    s
}

// ---------------------------------------------------------------- the draft

fn opening(plan: &Plan, units: &[Unit<'_>]) -> String {
    let mut t = Tally::default();
    for u in units {
        t.add(u.track);
    }
    let tracked = t.total() - t.untracked;
    let mut paras = Vec::new();

    // Editor's note on what the draft leaves out.
    let untracked: Vec<&str> = units
        .iter()
        .filter(|u| u.track.is_none())
        .map(|u| u.name.as_str())
        .collect();
    let cancelled: Vec<&str> = units
        .iter()
        .filter(|u| matches!(u.track.map(|t| t.status), Some(Status::Cancelled)))
        .map(|u| u.name.as_str())
        .collect();
    if tracked == 0 && !untracked.is_empty() {
        paras.push(
            "（编写提示：计划中的各项工作都还没有登记执行情况，本稿只搭好了框架，没有写入任何完成情况。请登记后重新生成，或直接在各部分补写。定稿前请删除本段。）"
                .to_string(),
        );
    } else if !untracked.is_empty() || !cancelled.is_empty() {
        let mut s = String::from("（编写提示：");
        if !untracked.is_empty() {
            s.push_str(&format!(
                "以下{}项工作尚未登记执行情况，本稿没有写入：{}。请核实后补写到相应部分。",
                untracked.len(),
                name_list(&untracked, 10)
            ));
        }
        if !cancelled.is_empty() {
            s.push_str(&format!(
                "以下{}项工作已取消，正文未写入：{}。如需说明取消原因，可补写到相应部分。",
                cancelled.len(),
                name_list(&cancelled, 10)
            ));
        }
        s.push_str("定稿前请删除本段。）");
        paras.push(s);
    }

    let mut s = format!(
        "{}年，{}在上级工会和同级党组织的领导下，围绕单位中心工作，团结带领广大职工，认真落实年初制定的工作计划，各项工作有序推进。",
        plan.year,
        union_name(plan)
    );
    if tracked > 0 {
        let mut counts = vec![format!("已完成{}项", t.done)];
        if t.partial > 0 {
            counts.push(format!("部分完成{}项", t.partial));
        }
        if t.not_done > 0 {
            counts.push(format!("未完成{}项", t.not_done));
        }
        if t.cancelled > 0 {
            counts.push(format!("因故取消{}项", t.cancelled));
        }
        if t.untracked > 0 {
            counts.push(format!("另有{}项尚未登记执行情况", t.untracked));
        }
        s.push_str(&format!(
            "全年计划开展的{}项工作中，{}。",
            t.total(),
            counts.join(COMMA)
        ));
    }
    s.push_str("现将一年来的工作总结如下：");
    paras.push(s);
    paras.join("\n")
}

/// The summary section for one priority: same heading; the section's own
/// report as body; items pruned to those with something reported.
fn summary_section(s: &Section) -> Section {
    let items = report_items(&s.items, 2);
    let mut body = if reported(s.track.as_ref()) {
        s.track.as_ref().map(node_report).unwrap_or_default()
    } else {
        String::new()
    };
    if body.is_empty() && items.is_empty() {
        body = nothing_reported(s);
    }
    Section {
        heading: s.heading.trim().to_string(),
        body,
        items,
        track: None,
    }
}

/// Items with something reported, at `level` (2 = (一)). The heading is the
/// user's; at levels 3-4, where the layout runs the text on after the
/// heading (`1.标题。正文`), a heading without closing punctuation gets 。.
fn report_items(items: &[Item], level: usize) -> Vec<Item> {
    items
        .iter()
        .filter_map(|it| {
            let kids = report_items(&it.items, level + 1);
            let own = reported(it.track.as_ref());
            if !own && kids.is_empty() {
                return None;
            }
            let text = if own {
                it.track.as_ref().map(node_report).unwrap_or_default()
            } else {
                String::new()
            };
            let mut heading = if is_blank(&it.heading) {
                name_of(&it.heading, &it.text)
            } else {
                it.heading.trim().to_string()
            };
            if level >= 3 && !text.is_empty() && !heading.ends_with(is_end_punct) {
                heading.push('。');
            }
            Some(Item {
                heading,
                text,
                items: kids,
                track: None,
            })
        })
        .collect()
}

/// The body of a section with nothing done or partly done: says why, honestly.
fn nothing_reported(s: &Section) -> String {
    let mut t = Tally::default();
    for u in section_units(s) {
        t.add(u.track);
    }
    let mut out = String::new();
    if t.not_done > 0 {
        out.push_str("这方面计划的工作今年未能按期完成，具体情况见“存在问题和不足”部分。");
    } else if t.cancelled > 0 && t.untracked == 0 {
        out.push_str("这方面计划开展的工作今年因故取消。");
    }
    if t.untracked > 0 || t.total() == 0 {
        out.push_str("（待补充：这部分工作尚未登记执行情况，请核实后补写。）");
    }
    out
}

/// 全年重点活动开展情况: one item per schedule entry with done or partly
/// done activities, in period order.
fn activities_section(plan: &Plan) -> Option<Section> {
    let mut items = Vec::new();
    for i in schedule_order(plan) {
        let Some(e) = plan.schedule.get(i) else {
            continue;
        };
        let sentences: String = e
            .activities
            .iter()
            .enumerate()
            .filter(|(j, a)| !is_blank(a) && reported(activity_track(e, *j)))
            .filter_map(|(j, a)| activity_track(e, j).map(|t| activity_report(a, t)))
            .collect();
        if !sentences.is_empty() {
            items.push(Item {
                heading: months_heading(&e.months),
                text: sentences,
                ..Default::default()
            });
        }
    }
    if items.is_empty() {
        None
    } else {
        Some(Section {
            heading: "全年重点活动开展情况".into(),
            items,
            ..Default::default()
        })
    }
}

fn problems_text(units: &[Unit<'_>]) -> String {
    let mut lines = Vec::new();
    for u in units {
        let Some(t) = u.track.filter(|t| unfinished(Some(t))) else {
            continue;
        };
        let what = if u.activity {
            u.name.clone()
        } else {
            format!("“{}”", u.name)
        };
        let status = if t.status == Status::Partial {
            "只完成了一部分"
        } else {
            "未能按计划完成"
        };
        let note = clean_note(&t.note);
        if note.is_empty() {
            lines.push(format!("{what}{status}。"));
        } else {
            lines.push(format!("{what}{status}{COMMA}{note}。"));
        }
    }
    let untracked = units.iter().any(|u| u.track.is_none());
    let cancelled = units
        .iter()
        .any(|u| matches!(u.track.map(|t| t.status), Some(Status::Cancelled)));
    if !lines.is_empty() {
        lines.push("针对以上问题，我们将认真分析原因，在新的一年里把未完成的工作纳入计划，明确责任和时限，切实抓好落实。".into());
    } else if untracked {
        lines.push("（待补充：目前没有登记为未完成或部分完成的事项。请结合尚未登记的工作和实际情况，写明工作中存在的问题和不足。）".into());
    } else {
        let lead = if cancelled {
            "除因故取消的事项外，今年计划的各项工作均已完成。"
        } else {
            "今年计划的各项工作均已完成。"
        };
        lines.push(format!(
            "{lead}对照职工群众的期待，工会服务的覆盖面和针对性还有提升空间。新的一年，我们将继续改进工作方法，把服务职工的各项工作做得更实更细。"
        ));
    }
    lines.join("\n")
}

// ---------------------------------------------------------------- next year's plan

fn next_plan(plan: &Plan) -> Plan {
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
            items: carry_items(&s.items),
            track: None,
        })
        .collect();
    Plan {
        kind: Kind::Plan,
        organization: plan.organization.clone(),
        org_type: plan.org_type.clone(),
        year,
        period: plan.period,
        guiding,
        sections,
        schedule: next_schedule(plan),
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
fn carry_items(items: &[Item]) -> Vec<Item> {
    let mut out = Vec::new();
    for it in items {
        let kids = carry_items(&it.items);
        if unfinished(it.track.as_ref()) {
            out.push(Item {
                heading: it.heading.clone(),
                text: it.text.clone(),
                items: kids,
                track: None,
            });
        } else {
            out.extend(kids);
        }
    }
    out
}

/// The same entries (months) with only their unfinished activities, plus an
/// empty entry for every month of the period no entry covers; period order,
/// no tracking.
fn next_schedule(plan: &Plan) -> Vec<ScheduleEntry> {
    let mut out: Vec<ScheduleEntry> = Vec::new();
    for e in &plan.schedule {
        let activities: Vec<String> = e
            .activities
            .iter()
            .enumerate()
            .filter(|(j, a)| !is_blank(a) && unfinished(activity_track(e, *j)))
            .map(|(_, a)| a.clone())
            .collect();
        if e.months.is_empty() && activities.is_empty() {
            continue;
        }
        // Two entries for the same months merge into one.
        if let Some(prev) = out
            .iter_mut()
            .find(|p| !e.months.is_empty() && p.months == e.months)
        {
            prev.activities.extend(activities);
        } else {
            out.push(ScheduleEntry {
                months: e.months.clone(),
                activities,
                tracking: Vec::new(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::BlockKind;
    use crate::core::model::{Period, Signature};

    fn track(status: Status, note: &str) -> Option<Track> {
        Some(Track {
            status,
            note: note.into(),
            ..Default::default()
        })
    }

    fn item(heading: &str, track: Option<Track>) -> Item {
        Item {
            heading: heading.into(),
            text: format!("{heading}的计划内容。"),
            track,
            ..Default::default()
        }
    }

    /// Three priorities and a schedule, tracked in every way.
    fn fixture() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.organization = "实验小学工会".into();
        p.org_type = "school".into();
        p.title = "实验小学工会2025年工作计划".into();
        p.period = Period { start_month: 9 };
        p.guiding = "以职工为本。".into();
        p.signature = Signature {
            organization: "实验小学工会".into(),
            date: Some("2025-09-01".into()),
            date_style: Default::default(),
        };
        p.sections = vec![
            Section {
                heading: "加强思想引领".into(),
                body: "组织学习。".into(),
                items: vec![
                    Item {
                        track: Some(Track {
                            status: Status::Done,
                            note: "邀请专家开展专题讲座".into(),
                            participants: Some(120),
                            amount: Some(35000.0),
                            count: Some(4),
                        }),
                        ..item("举办职工读书分享会", None)
                    },
                    item("开展师德宣讲", track(Status::NotDone, "因场地改造推迟")),
                ],
                track: None,
            },
            Section {
                heading: "关心职工生活".into(),
                body: String::new(),
                items: vec![
                    Item {
                        heading: "做好困难帮扶".into(),
                        items: vec![
                            Item {
                                track: Some(Track {
                                    status: Status::Done,
                                    amount: Some(800.0),
                                    ..Default::default()
                                }),
                                ..item("春节走访慰问", None)
                            },
                            item(
                                "建立帮扶台账",
                                track(Status::Partial, "已完成一半教师的信息采集"),
                            ),
                        ],
                        ..Default::default()
                    },
                    item("组织秋季登山", track(Status::Cancelled, "天气原因")),
                    item("更新职工之家器材", None),
                ],
                track: None,
            },
            Section {
                heading: "推进民主管理".into(),
                body: "开好教代会。".into(),
                items: vec![],
                track: None,
            },
        ];
        p.schedule = vec![
            ScheduleEntry {
                months: vec![3],
                activities: vec!["组织三八妇女节活动".into(), "植树活动".into()],
                tracking: vec![
                    Some(Track {
                        status: Status::Done,
                        note: "举办插花讲座".into(),
                        participants: Some(60),
                        ..Default::default()
                    }),
                    track(Status::NotDone, ""),
                ],
            },
            ScheduleEntry {
                months: vec![7, 8],
                activities: vec!["组织职工疗休养".into()],
                tracking: vec![Some(Track {
                    status: Status::Partial,
                    note: "只安排了一批".into(),
                    amount: Some(130200.0),
                    ..Default::default()
                })],
            },
            ScheduleEntry {
                months: vec![9],
                activities: vec!["庆祝教师节".into(), " ".into()],
                tracking: vec![],
            },
        ];
        p
    }

    fn all_text(p: &Plan) -> String {
        fn items(out: &mut String, its: &[Item]) {
            for i in its {
                out.push_str(&i.heading);
                out.push('\n');
                out.push_str(&i.text);
                out.push('\n');
                items(out, &i.items);
            }
        }
        let mut s = format!("{}\n{}\n", p.title, p.guiding);
        for sec in &p.sections {
            s.push_str(&sec.heading);
            s.push('\n');
            s.push_str(&sec.body);
            s.push('\n');
            items(&mut s, &sec.items);
        }
        s.push_str(&p.problems);
        s
    }

    fn headings(items: &[Item], out: &mut Vec<String>) {
        for i in items {
            out.push(i.heading.clone());
            headings(&i.items, out);
        }
    }

    #[test]
    fn tally_label_counts_done_out_of_not_cancelled() {
        let t = Tally {
            done: 3,
            partial: 1,
            not_done: 0,
            cancelled: 2,
            untracked: 0,
        };
        assert_eq!(t.total(), 6);
        assert_eq!(t.label(), "3/4 完成");
        assert_eq!(Tally::default().label(), "0/0 完成");
    }

    #[test]
    fn progress_by_priority_counts_items_recursively_not_untracked_parents() {
        let rows = progress_by_priority(&fixture());
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            ["一、加强思想引领", "二、关心职工生活", "三、推进民主管理"]
        );
        assert_eq!(
            rows[0].tally,
            Tally {
                done: 1,
                not_done: 1,
                ..Default::default()
            }
        );
        // 做好困难帮扶 is an untracked container: only its tracked children count.
        assert_eq!(
            rows[1].tally,
            Tally {
                done: 1,
                partial: 1,
                cancelled: 1,
                untracked: 1,
                ..Default::default()
            }
        );
        assert_eq!(rows[1].tally.label(), "1/3 完成");
        // A section without items is itself the unit.
        assert_eq!(
            rows[2].tally,
            Tally {
                untracked: 1,
                ..Default::default()
            }
        );
        assert_eq!(rows[1].target, Target::at(Step::Main, vec![1]));
    }

    #[test]
    fn section_track_counts_alongside_its_items() {
        let mut p = fixture();
        p.sections[0].track = track(Status::Partial, "");
        assert_eq!(
            progress_by_priority(&p)[0].tally,
            Tally {
                done: 1,
                partial: 1,
                not_done: 1,
                ..Default::default()
            }
        );
    }

    #[test]
    fn seven_eight_month_entry_is_one_progress_row() {
        let mut p = Plan::default();
        p.schedule = vec![ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["疗休养".into(), "夏送清凉".into()],
            tracking: vec![track(Status::Done, "")],
        }];
        let rows = progress_by_month(&p);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].label, "七、八月");
        assert_eq!(
            rows[0].tally,
            Tally {
                done: 1,
                untracked: 1,
                ..Default::default()
            }
        );
        assert_eq!(rows[0].target.dom_id(), "f-schedule-0");
    }

    #[test]
    fn progress_by_month_follows_the_period_and_skips_blank_activities() {
        let mut p = fixture();
        p.schedule.reverse(); // stored order 9, 7-8, 3; school year starts in September
        let rows = progress_by_month(&p);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["九月", "三月", "七、八月"]);
        assert_eq!(
            rows[0].tally,
            Tally {
                untracked: 1,
                ..Default::default()
            }
        );
        assert_eq!(rows[0].target, Target::at(Step::Schedule, vec![0]));
        assert_eq!(rows[1].target, Target::at(Step::Schedule, vec![2]));
    }

    #[test]
    fn activity_track_is_none_when_out_of_range_or_unset() {
        let e = &fixture().schedule[0];
        assert_eq!(activity_track(e, 0).map(|t| t.status), Some(Status::Done));
        assert_eq!(activity_track(e, 5), None);
        assert_eq!(activity_track(&fixture().schedule[2], 0), None);
    }

    #[test]
    fn amounts_read_as_officers_write_them() {
        assert_eq!(format_amount(35000.0).as_deref(), Some("3.5万元"));
        assert_eq!(format_amount(800.0).as_deref(), Some("800元"));
        assert_eq!(format_amount(130200.0).as_deref(), Some("13.02万元"));
        assert_eq!(format_amount(12345.0).as_deref(), Some("12345元"));
        assert_eq!(format_amount(10000.0).as_deref(), Some("1万元"));
        assert_eq!(format_amount(99.5).as_deref(), Some("99.5元"));
        assert_eq!(format_amount(300000000.0).as_deref(), Some("3亿元"));
        assert_eq!(format_amount(0.0), None);
        assert_eq!(format_amount(-5.0), None);
        assert_eq!(format_amount(f64::NAN), None);
        assert_eq!(format_amount(f64::INFINITY), None);
    }

    #[test]
    fn summary_sections_mirror_priorities_with_same_headings() {
        let s = summarize(&fixture(), false);
        assert_eq!(s.kind, Kind::Summary);
        assert_eq!(s.title, "实验小学工会2025年工作总结");
        assert_eq!(s.year, 2025);
        assert_eq!(s.period, Period { start_month: 9 });
        assert_eq!(s.signature.organization, "实验小学工会");
        assert_eq!(s.signature.date, None);
        let hs: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(
            hs,
            [
                "加强思想引领",
                "关心职工生活",
                "推进民主管理",
                "全年重点活动开展情况"
            ]
        );
        assert!(s.next.is_none());
        assert!(s.schedule.is_empty());
        // Done/partly done items are kept under their own headings; the
        // untracked container keeps its reported child.
        let mut h = Vec::new();
        headings(&s.sections[1].items, &mut h);
        // Level-3 headings get 。 because the layout runs their text on.
        assert_eq!(h, ["做好困难帮扶", "春节走访慰问。", "建立帮扶台账。"]);
        assert_eq!(s.sections[0].items.len(), 1);
        assert_eq!(s.sections[0].items[0].heading, "举办职工读书分享会");
        assert_eq!(
            s.sections[0].items[0].text,
            "邀请专家开展专题讲座，参与职工120人次，投入经费3.5万元，开展活动4场次。"
        );
        // Activities by month, in period order (March before July).
        let months: Vec<&str> = s.sections[3]
            .items
            .iter()
            .map(|i| i.heading.as_str())
            .collect();
        assert_eq!(months, ["三月", "七、八月"]);
        assert_eq!(
            s.sections[3].items[0].text,
            "组织三八妇女节活动，举办插花讲座，参与职工60人次。"
        );
    }

    #[test]
    fn every_figure_appears_in_the_summary() {
        let text = all_text(&summarize(&fixture(), false));
        for fig in [
            "120人次",
            "3.5万元",
            "4场次",
            "800元",
            "60人次",
            "13.02万元",
        ] {
            assert!(text.contains(fig), "missing {fig} in\n{text}");
        }
        for note in [
            "邀请专家开展专题讲座",
            "已完成一半教师的信息采集",
            "举办插花讲座",
            "只安排了一批",
        ] {
            assert!(text.contains(note), "missing {note}");
        }
    }

    #[test]
    fn opening_counts_the_year_and_ends_with_the_set_phrase() {
        let g = summarize(&fixture(), false).guiding;
        // Units: 读书分享会 done, 师德宣讲 not done, 春节走访 done, 台账 partial,
        // 登山 cancelled, 器材 untracked, 民主管理 untracked, 三八 done, 植树 not
        // done, 疗休养 partial, 教师节 untracked = 11.
        assert!(g.contains("全年计划开展的11项工作中，已完成3项，部分完成2项，未完成2项，因故取消1项，另有3项尚未登记执行情况。"), "{g}");
        assert!(g.ends_with("现将一年来的工作总结如下："), "{g}");
        assert!(g.contains("2025年，实验小学工会在上级工会"));
        // The editor's note names the untracked and cancelled units.
        let note = g.lines().next().unwrap();
        assert!(note.starts_with("（编写提示："));
        for n in [
            "更新职工之家器材",
            "推进民主管理",
            "庆祝教师节",
            "组织秋季登山",
        ] {
            assert!(note.contains(n), "{n} not in {note}");
        }
        assert!(!g.contains("xx") && !g.contains('某'));
    }

    #[test]
    fn problems_list_exactly_the_unfinished_units_once() {
        let s = summarize(&fixture(), false);
        let pr = &s.problems;
        for n in ["开展师德宣讲", "建立帮扶台账", "植树活动", "组织职工疗休养"]
        {
            assert_eq!(pr.matches(n).count(), 1, "{n} in\n{pr}");
        }
        for n in [
            "举办职工读书分享会",
            "春节走访慰问",
            "组织三八妇女节活动",
            "组织秋季登山",
            "更新职工之家器材",
            "庆祝教师节",
            "推进民主管理",
        ] {
            assert!(!pr.contains(n), "{n} should not be in\n{pr}");
        }
        let lines: Vec<&str> = pr.lines().collect();
        assert_eq!(lines.len(), 5, "{pr}");
        assert_eq!(lines[0], "“开展师德宣讲”未能按计划完成，因场地改造推迟。");
        assert!(
            lines[1].contains("只完成了一部分，已完成一半教师的信息采集"),
            "{}",
            lines[1]
        );
        assert_eq!(lines[2], "三月安排的“植树活动”未能按计划完成。");
        assert!(lines[4].contains("新的一年"));
        // Unfinished but partly done work is also reported as work done.
        assert!(all_text(&s).matches("组织职工疗休养").count() >= 2);
    }

    #[test]
    fn untracked_and_not_done_are_never_written_up_as_done() {
        let s = summarize(&fixture(), false);
        let body_text = all_text(&Plan {
            guiding: String::new(),
            problems: String::new(),
            ..s.clone()
        });
        for n in [
            "开展师德宣讲",
            "更新职工之家器材",
            "组织秋季登山",
            "植树活动",
            "庆祝教师节",
        ] {
            assert!(!body_text.contains(n), "{n} in body\n{body_text}");
        }
        // A priority with nothing reported says so instead of staying empty.
        assert!(
            s.sections[2].body.contains("待补充"),
            "{}",
            s.sections[2].body
        );
    }

    #[test]
    fn source_plan_is_unchanged() {
        let p = fixture();
        let before = p.clone();
        let _ = summarize(&p, true);
        let _ = summarize(&p, false);
        assert_eq!(p, before);
    }

    #[test]
    fn summary_and_plan_next_carries_exactly_the_unfinished_work() {
        let s = summarize(&fixture(), true);
        assert_eq!(s.kind, Kind::SummaryAndPlan);
        assert_eq!(s.title, "实验小学工会2025年工作总结\n暨2026年工作计划");
        let n = s.next.as_deref().expect("next");
        assert_eq!(n.kind, Kind::Plan);
        assert_eq!(n.year, 2026);
        assert_eq!(n.period, Period { start_month: 9 });
        let hs: Vec<&str> = n.sections.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(hs, ["加强思想引领", "关心职工生活", "推进民主管理"]);
        let mut carried = Vec::new();
        for sec in &n.sections {
            headings(&sec.items, &mut carried);
        }
        assert_eq!(carried, ["开展师德宣讲", "建立帮扶台账"]);
        // Lifted out of its finished parent, text kept, tracking gone.
        assert_eq!(n.sections[1].items[0].text, "建立帮扶台账的计划内容。");
        assert!(n
            .sections
            .iter()
            .all(|x| x.track.is_none() && x.items.iter().all(|i| i.track.is_none())));
        assert!(n.guiding.starts_with("2026年，实验小学工会"));
        assert!(!n.guiding.is_empty() && n.guiding.chars().count() < 120);
    }

    #[test]
    fn next_schedule_covers_the_period_with_unfinished_activities_in_their_months() {
        let s = summarize(&fixture(), true);
        let n = s.next.as_deref().expect("next");
        let firsts: Vec<Vec<u8>> = n.schedule.iter().map(|e| e.months.clone()).collect();
        assert_eq!(
            firsts,
            vec![
                vec![9],
                vec![10],
                vec![11],
                vec![12],
                vec![1],
                vec![2],
                vec![3],
                vec![4],
                vec![5],
                vec![6],
                vec![7, 8]
            ]
        );
        let acts: Vec<(String, Vec<String>)> = n
            .schedule
            .iter()
            .filter(|e| !e.activities.is_empty())
            .map(|e| (months_heading(&e.months), e.activities.clone()))
            .collect();
        assert_eq!(
            acts,
            vec![
                ("三月".to_string(), vec!["植树活动".to_string()]),
                ("七、八月".to_string(), vec!["组织职工疗休养".to_string()])
            ]
        );
        assert!(n.schedule.iter().all(|e| e.tracking.is_empty()));
    }

    #[test]
    fn untracked_plan_gives_a_frame_without_claims() {
        let mut p = fixture();
        for sec in &mut p.sections {
            fn clear(items: &mut [Item]) {
                for i in items {
                    i.track = None;
                    clear(&mut i.items);
                }
            }
            clear(&mut sec.items);
        }
        for e in &mut p.schedule {
            e.tracking.clear();
        }
        let s = summarize(&p, false);
        assert!(
            s.guiding
                .starts_with("（编写提示：计划中的各项工作都还没有登记执行情况"),
            "{}",
            s.guiding
        );
        assert!(!s.guiding.contains("已完成"), "{}", s.guiding);
        assert_eq!(s.sections.len(), 3);
        assert!(s
            .sections
            .iter()
            .all(|x| x.items.is_empty() && x.body.contains("待补充")));
        assert!(
            s.problems.contains("待补充") && !s.problems.contains("均已完成"),
            "{}",
            s.problems
        );
    }

    #[test]
    fn all_done_plan_has_a_problems_paragraph_without_listing_items() {
        let mut p = Plan::new(Kind::Plan, 2024);
        p.organization = "区机关".into();
        p.sections = vec![Section {
            heading: "技能比武".into(),
            track: track(Status::Done, ""),
            ..Default::default()
        }];
        let s = summarize(&p, false);
        assert_eq!(s.sections[0].body, "已按计划完成。");
        assert!(
            s.problems.starts_with("今年计划的各项工作均已完成。"),
            "{}",
            s.problems
        );
        assert!(
            s.guiding.starts_with("2024年，区机关工会在"),
            "{}",
            s.guiding
        );
        assert!(
            s.guiding.contains("全年计划开展的1项工作中，已完成1项。"),
            "{}",
            s.guiding
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        let mut p = Plan::default();
        p.year = i32::MAX - 1;
        p.period = Period { start_month: 0 };
        p.sections = vec![
            Section::default(),
            Section {
                items: vec![Item {
                    track: track(Status::Partial, "\n\n。"),
                    ..Default::default()
                }],
                ..Default::default()
            },
        ];
        p.schedule = vec![ScheduleEntry {
            months: vec![],
            activities: vec!["".into(), "无月份活动".into()],
            tracking: vec![None, track(Status::NotDone, ""), track(Status::Done, "")],
        }];
        let s = summarize(&p, true);
        assert_eq!(s.sections.len(), 2);
        // The month heading of an entry without months comes from `numbering`.
        let undated = format!("{}安排的“无月份活动”", months_heading(&[]));
        assert!(s.problems.contains(&undated), "{}", s.problems);
        assert!(
            s.problems.contains("（未填写标题的事项）"),
            "{}",
            s.problems
        );
        let n = s.next.unwrap();
        assert_eq!(n.year, i32::MAX); // next year saturates
        assert!(n
            .schedule
            .iter()
            .any(|e| e.months.is_empty() && e.activities == ["无月份活动"]));
    }

    #[test]
    fn summary_lays_out_in_the_genre_order() {
        let s = summarize(&fixture(), true);
        let bs = crate::core::layout::blocks(&s);
        let h1: Vec<String> = bs
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Heading(1) | BlockKind::PartTitle))
            .map(|b| b.full_text())
            .collect();
        assert_eq!(
            h1,
            [
                "一、加强思想引领",
                "二、关心职工生活",
                "三、推进民主管理",
                "四、全年重点活动开展情况",
                "五、存在问题和不足",
                "2026年工作计划",
                "一、加强思想引领",
                "二、关心职工生活",
                "三、推进民主管理",
                "四、活动安排",
            ]
        );
        let run_on: Vec<String> = bs
            .iter()
            .filter(|b| b.kind == BlockKind::Heading(3))
            .map(|b| b.full_text())
            .collect();
        assert_eq!(
            run_on[0],
            "1.春节走访慰问。已按计划完成\u{ff0c}投入经费800元。"
        );
    }

    #[test]
    fn every_summary_part_has_text_and_chinese_punctuation() {
        let s = summarize(&fixture(), false);
        assert!(!s.guiding.trim().is_empty() && !s.problems.trim().is_empty());
        for sec in &s.sections {
            assert!(
                !sec.heading.trim().is_empty()
                    && (!sec.body.trim().is_empty() || !sec.items.is_empty()),
                "{sec:?}"
            );
        }
        let text = all_text(&s);
        for ascii in [',', ':', ';', '(', ')'] {
            assert!(
                !text.contains(ascii),
                "ASCII {ascii:?} in generated text:\n{text}"
            );
        }
        assert!(!text.contains("xx") && !text.contains('某'));
    }
}
