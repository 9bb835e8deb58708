//! Tables that arrive as text: a header row of known column names (序号,
//! 工作任务, 牵头部门, 配合部门, 责任人, 完成时限, 量化目标; 时间, 活动内容,
//! 负责部门, 参加范围, 备注 and their usual variants) and rows of cells
//! separated by `|` (Markdown rules `|---|` allowed) or tabs, or one cell per
//! line where the header gives the column count (the first column then is
//! 序号 or 时间, which tells where each row starts). Runs first, on the clean
//! lines: the table's lines leave the text, and once the rest is parsed,
//! `apply` turns a task table into duties (matched to the tasks by name, or
//! new priorities) and a schedule table into entries with `duties`. A `附件`
//! line and a table title just before a table are consumed with it.
//! .docx tables reach this pass as tab-separated rows (`docx`).

use super::months::parse_month_line;
use super::normalise::{char_len, norm_heading, trim};
use super::trace::{Ctx, Dropped};
use crate::core::model::{Duty, EntryDuty, Plan, ScheduleEntry, ScheduleLayout, Section};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Col {
    Seq,
    Task,
    Activity,
    Lead,
    Partners,
    Owner,
    Due,
    Target,
    Scope,
    Note,
}

/// Column names and what they hold (the schedule reads `Lead` as 负责 and
/// `Due` as 时间).
const NAMES: &[(&str, Col)] = &[
    ("序号", Col::Seq),
    ("编号", Col::Seq),
    ("工作任务", Col::Task),
    ("重点任务", Col::Task),
    ("任务", Col::Task),
    ("工作内容", Col::Task),
    ("工作事项", Col::Task),
    ("活动内容", Col::Activity),
    ("活动名称", Col::Activity),
    ("活动", Col::Activity),
    ("牵头部门", Col::Lead),
    ("责任部门", Col::Lead),
    ("负责部门", Col::Lead),
    ("牵头单位", Col::Lead),
    ("责任单位", Col::Lead),
    ("负责单位", Col::Lead),
    ("配合部门", Col::Partners),
    ("配合单位", Col::Partners),
    ("协办部门", Col::Partners),
    ("责任人", Col::Owner),
    ("负责人", Col::Owner),
    ("完成时限", Col::Due),
    ("时间节点", Col::Due),
    ("完成时间", Col::Due),
    ("时间安排", Col::Due),
    ("时间", Col::Due),
    ("月份", Col::Due),
    ("量化目标", Col::Target),
    ("目标", Col::Target),
    ("预期目标", Col::Target),
    ("参加范围", Col::Scope),
    ("参加人员", Col::Scope),
    ("参加对象", Col::Scope),
    ("参与对象", Col::Scope),
    ("备注", Col::Note),
];

fn col_of(cell: &str) -> Option<Col> {
    let c = trim(cell);
    NAMES.iter().find(|(n, _)| *n == c).map(|(_, k)| *k)
}

/// A table found in the text.
#[derive(Default, Debug)]
pub(super) struct Found {
    /// Task rows: name and duty.
    tasks: Vec<(String, Duty)>,
    /// Schedule rows: months, activity, duty.
    schedule: Vec<(Vec<u8>, String, EntryDuty)>,
}

/// True for text this pass may consume: a column name, a rule or
/// separator, a 序号, a `附件` line or a table title (for the property test).
#[cfg(test)]
pub(crate) fn is_table_text(t: &str) -> bool {
    let t = trim(t);
    col_of(t).is_some()
        || t.chars().all(|c| {
            matches!(c, '|' | '｜' | '-' | ':' | '—' | '+')
                || c.is_ascii_digit()
                || c.is_whitespace()
        })
        || is_annex_line(t)
        || is_table_title(t)
}

fn is_annex_line(t: &str) -> bool {
    let t = t.trim_end_matches([':', '：']);
    t.strip_prefix("附件")
        .is_some_and(|r| char_len(r) <= 2 && r.chars().all(|c| c.is_ascii_digit()))
}

fn is_table_title(t: &str) -> bool {
    char_len(t) <= 40
        && ["分解表", "一览表", "安排表", "任务表", "责任表"]
            .iter()
            .any(|k| t.ends_with(k))
}

