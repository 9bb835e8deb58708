//! The document as printed: a flat list of blocks in reading order, with
//! their derived numbering. The preview and every exporter render these
//! blocks, so what the officer sees is what the files contain.
//!
//! Shape (see DOMAIN.md): title; the guiding text as opening paragraphs;
//! then level-1 parts numbered in one run: 工作目标 (if any), each priority
//! of 主要工作, 落实措施, 活动安排, 存在问题和不足 (each only when filled);
//! a 总结暨明年计划 continues with a part heading and next year's plan,
//! numbered afresh; then the signature.

use super::model::{Headings, Kind, Plan, ScheduleEntry, Shared};
use super::numbering::{label, months_heading};
use super::steps::{Step, Target};
use super::title;
use super::{punct, title_lines};

pub mod issuance;
mod sections;
pub mod tables;
pub use sections::SectionCache;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum BlockKind {
    /// One line of the title (a two-line title gives two blocks).
    Title,
    /// The heading of next year's part in a 总结暨明年计划, centred.
    PartTitle,
    /// Numbered heading, level 1..=4.
    Heading(u8),
    /// A body paragraph (first-line indent of two characters).
    Body,
    /// A schedule entry's month heading (七、八月).
    Month,
    /// A numbered activity under a month heading.
    Activity,
    SignatureOrg,
    SignatureDate,
    /// 文件 form (`issuance`, see `layout::issuance`): one line of the
    /// 发文机关标志, red and centred, before the title.
    Issuer,
    /// 文件 form: the 发文字号 (`text`, year in 〔〕) over the red rule;
    /// `tail` is `签发人：姓名` printed at the right of the same line (上行文).
    DocNumber,
    /// 文件 form: the 主送机关 under the title, flush left, ending with `：`.
    Addressee,
    /// 文件 form: one line of the 附件说明 after the body; `label` is
    /// `附件：1.` on the first line (`附件：` for a single attachment) and
    /// `2.`, `3.` … after it, `text` the attachment's name.
    Attachment,
    /// 文件 form, 版记: `抄送：` (`label`) and the 抄送机关 ending with `。`.
    CopyTo,
    /// 文件 form, 版记: the 印发机关 (`text`) and `2027年1月10日印发`
    /// (`tail`) on one line, at the foot of the last page.
    Imprint,
    /// The `附件` line opening the 任务分解表 on a new page (`tables`) …
    AnnexLabel,
    /// … and its title, centred.
    AnnexTitle,
    /// One row of a table (`Block::cells`); a run of rows is one table.
    Row {
        table: Table,
        header: bool,
    },
}

/// Which table a `BlockKind::Row` belongs to (see `tables`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Table {
    /// 活动安排 as a table (`format.schedule = "table"`).
    Schedule,
    /// 重点工作任务分解表 (`format.task_table`).
    Tasks,
}

impl BlockKind {
    /// The 版记 lines, printed at the foot of the document's last page.
    pub fn is_record(self) -> bool {
        matches!(self, BlockKind::CopyTo | BlockKind::Imprint)
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Derived number (`一、`, `(二)`, `3.`, `(4)`), or empty.
    pub label: String,
    /// The text (heading sentence or paragraph) as the user wrote it, with
    /// half-width punctuation in Chinese context set full-width (`punct`).
    pub text: String,
    /// For level 3-4 headings: the first body paragraph, printed in the same
    /// paragraph after the heading, as offices write `1.加强学习。正文…`.
    pub tail: String,
    /// The field this block comes from (click-to-jump, checklist).
    pub target: Target,
    /// The cells of a table row (`BlockKind::Row`), else empty.
    pub cells: Vec<String>,
}

impl Block {
    pub(crate) fn new(kind: BlockKind, label: String, text: &str, target: Target) -> Block {
        Block {
            kind,
            label,
            text: text.to_string(),
            tail: String::new(),
            target,
            cells: Vec::new(),
        }
    }

    /// Label, text and tail as one line of plain text.
    pub fn full_text(&self) -> String {
        let mut s = String::with_capacity(self.label.len() + self.text.len() + self.tail.len());
        s.push_str(&self.label);
        s.push_str(&self.text);
        s.push_str(&self.tail);
        s
    }
}

/// Non-empty paragraphs of a multi-line field (lines trimmed of trailing space).
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_end())
        .filter(|l| !l.trim().is_empty())
}

/// Formats an ISO date for the signature (see `dates`); falls back to the raw text.
pub type DateFormatter = fn(&str, super::model::DateStyle) -> String;

/// The blocks of a whole document.
pub fn blocks(plan: &Plan) -> Vec<Shared<Block>> {
    blocks_with(plan, default_date)
}

fn default_date(iso: &str, style: super::model::DateStyle) -> String {
    super::dates::format_iso(iso, style).unwrap_or_else(|_| iso.to_string())
}

pub fn blocks_with(plan: &Plan, fmt_date: DateFormatter) -> Vec<Shared<Block>> {
    layout(plan, fmt_date, None)
}

