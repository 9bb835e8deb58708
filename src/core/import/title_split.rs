//! A title whose last word went onto the next line, often spread with
//! spaces as on a printed notice (`关于开展某某活动的` / `通   知`,
//! `某某工会2024年工作` / `计 划`): the two lines are the title when the
//! second, its spaces left out, is at most four characters and only the
//! two joined end on a title word. Input: the first two lines; output:
//! whether they form the title together. Looks at those two lines only.

use super::normalise::{char_len, has_sentence_punct, trim};
use super::title::ends_on_title_word;

/// The longest first line (characters).
const MAX_FIRST: usize = 40;
/// The longest word on the second line, its spaces left out.
const MAX_WORD: usize = 4;

/// The title's last word on a line of its own under the rest of it.
pub(super) fn split_word(l0: &str, l1: &str) -> bool {
    let word: String = l1.chars().filter(|c| !c.is_whitespace()).collect();
    let first = trim(l0);
    (1..=MAX_WORD).contains(&char_len(&word))
        && word.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
        && (4..=MAX_FIRST).contains(&char_len(first))
        && !has_sentence_punct(first)
        && !ends_on_title_word(first)
        && ends_on_title_word(&format!("{first}{word}"))
}

#[cfg(test)]
mod tests {
    use super::split_word;

    #[test]
    fn a_title_word_spread_on_the_next_line_ends_the_title() {
        assert!(split_word("关于开展职工读书活动的", "通   知"));
        assert!(split_word("某某工会2024年工作", "计 划"));
    }

    #[test]
    fn a_whole_title_or_a_sentence_above_a_short_line_is_not_split() {
        // the first line is a whole title already
        assert!(!split_word("某某工会2024年工作计划", "草案"));
        // a sentence, not a title
        assert!(!split_word("今年我们要抓好三件事。", "计划"));
        // the short line makes no title word
        assert!(!split_word("某某工会2024年工作", "安全"));
    }
}
