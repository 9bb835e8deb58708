//! The named parts of a plan: which headings name 指导思想, 工作目标,
//! 落实措施, 存在问题 or 活动安排 (their text goes to the plan's own fields,
//! the name itself is consumed), and the containers (`三、主要工作`) whose
//! numbered sub-items are the priorities. Input: a heading or a line (and,
//! for `promote_containers`, the part the body pass built); output: which
//! named part it is, or the part with its containers promoted.

use super::body::Part;
use super::normalise::{char_len, has_sentence_punct, norm_heading, trim};
use super::trace::{Ctx, Dropped};
use crate::core::model::Section;

pub(super) const GUIDING_KW: [&str; 8] = [
    "指导思想",
    "总的要求",
    "总体要求",
    "总体思路",
    "总的思路",
    "工作思路",
    "基本思路",
    "指导原则",
];
const GOALS_KW: [&str; 6] = [
    "工作目标",
    "目标任务",
    "总体目标",
    "主要目标",
    "奋斗目标",
    "目标要求",
];
const MEASURES_KW: [&str; 7] = [
    "落实措施",
    "保障措施",
    "工作措施",
    "主要措施",
    "具体措施",
    "保证措施",
    "措施保障",
];
const PROBLEMS_KW: [&str; 10] = [
    "存在问题",
    "存在的问题",
    "问题和不足",
    "问题与不足",
    "不足之处",
    "存在的不足",
    "存在不足",
    "困难和问题",
    "问题和困难",
    "不足和问题",
];
const SCHEDULE_KW: [&str; 9] = [
    "活动安排",
    "工作安排",
    "月份安排",
    "工作行事历",
    "行事历",
    "具体安排",
    "日程安排",
    "工作日程",
    "工作月历",
];
const CONTAINER_KW: [&str; 14] = [
    "主要工作",
    "重点工作",
    "工作重点",
    "工作内容",
    "主要任务",
    "工作任务",
    "具体工作",
    "重点任务",
    "主要做法",
    "主要成绩",
    "工作成效",
    "工作回顾",
    "完成情况",
    "取得的成绩",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Special {
    Guiding,
    Goals,
    Measures,
    Problems,
    Schedule,
}

/// Which standard part a heading names, if it is short enough to be just
/// that name (指导思想, 二〇二五年工作目标, 存在的问题和不足 …).
pub(super) fn special_of(heading: &str) -> Option<Special> {
    let n = norm_heading(heading);
    if n.is_empty() || has_sentence_punct(&n) {
        return None;
    }
    let len = char_len(&n);
    let lists: [(&[&str], Special); 5] = [
        (&PROBLEMS_KW, Special::Problems),
        (&SCHEDULE_KW, Special::Schedule),
        (&GUIDING_KW, Special::Guiding),
        (&GOALS_KW, Special::Goals),
        (&MEASURES_KW, Special::Measures),
    ];
    for (kws, sp) in lists {
        if kws.iter().any(|k| n.contains(k) && len <= char_len(k) + 6) {
            return Some(sp);
        }
    }
    None
}

/// A plain line that introduces a schedule: `活动安排:` `具体安排如下:`.
pub(super) fn is_schedule_label(line: &str) -> bool {
    let n = norm_heading(line);
    !has_sentence_punct(&n)
        && SCHEDULE_KW
            .iter()
            .any(|k| n.ends_with(k) && char_len(&n) <= char_len(k) + 4)
}

/// A consumed heading or label names a standard part (used by the tests
/// to check that only such names are consumed).
#[cfg(test)]
pub(crate) fn is_part_name(s: &str) -> bool {
    special_of(s).is_some()
        || is_schedule_label(s)
        || is_container(s)
        || SCHEDULE_KW.iter().any(|k| norm_heading(s).contains(k))
}

pub(super) fn is_container(heading: &str) -> bool {
    let n = norm_heading(heading);
    !has_sentence_punct(&n)
        && CONTAINER_KW
            .iter()
            .any(|k| (n.starts_with(k) || n.ends_with(k)) && char_len(&n) <= char_len(k) + 6)
}

/// `三、主要工作` holding only numbered sub-items: those are the priorities.
pub(super) fn promote_containers(part: &mut Part, ctx: &mut Ctx) {
    let mut out = Vec::with_capacity(part.sections.len());
    for s in std::mem::take(&mut part.sections) {
        if is_container(&s.heading) && trim(&s.body).is_empty() && !s.items.is_empty() {
            ctx.drop(Dropped::Keyword, &s.heading);
            part.promoted.push((s.heading.clone(), s.items.len()));
            for it in s.items {
                out.push(Section {
                    heading: it.heading,
                    body: it.text,
                    items: it.items,
                    track: it.track,
                    duty: it.duty,
                });
            }
        } else {
            out.push(s);
        }
    }
    part.sections = out;
}
