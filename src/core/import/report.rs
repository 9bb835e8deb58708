//! The last pass: what the importer tells the user. Input: the finished
//! plan, the outline of its headings, the trace's counts and the notes the
//! earlier passes wrote; output: the `Report` for the import preview. Also
//! the report on a plan JSON, which is loaded as is.

use super::body::Outline;
use super::normalise::{trim, FW_COLON};
use super::Report;
use crate::core::model::Plan;
use crate::core::numbering::month_name;

/// The report on a plan JSON this tool exported.
pub(super) fn of_plan(plan: &Plan) -> Report {
    Report {
        title_lines: plan
            .title
            .lines()
            .map(|l| trim(l).to_string())
            .filter(|l| !l.is_empty())
            .collect(),
        kind_detected: true,
        sections: plan.sections.iter().map(|s| s.heading.clone()).collect(),
        schedule: plan.schedule.iter().map(|e| e.months.clone()).collect(),
        signature: if plan.signature.organization.trim().is_empty() && plan.signature.date.is_none()
        {
            None
        } else {
            Some((
                plan.signature.organization.clone(),
                plan.signature.date.clone(),
            ))
        },
        notes: vec!["已读取本工具导出的文件，内容原样载入。".into()],
        decisions: Vec::new(),
    }
}

/// The closing notes: page numbers dropped, lines that could not be placed,
/// no numbered headings, the schedule's order.
pub(super) fn closing_notes(
    plan: &Plan,
    pages: usize,
    unplaced: usize,
    outline: &Outline,
) -> Vec<String> {
    let mut notes = Vec::new();
    if pages > 0 {
        notes.push(format!("已去掉 {pages} 行页码。"));
    }
    if unplaced > 0 {
        notes.push(format!("{unplaced} 行无法归类，已并入上一段正文。"));
    }
    if !outline.any_heading && !plan.guiding.is_empty() {
        notes.push("没有找到带编号的标题，全文暂放在开头部分，请按需要拆分成各项工作。".into());
    }
    if !plan.schedule.is_empty() {
        let s = plan.period.start();
        let span = if s == 1 {
            "一月至十二月".to_string()
        } else {
            format!(
                "{}至次年{}",
                month_name(s),
                month_name(if s == 1 { 12 } else { s - 1 })
            )
        };
        notes.push(format!(
            "活动安排共 {} 项，从{}开始，按{span}的顺序排列。",
            plan.schedule.len(),
            month_name(s)
        ));
    }
    notes
}

/// The report on an imported text.
pub(super) fn report(
    title_lines: Vec<String>,
    kind_detected: bool,
    outline: &Outline,
    plan: &Plan,
    signature: Option<(String, Option<String>)>,
    notes: Vec<String>,
) -> Report {
    Report {
        title_lines,
        kind_detected,
        sections: outline
            .found
            .iter()
            .map(|h| h.trim_end_matches([':', FW_COLON]).to_string())
            .collect(),
        schedule: plan.schedule.iter().map(|e| e.months.clone()).collect(),
        signature,
        notes,
        decisions: Vec::new(),
    }
}

/// `“某某工会文件”“某工字[2010]1号” → 文件版头`
pub(super) fn header_decision(i: &crate::core::model::Issuance) -> String {
    let parts: Vec<String> = [&i.issuer, &i.number]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| format!("“{s}”"))
        .collect();
    format!(
        "{} → 文件版头（发文机关标志、发文字号），标题在其后。",
        parts.join("")
    )
}
