//! Dates and years: the signature date in Arabic or Chinese numerals, a
//! four-figure year in a title, a placeholder year (`20xx年`). Input: a line
//! or the title text; output: the date or the year and where it stands.

use chrono::NaiveDate;

use super::normalise::{
    char_len, cn_digit, cn_value, digit, first_char, fold_char, is_close_paren, is_open_paren,
    is_space, skip_char, trim, FW_DOT, FW_HYPHEN, FW_SLASH, FW_TILDE,
};

/// A date as a signature writes it; (date, written in Chinese numerals).
pub(crate) fn parse_date(s: &str) -> Option<(NaiveDate, bool)> {
    let mut s = trim(s);
    if let (Some(a), Some(b)) = (first_char(s), s.chars().last()) {
        if is_open_paren(a) && is_close_paren(b) && s.len() > a.len_utf8() + b.len_utf8() {
            s = trim(&s[a.len_utf8()..s.len() - b.len_utf8()]);
        }
    }
    let compact: String = s.chars().filter(|c| !is_space(*c)).collect();
    let cs: Vec<char> = compact.chars().collect();
    if cs.len() < 6 || cs.len() > 24 {
        return None;
    }
    // Arabic year
    if cs.len() >= 4 && cs[..4].iter().all(|c| digit(*c).is_some()) {
        let y = cs[..4]
            .iter()
            .fold(0i32, |a, c| a * 10 + digit(*c).unwrap_or(0) as i32);
        let rest: String = cs[4..].iter().collect();
        let (m, d) = arabic_md(&rest)?;
        return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (dt, false));
    }
    // Chinese year 二〇二五年十二月二十日 (a typed `二00七年`: zeros for 〇
    // after a Chinese first digit)
    let yd = |c: char| cn_year_digit(c).or_else(|| matches!(c, '0' | '０').then_some(0));
    if cs.len() >= 5
        && cn_year_digit(cs[0]).is_some()
        && cs[..4].iter().all(|c| yd(*c).is_some())
        && cs[4] == '年'
    {
        let y = cs[..4]
            .iter()
            .fold(0i32, |a, c| a * 10 + yd(*c).unwrap_or(0) as i32);
        let rest: String = cs[5..].iter().collect();
        let (mstr, r2) = rest.split_once('月')?;
        let dstr = r2.strip_suffix('日').or_else(|| r2.strip_suffix('号'))?;
        let m = cn_value(mstr)?;
        let d = cn_value(dstr)?;
        return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (dt, true));
    }
    None
}

pub(crate) fn cn_year_digit(c: char) -> Option<u32> {
    match fold_char(c) {
        '〇' | 'O' | 'О' => Some(0),
        c => cn_digit(c),
    }
}

fn arabic_md(rest: &str) -> Option<(u32, u32)> {
    let num = |s: &str| -> Option<u32> {
        if s.is_empty() || s.chars().count() > 2 {
            return None;
        }
        s.chars()
            .try_fold(0u32, |a, c| digit(c).map(|d| a * 10 + d))
    };
    if let Some(r) = rest.strip_prefix('年') {
        let (m, r2) = r.split_once('月')?;
        let d = r2.strip_suffix('日').or_else(|| r2.strip_suffix('号'))?;
        return Some((num(m)?, num(d)?));
    }
    let sep = first_char(rest)?;
    // `2010、9、3`: the enumeration comma typed as the separator
    if !matches!(sep, '.' | '-' | '/' | '、' | FW_DOT | FW_HYPHEN | FW_SLASH) {
        return None;
    }
    let r = skip_char(rest);
    let (m, d) = r.split_once(sep)?;
    Some((num(m)?, num(d)?))
}

