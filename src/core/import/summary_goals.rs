//! A summary's goals heading (`一、明确年度工会工作目标`) reports the goals
//! the union set at the start of the year and how it went after them: in a
//! document settled as a summary it is one of the summary's sections, not
//! the goals part of a plan. Input: the plan after its kind is settled and
//! the level-1 headings as found; output: the goals part moved back into
//! the sections, where its heading stood.

use super::body::Outline;
use super::trace::Ctx;
use crate::core::model::{Kind, Plan, Section};

pub(super) fn apply(plan: &mut Plan, outline: &Outline, ctx: &mut Ctx) {
    if plan.kind != Kind::Summary || plan.goals.trim().is_empty() {
        return;
    }
    let Some(heading) = plan.headings.goals.clone() else {
        return;
    };
    // the sections whose headings came before the goals heading
    let at = outline
        .found
        .iter()
        .position(|h| *h == heading)
        .unwrap_or(0);
    let mut before = 0;
    for h in &outline.found[..at] {
        if plan.sections.get(before).is_some_and(|s| s.heading == *h) {
            before += 1;
        }
    }
    plan.sections.insert(
        before.min(plan.sections.len()),
        Section {
            heading: heading.clone(),
            body: std::mem::take(&mut plan.goals),
            ..Default::default()
        }
        .into(),
    );
    plan.headings.goals = None;
    ctx.decide(format!(
        "总结里的“{heading}”讲的是年初定下的目标和落实情况，作为总结的一部分保留，不当作计划的“工作目标”。"
    ));
}
