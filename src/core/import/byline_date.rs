//! A speech's or report's date on the byline under its title, in brackets
//! (`（2013年3月7日）`, `（二〇一三年三月七日）`): the day the text was given,
//! so the year it speaks of is read from it as from a signature date (a
//! summary given before June looks back on the year before). Input: the
//! text's head and the byte span of a year `find_year` found in it; looks
//! at the one character before the year and at most a dozen after it.

use crate::core::model::Kind;

fn month_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        '十' => Some(10),
        _ => None,
    }
}

/// The month of a bracketed full date whose year is `s[start..end]`.
pub(super) fn bracketed_month(s: &str, start: usize, end: usize) -> Option<u32> {
    if !matches!(s[..start].chars().next_back(), Some('（' | '(')) {
        return None;
    }
    let rest: Vec<char> = s[end..].chars().take(12).collect();
    if rest.first() != Some(&'年') {
        return None;
    }
    // the month: one or two figures (`3`, `12`, `三`, `十二`) before 月
    let m_len = rest[1..]
        .iter()
        .take_while(|c| month_digit(**c).is_some())
        .count();
    if !(1..=2).contains(&m_len) || rest.get(1 + m_len) != Some(&'月') {
        return None;
    }
    let ds: Vec<u32> = rest[1..1 + m_len]
        .iter()
        .filter_map(|c| month_digit(*c))
        .collect();
    let month = match ds.as_slice() {
        [10, b] => 10 + b,
        [a] => *a,
        [a, b] if *a < 10 => a * 10 + b,
        _ => return None,
    };
    // the day, 日 and the closing bracket
    let tail = &rest[2 + m_len..];
    let d_len = tail
        .iter()
        .take_while(|c| month_digit(**c).is_some())
        .count();
    let closed = (1..=3).contains(&d_len)
        && tail.get(d_len) == Some(&'日')
        && matches!(tail.get(d_len + 1), Some('）' | ')'));
    (closed && (1..=12).contains(&month)).then_some(month)
}

/// The year a text dated `year`/`month` speaks of, as a signature date is
/// read: a summary's from June on is that year's, else the year before; a
/// plan's from October on is the next year's.
pub(super) fn year_spoken_of(year: i32, month: u32, kind: Kind) -> i32 {
    match kind {
        Kind::Summary | Kind::SummaryAndPlan => {
            if month >= 6 {
                year
            } else {
                year - 1
            }
        }
        _ => {
            if month >= 10 {
                year + 1
            } else {
                year
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{bracketed_month, year_spoken_of};
    use crate::core::import::dates::find_year;
    use crate::core::model::Kind;

    fn month(s: &str) -> Option<u32> {
        let (_, a, b) = find_year(s)?;
        bracketed_month(s, a, b)
    }

    #[test]
    fn a_bracketed_full_date_gives_its_month() {
        assert_eq!(month("某某\n（2015年2月9日）\n各位代表："), Some(2));
        assert_eq!(month("某某（二〇一五年十一月二十日） 同志们："), Some(11));
        assert_eq!(month("(2015年12月1日)"), Some(12));
        // no brackets, no day, or a year in a sentence: none
        assert_eq!(month("2015年2月9日"), None);
        assert_eq!(month("（2015年2月）"), None);
        assert_eq!(month("在（2015年）开展了活动"), None);
    }

    #[test]
    fn the_year_spoken_of_follows_the_signature_rule() {
        assert_eq!(year_spoken_of(2015, 2, Kind::Summary), 2014);
        assert_eq!(year_spoken_of(2015, 7, Kind::Summary), 2015);
        assert_eq!(year_spoken_of(2015, 11, Kind::Plan), 2016);
        assert_eq!(year_spoken_of(2015, 2, Kind::Plan), 2015);
    }
}
