//! Figures (`figures`, summaries only): every achievement section (not the
//! problems or next-year sections) should give a count with a unit
//! (35户, 2.5万元, 十余场), since a summary's achievements are read and
//! compared by their numbers. Ordinals (第三次) and a lone 一 do not count.

use super::fields::{fold, place_of, section_name};
use super::structure::{is_outlook_heading, is_problems_heading};
use super::{Checker, Doc, Level};
use crate::core::model::Item;
use crate::core::steps::{Step, Target};

/// Achievement sections of a summary should carry figures.
pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let plan = doc.plan;
    if !plan.kind.is_summary() {
        return;
    }
    let mut evaluated = false;
    let mut n = 0;
    for (i, s) in plan.sections.iter().enumerate() {
        if is_problems_heading(&s.heading) || is_outlook_heading(&s.heading) {
            continue;
        }
        evaluated = true;
        let text = section_text(&s.heading, &s.body, &s.items);
        if !has_figure(&text) {
            let t = Target::at(Step::Main, vec![i]);
            c.push(
                format!("figures:{}", place_of(&t)),
                Level::Warning,
                format!("「{}」没有具体数字", section_name(i, &s.heading)),
                t,
            );
            n += 1;
        }
    }
    if evaluated && n == 0 {
        c.ok("figures", "每项成绩都有具体数字", Target::step(Step::Main));
    }
}

/// All text of a section (heading, body, items), for the figure rule.
fn section_text(heading: &str, body: &str, items: &[Item]) -> String {
    fn walk(items: &[Item], s: &mut String) {
        for it in items {
            s.push_str(&it.heading);
            s.push('\n');
            s.push_str(&it.text);
            s.push('\n');
            walk(&it.items, s);
        }
    }
    let mut s = format!("{heading}\n{body}\n");
    walk(items, &mut s);
    s
}

/// True when the text has a count: a number followed by a unit (人, 元, 次,
/// %, …). 第三次 (ordinal) and a lone 一 (一次活动, 一个支点) do not count.
pub(super) fn has_figure(text: &str) -> bool {
    const UNITS: &str = "人名户元次场项个%家期篇件批所份条位支队天届";
    const CN: &str = "〇零一二三四五六七八九十百千万亿两";
    let chars: Vec<char> = text.chars().map(fold).collect();
    for (i, c) in chars.iter().enumerate() {
        if !UNITS.contains(*c) {
            continue;
        }
        let mut j = i;
        while j > 0 && matches!(chars[j - 1], '余' | '多' | ' ') {
            j -= 1;
        }
        let end = j;
        while j > 0
            && (chars[j - 1].is_ascii_digit() || chars[j - 1] == '.' || CN.contains(chars[j - 1]))
        {
            j -= 1;
        }
        if j == end || (j > 0 && chars[j - 1] == '第') {
            continue;
        }
        let run = &chars[j..end];
        let has_digit = run.iter().any(|c| c.is_ascii_digit());
        let has_cn = run.iter().any(|c| "二三四五六七八九十两〇零".contains(*c));
        if has_digit || has_cn || run.len() >= 2 {
            return true;
        }
    }
    false
}
