//! A notice's title broken inside its words over two lines, as a centred
//! title wraps (`关于组织开展某年某市“某某”` / `评选活动的通知`): the two
//! lines are the title when the first opens on 关于 and is no sentence, and
//! the second is a short end of it closing on `的通知`. Input: the first two
//! lines; output: whether they form the title together. Looks at those two
//! lines only.

use super::normalise::{char_len, has_sentence_punct, trim};

/// The longest first line (characters).
const MAX_FIRST: usize = 40;
/// The longest second line (characters).
const MAX_SECOND: usize = 20;

/// `关于…` over `…的通知`.
pub(super) fn wrapped(l0: &str, l1: &str) -> bool {
    let (a, b) = (trim(l0), trim(l1));
    a.starts_with("关于")
        && (6..=MAX_FIRST).contains(&char_len(a))
        && (3..=MAX_SECOND).contains(&char_len(b))
        && !has_sentence_punct(a)
        && !has_sentence_punct(b)
        && !a.ends_with("的通知")
        && b.ends_with("的通知")
}

#[cfg(test)]
mod tests {
    use super::wrapped;

    #[test]
    fn a_notice_title_wrapped_inside_its_words_is_one_title() {
        assert!(wrapped(
            "关于组织开展2026年某市“最美职工”",
            "评选活动的通知"
        ));
        // a whole notice title over a salutation, or a sentence, is not
        assert!(!wrapped("关于开展读书活动的通知", "各基层工会的通知"));
        assert!(!wrapped("关于今年的工作,我们说明如下:", "请各组的通知"));
        assert!(!wrapped("各基层工会:", "现将有关事项的通知"));
    }
}