/// Splits a row into cells by `|` or tabs; None for a line without them.
/// A leading `|` is a border only in a table whose header has one
/// (`bordered`); otherwise it opens an empty first cell.
fn cells(line: &str, bordered: bool) -> Option<Vec<String>> {
    let bar = |c: char| c == '|' || c == '｜';
    if line.contains(bar) {
        let inner = if bordered {
            line.strip_prefix(bar).unwrap_or(line)
        } else {
            line
        };
        let inner = inner.strip_suffix(bar).unwrap_or(inner);
        let v: Vec<String> = inner.split(bar).map(|c| trim(c).to_string()).collect();
        return (v.len() >= 2).then_some(v);
    }
    if line.contains('\t') {
        return Some(line.split('\t').map(|c| trim(c).to_string()).collect());
    }
    None
}

fn is_rule(cells: &[String]) -> bool {
    cells.iter().any(|c| c.contains('-'))
        && cells
            .iter()
            .all(|c| c.chars().all(|c| matches!(c, '-' | ':' | '—' | ' ')))
}

/// The columns of a header row, when it is one: at least three cells, all
/// known, with a task or an activity column.
fn header(cells: &[String]) -> Option<Vec<Col>> {
    let cols: Option<Vec<Col>> = cells.iter().map(|c| col_of(c)).collect();
    let cols = cols?;
    (cols.len() >= 3 && cols.iter().any(|c| matches!(c, Col::Task | Col::Activity))).then_some(cols)
}

fn is_schedule(cols: &[Col]) -> bool {
    cols.contains(&Col::Activity) || cols.contains(&Col::Scope)
}

/// Takes the tables out of the text, before any other pass (a 序号 line
/// would otherwise read as a page number): the rest of the text, when a
/// table was found, and what the tables held.
pub(super) fn extract_text(text: &str, ctx: &mut Ctx) -> (Option<String>, Found) {
    if !NAMES.iter().any(|(n, _)| text.contains(n)) {
        return (None, Found::default());
    }
    let lines = super::lines::split_lines(text);
    let (rest, found) = extract(lines, ctx);
    if found.tasks.is_empty() && found.schedule.is_empty() {
        return (None, found);
    }
    (Some(rest.join("\n")), found)
}

/// Takes the tables out of `lines`; what they held goes into `Found`.
fn extract<'a>(lines: Vec<&'a str>, ctx: &mut Ctx) -> (Vec<&'a str>, Found) {
    let mut found = Found::default();
    let mut out: Vec<&'a str> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let used = separated(&lines[i..], ctx, &mut found)
            .or_else(|| one_per_line(&lines[i..], ctx, &mut found));
        match used {
            Some(n) => {
                // A 附件 line and the table's title just before it go with it.
                for _ in 0..2 {
                    let ahead = out.len() > 2;
                    if ahead
                        && out
                            .last()
                            .is_some_and(|l| is_table_title(l) || is_annex_line(l))
                    {
                        ctx.drop(Dropped::Table, out.pop().unwrap_or_default());
                    }
                }
                i += n;
            }
            None => {
                out.push(lines[i]);
                i += 1;
            }
        }
    }
    (out, found)
}

/// A `|` or tab table starting at `lines[0]`: the number of lines used.
fn separated(lines: &[&str], ctx: &mut Ctx, found: &mut Found) -> Option<usize> {
    let bordered = lines[0].starts_with(['|', '｜']);
    let head = cells(lines[0], true)?;
    let cols = header(&head)?;
    let mut rows = Vec::new();
    let mut n = 1;
    for l in &lines[1..] {
        let Some(c) = cells(l, bordered) else { break };
        n += 1;
        if !is_rule(&c) {
            rows.push(c);
        }
    }
    if !take_rows(&cols, rows, ctx, found) {
        return None;
    }
    for c in &head {
        ctx.drop(Dropped::Table, c);
    }
    for l in &lines[..n] {
        // The separators themselves, and Markdown's `---` rules.
        let rule = cells(l, bordered).is_some_and(|c| is_rule(&c));
        let bars: String = l
            .chars()
            .filter(|c| rule || matches!(c, '|' | '｜'))
            .collect();
        ctx.drop(Dropped::Table, &bars);
    }
    Some(n)
}

