//! Headings (`empty-heading`, `empty-section`): every section and item of
//! the document (and of next year's plan) has a heading, an error since a
//! printed number with nothing after it reads as a mistake; and every
//! section has a body or items under it, a warning.

use super::fields::{filled, place_of, section_name, target};
use super::{Checker, Doc, Level};
use crate::core::model::Item;
use crate::core::numbering::{cn_number, label};
use crate::core::steps::{Step, Target};

/// Empty headings (error) and priorities with nothing under them (warning).
pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let mut bad_headings = 0;
    let mut bad_sections = 0;
    for (p, nx) in &doc.parts() {
        let pre = if *nx { "明年计划·" } else { "" };
        for (i, s) in p.sections.iter().enumerate() {
            let t = target(Step::Main, vec![i], *nx);
            let name = format!("{pre}{}", section_name(i, &s.heading));
            if !filled(&s.heading) {
                c.push(
                    format!("empty-heading:{}", place_of(&t)),
                    Level::Error,
                    format!("「{name}」没有标题"),
                    t.clone(),
                );
                bad_headings += 1;
            }
            if !filled(&s.body) && s.items.is_empty() {
                c.push(
                    format!("empty-section:{}", place_of(&t)),
                    Level::Warning,
                    format!("「{name}」只有标题，没有展开写"),
                    t,
                );
                bad_sections += 1;
            }
            walk_items(
                c,
                &s.items,
                2,
                &mut vec![i],
                &format!("{pre}第{}项工作中的", cn_number(i as u32 + 1)),
                *nx,
                &mut bad_headings,
            );
        }
    }
    if bad_headings == 0 {
        c.ok(
            "empty-heading",
            "各级标题都已填写",
            Target::step(Step::Main),
        );
    }
    if bad_sections == 0 {
        c.ok(
            "empty-section",
            "每项工作都有具体内容",
            Target::step(Step::Main),
        );
    }
}

/// Items without a heading, at any depth; `n` counts them.
fn walk_items(
    c: &mut Checker,
    items: &[Item],
    level: usize,
    path: &mut Vec<usize>,
    prefix: &str,
    next: bool,
    n: &mut usize,
) {
    for (i, it) in items.iter().enumerate() {
        path.push(i);
        let lab = format!("{prefix}{}", label(level, i));
        if !filled(&it.heading) {
            let t = target(Step::Main, path.clone(), next);
            let what = if filled(&it.text) {
                ""
            } else {
                "，下面也没有内容"
            };
            c.push(
                format!("empty-heading:{}", place_of(&t)),
                Level::Error,
                format!("「{lab}」没有标题{what}"),
                t,
            );
            *n += 1;
        }
        walk_items(c, &it.items, (level + 1).min(4), path, &lab, next, n);
        path.pop();
    }
}
