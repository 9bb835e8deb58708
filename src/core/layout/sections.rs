//! The blocks of 主要工作's priorities, one section at a time, and a cache
//! that keeps them between two layouts.
//!
//! A key changes one section; with `Shared` sections the others are the very
//! same values as in the last layout, so the preview takes their blocks from
//! the cache instead of numbering and punctuating them again (most of a large
//! plan's layout time). A section's blocks depend only on the section, its
//! place (`i`), the label its heading gets (`n1`) and which part it is in.

use super::{label, paragraphs, punct, Block, BlockKind};
use crate::core::model::{Item, Section, Shared};
use crate::core::steps::{Step, Target};

#[derive(Default)]
struct Kept {
    section: Shared<Section>,
    n1: usize,
    blocks: Vec<Shared<Block>>,
}

/// The sections' blocks of the last layout, per part (document, next year).
#[derive(Default)]
pub struct SectionCache {
    last: [Vec<Kept>; 2],
    now: [Vec<Kept>; 2],
}

impl SectionCache {
    /// Starts a layout: what the last one made is what can be reused.
    pub(super) fn begin(&mut self) {
        self.last = std::mem::take(&mut self.now);
    }
}

/// Appends the blocks of section `i` (heading `n1` at level 1), already
/// punctuated (`punct::fullwidth_parts`), from the cache when the section
/// and its place are those of the last layout.
pub(super) fn section_blocks(
    s: &Shared<Section>,
    i: usize,
    n1: usize,
    next: bool,
    mut cache: Option<&mut SectionCache>,
    out: &mut Vec<Shared<Block>>,
) {
    let part = usize::from(next);
    let hit = cache
        .as_ref()
        .and_then(|c| c.last[part].get(i))
        .is_some_and(|k| k.n1 == n1 && Shared::same(&k.section, s));
    if let (true, Some(c)) = (hit, cache.as_deref_mut()) {
        let k = std::mem::take(&mut c.last[part][i]);
        out.extend(k.blocks.iter().cloned());
        c.now[part].push(k);
        return;
    }
    let start = out.len();
    let t = |path: Vec<usize>| {
        let t = Target::at(Step::Main, path);
        if next {
            t.in_next()
        } else {
            t
        }
    };
    out.push(
        Block::new(
            BlockKind::Heading(1),
            label(1, n1),
            s.heading.trim(),
            t(vec![i]),
        )
        .into(),
    );
    for p in paragraphs(&s.body) {
        out.push(Block::new(BlockKind::Body, String::new(), p, t(vec![i])).into());
    }
    item_blocks(&s.items, 2, &mut vec![i], next, out);
    for b in &mut out[start..] {
        punctuate(b);
    }
    if let Some(c) = cache {
        c.now[part].push(Kept {
            section: s.clone(),
            n1,
            blocks: out[start..].to_vec(),
        });
    }
}

/// Half-width , ; : ? ! ( ) in Chinese text printed full-width, label, text
/// and tail read as the one paragraph they print as.
pub(super) fn punctuate(b: &mut Block) {
    if let Some(mut parts) = punct::fullwidth_parts(&[&b.label, &b.text, &b.tail]) {
        b.tail = parts.pop().unwrap_or_default();
        b.text = parts.pop().unwrap_or_default();
        b.label = parts.pop().unwrap_or_default();
    }
}

fn item_blocks(
    items: &[Item],
    level: u8,
    path: &mut Vec<usize>,
    next: bool,
    out: &mut Vec<Shared<Block>>,
) {
    for (i, it) in items.iter().enumerate() {
        path.push(i);
        let mut target = Target::at(Step::Main, path.clone());
        if next {
            target = target.in_next();
        }
        let mut paras = paragraphs(&it.text);
        let mut b = Block::new(
            BlockKind::Heading(level),
            label(level as usize, i),
            it.heading.trim(),
            target.clone(),
        );
        if level >= 3 {
            if let Some(first) = paras.next() {
                b.tail = first.trim_start().to_string();
            }
        }
        out.push(b.into());
        for p in paras {
            out.push(Block::new(BlockKind::Body, String::new(), p, target.clone()).into());
        }
        item_blocks(&it.items, (level + 1).min(4), path, next, out);
        path.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::super::{blocks, blocks_cached};
    use super::*;
    use crate::core::edit::{apply, Edit, Op};
    use crate::core::export::testdata::large;
    use crate::core::model::{Kind, Plan};

    fn edits() -> Vec<Edit> {
        let main = Edit::main;
        vec![
            main(Op::Heading {
                path: vec![5],
                value: "第五部分,改过的标题".into(),
            }),
            main(Op::Body {
                path: vec![5, 2],
                value: "改过的正文(含半角标点)".into(),
            }),
            main(Op::Heading {
                path: vec![0, 1, 0],
                value: "子项改名".into(),
            }),
            main(Op::AddAfter { path: vec![3] }),
            main(Op::Delete { path: vec![1] }),
            main(Op::MoveUp { path: vec![6] }),
            // The guiding text gone: every section heading is numbered one less.
            main(Op::Text {
                field: crate::core::edit::TextField::Guiding,
                value: String::new(),
            }),
            main(Op::Heading {
                path: vec![2],
                value: "又一次".into(),
            }),
        ]
    }

    #[test]
    fn a_cached_layout_is_the_layout_after_every_kind_of_edit() {
        let mut cache = SectionCache::default();
        let mut plan = large();
        assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
        for e in edits() {
            let before = plan.clone();
            apply(&mut plan, e);
            assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
            // Undo gives back the old sections: found in the cache or not, right.
            assert_eq!(blocks_cached(&before, &mut cache), blocks(&before));
            assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
        }
    }

    #[test]
    fn the_next_part_is_cached_apart_from_the_document() {
        let mut plan = large();
        plan.kind = Kind::SummaryAndPlan;
        let mut next = large();
        next.year = 2026;
        plan.next = Some(Box::new(next));
        let mut cache = SectionCache::default();
        assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
        let edit = Edit {
            next: true,
            op: Op::Heading {
                path: vec![1],
                value: "明年的第二部分".into(),
            },
        };
        apply(&mut plan, edit);
        assert_eq!(blocks_cached(&plan, &mut cache), blocks(&plan));
        assert_eq!(
            blocks_cached(&Plan::default(), &mut cache),
            blocks(&Plan::default())
        );
    }

    #[test]
    fn typing_in_one_section_leaves_the_others_shared_and_taken_from_the_cache() {
        let mut plan = large();
        let mut cache = SectionCache::default();
        blocks_cached(&plan, &mut cache);
        let before = plan.clone();
        apply(
            &mut plan,
            Edit::main(Op::Heading {
                path: vec![5],
                value: "改".into(),
            }),
        );
        let shared: Vec<bool> = (0..plan.sections.len())
            .map(|i| Shared::same(&plan.sections[i], &before.sections[i]))
            .collect();
        assert_eq!(
            shared.iter().filter(|s| !**s).count(),
            1,
            "only section 5 was copied: {shared:?}"
        );
        assert!(!shared[5]);
        blocks_cached(&plan, &mut cache);
        let reused = cache.now[0]
            .iter()
            .zip(&plan.sections)
            .filter(|(k, s)| Shared::same(&k.section, s))
            .count();
        assert_eq!(reused, plan.sections.len());
        assert!(
            cache.now[0][4].blocks.len() > 10,
            "a kept section keeps its blocks"
        );
    }
}
