//! Two months or more opening a sentence, `四、五月份,先后两次…`: a record of
//! what was done in those months, not the label `四、` over a heading
//! `五月份,…`, nor a schedule's month heading (that one has a colon or
//! nothing after it, `months`). Consecutive Chinese month numerals joined
//! by `、`, then `月` (and `份`), then a comma. `headings` keeps such a line
//! as text, and `runin` begins a heading's text there when a flattened copy
//! ran it on (`…工作力度|四、五月份,先后…`). Input: characters (a heading's
//! first sentence, folded, or a line's first characters) and a place `k`;
//! looks at a dozen characters from it.

/// A month's Chinese numeral at `k` (`一`…`十二`): (month, characters).
fn month_numeral(f: &[char], k: usize) -> Option<(u8, usize)> {
    let d = |c: char| "一二三四五六七八九".find(c).map(|i| i as u8 / 3 + 1);
    match (f.get(k).copied(), f.get(k + 1).copied()) {
        (Some('十'), Some(c)) if matches!(c, '一' | '二') => Some((10 + d(c)?, 2)),
        (Some('十'), _) => Some((10, 1)),
        (Some(c), _) => d(c).map(|m| (m, 1)),
        _ => None,
    }
}

/// Two or more consecutive months joined by `、` at `k`, `月` or `月份`
/// after the last, then a comma.
pub(super) fn span_opens(f: &[char], k: usize) -> bool {
    let Some((mut last, n)) = month_numeral(f, k) else {
        return false;
    };
    let mut i = k + n;
    let mut months = 1;
    while f.get(i) == Some(&'、') {
        let Some((m, n)) = month_numeral(f, i + 1) else {
            return false;
        };
        if m != last % 12 + 1 {
            return false;
        }
        last = m;
        months += 1;
        i += 1 + n;
    }
    if months < 2 || f.get(i) != Some(&'月') {
        return false;
    }
    i += 1;
    if f.get(i) == Some(&'份') {
        i += 1;
    }
    matches!(f.get(i), Some(',' | '，'))
}

/// A line that opens with such months (`四、五月份,…`).
pub(super) fn opens_line(line: &str) -> bool {
    // (every body line comes here: a month numeral first, before collecting)
    if !line.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
        return false;
    }
    let f: Vec<char> = line.chars().take(12).collect();
    span_opens(&f, 0)
}

#[cfg(test)]
mod tests {
    use super::{opens_line, span_opens};

    #[test]
    fn months_opening_a_sentence_are_no_label() {
        assert!(opens_line("四、五月份,先后两次走上街头开展义务咨询活动。"));
        assert!(opens_line("七、八月,组织教职工外出学习。"));
        assert!(opens_line("十一、十二月份，开展送温暖活动。"));
        assert!(opens_line("三、四、五月份,举办职工运动会。"));
    }

    #[test]
    fn headings_and_month_headings_are_not_such_months() {
        // a schedule's month heading (colon, or nothing after it)
        assert!(!opens_line("七、八月:组织教职工外出学习。"));
        assert!(!opens_line("七、八月份"));
        // a heading that merely begins with a month word
        assert!(!opens_line("四、五月份工作安排"));
        assert!(!opens_line("四、五一劳动节慰问活动,丰富职工生活。"));
        // months that do not follow one another: a label and a month
        assert!(!opens_line("二、五月份,召开职代会。"));
        // one month alone after the label is no span
        assert!(!opens_line("五月份,召开职代会。"));
    }

    #[test]
    fn a_flattened_heading_runs_on_into_such_months() {
        let f: Vec<char> = "加大依法组建工作力度四、五月份，先后两次走上街头"
            .chars()
            .collect();
        assert!(span_opens(&f, 10));
        assert!(!span_opens(&f, 9));
    }
}