/// One cell per line: N header lines, then rows of N lines while each row
/// starts as its first column says (序号 counting up, or a month).
fn one_per_line(lines: &[&str], ctx: &mut Ctx, found: &mut Found) -> Option<usize> {
    let cols: Vec<Col> = lines.iter().map_while(|l| col_of(l)).collect();
    if !cols.iter().any(|c| matches!(c, Col::Task | Col::Activity)) || cols.len() < 3 {
        return None;
    }
    let w = cols.len();
    let starts = |cell: &str, k: usize| match cols[0] {
        Col::Seq => trim(cell) == (k + 1).to_string(),
        Col::Due => months_of(cell).is_some(),
        _ => false,
    };
    let mut rows = Vec::new();
    let mut at = w;
    while at + w <= lines.len() && starts(lines[at], rows.len()) {
        rows.push(
            lines[at..at + w]
                .iter()
                .map(|c| trim(c).to_string())
                .collect::<Vec<_>>(),
        );
        at += w;
    }
    if rows.is_empty() || !take_rows(&cols, rows, ctx, found) {
        return None;
    }
    for l in &lines[..w] {
        ctx.drop(Dropped::Table, l);
    }
    Some(at)
}

/// Months at the start of a time cell, and what follows them.
fn months_of(cell: &str) -> Option<(Vec<u8>, String, String)> {
    let cell = trim(cell);
    let end = cell.find('月').map(|i| i + '月'.len_utf8())?;
    let end = if cell[end..].starts_with('份') {
        end + '份'.len_utf8()
    } else {
        end
    };
    let m = parse_month_line(&cell[..end])?;
    Some((
        m.months,
        cell[..end].to_string(),
        trim(&cell[end..]).to_string(),
    ))
}

/// Reads the rows into `found`; false (nothing taken) when a schedule
/// table's first row has no month.
fn take_rows(cols: &[Col], rows: Vec<Vec<String>>, ctx: &mut Ctx, found: &mut Found) -> bool {
    let get = |r: &[String], k: Col| -> String {
        cols.iter()
            .position(|c| *c == k)
            .and_then(|i| r.get(i))
            .cloned()
            .unwrap_or_default()
    };
    // Extra cells join the last column, so no text is lost.
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|mut r| {
            if r.len() > cols.len() {
                let extra = r.split_off(cols.len() - 1).join(" ");
                r.push(extra);
            }
            r
        })
        .collect();
    if is_schedule(cols) {
        if !rows
            .first()
            .is_some_and(|r| months_of(&get(r, Col::Due)).is_some())
        {
            return false;
        }
        let mut months = Vec::new();
        for r in &rows {
            let mut note = get(r, Col::Note);
            let time = get(r, Col::Due);
            match months_of(&time) {
                Some((m, head, rest)) => {
                    ctx.drop(Dropped::Months, &head);
                    months = m;
                    if !rest.is_empty() {
                        note = format!("{rest} {note}").trim().to_string();
                    }
                }
                None if !time.is_empty() => note = format!("{time} {note}").trim().to_string(),
                None => {}
            }
            let activity = [get(r, Col::Activity), get(r, Col::Task)]
                .join(" ")
                .trim()
                .to_string();
            let mut owner = get(r, Col::Lead);
            for extra in [
                get(r, Col::Owner),
                get(r, Col::Partners),
                get(r, Col::Target),
            ] {
                if !extra.is_empty() {
                    owner = format!("{owner} {extra}").trim().to_string();
                }
            }
            let seq = get(r, Col::Seq);
            ctx.drop(Dropped::Table, &seq);
            let d = EntryDuty {
                owner,
                scope: get(r, Col::Scope),
                note,
            };
            found.schedule.push((months.clone(), activity, d));
        }
    } else {
        for r in &rows {
            ctx.drop(Dropped::Table, &get(r, Col::Seq));
            let mut target = get(r, Col::Target);
            for extra in [get(r, Col::Scope), get(r, Col::Note)] {
                if !extra.is_empty() {
                    target = format!("{target} {extra}").trim().to_string();
                }
            }
            let d = Duty {
                lead: get(r, Col::Lead),
                partners: get(r, Col::Partners),
                owner: get(r, Col::Owner),
                due: get(r, Col::Due),
                target,
            };
            found.tasks.push((get(r, Col::Task), d));
        }
    }
    true
}

