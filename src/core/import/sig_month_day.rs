//! A signature dated by month and day only (`某某工会` / `10月7日`), as a
//! notice posted the same week writes it: the year is that of the last
//! date with a year and a month the text names above it (`2024年10月12日`).
//! Input: the body's lines; output: the ISO date. Looks at the last line,
//! then at the lines above it, last first, for a year.

use chrono::NaiveDate;

use super::normalise::{digit, trim};

/// The signature date of a last line `M月D日` (Arabic digits, nothing else
/// on the line), its year from the dates above.
pub(super) fn month_day_date(lines: &[&str]) -> Option<String> {
    let (last, above) = lines.split_last()?;
    let (m, d) = month_day(trim(last))?;
    let year = above.iter().rev().find_map(|l| last_year_month(l))?;
    NaiveDate::from_ymd_opt(year, m, d).map(crate::core::dates::iso)
}

/// A signature date of month and day only (`10月7日`), for the trace's check.
#[cfg(test)]
pub(super) fn is_month_day(s: &str) -> bool {
    month_day(trim(s)).is_some()
}

/// `10月7日`: (month, day).
fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, rest) = s.split_once('月')?;
    let d = rest.strip_suffix('日')?;
    Some((number(m)?, number(d)?))
}

/// One or two Arabic digits.
fn number(p: &str) -> Option<u32> {
    let cs: Vec<char> = p.chars().collect();
    if !(1..=2).contains(&cs.len()) {
        return None;
    }
    cs.iter().try_fold(0, |a, c| Some(a * 10 + digit(*c)?))
}

/// The year of the last `YYYY年M月` in a line.
fn last_year_month(line: &str) -> Option<i32> {
    let cs: Vec<char> = line.chars().collect();
    let mut found = None;
    for i in 0..cs.len().saturating_sub(6) {
        let year: Option<u32> = cs[i..i + 4]
            .iter()
            .try_fold(0, |a, c| Some(a * 10 + digit(*c)?));
        let before_ok = i == 0 || digit(cs[i - 1]).is_none();
        let month_at = i + 5;
        let month_len = cs[month_at..]
            .iter()
            .take_while(|c| digit(**c).is_some())
            .count();
        if let (Some(y), true, '年', 1..=2) = (year, before_ok, cs[i + 4], month_len) {
            if cs.get(month_at + month_len) == Some(&'月') && (1949..=2199).contains(&y) {
                found = Some(y as i32);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::month_day_date;

    #[test]
    fn a_month_and_day_take_the_year_of_the_dates_above() {
        let lines = [
            "一、时间:2019年5月18日上午。",
            "二、地点:学校操场。",
            "某某学校工会",
            "5月10日",
        ];
        assert_eq!(month_day_date(&lines), Some("2019-05-10".to_string()));
    }

    #[test]
    fn no_year_above_or_more_than_a_date_gives_none() {
        assert_eq!(
            month_day_date(&["请准时参加。", "某某工会", "5月10日"]),
            None
        );
        assert_eq!(
            month_day_date(&["2019年5月18日举行。", "5月10日前报名"]),
            None
        );
        // a year without a month is no date
        assert_eq!(month_day_date(&["2019年工作安排。", "5月10日"]), None);
    }
}
