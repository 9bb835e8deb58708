//! A speech's or report's outline written above its title (a site shows
//! the document's headings first: `一、肯定成绩` / `(一)聚焦…` / `二、…` /
//! then `在…会议上的讲话`): the outline's lines are no part of the
//! document's structure. Input: the cleaned lines from the top; output: how
//! many lines the outline holds (0: none). Only when three or more short
//! numbered lines without sentence punctuation, one of them at the top
//! rank `一、`, stand right above a title line, and one of them comes again
//! later as the start of a heading (`一、肯定成绩,在服务大局中…`). The
//! lines stay in the text (`import_traced` keeps them as plain paragraphs
//! of the opening); only the title below them and the headings after are
//! read as such. Looks at most `LOOK` lines after the title.

use super::labels::{parse_label, rank};
use super::normalise::{char_len, has_sentence_punct, trim};

/// The longest outline entry after its label (characters).
const MAX_ENTRY: usize = 30;
/// The fewest outline lines.
const MIN_LINES: usize = 3;
/// How many lines after the title are looked at for an entry again.
const LOOK: usize = 400;

/// An outline entry: a numbering label and a short text without sentence
/// punctuation or commas; its rank.
fn entry(line: &str) -> Option<u8> {
    let (r, n) = parse_label(line)?;
    let text = trim(&line[n..]);
    ((2..=MAX_ENTRY).contains(&char_len(text))
        && !has_sentence_punct(text)
        && !text.contains(['，', ',', '、']))
    .then_some(r)
}

/// How many lines at the top form an outline above a title (0: none).
pub(super) fn outline_len(lines: &[&str]) -> usize {
    let n = lines.iter().take_while(|l| entry(l).is_some()).count();
    if n < MIN_LINES || !lines[..n].iter().any(|l| entry(l) == Some(rank::CN)) {
        return 0;
    }
    let Some(title) = lines.get(n) else {
        return 0;
    };
    let title_like = parse_label(title).is_none()
        && (6..=50).contains(&char_len(trim(title)))
        && !has_sentence_punct(title)
        && !title.contains(['，', ',']);
    // an entry written again later at a heading's start
    let again = lines[n + 1..].iter().take(LOOK).any(|l| {
        parse_label(l).is_some()
            && lines[..n]
                .iter()
                .any(|e| l.starts_with(trim(e)) && char_len(l) > char_len(trim(e)))
    });
    if title_like && again {
        n
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::outline_len;

    #[test]
    fn an_outline_above_a_title_is_found() {
        let lines = [
            "一、回顾",
            "(一)办好实事",
            "二、打算",
            "在某某公司工会全委会上的讲话",
            "同志们:",
            "今天我们开会,我讲两点意见。",
            "一、回顾,一年来工会工作稳步推进",
        ];
        assert_eq!(outline_len(&lines), 3);
    }

    #[test]
    fn numbered_lines_without_a_title_or_a_repeat_are_no_outline() {
        // the document's own first parts (no title line below them)
        let lines = [
            "一、回顾",
            "(一)办好实事",
            "二、打算",
            "今年我们办了三件实事。",
        ];
        assert_eq!(outline_len(&lines), 0);
        // no entry comes again
        let lines = [
            "一、回顾",
            "(一)办好实事",
            "二、打算",
            "在某某公司工会全委会上的讲话",
            "一、总结经验,一年来工会工作稳步推进",
        ];
        assert_eq!(outline_len(&lines), 0);
    }
}
