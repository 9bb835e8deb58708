//! The moving holidays (春节, 元宵, 端午, 中秋, 重阳) year over year: their
//! dates in the calendar years a plan covers, dates written in a text
//! (`2月17日`, `2月17号`), and rewriting last year's dates to this year's.

use crate::core::calendar::{union_calendar, EventKind};
use crate::core::model::Period;

/// A moving holiday on one date: its short name (春节, 元宵, …) as texts
/// name it, the calendar year, month and day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HolidayDate {
    pub name: &'static str,
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The short names texts use (元宵节 is also written 元宵).
pub const MOVING: [&str; 5] = ["春节", "元宵", "端午", "中秋", "重阳"];

fn short_name(full: &str) -> Option<&'static str> {
    MOVING.iter().copied().find(|n| full.starts_with(n))
}

/// The calendar years the plan year `year` touches: one for a calendar
/// year, two for a school year or another period.
fn calendar_years(year: i32, period: Period) -> Vec<i32> {
    if period.start() == 1 {
        vec![year]
    } else {
        vec![year, year.saturating_add(1)]
    }
}

/// The moving holidays within the plan year `year` of `period`, by date.
pub fn moving_dates(year: i32, period: Period) -> Vec<HolidayDate> {
    let mut out = Vec::new();
    for y in calendar_years(year, period) {
        for e in union_calendar(y) {
            if e.kind != EventKind::Lunar {
                continue;
            }
            let (Some(name), Some(m), Some(d)) = (
                short_name(&e.name),
                e.date.get(5..7).and_then(|s| s.parse::<u8>().ok()),
                e.date.get(8..10).and_then(|s| s.parse::<u8>().ok()),
            ) else {
                continue;
            };
            // Only the months that belong to this plan year.
            if period.calendar_year(year, m) == y {
                out.push(HolidayDate {
                    name,
                    year: y,
                    month: m,
                    day: d,
                });
            }
        }
    }
    out
}

/// A date written as month and day: `2月17日`, `2月17号`, full-width
/// digits too. Returns (start, end) char indices, month and day.
pub fn written_dates(text: &str) -> Vec<(usize, usize, u8, u8)> {
    let chars: Vec<char> = text.chars().map(fold_digit).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let (m, j) = number(&chars, i);
        if chars.get(j) != Some(&'月') {
            i = j.max(i + 1);
            continue;
        }
        let (d, k) = number(&chars, j + 1);
        if k > j + 1 && matches!(chars.get(k), Some('日') | Some('号')) {
            if let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) {
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    out.push((i, k + 1, m, d));
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

fn fold_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - 0xFF10 + 0x30).unwrap_or(c),
        _ => c,
    }
}

/// The number starting at `i` (at most 2 digits count) and where it ends.
fn number(chars: &[char], i: usize) -> (u32, usize) {
    let mut n = 0u32;
    let mut j = i;
    while j < chars.len() && chars[j].is_ascii_digit() {
        n = n
            .saturating_mul(10)
            .saturating_add(chars[j] as u32 - '0' as u32);
        j += 1;
    }
    (if j - i > 2 { 0 } else { n }, j)
}

/// Rewrites, in a text that names a moving holiday, that holiday's date of
/// the old plan year into its date of the new one (`春节（2月17日）` →
/// `春节（2月6日）`). Returns the new text and the new month of the last
/// date rewritten, if any.
pub fn move_dates(text: &str, old: &[HolidayDate], new: &[HolidayDate]) -> (String, Option<u8>) {
    let named: Vec<&HolidayDate> = old.iter().filter(|h| text.contains(h.name)).collect();
    if named.is_empty() {
        return (text.to_string(), None);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut last = 0;
    let mut month = None;
    for (a, b, m, d) in written_dates(text) {
        let Some(h) = named.iter().find(|h| h.month == m && h.day == d) else {
            continue;
        };
        let Some(n) = new.iter().find(|n| n.name == h.name) else {
            continue;
        };
        out.extend(&chars[last..a]);
        out.push_str(&format!("{}月{}{}", n.month, n.day, chars[b - 1]));
        last = b;
        month = Some(n.month);
    }
    out.extend(&chars[last..]);
    (out, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_dates_of_a_calendar_and_a_school_year() {
        let y26 = moving_dates(2026, Period::default());
        let spring = y26.iter().find(|h| h.name == "春节").unwrap();
        assert_eq!((spring.month, spring.day), (2, 17));
        assert_eq!(y26.len(), 5);
        // September 2026 – August 2027: 中秋 and 重阳 of 2026, 春节 of 2027.
        let school = moving_dates(2026, Period { start_month: 9 });
        let spring = school.iter().find(|h| h.name == "春节").unwrap();
        assert_eq!((spring.year, spring.month, spring.day), (2027, 2, 6));
        let autumn = school.iter().find(|h| h.name == "中秋").unwrap();
        assert_eq!(autumn.year, 2026);
    }

    #[test]
    fn written_dates_are_found() {
        let d = written_dates("春节（2月17日）前，１０月１号和12月");
        assert_eq!(
            d.iter().map(|x| (x.2, x.3)).collect::<Vec<_>>(),
            vec![(2, 17), (10, 1)]
        );
        assert!(written_dates("2026年").is_empty());
    }

    #[test]
    fn holiday_dates_move_to_next_year() {
        let old = moving_dates(2026, Period::default());
        let new = moving_dates(2027, Period::default());
        let (t, m) = move_dates("春节（2月17日）前走访慰问困难职工", &old, &new);
        assert_eq!(t, "春节（2月6日）前走访慰问困难职工");
        assert_eq!(m, Some(2));
        // 端午 2026 is 6月19日, 2027 6月9日.
        let (t, _) = move_dates("6月19日端午节包粽子比赛，3月8日妇女节", &old, &new);
        assert_eq!(t, "6月9日端午节包粽子比赛，3月8日妇女节");
        // A date of a holiday the text does not name stays.
        let (t, m) = move_dates("2月17日召开职代会", &old, &new);
        assert_eq!((t.as_str(), m), ("2月17日召开职代会", None));
    }
}
