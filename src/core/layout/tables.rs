//! The two tables of issue 17 as blocks: the 活动安排 as a table
//! (`format.schedule = "table"`: 时间 | 活动内容 | 负责部门 | 参加范围 | 备注,
//! one row per activity, the months written once per entry as in the list)
//! and the 重点工作任务分解表 attachment (`format.task_table`: a `附件` line,
//! its title, then 序号 | 工作任务 | 牵头部门 | 配合部门 | 责任人 | 完成时限 |
//! 量化目标, one row per task with a duty). Every exporter renders a run of
//! `BlockKind::Row` blocks as one table; `cells` holds the cell texts.

use super::{Block, BlockKind, Table};
use crate::core::model::{DutyField, EntryDutyField, Item, Plan, ScheduleEntry, Shared};
use crate::core::numbering::months_heading;
use crate::core::punct;
use crate::core::steps::{Step, Target};

/// The schedule table's column names.
pub const SCHEDULE_COLUMNS: [&str; 5] = ["时间", "活动内容", "负责部门", "参加范围", "备注"];

/// The 任务分解表's column names.
pub const TASK_COLUMNS: [&str; 7] = [
    "序号",
    "工作任务",
    "牵头部门",
    "配合部门",
    "责任人",
    "完成时限",
    "量化目标",
];

/// A row block: `text` is the cells joined by a full-width space, so
/// readers of plain text (search, the checklist) still see the words.
pub(crate) fn row(table: Table, header: bool, cells: Vec<String>, target: Target) -> Block {
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| punct::fullwidth(c.trim()).into_owned())
        .collect();
    let mut b = Block::new(
        BlockKind::Row { table, header },
        String::new(),
        &cells.join("\u{3000}"),
        target,
    );
    b.cells = cells;
    b
}

fn header(table: Table, names: &[&str], target: Target) -> Block {
    row(
        table,
        true,
        names.iter().map(|s| s.to_string()).collect(),
        target,
    )
}

/// The entries' activities as table rows (after the 活动安排 heading).
pub(super) fn schedule_rows(
    entries: &[(usize, &ScheduleEntry)],
    target: impl Fn(Vec<usize>) -> Target,
    out: &mut Vec<Shared<Block>>,
) {
    out.push(header(Table::Schedule, &SCHEDULE_COLUMNS, target(vec![])).into());
    for (i, e) in entries {
        let mut first = true;
        for (j, a) in e.activities.iter().enumerate() {
            if a.trim().is_empty() {
                continue;
            }
            let d = e.duties.get(j).cloned().flatten().unwrap_or_default();
            let mut cells = vec![
                if first {
                    months_heading(&e.months)
                } else {
                    String::new()
                },
                a.clone(),
            ];
            cells.extend(EntryDutyField::ALL.iter().map(|f| d.get(*f).to_string()));
            out.push(row(Table::Schedule, false, cells, target(vec![*i, j])).into());
            first = false;
        }
    }
}

/// The tasks of a part that have a duty, in document order, with their paths.
pub fn tasks(plan: &Plan) -> Vec<(Vec<usize>, String, crate::core::model::Duty)> {
    fn walk(
        items: &[Item],
        path: &mut Vec<usize>,
        out: &mut Vec<(Vec<usize>, String, crate::core::model::Duty)>,
    ) {
        for (i, it) in items.iter().enumerate() {
            path.push(i);
            if let Some(d) = &it.duty {
                out.push((path.clone(), task_name(&it.heading, &it.text), d.clone()));
            }
            walk(&it.items, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    for (i, s) in plan.sections.iter().enumerate() {
        if let Some(d) = &s.duty {
            out.push((vec![i], task_name(&s.heading, &s.body), d.clone()));
        }
        walk(&s.items, &mut vec![i], &mut out);
    }
    out
}

/// A task's name in the table: its heading, else its text's first line.
fn task_name(heading: &str, text: &str) -> String {
    let h = heading.trim();
    if !h.is_empty() {
        return h.to_string();
    }
    super::paragraphs(text)
        .next()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// The title of the attachment: `XX工会2027年重点工作任务分解表`.
pub fn task_table_title(plan: &Plan) -> String {
    let year = if plan.kind.is_summary() {
        plan.next.as_ref().map(|n| n.year).unwrap_or(plan.year)
    } else {
        plan.year
    };
    format!("{}{year}年重点工作任务分解表", plan.organization.trim())
}

/// The 任务分解表 attachment (only with `format.task_table`): the tasks of
/// the document, or of next year's part of a 总结暨明年计划. Without any
/// duty yet, one empty row per priority, a form to fill in. A summary
/// alone has no tasks ahead of it: no table.
pub(super) fn task_table(plan: &Plan, out: &mut Vec<Shared<Block>>) {
    if !plan.format_settings().task_table || plan.kind == crate::core::model::Kind::Summary {
        return;
    }
    let (part, next) = match (&plan.next, plan.kind.is_summary()) {
        (Some(n), true) => (&**n, true),
        _ => (plan, false),
    };
    let t = |path: Vec<usize>| {
        let t = Target::at(Step::Main, path);
        if next {
            t.in_next()
        } else {
            t
        }
    };
    let mut rows = tasks(part);
    if rows.is_empty() {
        rows = (part.sections.iter().enumerate())
            .map(|(i, s)| (vec![i], task_name(&s.heading, &s.body), Default::default()))
            .collect();
    }
    let annex = |kind, text: &str| Block::new(kind, String::new(), text, t(vec![]));
    out.push(annex(BlockKind::AnnexLabel, "附件").into());
    out.push(annex(BlockKind::AnnexTitle, &task_table_title(plan)).into());
    out.push(header(Table::Tasks, &TASK_COLUMNS, t(vec![])).into());
    for (n, (path, name, d)) in rows.into_iter().enumerate() {
        let mut cells = vec![(n + 1).to_string(), name];
        cells.extend(DutyField::ALL.iter().map(|f| d.get(*f).to_string()));
        out.push(row(Table::Tasks, false, cells, t(path)).into());
    }
}
