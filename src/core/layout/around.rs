//! The blocks around the sections, kept between two layouts of the preview.
//!
//! Typing in 主要工作 changes one section and nothing else: the title, the
//! parts before and after the sections, the signature and the 版记 come out
//! the same as last time. When the document differs from the last one in
//! its sections only (and has as many), the layout takes those blocks from
//! the last run, lays out the sections (mostly from the section cache) and
//! the task table (which lists the sections' duties), and skips building,
//! numbering and punctuating everything else again (on the large plan about
//! two thirds of a key's layout time).

use super::{sections, tables, Block, SectionCache};
use crate::core::model::{Plan, Shared};
use std::ops::Range;

/// The last layout: its document without the sections, its blocks, and
/// where its sections' and task table's blocks are.
pub struct Around {
    plan: Plan,
    sections_len: usize,
    blocks: Vec<Shared<Block>>,
    sections: Range<usize>,
    table: Range<usize>,
}

/// Whether two documents differ at most in their sections. Every field is
/// named (no `..`), so a field added to `Plan` must be added here.
fn same_but_sections(a: &Plan, b: &Plan) -> bool {
    let Plan {
        schema,
        kind,
        title,
        organization,
        org_type,
        year,
        period,
        guiding,
        goals,
        sections: _,
        measures,
        schedule,
        problems,
        next,
        signature,
        format,
        issuance,
        headings,
        previous,
    } = a;
    *schema == b.schema
        && *kind == b.kind
        && *title == b.title
        && *organization == b.organization
        && *org_type == b.org_type
        && *year == b.year
        && *period == b.period
        && *guiding == b.guiding
        && *goals == b.goals
        && *measures == b.measures
        && *schedule == b.schedule
        && *problems == b.problems
        && *next == b.next
        && *signature == b.signature
        && *format == b.format
        && *issuance == b.issuance
        && *headings == b.headings
        && *previous == b.previous
}

/// Remembers a whole layout of `plan` (no next year's part: its sections
/// are laid out in the middle of the blocks) for `reuse`.
pub fn keep(
    plan: &Plan,
    blocks: &[Shared<Block>],
    sections: Range<usize>,
    table: Range<usize>,
    cache: &mut SectionCache,
) {
    cache.around = plan.next.is_none().then(|| {
        let mut p = plan.clone();
        p.sections = Vec::new();
        Around {
            plan: p,
            sections_len: plan.sections.len(),
            blocks: blocks.to_vec(),
            sections,
            table,
        }
    });
}

/// The blocks of `plan` from the last layout and the sections, when `plan`
/// differs from the last one in its sections only; `None` otherwise (the
/// caller lays it out whole).
pub fn reuse(plan: &Plan, cache: &mut SectionCache) -> Option<Vec<Shared<Block>>> {
    let a = cache.around.take()?;
    if plan.next.is_some()
        || plan.sections.len() != a.sections_len
        || !same_but_sections(&a.plan, plan)
    {
        return None;
    }
    // The first section's level-1 number is the last layout's (the parts
    // before the sections are the same).
    let n1 = cache.first_n1().unwrap_or(0);
    let mut out = Vec::with_capacity(a.blocks.len() + 8);
    out.extend_from_slice(&a.blocks[..a.sections.start]);
    for (i, s) in plan.sections.iter().enumerate() {
        sections::section_blocks(s, i, n1 + i, false, Some(&mut *cache), &mut out);
    }
    let sections = a.sections.start..out.len();
    out.extend_from_slice(&a.blocks[a.sections.end..a.table.start]);
    let t0 = out.len();
    tables::task_table(plan, &mut out);
    for b in &mut out[t0..] {
        sections::punctuate(b);
    }
    let table = t0..out.len();
    out.extend_from_slice(&a.blocks[a.table.end..]);
    cache.around = Some(Around {
        blocks: out.clone(),
        sections,
        table,
        ..a
    });
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::BlockKind;
    use super::super::{blocks, blocks_cached};
    use super::*;
    use crate::core::edit::{apply, Edit, Op, TextField};
    use crate::core::export::testdata::large;
    use crate::core::model::{DutyField, Format};

    fn with_task_table() -> Plan {
        let mut plan = large();
        plan.format = Some(Format {
            task_table: true,
            ..Format::default()
        });
        plan
    }

    #[test]
    fn typing_in_a_section_reuses_the_blocks_around_it_and_lays_out_the_same() {
        let mut cache = SectionCache::default();
        let mut plan = with_task_table();
        let mut last = blocks_cached(&plan, &mut cache);
        assert_eq!(last, blocks(&plan));
        let mut heading = plan.sections[5].heading.clone();
        for (k, c) in "改过,的(标题)".chars().enumerate() {
            heading.push(c);
            apply(
                &mut plan,
                Edit::main(Op::Heading {
                    path: vec![5],
                    value: heading.clone(),
                }),
            );
            let now = blocks_cached(&plan, &mut cache);
            assert_eq!(now, blocks(&plan));
            // The title and the signature are last time's very blocks (the
            // first edit of this new document also fills in its title).
            if k > 0 {
                assert!(Shared::same(&now[0], &last[0]));
                let sig = |bs: &[Shared<Block>]| {
                    bs.iter()
                        .position(|b| b.kind == BlockKind::SignatureOrg)
                        .unwrap()
                };
                assert!(Shared::same(&now[sig(&now)], &last[sig(&last)]));
            }
            last = now;
        }
    }

    #[test]
    fn a_duty_changes_the_task_table_and_other_parts_are_laid_out_again() {
        let mut cache = SectionCache::default();
        let mut plan = with_task_table();
        blocks_cached(&plan, &mut cache);
        let edits = [
            Edit::main(Op::Duty {
                path: vec![2],
                field: DutyField::Lead,
                value: "工会主席".into(),
            }),
            Edit::main(Op::Duty {
                path: vec![2, 1],
                field: DutyField::Due,
                value: "6月底前".into(),
            }),
            Edit::main(Op::Text {
                field: TextField::Guiding,
                value: "新的指导思想,含半角标点.".into(),
            }),
            Edit::main(Op::Heading {
                path: vec![0],
                value: "又改(一次)".into(),
            }),
            Edit::main(Op::AddAfter { path: vec![3] }),
            Edit::main(Op::Delete { path: vec![1] }),
        ];
        for e in edits {
            let before = plan.clone();
            apply(&mut plan, e);
            assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
            assert_eq!(blocks_cached(&before, &mut cache), blocks(&before));
            assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
        }
    }

    #[test]
    fn only_the_sections_may_differ() {
        let a = large();
        let mut b = a.clone();
        b.sections.pop();
        assert!(same_but_sections(&a, &b));
        b.goals.push('。');
        assert!(!same_but_sections(&a, &b));
    }
}
