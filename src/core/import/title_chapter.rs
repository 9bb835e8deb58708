//! A flattened title run into its first chapter (`…年度计划第一章形势研判…`):
//! after a title word (计划, 总结, 要点 …; pinyin in brackets after it
//! passed over) the first part's label, `第一章` `第一部分` `第一篇`, begins
//! a line of its own, as `lead_in`'s `…打算一、…` does for `一、`. Input:
//! one of the first lines; output: where the chapter begins. Looks at 60
//! characters.

use super::labels::{parse_label, rank};
use super::normalise::{char_len, has_sentence_punct, pinyin_len, word_ends};
use super::reflow::label_value;
use super::title::TITLE_ENDINGS;

/// How far into the line the title word is looked for (characters).
const REACH: usize = 60;
/// The shortest title before the chapter (characters).
const MIN_TITLE: usize = 6;

/// Where the first chapter begins after a title word, if the line holds one.
pub(super) fn after_title_word(line: &str) -> Option<usize> {
    let end = line
        .char_indices()
        .nth(REACH)
        .map_or(line.len(), |(i, _)| i);
    word_ends(&line[..end], TITLE_ENDINGS)
        .into_iter()
        .map(|k| k + pinyin_len(&line[k..]))
        .find(|&k| {
            let after = &line[k..];
            let title = &line[..k];
            char_len(title) >= MIN_TITLE
                && !has_sentence_punct(title)
                && after.starts_with('第')
                && parse_label(after).is_some_and(|(r, _)| r == rank::PART)
                && label_value(after) == Some(1)
        })
}

#[cfg(test)]
mod tests {
    use super::after_title_word;

    #[test]
    fn the_first_chapter_after_a_title_word_begins_a_line() {
        let t = "2027年某某学校工会工作计划第一章形势与目标1.1形势近年来学校发展迅速。";
        assert_eq!(after_title_word(t), t.find("第一章"));
        let t = "某区总工会年度工作要点第一部分总体要求今年全区工会要…";
        assert_eq!(after_title_word(t), t.find("第一部分"));
        // pinyin after the title word stays with the title
        let t = "某校工會年度計(jì)劃(huà)第一章形勢";
        assert_eq!(after_title_word(t), t.find("第一章"));
    }

    #[test]
    fn other_lines_do_not_split() {
        // a second chapter is no first one
        assert_eq!(after_title_word("某某学校工会工作计划第二章组织建设"), None);
        // a sentence before the title word: no title
        assert_eq!(
            after_title_word("我们制定了计划。按照工作计划第一章的要求开展工作"),
            None
        );
        // no title word before the label
        assert_eq!(after_title_word("某某学校工会第一章总则"), None);
    }
}
