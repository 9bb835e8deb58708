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
//!
//! The draft keeps the source's `format` (the office's fonts and page
//! numbers) and its `issuance` (the same organs issue the summary: 发文机关
//! 标志, 签发人, 主送, 抄送, 印发机关 and the seal), less what belongs to the
//! plan as one document: its 发文字号, its attachments and its 印发日期,
//! which the summary gets anew. Next year's plan inside a 总结暨明年计划 is
//! part of that one document and carries neither (only the top-level plan's
//! count, see `Plan::normalize`).
//!
//! `progress.rs` holds the units and the tallies, `draft.rs` the summary
//! text, `next_plan.rs` next year's plan and `text.rs` the wording helpers.

mod draft;
mod duties;
mod next_plan;
mod progress;
mod text;

pub use duties::{lead_of, progress_by_lead};
pub use progress::{activity_track, progress_by_month, progress_by_priority, ProgressRow, Tally};
pub use text::{format_amount, plain_number};

use super::model::{Issuance, Kind, Plan, Signature};
use super::title;
use draft::{activities_section, opening, problems_text, summary_section};
use next_plan::next_plan;
use progress::all_units;

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
        format: plan.format,
        issuance: plan.issuance.as_ref().map(|i| Issuance {
            number: String::new(),
            attachments: Vec::new(),
            print_date: None,
            ..i.clone()
        }),
        ..Plan::default()
    };
    out.title = title::suggest(&out);

    let units = all_units(plan);
    out.guiding = opening(plan, &units);
    out.sections = plan
        .sections
        .iter()
        .map(|s| summary_section(s).into())
        .collect();
    if let Some(s) = activities_section(plan) {
        out.sections.push(s.into());
    }
    out.problems = problems_text(&units);
    if with_next {
        out.next = Some(Box::new(next_plan(plan)));
    }
    out
}

#[cfg(test)]
mod tests;
