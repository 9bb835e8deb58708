//! A document site's note inside a line where its preview leaves text out
//! (`…和工 ……此处隐藏1695个字……七、做好…`, `…(中间省略300字)…`): the
//! note is the site's, and the text after it starts anew (often a numbered
//! part of the author's). Input: a line; output: where the note begins
//! and ends, so the line can be split there and the note dropped.

use super::normalise::char_len;

/// Words a site uses for the text it left out.
const HIDDEN: [&str; 3] = ["隐藏", "省略", "隱藏"];

/// The byte range of a hidden-text note inside `l`: ellipsis dots or an
/// opening bracket, up to 12 characters naming so many characters left out
/// (`此处隐藏1695个字`, `中间省略300字`), then a closing bracket or dots.
/// Only the first such word in the line is looked at, and only the dozen
/// characters around it.
pub(crate) fn hidden_note(l: &str) -> Option<(usize, usize)> {
    let (at, word) = HIDDEN
        .iter()
        .filter_map(|w| l.find(w).map(|k| (k, *w)))
        .min()?;
    // back over up to six characters (`此处`, `中间`) to the dots or bracket
    let mut start = None;
    for (n, (i, c)) in l[..at].char_indices().rev().enumerate() {
        if matches!(c, '…' | '(' | '（') {
            start = Some(i);
            break;
        }
        if n >= 6 || !('\u{4e00}'..='\u{9fff}').contains(&c) {
            return None;
        }
    }
    let mut start = start?;
    // the whole run of dots before it
    while let Some(c) = l[..start].chars().next_back().filter(|c| *c == '…') {
        start -= c.len_utf8();
    }
    // forward: digits, 个, 字, then the closing bracket or dots
    let rest = &l[at + word.len()..];
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let mut end = at + word.len() + digits;
    end += l[end..].strip_prefix('个').map_or(0, |_| '个'.len_utf8());
    if !l[end..].starts_with('字') {
        return None;
    }
    end += '字'.len_utf8();
    if let Some(c) = l[end..].chars().next().filter(|c| matches!(*c, ')' | '）')) {
        end += c.len_utf8();
    }
    while let Some(c) = l[end..].chars().next().filter(|c| *c == '…') {
        end += c.len_utf8();
    }
    (char_len(&l[start..end]) <= 24).then_some((start, end))
}