/// `blocks(plan)`, taking the sections that did not change since the last
/// call from `cache` (the preview, on each key: see `sections`).
pub fn blocks_cached(plan: &Plan, cache: &mut SectionCache) -> Vec<Shared<Block>> {
    cache.begin();
    layout(plan, default_date, Some(cache))
}

fn layout(
    plan: &Plan,
    fmt_date: DateFormatter,
    mut cache: Option<&mut SectionCache>,
) -> Vec<Shared<Block>> {
    let mut out = Vec::new();
    // Blocks already punctuated (the sections'), skipped at the end.
    let mut done = Vec::new();
    issuance::head(plan, &mut out);
    // The title's lines: the user's breaks, then word boundaries (title_lines).
    let title = title::effective(plan);
    let org = punct::fullwidth(plan.organization.trim());
    for line in title_lines::title_lines(&punct::fullwidth(&title), &org) {
        out.push(
            Block::new(
                BlockKind::Title,
                String::new(),
                &line,
                Target::step(Step::Basic),
            )
            .into(),
        );
    }
    issuance::addressee(plan, &mut out);
    let table = !plan.format_settings().schedule.is_list();
    body_blocks(
        plan,
        false,
        table,
        cache.as_deref_mut(),
        &mut done,
        &mut out,
    );
    if plan.kind == Kind::SummaryAndPlan {
        if let Some(next) = &plan.next {
            let heading = if next.title.trim().is_empty() {
                format!("{}年工作计划", next.year)
            } else {
                next.title.trim().to_string()
            };
            // A long part title wraps at word boundaries like the title
            // (小二 18 pt: 24 characters a line, kept to 23).
            for line in title_lines::title_lines_within(&punct::fullwidth(&heading), &org, 23.0) {
                out.push(
                    Block::new(
                        BlockKind::PartTitle,
                        String::new(),
                        &line,
                        Target::step(Step::Basic).in_next(),
                    )
                    .into(),
                );
            }
            body_blocks(next, true, table, cache, &mut done, &mut out);
        }
    }
    issuance::attachments(plan, &mut out);
    let sig = &plan.signature;
    let org = if sig.organization.trim().is_empty() {
        plan.organization.trim()
    } else {
        sig.organization.trim()
    };
    if !org.is_empty() {
        out.push(
            Block::new(
                BlockKind::SignatureOrg,
                String::new(),
                org,
                Target::step(Step::Signature),
            )
            .into(),
        );
    }
    if let Some(d) = sig.date.as_deref().filter(|d| !d.trim().is_empty()) {
        out.push(
            Block::new(
                BlockKind::SignatureDate,
                String::new(),
                &fmt_date(d, sig.date_style),
                Target::step(Step::Signature),
            )
            .into(),
        );
    }
    tables::task_table(plan, &mut out);
    issuance::record(plan, &mut out);
    // Half-width , ; : ? ! ( ) in Chinese text are printed full-width.
    let mut done = done.into_iter().peekable();
    for (j, b) in out.iter_mut().enumerate() {
        while done
            .peek()
            .is_some_and(|r: &std::ops::Range<usize>| r.end <= j)
        {
            done.next();
        }
        if !done.peek().is_some_and(|r| r.contains(&j)) {
            sections::punctuate(b);
        }
    }
    out
}

/// The body of one part (the document itself, or `next`).
fn body_blocks(
    plan: &Plan,
    next: bool,
    table: bool,
    mut cache: Option<&mut SectionCache>,
    done: &mut Vec<std::ops::Range<usize>>,
    out: &mut Vec<Shared<Block>>,
) {
    let t = |step: Step, path: Vec<usize>| {
        let t = Target::at(step, path);
        if next {
            t.in_next()
        } else {
            t
        }
    };
    let mut n1 = 0usize;
    let hs = &plan.headings;
    // the author's own 指导思想 heading (imported), numbered like the rest
    if let Some(h) = hs
        .guiding
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty())
    {
        if paragraphs(&plan.guiding).next().is_some() {
            out.push(
                Block::new(
                    BlockKind::Heading(1),
                    label(1, n1),
                    h,
                    t(Step::Guiding, vec![]),
                )
                .into(),
            );
            n1 += 1;
        }
    }
    for p in paragraphs(&plan.guiding) {
        out.push(Block::new(BlockKind::Body, String::new(), p, t(Step::Guiding, vec![])).into());
    }
    let part =
        |name: &str, step: Step, text: &str, out: &mut Vec<Shared<Block>>, n1: &mut usize| {
            if paragraphs(text).next().is_none() {
                return;
            }
            out.push(
                Block::new(BlockKind::Heading(1), label(1, *n1), name, t(step, vec![])).into(),
            );
            *n1 += 1;
            for p in paragraphs(text) {
                out.push(Block::new(BlockKind::Body, String::new(), p, t(step, vec![])).into());
            }
        };
    part(
        Headings::or(&hs.goals, "工作目标"),
        Step::Goals,
        &plan.goals,
        out,
        &mut n1,
    );
    let start = out.len();
    for (i, s) in plan.sections.iter().enumerate() {
        sections::section_blocks(s, i, n1, next, cache.as_deref_mut(), out);
        n1 += 1;
    }
    done.push(start..out.len());
    part(
        Headings::or(&hs.measures, "落实措施"),
        Step::Measures,
        &plan.measures,
        out,
        &mut n1,
    );
    // Months with nothing written are not printed: an exported document
    // never has a bare month heading (the checklist points them out).
    let filled = |e: &ScheduleEntry| e.activities.iter().any(|a| !a.trim().is_empty());
    if plan.schedule.iter().any(filled) {
        out.push(
            Block::new(
                BlockKind::Heading(1),
                label(1, n1),
                Headings::or(&hs.schedule, "活动安排"),
                t(Step::Schedule, vec![]),
            )
            .into(),
        );
        n1 += 1;
        let entries = plan.schedule.iter().enumerate().filter(|(_, e)| filled(e));
        if table {
            tables::schedule_rows(&entries.collect::<Vec<_>>(), |p| t(Step::Schedule, p), out);
        } else {
            for (i, e) in entries {
                schedule_blocks(
                    e,
                    hs.month_label(&e.months),
                    t(Step::Schedule, vec![i]),
                    out,
                );
            }
        }
    }
    let problems_name = if plan.kind.is_summary() {
        "存在问题和不足"
    } else {
        "需要注意的问题"
    };
    part(
        Headings::or(&hs.problems, problems_name),
        Step::Problems,
        &plan.problems,
        out,
        &mut n1,
    );
}