/// A four-figure year (Arabic or Chinese digits) followed by 年, a dash or
/// 上半年/下半年 in `s`: (year, byte start, byte end of the digits).
pub(crate) fn find_year(s: &str) -> Option<(i32, usize, usize)> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    // a Chinese year's digit, or a typed zero after a Chinese first digit
    // (`二00四年`)
    let yd = |c: char| cn_year_digit(c).or_else(|| matches!(c, '0' | '０').then_some(0));
    let mut i = 0;
    while i + 4 <= cs.len() {
        let win = &cs[i..i + 4];
        let before_ok =
            i == 0 || (digit(cs[i - 1].1).is_none() && cn_year_digit(cs[i - 1].1).is_none());
        // the next char, spaces skipped (2025 年)
        let after = cs.iter().skip(i + 4).map(|x| x.1).find(|c| !is_space(*c));
        let after_ok = matches!(
            after,
            Some('年' | '-' | '—' | '–' | '~' | FW_TILDE | '/' | '学' | '度' | FW_HYPHEN)
        ) || (after.is_none())
            // `2023上半年` `2023下半年`
            || (matches!(cs.get(i + 4).map(|x| x.1), Some('上' | '下'))
                && cs.get(i + 5).map(|x| x.1) == Some('半')
                && cs.get(i + 6).map(|x| x.1) == Some('年'));
        if before_ok && after_ok {
            let end = cs.get(i + 4).map(|x| x.0).unwrap_or(s.len());
            if win.iter().all(|(_, c)| digit(*c).is_some()) {
                let y = win
                    .iter()
                    .fold(0i32, |a, (_, c)| a * 10 + digit(*c).unwrap_or(0) as i32);
                if (1949..=2199).contains(&y) {
                    return Some((y, win[0].0, end));
                }
            } else if cn_year_digit(win[0].1).is_some()
                && win.iter().all(|(_, c)| yd(*c).is_some())
                && after == Some('年')
                && win.iter().any(|(_, c)| *c != '一')
            {
                let y = win
                    .iter()
                    .fold(0i32, |a, (_, c)| a * 10 + yd(*c).unwrap_or(0) as i32);
                if (1949..=2199).contains(&y) {
                    return Some((y, win[0].0, end));
                }
            }
        }
        i += 1;
    }
    None
}

/// A placeholder year (`20xx`, `201x`, `20XX`, `__`, `xx`, `201某`, `××`)
/// right before 年: byte start of the placeholder.
pub(crate) fn find_placeholder_year(s: &str) -> Option<usize> {
    let nian = s.find('年')?;
    let before = &s[..nian];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| {
            digit(*c).is_some()
                || matches!(
                    c,
                    'x' | 'X'
                        | '×'
                        | '*'
                        | '_'
                        | '某'
                        | '〇'
                        | '\u{ff38}'
                        | '\u{ff58}'
                        | '\u{ff3f}'
                )
        })
        .last()
        .map(|(i, _)| i)?;
    let token = &before[start..];
    if char_len(token) >= 2 && token.chars().any(|c| digit(c).is_none()) {
        Some(start)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::normalise::tests::fw;

    #[test]
    fn signature_date_forms() {
        let d = |s: &str| parse_date(s).map(|(d, c)| (d.to_string(), c));
        assert_eq!(d("2025年12月20日"), Some(("2025-12-20".into(), false)));
        assert_eq!(d(&fw("2025年12月20日")), Some(("2025-12-20".into(), false)));
        assert_eq!(
            d("二〇一〇年十一月三十日"),
            Some(("2010-11-30".into(), true))
        );
        assert_eq!(
            d("二零一零年十一月三十日"),
            Some(("2010-11-30".into(), true))
        );
        assert_eq!(d("二○二五年一月六日"), Some(("2025-01-06".into(), true)));
        assert_eq!(d("二 00 七年三月十四日"), Some(("2007-03-14".into(), true)));
        assert_eq!(d("2009.5.11"), Some(("2009-05-11".into(), false)));
        assert_eq!(d("2009-5-11"), Some(("2009-05-11".into(), false)));
        assert_eq!(d("2009/5/11"), Some(("2009-05-11".into(), false)));
        assert_eq!(d(&fw("2009.5.11")), Some(("2009-05-11".into(), false)));
        assert_eq!(d("2025 年 1 月 6 日"), Some(("2025-01-06".into(), false)));
        assert_eq!(d("2025年2月30日"), None);
        assert_eq!(d("20xx年x月x日"), None);
        assert_eq!(d("2009.5-11"), None);
    }

    #[test]
    fn years_in_titles() {
        assert_eq!(find_year("某校工会2025年工作计划").map(|y| y.0), Some(2025));
        assert_eq!(
            find_year("某校工会二〇二五年工作计划").map(|y| y.0),
            Some(2025)
        );
        assert_eq!(
            find_year("2024-2025学年度工会工作计划").map(|y| y.0),
            Some(2024)
        );
        assert_eq!(
            find_year("某校工会 2025 年工作计划").map(|y| y.0),
            Some(2025)
        );
        // `2023上半年` names the year; a bare number does not
        assert_eq!(
            find_year("继续开展2023上半年职工小家建设").map(|y| y.0),
            Some(2023)
        );
        assert_eq!(find_year("截止时间2023上午"), None);
        assert_eq!(find_year("某校工会20xx年工作计划"), None);
        assert_eq!(find_year("某校工会201x年工作计划"), None);
        assert_eq!(
            find_placeholder_year("某校工会20xx年工作计划"),
            Some("某校工会".len())
        );
        assert_eq!(
            find_placeholder_year("某校工会201x年工作计划"),
            Some("某校工会".len())
        );
        assert_eq!(
            find_placeholder_year("某校工会__年工作计划"),
            Some("某校工会".len())
        );
    }
}
