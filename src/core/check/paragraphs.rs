//! Long paragraphs (`long-paragraph`): a paragraph of any field longer than
//! `MAX_PARAGRAPH` characters (whitespace not counted) is hard to read on a
//! printed page; one warning per paragraph, with its length.

use super::fields::filled;
use super::{Checker, Doc, Level, MAX_PARAGRAPH};
use crate::core::steps::{Step, Target};

pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let mut n = 0;
    for f in &doc.fields {
        for (k, para) in f.text.lines().filter(|l| filled(l)).enumerate() {
            let len = para.chars().filter(|c| !c.is_whitespace()).count();
            if len > MAX_PARAGRAPH {
                let msg = format!("「{}」第{}段有{len}字，偏长", f.name, k + 1);
                c.push(
                    format!("long-paragraph:{}", f.place),
                    Level::Warning,
                    msg,
                    f.target.clone(),
                );
                n += 1;
            }
        }
    }
    if n == 0 {
        c.ok("long-paragraph", "没有过长的段落", Target::step(Step::Main));
    }
}
