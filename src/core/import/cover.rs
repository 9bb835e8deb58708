//! A document site's cover words above the formal title: a PDF's cover page
//! shows the title broken over short lines, often with the year and the
//! words in another order or shortened (`2023` / `总工会` / `半年` /
//! `工作总结` / `下半年` / `工作思路`), then the formal title follows on a
//! line of its own (`区总工会XX年半年工作总结及下半年工作思路`). The cover
//! lines are no title of their own and no heading (a last cover line
//! `工作思路` would else open next year's part): they stay text, in the
//! opening, as `outline` keeps an outline above a title. Input: the cleaned
//! lines from the top; output: how many cover lines there are (0: none).
//! Only when three to six short lines without punctuation or numbering
//! stand above a title line, and their Han characters, read in order, are
//! all found in that title line in the same order. A cover whose words
//! joined are exactly the next line is `title::broken_cover`'s. Looks at
//! the first seven lines only.

use super::labels::parse_label;
use super::normalise::{char_len, has_sentence_punct, trim};
use super::title::ends_on_title_word;

/// The longest cover line (characters).
const MAX_LINE: usize = 10;
/// The fewest and the most cover lines.
const MIN_LINES: usize = 3;
const MAX_LINES: usize = 6;
/// The fewest Han characters the cover lines hold together.
const MIN_HAN: usize = 6;
/// The longest title line under a cover (characters).
const MAX_TITLE: usize = 50;

fn han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A short cover line: no punctuation, no numbering label.
fn cover_line(l: &str) -> bool {
    let t = trim(l);
    (1..=MAX_LINE).contains(&char_len(t))
        && !has_sentence_punct(t)
        && !t.contains(['，', ',', '、', ':', '：'])
        && parse_label(t).is_none()
}

/// Every Han character of `words`, in order, found in `line`.
fn in_order(words: &str, line: &str) -> bool {
    let mut rest = line.chars();
    words
        .chars()
        .filter(|c| han(*c))
        .all(|w| rest.by_ref().any(|c| c == w))
}

/// How many lines at the top are a cover above the formal title (0: none).
pub(super) fn cover_len(lines: &[&str]) -> usize {
    let n = lines
        .iter()
        .take(MAX_LINES + 1)
        .take_while(|l| cover_line(l))
        .count();
    if !(MIN_LINES..=MAX_LINES).contains(&n) {
        return 0;
    }
    let Some(title) = lines.get(n).map(|l| trim(l)) else {
        return 0;
    };
    let joined: String = lines[..n].iter().map(|l| trim(l)).collect();
    let title_line = char_len(title) <= MAX_TITLE
        && !has_sentence_punct(title)
        && parse_label(title).is_none()
        && ends_on_title_word(title);
    if title_line
        && joined != title
        && joined.chars().filter(|c| han(*c)).count() >= MIN_HAN
        && in_order(&joined, title)
    {
        n
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::cover_len;

    #[test]
    fn cover_words_above_a_formal_title_are_found() {
        let lines = [
            "2024",
            "某局",
            "工会",
            "全年",
            "工作总结",
            "下年",
            "打算",
            "某局工会XX年全年工作总结及下年打算",
            "今年以来,某局工会围绕中心开展工作。",
        ];
        assert_eq!(cover_len(&lines), 0, "seven short lines are too many");
        let lines = [
            "2024",
            "某局",
            "工会",
            "工作总结",
            "下年打算",
            "某局工会XX年全年工作总结及下年打算",
            "今年以来,某局工会围绕中心开展工作。",
        ];
        assert_eq!(cover_len(&lines), 5);
    }

    #[test]
    fn short_lines_not_found_in_the_title_are_no_cover() {
        // words of the cover missing from the line under them
        let lines = ["2024", "某局", "工会", "工作计划", "某校工会2024年工作总结"];
        assert_eq!(cover_len(&lines), 0);
        // the same words joined: the broken title itself (`title`)
        let lines = ["某局工会", "2024年", "工作计划", "某局工会2024年工作计划"];
        assert_eq!(cover_len(&lines), 0);
        // numbered short lines are an outline, not a cover
        let lines = [
            "一、回顾",
            "二、打算",
            "三、措施",
            "某局工会回顾打算措施计划",
        ];
        assert_eq!(cover_len(&lines), 0);
    }
}