fn schedule_blocks(
    e: &ScheduleEntry,
    written: Option<&str>,
    target: Target,
    out: &mut Vec<Shared<Block>>,
) {
    out.push(
        Block::new(
            BlockKind::Month,
            String::new(),
            &written.map_or_else(|| months_heading(&e.months), |w| w.trim().to_string()),
            target.clone(),
        )
        .into(),
    );
    let mut n = 0;
    for (j, a) in e.activities.iter().enumerate() {
        if a.trim().is_empty() {
            continue;
        }
        let mut t = target.clone();
        t.path.push(j);
        out.push(Block::new(BlockKind::Activity, format!("{}.", n + 1), a.trim(), t).into());
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::*;

    fn plan() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.organization = "实验小学工会".into();
        p.guiding = "总体思路第一段。\n\n第二段。".into();
        p.sections = vec![
            Section {
                heading: "思想建设".into(),
                body: "正文。".into(),
                ..Default::default()
            }
            .into(),
            Section {
                heading: "民主管理".into(),
                items: vec![Item {
                    heading: "开好教代会".into(),
                    items: vec![Item {
                        heading: "会前".into(),
                        text: "征集提案。\n另起一段。".into(),
                        items: vec![Item {
                            heading: "细项".into(),
                            ..Default::default()
                        }],
                        ..Default::default()
                    }],
                    ..Default::default()
                }],
                ..Default::default()
            }
            .into(),
        ];
        *p.schedule = vec![
            ScheduleEntry {
                months: vec![3],
                activities: vec!["三八活动".into(), " ".into(), "植树".into()],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![7, 8],
                activities: vec!["疗休养".into()],
                ..Default::default()
            },
        ];
        p.signature = Signature {
            organization: String::new(),
            date: Some("2025-01-06".into()),
            date_style: DateStyle::Arabic,
        };
        p
    }

    fn texts(bs: &[Shared<Block>]) -> Vec<String> {
        bs.iter().map(|b| b.full_text()).collect()
    }

    #[test]
    fn numbering_is_derived_in_reading_order() {
        let bs = blocks(&plan());
        assert_eq!(
            texts(&bs),
            vec![
                "实验小学工会2025年工作计划",
                "总体思路第一段。",
                "第二段。",
                "一、思想建设",
                "正文。",
                "二、民主管理",
                "（一）开好教代会",
                "1.会前征集提案。",
                "另起一段。",
                "（1）细项",
                "三、活动安排",
                "三月",
                "1.三八活动",
                "2.植树",
                "七、八月",
                "1.疗休养",
                "实验小学工会",
                "2025年1月6日",
            ]
        );
        assert_eq!(bs[6].kind, BlockKind::Heading(2));
        assert_eq!(bs[7].target.dom_id(), "f-main-1-0-0");
        assert_eq!(bs[13].target.dom_id(), "f-schedule-0-2");
    }

    #[test]
    fn combined_document_numbers_next_part_afresh() {
        let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
        p.organization = "区总工会".into();
        p.sections.push(
            Section {
                heading: "成绩".into(),
                ..Default::default()
            }
            .into(),
        );
        p.problems = "问题一。".into();
        let next = p.next.as_mut().unwrap();
        next.sections.push(
            Section {
                heading: "明年重点".into(),
                ..Default::default()
            }
            .into(),
        );
        let t = texts(&blocks(&p));
        assert_eq!(
            t,
            vec![
                "区总工会2025年工作总结",
                "暨2026年工作计划",
                "一、成绩",
                "二、存在问题和不足",
                "问题一。",
                "2026年工作计划",
                "一、明年重点",
                "区总工会"
            ]
        );
        assert!(blocks(&p)[6].target.next);
    }
}
