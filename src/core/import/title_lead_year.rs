//! A title that opens on a year without 年 (`2025工会工作总结及2026年工作思路`):
//! that year is the title's, before a later year written with 年 (the
//! year of the plan that follows the summary). Looks at the title's first
//! five characters.

use super::reflow::is_cjk;

/// Four digits at the title's start, a year, then a Chinese character that
/// is no unit of a count or a date (`2016中学…`, not `2020届`, `2016年`).
pub(super) fn lead_year(flat: &str) -> Option<i32> {
    let cs: Vec<char> = flat.chars().take(5).collect();
    if cs.len() < 5 || !cs[..4].iter().all(char::is_ascii_digit) {
        return None;
    }
    let next = cs[4];
    let unit = count_unit(next);
    if !is_cjk(next) || unit {
        return None;
    }
    let y: i32 = cs[..4].iter().collect::<String>().parse().ok()?;
    (1949..=2199).contains(&y).then_some(y)
}

/// A unit of a count, a number or a date after digits (`2023号`, `2000元`,
/// `2020届`, `2016年`): the digits are then no bare year.
pub(super) fn count_unit(c: char) -> bool {
    matches!(
        c,
        '号' | '元'
            | '人'
            | '名'
            | '个'
            | '届'
            | '次'
            | '期'
            | '万'
            | '件'
            | '项'
            | '年'
            | '月'
            | '日'
    )
}