/// Puts what the tables held into the parsed plan (or its next year's part
/// for a 总结暨明年计划): duties on the tasks of the same name, else new
/// priorities; schedule rows as entries (same months: the same entry).
pub(super) fn apply(plan: &mut Plan, found: Found, ctx: &mut Ctx) {
    if !found.tasks.is_empty() {
        plan.format.get_or_insert_with(Default::default).task_table = true;
    }
    if !found.schedule.is_empty() {
        plan.format.get_or_insert_with(Default::default).schedule = ScheduleLayout::Table;
    }
    let part = match plan.next.as_deref_mut() {
        Some(n) if plan.kind.is_summary() => n,
        _ => plan,
    };
    for (name, duty) in found.tasks {
        if set_duty(part, &name, &duty) {
            ctx.drop(Dropped::Repeat, &name);
        } else {
            part.sections.push(
                Section {
                    heading: name,
                    duty: Some(duty),
                    ..Section::default()
                }
                .into(),
            );
        }
    }
    for (months, activity, d) in found.schedule {
        let i = match part.schedule.iter().position(|e| e.months == months) {
            Some(i) => i,
            None => {
                part.schedule.push(ScheduleEntry {
                    months,
                    ..ScheduleEntry::default()
                });
                part.schedule.len() - 1
            }
        };
        let e = &mut part.schedule[i];
        e.activities.retain(|a| !trim(a).is_empty());
        e.duties.resize(e.activities.len(), None);
        e.activities.push(activity);
        e.duties.push((!d.is_empty()).then_some(d));
        if e.duties.iter().all(Option::is_none) {
            e.duties.clear();
        }
    }
    part.sort_schedule();
}

/// Sets the duty of the section or item whose heading is `name`.
fn set_duty(p: &mut Plan, name: &str, duty: &Duty) -> bool {
    fn walk(items: &mut [crate::core::model::Item], key: &str, duty: &Duty) -> bool {
        for it in items {
            if it.duty.is_none() && norm_heading(&it.heading) == key {
                it.duty = Some(duty.clone());
                return true;
            }
            if walk(&mut it.items, key, duty) {
                return true;
            }
        }
        false
    }
    let key = norm_heading(name);
    if key.is_empty() {
        return false;
    }
    for s in &mut p.sections {
        if s.duty.is_none() && norm_heading(&s.heading) == key {
            s.duty = Some(duty.clone());
            return true;
        }
        if walk(&mut s.items, &key, duty) {
            return true;
        }
    }
    false
}

/// .docx tables (`w:tbl`) as tab-separated rows, one line per `w:tr`, for
/// `docx::xml_to_text`: `tag` sees every tag first; a paragraph that ends
/// inside a cell hands its text to the cell (the paragraph itself then
/// ends empty, a blank line the text passes drop). Nested tables are read
/// into the cell that holds them.
#[derive(Default)]
pub(super) struct DocxTables {
    depth: usize,
    row: Vec<String>,
    cell: String,
}

impl DocxTables {
    pub(super) fn tag(
        &mut self,
        name: &str,
        closing: bool,
        cur: &mut String,
        lines: &mut Vec<String>,
    ) {
        match (name, closing) {
            ("w:tbl", false) => self.depth += 1,
            ("w:tbl", true) => self.depth = self.depth.saturating_sub(1),
            _ if self.depth != 1 && name != "w:p" => {}
            ("w:tr", false) => self.row.clear(),
            ("w:tr", true) => lines.push(std::mem::take(&mut self.row).join("\t")),
            ("w:tc", false) => self.cell.clear(),
            ("w:tc", true) => self.row.push(std::mem::take(&mut self.cell)),
            ("w:p", true) if self.depth > 0 => {
                let text = cur.replace(['\t', '\n'], " ");
                if !self.cell.is_empty() && !text.trim().is_empty() {
                    self.cell.push(' ');
                }
                self.cell.push_str(text.trim());
                cur.clear();
            }
            _ => {}
        }
    }
}
