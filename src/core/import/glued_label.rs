//! `reflow`'s step for a flattened part label glued to the word before it:
//! a short item ends without punctuation and the next part's `二、` runs
//! straight on (`…(四)迎新联欢活动二、兴趣小组…`). The label is cut before
//! as after a sentence end when it is the next of its form in sequence, a
//! Chinese character follows it (not a numeral: `一、二、三等奖`), and the
//! flattened line has that label nowhere at a sentence end or a space (so
//! the author's own numbering in sequence is not second-guessed).
//! Input: the flattened line, the byte index of a label after a Chinese
//! character, the last value of each label form, and the labels found at
//! boundaries (`split_flat`'s); output: whether to cut. It looks at the
//! label, the character before it (not `第`: `第一、第二、…`) and the one
//! after it.

use super::labels::parse_label;
use super::reflow::{is_cjk, label_value};

/// The labels' top form (`一、`).
const CN: u8 = super::labels::rank::CN;

/// Whether the label at byte `i` of `line` is a part label glued to the
/// word before it.
pub(super) fn glued(
    line: &str,
    i: usize,
    last: &[Option<u32>],
    labels: &[(usize, u8, u32)],
) -> bool {
    let at_boundary = |v: u32| labels.iter().any(|l| l.1 == CN && l.2 == v);
    // (a numeral first: no label parsed at other characters)
    line[i..].starts_with(['二', '三', '四', '五', '六', '七', '八', '九', '十'])
        && line[..i].chars().next_back() != Some('第')
        && glued_label(&line[i..], last[CN as usize], at_boundary)
}

/// Whether `rest` begins a part label glued to the word before it (the
/// next top label after `last_cn`, written nowhere at a boundary).
fn glued_label(rest: &str, last_cn: Option<u32>, at_boundary: impl Fn(u32) -> bool) -> bool {
    // (the label first: it rules out almost every place at a look)
    let (Some((rank, len)), Some(p)) = (parse_label(rest), last_cn) else {
        return false;
    };
    let Some(v) = label_value(rest) else {
        return false;
    };
    rank == CN
        && v == p + 1
        && !at_boundary(v)
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
    use super::{glued, glued_label};

    #[test]
    fn the_next_part_label_glued_to_a_word_is_cut() {
        let at = |vs: &'static [u32]| move |v: u32| vs.contains(&v);
        assert!(glued_label("二、兴趣小组成立…", Some(1), at(&[1])));
        // not the next in sequence, or written at a boundary elsewhere
        assert!(!glued_label("三、兴趣小组成立…", Some(1), at(&[1])));
        assert!(!glued_label("二、兴趣小组成立…", Some(1), at(&[1, 2])));
        // a run of numerals (`一、二、三等奖`)
        assert!(!glued_label("二、三等奖各一名", Some(1), at(&[1])));
        // no top label seen yet
        assert!(!glued_label("二、兴趣小组成立…", None, at(&[])));
        // `第一、第二、…`
        assert!(glued("做好联欢二、兴趣小组成立", 12, &[None, Some(1)], &[]));
        assert!(!glued("做好第二、兴趣小组成立", 9, &[None, Some(1)], &[]));
    }
}
