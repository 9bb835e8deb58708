//! A chapter's heading run into its first article, as flattened copies of
//! rules (办法, 条例, 细则) leave it: `第一章总则第一条为规范…` → the heading
//! `总则`, its text from `第一条`. The article's label `第…条` (Chinese
//! numerals) right after a short label of characters begins the text.
//! Input: a heading's first sentence, folded, as characters
//! (`runin::text_start`); output: where the text begins. Looks at the
//! first 20 characters only.

use super::runin::han;

/// The longest label before the article (characters).
const MAX_LABEL: usize = 12;
/// The longest article number (`一百二十三`).
const MAX_DIGITS: usize = 5;

/// `第…条` at `k`: an article's label.
fn article_at(f: &[char], k: usize) -> bool {
    if f.get(k) != Some(&'第') {
        return false;
    }
    let digits = f[k + 1..]
        .iter()
        .take(MAX_DIGITS + 1)
        .take_while(|c| {
            matches!(
                c,
                '一' | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '七'
                    | '八'
                    | '九'
                    | '十'
                    | '百'
                    | '〇'
                    | '零'
            )
        })
        .count();
    (1..=MAX_DIGITS).contains(&digits) && matches!(f.get(k + 1 + digits), Some('条' | '條'))
}

/// Verbs that cite an article (`严格执行第三条…`): the article is their
/// object, no text of its own.
const CITING: [[char; 2]; 9] = [
    ['按', '照'],
    ['根', '据'],
    ['依', '据'],
    ['执', '行'],
    ['落', '实'],
    ['遵', '守'],
    ['违', '反'],
    ['对', '照'],
    ['参', '照'],
];

/// Where an article run on after a short label begins (`总则|第一条…`).
pub(super) fn article_start(f: &[char]) -> Option<usize> {
    (2..=MAX_LABEL.min(f.len()))
        .take_while(|&k| han(f[k - 1]) && f[k - 1] != '第')
        .find(|&k| article_at(f, k) && !CITING.iter().any(|w| f[k - 2..k] == w[..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn an_article_run_on_after_a_chapters_heading_begins_its_text() {
        assert_eq!(
            article_start(&chars("总则第一条为规范工会经费的使用,制定本办法。")),
            Some(2)
        );
        assert_eq!(
            article_start(&chars("经费的使用与管理第十二条各单位应当按时拨缴。")),
            Some(8)
        );
        // no article label, or one inside a sentence: none
        assert_eq!(
            article_start(&chars("总则为规范工会经费的使用,制定本办法。")),
            None
        );
        assert_eq!(
            article_start(&chars("按照,第一条的规定办理各项事务。")),
            None
        );
        assert_eq!(article_start(&chars("第一条为规范工会经费的使用。")), None);
        assert_eq!(
            article_start(&chars("严格执行第三条规定的审批程序。")),
            None
        );
    }
}
