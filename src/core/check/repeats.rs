//! Repeated sentences (`repeat`): a sentence (of at least `MIN_REPEAT`
//! letters and digits, punctuation and spacing ignored) that appears twice,
//! reported at its second place. Looked for in prose and headings, not in
//! the title, names or schedule activities: recurring activities
//! (召开工会小组长会) are normal. Ids carry a hash of the sentence.

use super::fields::{fold, short, FieldKind};
use super::{Checker, Doc, Level, MIN_REPEAT};
use crate::core::steps::{Step, Target};
use std::collections::HashMap;

pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let fields = &doc.fields;
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut n = 0;
    for (fi, f) in fields.iter().enumerate() {
        if matches!(
            f.kind,
            FieldKind::Title
                | FieldKind::Organization
                | FieldKind::SignatureOrg
                | FieldKind::Activity
        ) {
            continue;
        }
        for sentence in f
            .text
            .split(|c: char| c == '。' || matches!(fold(c), '!' | '?' | ';' | '\n'))
        {
            let norm: String = sentence
                .chars()
                .map(fold)
                .filter(|c| c.is_alphanumeric())
                .collect();
            if norm.chars().count() < MIN_REPEAT {
                continue;
            }
            match first.get(&norm) {
                None => {
                    first.insert(norm, fi);
                }
                Some(&pi) => {
                    let quote = short(sentence, 30);
                    let msg = if pi == fi {
                        format!("「{}」中“{quote}”这句话重复出现", f.name)
                    } else {
                        format!(
                            "「{}」中“{quote}”这句话在「{}」已经出现过",
                            f.name, fields[pi].name
                        )
                    };
                    c.push(
                        format!("repeat:{}:{:08x}", f.place, fnv(&norm)),
                        Level::Warning,
                        msg,
                        f.target.clone(),
                    );
                    n += 1;
                }
            }
        }
    }
    if n == 0 {
        c.ok("repeat", "没有重复的句子", Target::step(Step::Main));
    }
}

/// 32-bit FNV-1a, for short stable ids.
fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}
