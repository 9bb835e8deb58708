//! Next year's part of a combined summary (`五、2026年工作打算`): where it
//! begins and the plan read from it. Input: the tokens of the body
//! (`headings`) and what the title says; output: this year's tokens and
//! next year's, then `plan.next` read from the latter with the body pass.

use super::body::{parse_part, push_para};
use super::dates::{find_placeholder_year, find_year};
use super::headings::Tok;
use super::labels::{rank, split_heading};
use super::normalise::{char_len, has_sentence_punct, norm_heading};
use super::title::{Title, PLAN_ENDINGS};
use super::trace::{Ctx, Dropped};
use crate::core::model::{Kind, Plan};

const NEXT_MARKERS: [&str; 11] = [
    "明年",
    "下一年",
    "下年度",
    "来年",
    "新的一年",
    "新一年",
    "下一步",
    "今后",
    "下阶段",
    "下一阶段",
    // a half-year report's second half (`二、下半年工作安排`)
    "下半年",
];
const NEXT_ENDINGS: [&str; 11] = [
    "计划", "打算", "思路", "要点", "设想", "安排", "重点", "目标", "任务", "工作", "意见",
];

/// The heading of next year's part of a combined summary.
fn is_next_heading(h: &str, base_year: Option<i32>, numbered: bool) -> bool {
    let n = norm_heading(h);
    if n.is_empty() || char_len(&n) > 24 || has_sentence_punct(&n) {
        return false;
    }
    let marker = NEXT_MARKERS.iter().any(|m| n.contains(m)) || n.starts_with('暨');
    // `未来` names the time ahead only before a plan's name (`三、未来的工作
    // 计划`), not in a motto (`展望未来`, `着眼未来谋划工作`)
    let ahead =
        n.contains("未来") && (PLAN_ENDINGS.iter().any(|e| n.ends_with(e)) || n.ends_with("安排"));
    // a later year, or a placeholder one (`二、XX年工作構想`: a template
    // leaves next year unnamed)
    let year_marker = find_year(&n).is_some_and(|(y, _, _)| base_year.is_none_or(|b| y > b))
        || find_placeholder_year(&n).is_some_and(|k| k <= 6);
    // (`构想`: a plan's outline, as `设想`)
    let plan_end = PLAN_ENDINGS.iter().any(|e| n.ends_with(e)) || n.ends_with("构想");
    let any_end = NEXT_ENDINGS.iter().any(|e| n.ends_with(e));
    if ahead {
        true
    } else if marker {
        if numbered {
            any_end
        } else {
            plan_end
        }
    } else if year_marker {
        // a year alone is a weaker sign: only a plan word ends the summary
        plan_end && (base_year.is_some() || !n.contains("总结"))
    } else {
        false
    }
}

/// The year a paragraph opens with (`2022年县支行工会将…`), looked for in
/// its first characters only.
fn opening_year(l: &str) -> Option<i32> {
    let head: String = l.chars().take(6).collect();
    find_year(&head)
        .filter(|(_, start, _)| *start == 0)
        .map(|(y, _, _)| y)
}

/// A paragraph that opens with the year after `base` and says what will be
/// done in its first sentence (`2022年县支行工会将继续…`), after one
/// opening with `base` (`2021年县支行工会紧紧围绕…`): next year's part with
/// no heading of its own.
fn opens_next_year(l: &str, base: Option<i32>) -> bool {
    let first = l.split(['。', '；', ';']).next().unwrap_or(l);
    char_len(l) > 30 && base.is_some_and(|b| opening_year(l) == Some(b + 1)) && first.contains('将')
}

/// Splits the body's tokens where next year's part begins: at a top-rank
/// heading (not the first), a short plain line naming next year's plan or
/// a paragraph opening with next year after one opening with this year.
/// A title that names a plan or key points has no such part.
pub(super) fn split<'t, 'a>(toks: &'t [Tok<'a>], title: &Title) -> (&'t [Tok<'a>], &'t [Tok<'a>]) {
    let may_have_next = !matches!(title.kind, Some(Kind::Plan) | Some(Kind::KeyPoints));
    let top_rank = toks.iter().filter_map(|t| t.rank()).min();
    let mut split_at: Option<usize> = None;
    if may_have_next {
        // the year this year's first paragraph opens with, when the title
        // names none
        let base = title.year.or_else(|| match toks.first() {
            Some(Tok::Plain(l)) if !l.contains('将') => opening_year(l),
            _ => None,
        });
        let mut heads_before = 0;
        for (i, t) in toks.iter().enumerate() {
            let hit = match t {
                // an unnumbered heading (`2026年工作思路` on its own line)
                Tok::Head { rank, raw, .. } if *rank == rank::PLAIN => {
                    i > 0 && char_len(raw) <= 30 && is_next_heading(raw, title.year, false)
                }
                Tok::Head { rank, text, .. } => {
                    let r = Some(*rank) == top_rank
                        && heads_before > 0
                        && is_next_heading(split_heading(text).0, title.year, true);
                    heads_before += 1;
                    r
                }
                Tok::Plain(l) => {
                    i > 0
                        && ((char_len(l) <= 30 && is_next_heading(l, title.year, false))
                            || (heads_before == 0 && opens_next_year(l, base)))
                }
                Tok::Month { .. } => false,
            };
            if hit {
                split_at = Some(i);
                break;
            }
        }
    }
    match split_at {
        Some(k) => toks.split_at(k),
        None => (toks, &toks[..0]),
    }
}

/// Reads next year's part (its heading the title of `plan.next`) into
/// `plan.next`. Its year is the one its heading names (which then also
/// gives this year's, when the title has none), else the year after.
pub(super) fn read(toks: &[Tok], plan: &mut Plan, title_year: Option<i32>, ctx: &mut Ctx) {
    let Some((head, rest)) = toks.split_first() else {
        return;
    };
    let mut next = Plan {
        kind: Kind::Plan,
        ..Plan::default()
    };
    let mut lead = "";
    match head {
        Tok::Head { label, text, .. } => {
            ctx.drop(Dropped::Label, label);
            let (h, r) = split_heading(text);
            next.title = h.to_string();
            lead = r;
        }
        // a paragraph opening next year's part (`2022年…将继续…`) is its
        // opening, not its heading
        Tok::Plain(l) if opens_next_year(l, opening_year(l).map(|y| y - 1)) => lead = l,
        other => next.title = other.raw().to_string(),
    }
    parse_part(rest, ctx).into_plan(&mut next);
    if !lead.is_empty() {
        let g = std::mem::take(&mut next.guiding);
        push_para(&mut next.guiding, lead);
        push_para(&mut next.guiding, &g);
    }
    match find_year(&next.title) {
        Some((y, _, _)) => {
            next.year = y;
            if title_year.is_none() {
                plan.year = y - 1;
            }
        }
        None => next.year = plan.year + 1,
    }
    plan.next = Some(Box::new(next));
}

/// The note on next year's part: what was read into it, or, when the kind
/// says there is one and none was found, that it can be written.
pub(super) fn note(plan: &Plan) -> Option<String> {
    let Some(next) = &plan.next else {
        return (plan.kind == Kind::SummaryAndPlan).then(|| {
            "标题写明含有明年计划，但正文里没有找到这一部分，可以在明年计划里补写。".into()
        });
    };
    let mut what = format!("{} 项主要工作", next.sections.len());
    let n_entries = next.schedule.len();
    if n_entries > 0 {
        what.push_str(&format!("、{n_entries} 个月份的活动安排"));
    }
    Some(format!(
        "“{}”以下作为明年工作计划单独读入，共 {what}。",
        next.title
    ))
}
