//! A title that gives an account of work done (`…小学开展“先进教职工之
//! 家”情况`, `…工会2019年工作开展情况`): it ends on `情况` and says what was
//! carried out (`开展`, `落实`, `工作`), 8 to 40 characters with no sentence
//! punctuation; read as a title and as a summary (`title`).

use super::normalise::{char_len, has_sentence_punct};

/// Whether the folded title `n` is such an account.
pub(super) fn account(n: &str) -> bool {
    let Some(head) = n.strip_suffix("情况") else {
        return false;
    };
    // (quotes around a named work before `情况` are part of the title)
    let head = head.trim_end_matches(['”', '"', '’', '」']);
    (8..=40).contains(&char_len(n))
        && !has_sentence_punct(n)
        && ["开展", "落实", "工作"].iter().any(|w| head.contains(w))
        // a heading of the year's facts (`基本情况`, `一年来的工作情况`) is
        // no title: it names no body that did the work
        && !head.ends_with("基本")
        && !head.contains("一年来")
        && !head.contains(['我', '本'])
}

#[cfg(test)]
mod tests {
    use super::account;

    #[test]
    fn an_account_of_work_carried_out_is_a_title() {
        assert!(account("某某中学开展“模范教工之家”创建情况"));
        assert!(account("某某街道工会2018年工作开展情况"));
        assert!(account("某某公司落实职代会提案情况"));
    }

    #[test]
    fn facts_and_own_work_are_no_account_title() {
        assert!(!account("基本情况"));
        assert!(!account("一年来的工作情况"));
        assert!(!account("我校工会工作开展情况"));
        assert!(!account("存在问题情况"));
    }
}
