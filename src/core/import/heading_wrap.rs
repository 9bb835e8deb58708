//! A numbered heading a copy broke over two lines at a word that cannot end
//! a heading (a `reflow` step): `一、2019年度` / `工作总结` / `(一)…` — the
//! heading ends on a year (`年`, `年度`) or a joining word (`的` `和` `及` `与`
//! `、`), the next line is a short run of Chinese characters (the heading's
//! second half, no label, no punctuation) and a numbered line follows it.
//! In a flattened text the same break is a space (`一、20xx年度 工作总结 (一)…`):
//! `space_inside` keeps such a space inside the heading. Both look at a
//! line's last characters and at most a dozen characters after a space.

use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{char_len, is_space, trim};
use super::reflow::is_cjk;

/// The second half of a broken heading is at most this long.
const TAIL_MAX: usize = 8;

/// A heading's text that cannot end there: a year or a joining word last,
/// no punctuation.
fn open_end(head: &str) -> bool {
    let head = trim(head);
    let plain = !head
        .chars()
        .any(|c| matches!(c, '。' | '，' | ',' | '；' | ';' | '：' | ':' | '！' | '？'));
    plain
        && (head.ends_with("年度")
            || head
                .chars()
                .last()
                .is_some_and(|c| matches!(c, '年' | '的' | '和' | '及' | '与' | '、')))
}

/// A heading's second half: 2 to `TAIL_MAX` Chinese characters, no label.
fn tail(l: &str) -> bool {
    (2..=TAIL_MAX).contains(&char_len(l))
        && l.chars().all(is_cjk)
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
}

/// Broken headings joined again (not in flattened texts): a numbered line
/// whose text ends on a year or a joining word, then a short line of
/// Chinese characters, then a numbered line.
pub(super) fn join_broken(lines: &mut Vec<String>) {
    let mut i = 0;
    while i + 2 < lines.len() {
        let broken = parse_label(&lines[i])
            .is_some_and(|(_, len)| open_end(&lines[i][len..]) && char_len(&lines[i]) <= 24)
            && tail(&lines[i + 1])
            && parse_label(&lines[i + 2]).is_some();
        if broken {
            let t = lines.remove(i + 1);
            lines[i].push_str(&t);
        }
        i += 1;
    }
}

/// In a flattened heading, a space after `head` (the text after the label)
/// that is inside the heading: `head` ends on a year or a joining word, and
/// after the space a short run of Chinese characters, a space and a label.
pub(super) fn space_inside(head: &str, from_space: &str) -> bool {
    if !open_end(head) {
        return false;
    }
    let rest = from_space.trim_start_matches(is_space);
    let Some((k, _)) = rest
        .char_indices()
        .take(TAIL_MAX + 2)
        .find(|(_, c)| is_space(*c))
    else {
        return false;
    };
    tail(&rest[..k]) && parse_label(rest[k..].trim_start_matches(is_space)).is_some()
}
