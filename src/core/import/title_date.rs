//! A report's title glued to the line under it, its speaker (masked `***`
//! in a copy) and the date it was given, and to the salutation that opens
//! the text (`…2009年工会工作总结及2010年工作安排意见***二〇一〇年四月二十七日
//! 各位代表:我代表…`): where the title ends and where the salutation
//! begins, for `reflow` to set the speaker and date on a line of their own
//! between. The date is a full one (年, 月 and 日, Arabic or Chinese
//! digits); only masks and spaces may stand before it. Input: the first
//! line; looks at its first 90 characters.

use super::normalise::{char_len, fold, has_sentence_punct, is_space};
use super::title::ends_on_title_word;
use super::title_address::SALUTATIONS;

fn date_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '〇' | '零'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | 'O'
                | 'o'
                | '○'
                | '年'
                | '月'
                | '日'
        )
        || is_space(c)
}

/// (where the title ends, where the salutation begins).
pub(super) fn dated_title(line: &str) -> Option<(usize, usize)> {
    let window = &line[..line.char_indices().nth(90).map_or(line.len(), |(i, _)| i)];
    let k = SALUTATIONS.iter().filter_map(|w| window.find(w)).min()?;
    let head = &line[..k];
    // the date, read back from the salutation
    let d = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| date_char(*c))
        .last()
        .map(|(i, _)| i)?;
    let date = &head[d..];
    let full = date.trim_end_matches(is_space).ends_with('日')
        && date.contains('年')
        && date.contains('月');
    // the masked speaker before it
    let t = head[..d]
        .trim_end_matches(['*', '＊', '×', ' ', '\u{3000}'])
        .len();
    let title = &head[..t];
    let f = fold(title);
    (full
        && char_len(title) >= 6
        && ends_on_title_word(&f)
        && (f.contains("工会") || f.contains('年'))
        && !has_sentence_punct(title))
    .then_some((t, k))
}

#[cfg(test)]
mod tests {
    use super::dated_title;

    #[test]
    fn a_title_glued_to_its_date_and_salutation() {
        let t = "某公司2015年工会工作总结及2016年工作安排意见***二〇一六年三月二日各位代表:我代表工会委员会报告工作。";
        let (a, b) = dated_title(t).expect("split");
        assert_eq!(&t[..a], "某公司2015年工会工作总结及2016年工作安排意见");
        assert!(t[b..].starts_with("各位代表"));
        // no date between: the salutation rule's business
        assert_eq!(
            dated_title("某厂工会工作报告各位代表:现在我报告工作。"),
            None
        );
        // a date without a day is no date line
        assert_eq!(
            dated_title("某厂工会工作报告2016年3月各位代表:现在我报告工作。"),
            None
        );
    }
}
