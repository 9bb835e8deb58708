//! A monthly activity table flattened into lines by a site: its header row
//! with the columns run together (`月份活动要点`, `月份 活动内容`), then each
//! month's number run into its first activity's number (`11、 慰问…` is
//! January's item 1, `21、` February's, `101、` October's) with the month's
//! other items `2、` `3、` on lines of their own, and a month of one
//! activity written with no item number (`7组织…`). Recognised only under
//! such a header, when three months or more decode in order (each after the
//! one before, a month or two on, or January after December) and the
//! items within a month count on from 1. Input: the text; output: the text
//! with a month heading (`1月:`) before each month's items and the month's
//! number taken off its first item, or None. Looks at each line's first
//! few characters only.

use super::normalise::trim;

/// What the activity column is called after `月份` in a header row.
const COLUMNS: [&str; 7] = [
    "活动要点",
    "活动内容",
    "活动安排",
    "工作要点",
    "工作内容",
    "工作安排",
    "主要活动",
];

/// The fewest months that make a table.
const MIN_MONTHS: usize = 3;

/// A header row `月份` + the activity column's name (the schedule's label).
pub(super) fn is_header(l: &str) -> bool {
    let Some(rest) = trim(l).strip_prefix("月份") else {
        return false;
    };
    COLUMNS.contains(&trim(rest))
}

/// A line's leading number (up to three ASCII digits), then either an item
/// separator `、` `.` (`Some(len)` of number and separator) or a Chinese
/// character (`None`): (number, byte length of the number, separator length).
fn lead_number(l: &str) -> Option<(u32, usize, Option<usize>)> {
    let n = l.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    let v: u32 = l[..n].parse().ok()?;
    let next = l[n..].chars().next()?;
    match next {
        '、' | '.' | '．' => Some((v, n, Some(next.len_utf8()))),
        c if ('\u{4e00}'..='\u{9fff}').contains(&c) => Some((v, n, None)),
        _ => None,
    }
}

/// Whether month `m` may follow month `prev` in a table.
fn follows(prev: Option<u32>, m: u32) -> bool {
    (1..=12).contains(&m)
        && match prev {
            None => true,
            Some(p) => (p < m && m <= p + 2) || (p >= 11 && m <= 2),
        }
}

/// The lines rewritten, or None when no such table is found.
pub(super) fn unglue(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let header = lines.iter().position(|l| is_header(l))?;
    // (line index, month, byte length of the month's digits)
    let mut months: Vec<(usize, u32, usize)> = Vec::new();
    let mut item = 0;
    for (i, l) in lines.iter().enumerate().skip(header + 1) {
        let t = trim(l);
        if t.is_empty() {
            continue;
        }
        let Some((v, n, sep)) = lead_number(t) else {
            break;
        };
        let prev = months.last().map(|m| m.1);
        match sep {
            // the next item of the month
            Some(_) if prev.is_some() && v == item + 1 => item = v,
            // a month's number run into its first item's `1、`
            Some(_) if v % 10 == 1 && v >= 11 && follows(prev, v / 10) => {
                months.push((i, v / 10, n - 1));
                item = 1;
            }
            // a month of one activity, with no item number
            None if follows(prev, v) => {
                months.push((i, v, n));
                item = 0;
            }
            _ => break,
        }
    }
    if months.len() < MIN_MONTHS {
        return None;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for &(i, m, digits) in months.iter().rev() {
        let l = lines[i];
        let indent = l.len() - l.trim_start().len();
        let body = &l[indent + digits..];
        out[i] = format!("{}{m}月:\n{}{}", &l[..indent], &l[..indent], body);
    }
    Some(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::unglue;

    #[test]
    fn month_numbers_run_into_item_numbers_are_split_off() {
        let t = "月份活动要点\n11、 慰问老会员\n2、 开好教代会\n21、 组织迎春联欢\n\
                 3组织植树活动\n41、 参加区运动会\n2、 评选先进";
        let out = unglue(t).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "月份活动要点",
                "1月:",
                "1、 慰问老会员",
                "2、 开好教代会",
                "2月:",
                "1、 组织迎春联欢",
                "3月:",
                "组织植树活动",
                "4月:",
                "1、 参加区运动会",
                "2、 评选先进"
            ]
        );
    }

    #[test]
    fn without_a_header_or_with_items_out_of_order_nothing_changes() {
        // no header row
        assert_eq!(
            unglue("11、 慰问老会员\n21、 组织迎春联欢\n31、 植树"),
            None
        );
        // two months only
        assert_eq!(
            unglue("月份活动要点\n11、 慰问老会员\n21、 组织迎春联欢"),
            None
        );
        // months that do not follow each other
        assert_eq!(
            unglue("月份活动要点\n11、 慰问\n51、 植树\n91、 教师节\n121、 迎新"),
            None
        );
    }
}
