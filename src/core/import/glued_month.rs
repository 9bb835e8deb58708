//! A flattened schedule's month heading glued to the text before it
//! (`…评选九月份:1、…`: a garbled character or a site's word before it, no
//! sentence end): `reflow` cuts the line before it as it does after a
//! sentence end.

use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::trim;

/// A month heading glued to the text before it in a flattened schedule
/// (`…评选九月份:1、…`, a site's word or a garbled character before it):
/// closed by a colon and followed by its first activity, numbered 1. Only
/// tried at a numeral (a cheap test first).
pub(super) fn glued_month(rest: &str) -> bool {
    let numeral = rest.chars().next().is_some_and(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
    });
    if !numeral || !rest.chars().take(6).any(|c| c == '月') {
        return false;
    }
    let Some(m) = parse_month_line(rest).filter(|m| rest.is_char_boundary(m.head_len)) else {
        return false;
    };
    let head = trim(&rest[..m.head_len]);
    let after = trim(&rest[m.head_len..]);
    head.ends_with([':', '：'])
        && parse_label(after).is_some()
        && after.starts_with(['1', '１', '(', '（', '①'])
        && !after.starts_with(|c: char| {
            c.is_ascii_digit() && after[1..].starts_with(|d: char| d.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_month_heading_glued_to_a_word_before_it_starts_an_entry() {
        use super::glued_month;
        assert!(glued_month("九月份:1、教师节慰问。"));
        assert!(glued_month("十一月份:1、健身运动会。"));
        // no colon, or no first activity after it: text
        assert!(!glued_month("九月份开展教师节慰问。"));
        assert!(!glued_month("九月份:全体会员参加。"));
        assert!(!glued_month("九月份:12、调研。"));
    }
}
