//! The named parts of a plan: which headings name 指导思想, 工作目标,
//! 落实措施, 存在问题 or 活动安排 (their text goes to the plan's own fields,
//! the heading as the author wrote it to `plan.headings`, so the exports
//! reproduce it). A container such as `三、主要工作` keeps the author's
//! levels: it is a section with its numbered sub-items under it. Input: a
//! heading or a line; output: which named part it is, and where its
//! heading is kept.

use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{char_len, has_sentence_punct, norm_heading};
use crate::core::model::Headings;

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
const GOALS_KW: [&str; 8] = [
    "工作目标",
    // a template plan's `二、计划目标`
    "计划目标",
    "建设目标",
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
pub(super) const SCHEDULE_KW: [&str; 9] = [
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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Special {
    Guiding,
    Goals,
    Measures,
    Problems,
    Schedule,
}

impl Special {
    /// The part's name in the editor.
    pub(super) fn name(self) -> &'static str {
        match self {
            Special::Guiding => "指导思想",
            Special::Goals => "工作目标",
            Special::Measures => "落实措施",
            Special::Problems => "存在问题",
            Special::Schedule => "活动安排",
        }
    }
}

/// Which standard part a heading names, if it is short enough to be just
/// that name (指导思想, 二〇二五年工作目标, 存在的问题和不足 …).
pub(super) fn special_of(heading: &str) -> Option<Special> {
    let n = norm_heading(heading);
    if guiding_pair(&n) {
        return Some(Special::Guiding);
    }
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

/// Two short phrases between a comma whose first sets the guiding idea
/// with a two-character verb (`明确指导思想,把握总体要求`): the guiding
/// part under a heading that says what to do with it.
fn guiding_pair(n: &str) -> bool {
    let mut parts = n.split([',', '\u{ff0c}']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let named = |p: &str| {
        GUIDING_KW
            .iter()
            .any(|k| p.ends_with(k) && char_len(p) == char_len(k) + 2)
    };
    named(a) && char_len(b) <= 8 && !has_sentence_punct(b)
}

/// A scheme's own goals (`二、竞赛目标`, `三、活动目标`): read as the goals
/// part only under a numbered level-1 label, since inside a part such words
/// lead one line among its siblings (`竞赛范围:` `竞赛目标:` `竞赛内容:`).
const SCHEME_GOALS_KW: [&str; 2] = ["竞赛目标", "活动目标"];

/// Which standard part a numbered level-1 heading names: as `special_of`,
/// a scheme's goals, and a part named after what it is for (`三、开展建家
/// 活动的总体目标`, `一、深入开展…活动的指导思想`: the guiding or goals
/// keyword ending the heading right after `的`, 16 characters at most).
pub(super) fn special_of_numbered(heading: &str) -> Option<Special> {
    special_of(heading).or_else(|| {
        let n = norm_heading(heading);
        let len = char_len(&n);
        if has_sentence_punct(&n) {
            return None;
        }
        if SCHEME_GOALS_KW
            .iter()
            .any(|k| n.contains(k) && len <= char_len(k) + 4)
        {
            return Some(Special::Goals);
        }
        let of = |kws: &[&str]| {
            len <= 16
                && kws.iter().any(|k| {
                    n.strip_suffix(k)
                        .is_some_and(|h| h.ends_with('的') && char_len(h) >= 4)
                })
        };
        if of(&GOALS_KW) {
            Some(Special::Goals)
        } else if of(&GUIDING_KW) {
            Some(Special::Guiding)
        } else {
            None
        }
    })
}

/// Whether `text` names the schedule part anywhere (folded): a heading that
/// does not cannot be its label.
pub(super) fn mentions_schedule(text: &str) -> bool {
    let f = super::normalise::fold(text);
    SCHEDULE_KW.iter().any(|k| f.contains(k))
}

/// Every named part's keyword (`runin` splits one run into its text).
pub(super) fn part_keywords() -> impl Iterator<Item = &'static str> {
    GUIDING_KW
        .iter()
        .chain(GOALS_KW.iter())
        .chain(MEASURES_KW.iter())
        .chain(PROBLEMS_KW.iter())
        .chain(SCHEDULE_KW.iter())
        .copied()
}

/// A plain line that introduces a schedule: `活动安排:` `具体安排如下:`,
/// a month table's header row.
pub(super) fn is_schedule_label(line: &str) -> bool {
    // a month table's header row (`月份活动要点`)
    if super::month_table::is_header(line) {
        return true;
    }
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
        || SCHEDULE_KW.iter().any(|k| norm_heading(s).contains(k))
}

/// Where the author's heading of a named part is kept.
pub(super) fn heading_slot(h: &mut Headings, sp: Special) -> &mut Option<String> {
    match sp {
        Special::Guiding => &mut h.guiding,
        Special::Goals => &mut h.goals,
        Special::Measures => &mut h.measures,
        Special::Problems => &mut h.problems,
        Special::Schedule => &mut h.schedule,
    }
}

/// Containers of numbered priorities (`主要工作` on a line of its own).
const CONTAINER_KW: [&str; 8] = [
    "主要工作",
    "重点工作",
    "工作重点",
    "工作内容",
    "主要任务",
    "工作任务",
    "具体工作",
    "重点任务",
];

/// An unnumbered heading line: a named part (not the schedule, which has
/// its own labels) or a container, short, nothing but a colon after it;
/// or a named part run in before its text (`指导思想:以…`). Returns whether
/// it is a container, and the heading's byte length.
pub(super) fn plain_heading(line: &str) -> Option<(bool, usize)> {
    if parse_label(line).is_some() || parse_month_line(line).is_some() {
        return None;
    }
    let head_len = line.find([':', '\u{ff1a}']).map_or(line.len(), |k| {
        k + line[k..].chars().next().map_or(0, char::len_utf8)
    });
    let head = &line[..head_len];
    // `总体要求如下。` is a sentence that leads in, not a heading
    if head.trim_end().ends_with(['。', '.']) || head.contains("如下") {
        return None;
    }
    let n = norm_heading(head);
    if n.is_empty() || char_len(&n) > 12 || has_sentence_punct(&n) {
        return None;
    }
    let container = CONTAINER_KW.iter().any(|k| n == *k);
    let part = special_of(head).is_some_and(|s| s != Special::Schedule);
    let run_in = head_len < line.len();
    if (container && !run_in) || part {
        Some((container, head_len))
    } else {
        None
    }
}
