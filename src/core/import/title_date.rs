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

/// (where the title ends, where the salutation begins). The date may stand
/// in brackets after the speaker's name of two to four characters
/// (`…工作报告某某(二〇〇六年一月十三日)各位代表:…`, as a report's byline
/// is printed).
pub(super) fn dated_title(line: &str) -> Option<(usize, usize)> {
    let window = &line[..line.char_indices().nth(90).map_or(line.len(), |(i, _)| i)];
    let k = SALUTATIONS.iter().filter_map(|w| window.find(w)).min()?;
    let head = &line[..k];
    // a bracketed date (`(二〇〇六年一月十三日)`): read inside the brackets
    let bracketed = head.trim_end_matches(is_space).strip_suffix([')', '）']);
    let inner = bracketed.unwrap_or(head);
    // the date, read back from the salutation
    let d = inner
        .char_indices()
        .rev()
        .take_while(|(_, c)| date_char(*c))
        .last()
        .map(|(i, _)| i)?;
    let date = &inner[d..];
    let full = date.trim_end_matches(is_space).ends_with('日')
        && date.contains('年')
        && date.contains('月');
    let d = match bracketed {
        Some(_) => inner[..d].strip_suffix(['(', '（'])?.len(),
        None => d,
    };
    // the masked speaker before it
    let mut t = head[..d]
        .trim_end_matches(['*', '＊', '×', ' ', '\u{3000}'])
        .len();
    // or, before a bracketed date, the speaker's name
    if bracketed.is_some() && !ends_on_title_word(&fold(&head[..t])) {
        t = name_before(&head[..t])?;
    }
    let title = &head[..t];
    let f = fold(title);
    (full
        && char_len(title) >= 6
        && ends_on_title_word(&f)
        && (f.contains("工会") || f.contains('年'))
        && !has_sentence_punct(title))
    .then_some((t, k))
}

/// Where a title ends before the speaker's name of two to four Chinese
/// characters (spaces between them allowed) at the end of `head`.
fn name_before(head: &str) -> Option<usize> {
    let mut n = 0;
    for (i, c) in head.char_indices().rev().take(8) {
        if is_space(c) {
            continue;
        }
        if !('\u{4e00}'..='\u{9fff}').contains(&c) {
            return None;
        }
        n += 1;
        let t = head[..i].trim_end_matches(is_space);
        if n >= 2 && ends_on_title_word(&fold(t)) {
            return Some(t.len());
        }
        if n == 4 {
            return None;
        }
    }
    None
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
        // a name and a bracketed date between the title and the salutation
        let t = "某大学第二届教代会第三次会议工会工作报告王某某(二00六年一月十三日)各位代表、同志们:我受委托报告工作。";
        let (a, b) = dated_title(t).expect("split");
        assert_eq!(&t[..a], "某大学第二届教代会第三次会议工会工作报告");
        assert!(t[b..].starts_with("各位代表"));
        // no title word before the name: no title
        assert_eq!(
            dated_title("我们开展了竞赛王某某(2006年1月13日)各位代表:我报告工作。"),
            None
        );
        // a date without a day is no date line
        assert_eq!(
            dated_title("某厂工会工作报告2016年3月各位代表:现在我报告工作。"),
            None
        );
    }
}
