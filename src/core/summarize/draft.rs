//! The summary text: the opening (with the editor's note on what is left
//! out), one section per priority with the reported work, the 全年重点活动
//! section from the schedule, and the problems paragraph.

use super::progress::{
    activity_track, is_blank, reported, schedule_order, section_units, unfinished, Tally, Unit,
};
use super::text::{
    clean_note, figures, is_end_punct, name_list, name_of, strip_end, union_name, COMMA,
};
use crate::core::model::{Item, Plan, Section, Status, Track};
use crate::core::numbering::months_heading;

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

pub(super) fn opening(plan: &Plan, units: &[Unit<'_>]) -> String {
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
pub(super) fn summary_section(s: &Section) -> Section {
    let items = report_items(&s.items, 2);
    let mut body = if reported(s.track.as_ref()) {
        s.track.as_ref().map(node_report).unwrap_or_default()
    } else {
        String::new()
    };
    if body.is_empty() && items.is_empty() {
        body = nothing_reported(s);
    }
    // How many of the priority's tasks were completed, and who led them.
    if let Some(count) = super::duties::priority_count(s) {
        body = if body.is_empty() {
            count
        } else {
            format!("{count}\n{body}")
        };
    }
    Section {
        heading: s.heading.trim().to_string(),
        body,
        items,
        ..Section::default()
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
                ..Item::default()
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
pub(super) fn activities_section(plan: &Plan) -> Option<Section> {
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

pub(super) fn problems_text(units: &[Unit<'_>]) -> String {
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
