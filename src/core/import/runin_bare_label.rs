//! A first sub-item's label `(一)` whose brackets a text layer lost, run on
//! after a heading that ends on a word headings end on (`runin`'s
//! `…工作总结|一顺利召开了…`): `一` then a Han character that does not make
//! a word with it (`一流`, `一批`, `一系列` … continue the heading; `一年来`
//! begins a text as well). The counterpart of `runin`'s `…建设|1坚持`.
//!
//! Input: a heading's first sentence, folded (`runin::text_start`), and a
//! place `k` after the label; output: whether a bare `一` opens its first
//! sub-item there. Looks at two characters.

use super::runin::han;

/// Whether `f[k..]` is `一` and a Han character that is no word with it.
pub(super) fn bare_first_label(f: &[char], k: usize) -> bool {
    f.get(k) == Some(&'一') && f.get(k + 1).is_some_and(|c| han(*c) && !one_word(*c))
}

/// Characters that make a word with `一` (a measure, an adverb, a compound
/// a heading may hold: `建设一流队伍`, `打造一批品牌`, `一体化`).
fn one_word(c: char) -> bool {
    matches!(
        c,
        '流' | '体'
            | '致'
            | '起'
            | '批'
            | '支'
            | '个'
            | '项'
            | '系'
            | '线'
            | '家'
            | '步'
            | '定'
            | '道'
            | '些'
            | '切'
            | '样'
            | '般'
            | '直'
            | '同'
            | '并'
            | '贯'
            | '如'
            | '站'
            | '张'
            | '把'
            | '条'
            | '份'
            | '种'
            | '次'
            | '场'
            | '揽'
            | '岗'
            | '对'
            | '户'
            | '人'
            | '点'
            | '网'
            | '盘'
            | '号'
            | '名'
            | '位'
            | '所'
            | '套'
            | '级'
            | '类'
            | '轮'
            | '期'
            | '季'
            | '周'
            | '天'
            | '月'
            | '笔'
            | '心'
            | '手'
            | '是'
            | '二'
            | '三'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_bare_one_before_a_sub_heading_opens_the_text() {
        let f = chars("下半年工作安排一做好困难职工帮扶");
        assert!(bare_first_label(&f, 7));
        // `一` that makes a word with the next character continues the label
        for s in [
            "加强队伍建设一流",
            "打造品牌活动一批",
            "推进管理一体化",
            "开展活动一是",
        ] {
            let f = chars(s);
            let k = f.iter().position(|c| *c == '一').unwrap();
            assert!(!bare_first_label(&f, k), "{s}");
        }
        // no `一` at the place: nothing
        assert!(!bare_first_label(&chars("工作总结1坚持"), 4));
    }
}
