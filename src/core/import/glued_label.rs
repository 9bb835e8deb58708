//! `reflow`'s step for a flattened part label glued to the word before it:
//! a short item ends without punctuation and the next part's `二、` runs
//! straight on (`…(四)迎新联欢活动二、兴趣小组…`). The label is cut before
//! as after a sentence end when it is the next of its form in sequence, a
//! Chinese character follows it (not a numeral: `一、二、三等奖`), and the
//! flattened line has that label nowhere at a sentence end or a space (so
//! the author's own numbering in sequence is not second-guessed).
//! Input: the rest of the line at a label after a Chinese character, the
//! last top-level label's value, and the values of the labels found at
//! boundaries; output: whether to cut. It looks at the label and the one
//! character after it.

use super::labels::parse_label;
use super::reflow::{is_cjk, label_value};

/// The labels' top form (`一、`).
const CN: u8 = super::labels::rank::CN;

/// Whether `rest` begins a part label glued to the word before it.
pub(super) fn glued_label(rest: &str, last_cn: Option<u32>, at_boundaries: &[u32]) -> bool {
    let (Some(p), Some((rank, len)), Some(v)) = (last_cn, parse_label(rest), label_value(rest))
    else {
        return false;
    };
    rank == CN
        && v == p + 1
        && !at_boundaries.contains(&v)
        && rest[len..].chars().next().is_some_and(|c| {
            is_cjk(c)
                && !matches!(
                    c,
                    '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                )
        })
}

#[cfg(test)]
mod tests {
    use super::glued_label;

    #[test]
    fn the_next_part_label_glued_to_a_word_is_cut() {
        assert!(glued_label("二、兴趣小组成立…", Some(1), &[1]));
        // not the next in sequence, or written at a boundary elsewhere
        assert!(!glued_label("三、兴趣小组成立…", Some(1), &[1]));
        assert!(!glued_label("二、兴趣小组成立…", Some(1), &[1, 2]));
        // a run of numerals (`一、二、三等奖`)
        assert!(!glued_label("二、三等奖各一名", Some(1), &[1]));
        // no top label seen yet
        assert!(!glued_label("二、兴趣小组成立…", None, &[]));
    }
}
