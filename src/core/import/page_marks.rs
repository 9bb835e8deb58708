//! A document site's page marks run into a text layer's line
//! (`…加强宣扬第2页共144页今年5月,…`, even inside a word, `在乌第1页共144页
//! 鲁木齐`): `第N页共M页` (digits, N ≤ M) inside a line holding other text is
//! dropped (traced as a page number) and the text on either side joined.
//! A mark alone on its line is `lines`' to drop; a mark a copy cut short
//! (`第3页共`) stays. Input: the text; output: the text without the marks,
//! or None when it holds none. Looks at the characters after each `第` only.
//! Word's page fields left as their names by a text layer
//! (`第PAGE10页共NUMPAGES10页`, the codes before the numbers) are such marks.

use super::trace::{Ctx, Dropped};

/// The byte length of a page mark `第N页共M页` at the start of `s`.
pub(super) fn mark_at(s: &str) -> Option<usize> {
    let r = s.strip_prefix('第')?;
    let r = r.strip_prefix("PAGE").unwrap_or(r);
    let (n, r) = number(r)?;
    let r = r.strip_prefix("页共")?;
    let r = r.strip_prefix("NUMPAGES").unwrap_or(r);
    let (m, r) = number(r)?;
    let r = r.strip_prefix('页')?;
    (n >= 1 && n <= m).then_some(s.len() - r.len())
}

/// Up to four digits at the start of `s`, and the rest.
fn number(s: &str) -> Option<(u32, &str)> {
    let k = s.bytes().take(5).take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&k) {
        return None;
    }
    Some((s[..k].parse().ok()?, &s[k..]))
}

/// The text without the page marks run into its lines, nor the page
/// numbers inside its heading lines (`page_digit`).
pub(super) fn strip(text: &str, ctx: &mut Ctx) -> Option<String> {
    let marks = strip_marks(text, ctx);
    super::page_digit::strip(marks.as_deref().unwrap_or(text), ctx).or(marks)
}

fn strip_marks(text: &str, ctx: &mut Ctx) -> Option<String> {
    if !text.contains("页共") {
        return None;
    }
    let mut out = String::new();
    let mut last = 0;
    for (i, _) in text.match_indices('第') {
        if i < last {
            continue;
        }
        let Some(len) = mark_at(&text[i..]) else {
            continue;
        };
        let alone_before = i == 0 || text[..i].ends_with('\n');
        let alone_after = i + len == text.len() || text[i + len..].starts_with(['\n', '\r']);
        if alone_before && alone_after {
            continue;
        }
        if out.is_empty() {
            out.reserve(text.len());
        }
        out.push_str(&text[last..i]);
        ctx.drop(Dropped::PageNumber, &text[i..i + len]);
        last = i + len;
    }
    if last == 0 {
        return None;
    }
    out.push_str(&text[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_marks_inside_a_line_are_dropped() {
        let mut ctx = Ctx::default();
        let t = "一、做好宣传第3页共20页本月,工会组织了学习。在西第4页共20页安召开。";
        let out = strip(t, &mut ctx).expect("marks");
        assert_eq!(out, "一、做好宣传本月,工会组织了学习。在西安召开。");
    }

    #[test]
    fn word_page_fields_left_as_names_are_marks() {
        let mut ctx = Ctx::default();
        let t = "1、第PAGE2页共NUMPAGES8页某厂工会年度计划";
        assert_eq!(strip(t, &mut ctx).expect("mark"), "1、某厂工会年度计划");
    }

    #[test]
    fn a_mark_alone_or_cut_short_or_out_of_order_stays() {
        let mut ctx = Ctx::default();
        assert!(strip("前言\n第3页共20页\n正文", &mut ctx).is_none());
        assert!(strip("活动在第3页共", &mut ctx).is_none());
        assert!(strip("见第9页共3页说明", &mut ctx).is_none());
    }
}
