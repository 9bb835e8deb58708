//! Required parts (`missing:*`): title, organisation and signature for every
//! kind; 指导思想, 主要工作 and a schedule or measures for a plan (also for
//! next year's plan of a 总结暨明年计划, ids prefixed `next:`); achievements
//! and problems for a summary. A part counts as written when its field is
//! filled or when a section heading names it (二、总的要求), so imported
//! documents that keep every part under a numbered heading pass too.

use super::fields::{filled, target};
use super::{Checker, Doc, Level};
use crate::core::model::{Kind, Plan};
use crate::core::numbering::cn_number;
use crate::core::steps::{Step, Target};

/// Title, organisation, signature: the same for every kind.
pub(super) fn basics(c: &mut Checker, doc: &Doc) {
    let plan = doc.plan;
    let basic = Target::step(Step::Basic);
    if filled(&plan.title) {
        c.ok("missing:title", "标题已填写", basic.clone());
    } else {
        c.push(
            "missing:title",
            Level::Error,
            "还没有填写标题",
            basic.clone(),
        );
    }
    if filled(&plan.organization) {
        c.ok("missing:organization", "单位名称已填写", basic.clone());
    } else {
        c.push(
            "missing:organization",
            Level::Error,
            "还没有填写单位名称",
            basic,
        );
    }
    let sig = Target::step(Step::Signature);
    if filled(&plan.signature.organization) {
        c.ok(
            "missing:signature-organization",
            "落款单位已填写",
            sig.clone(),
        );
    } else if filled(&plan.organization) {
        c.ok(
            "missing:signature-organization",
            "落款将使用单位名称",
            sig.clone(),
        );
    } else {
        c.push(
            "missing:signature-organization",
            Level::Warning,
            "落款缺少单位名称",
            sig.clone(),
        );
    }
    if plan.signature.date.as_deref().is_some_and(filled) {
        c.ok("missing:signature-date", "成文日期已填写", sig);
    } else {
        c.push(
            "missing:signature-date",
            Level::Warning,
            "落款缺少成文日期",
            sig,
        );
    }
}

/// The parts of a summary, then those of the plan (the document's own or
/// next year's).
pub(super) fn parts(c: &mut Checker, doc: &Doc) {
    if doc.plan.kind.is_summary() {
        summary_part(c, doc.plan);
    }
    if let Some((plan, next)) = doc.plan_part() {
        plan_part(c, plan, next);
    }
}

/// Required parts of a plan (or 工作要点), for the document or its `next`.
fn plan_part(c: &mut Checker, plan: &Plan, next: bool) {
    let pre = if next { "next:" } else { "" };
    let who = if next { "明年计划" } else { "" };
    let t = |step: Step| target(step, vec![], next);

    let has_guiding =
        filled(&plan.guiding) || plan.sections.iter().any(|s| is_guiding_heading(&s.heading));
    if has_guiding {
        c.ok(
            &format!("{pre}missing:guiding"),
            format!("{who}指导思想已填写"),
            t(Step::Guiding),
        );
    } else {
        c.push(
            format!("{pre}missing:guiding"),
            Level::Error,
            format!("{who}还没有写指导思想"),
            t(Step::Guiding),
        );
    }

    let n = plan
        .sections
        .iter()
        .filter(|s| !is_guiding_heading(&s.heading) && !is_measures_heading(&s.heading))
        .count();
    let id = format!("{pre}missing:priorities");
    match n {
        0 => c.push(
            id,
            Level::Error,
            format!("{who}还没有列出主要工作"),
            t(Step::Main),
        ),
        1 | 2 => c.push(
            id,
            Level::Warning,
            format!("{who}主要工作只列了{}项，一般不少于三项", cn_count(n)),
            t(Step::Main),
        ),
        _ => c.ok(
            &id,
            format!("{who}主要工作已列出{}项", cn_count(n)),
            t(Step::Main),
        ),
    }

    let has_schedule = plan
        .schedule
        .iter()
        .any(|e| e.activities.iter().any(|a| filled(a)) || !e.months.is_empty());
    let has_measures = filled(&plan.measures)
        || plan
            .sections
            .iter()
            .any(|s| is_measures_heading(&s.heading));
    let id = format!("{pre}missing:schedule");
    if has_schedule || has_measures {
        c.ok(
            &id,
            format!("{who}已有活动安排或落实措施"),
            t(Step::Schedule),
        );
    } else {
        let level = if plan.kind == Kind::KeyPoints {
            Level::Warning
        } else {
            Level::Error
        };
        c.push(
            id,
            level,
            format!("{who}既没有活动安排，也没有落实措施"),
            t(Step::Schedule),
        );
    }
}

/// Required parts of a summary (the document itself, never `next`).
fn summary_part(c: &mut Checker, plan: &Plan) {
    let n = plan
        .sections
        .iter()
        .filter(|s| !is_problems_heading(&s.heading) && !is_outlook_heading(&s.heading))
        .count();
    let t = Target::step(Step::Main);
    match n {
        0 => c.push(
            "missing:achievements",
            Level::Error,
            "还没有写今年的工作成绩",
            t,
        ),
        1 | 2 => c.push(
            "missing:achievements",
            Level::Warning,
            format!("工作成绩只写了{}个方面，一般写三个方面以上", cn_count(n)),
            t,
        ),
        _ => c.ok(
            "missing:achievements",
            format!("工作成绩已写{}个方面", cn_count(n)),
            t,
        ),
    }
    let t = Target::step(Step::Problems);
    if filled(&plan.problems)
        || plan
            .sections
            .iter()
            .any(|s| is_problems_heading(&s.heading))
    {
        c.ok("missing:problems", "已写存在问题和不足", t);
    } else {
        c.push(
            "missing:problems",
            Level::Error,
            "还没有写存在问题和不足",
            t,
        );
    }
}

/// A summary section about problems (存在的问题, 不足之处), not an achievement.
pub(super) fn is_problems_heading(h: &str) -> bool {
    h.contains("不足") || (h.contains("问题") && h.contains("存在"))
}

/// A summary section about next year (明年打算, 下一步思路), not an achievement.
pub(super) fn is_outlook_heading(h: &str) -> bool {
    ["打算", "下一步", "明年", "来年", "思路", "展望"]
        .iter()
        .any(|k| h.contains(k))
}

/// A short heading (at most 8 characters besides punctuation) containing one
/// of `keys`: a part's name used as a heading (二、总的要求), not a priority
/// that merely mentions the word.
fn is_part_heading(h: &str, keys: &[&str]) -> bool {
    let len = h.chars().filter(|c| c.is_alphanumeric()).count();
    len <= 8 && keys.iter().any(|k| h.contains(k))
}

fn is_guiding_heading(h: &str) -> bool {
    is_part_heading(
        h,
        &["指导思想", "总体要求", "总的要求", "总体思路", "指导原则"],
    )
}

fn is_measures_heading(h: &str) -> bool {
    is_part_heading(h, &["措施", "活动安排", "工作安排", "月份安排", "行事历"])
}

/// A count in words: 2 → 两, otherwise as `cn_number`.
fn cn_count(n: usize) -> String {
    if n == 2 {
        "两".into()
    } else {
        cn_number(n as u32)
    }
}
