//! Derived numbering and Chinese numerals. Nothing here is stored: the
//! document model keeps bare headings and these functions add the labels.

/// Chinese numeral for 0..=99 as used in headings and months:
/// 一 … 十, 十一, 二十, 三十一. Larger numbers are written digit by digit.
pub fn cn_number(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        20..=99 => {
            let tens = D[(n / 10) as usize];
            match n % 10 {
                0 => format!("{tens}十"),
                unit => format!("{tens}十{}", D[unit as usize]),
            }
        }
        _ => cn_digits(&n.to_string()),
    }
}

/// Digit-by-digit Chinese, as years are written: 2025 → 二〇二五.
pub fn cn_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0' => '〇',
            '1' => '一',
            '2' => '二',
            '3' => '三',
            '4' => '四',
            '5' => '五',
            '6' => '六',
            '7' => '七',
            '8' => '八',
            '9' => '九',
            other => other,
        })
        .collect()
}

/// The label of the `index`-th (0-based) node at `level` (1..=4):
/// 一、 / (一) / 1. / (1). Full-width parentheses as GB/T 9704 writes them.
pub fn label(level: usize, index: usize) -> String {
    // By hand, not with `format!`: the preview numbers every heading of the
    // document on each key, and in wasm the formatting machinery was a fifth
    // of the layout's time.
    let n = index as u32 + 1;
    let mut s = String::with_capacity(12);
    let bracketed = level == 2 || level > 3;
    if bracketed {
        s.push('\u{ff08}');
    }
    if level <= 2 {
        s.push_str(&cn_number(n));
    } else {
        push_decimal(&mut s, n);
    }
    s.push(match level {
        1 => '、',
        3 => '.',
        _ => '\u{ff09}',
    });
    s
}

fn push_decimal(s: &mut String, n: u32) {
    if n >= 10 {
        push_decimal(s, n / 10);
    }
    s.push(char::from(b'0' + (n % 10) as u8));
}

/// Month name in Chinese: 3 → 三月, 11 → 十一月.
pub fn month_name(m: u8) -> String {
    format!("{}月", cn_number(m as u32))
}

/// A schedule entry's heading: [7, 8] → 七、八月; [3] → 三月.
pub fn months_heading(months: &[u8]) -> String {
    if months.is_empty() {
        return "（未定月份）".into();
    }
    let parts: Vec<String> = months.iter().map(|m| cn_number(*m as u32)).collect();
    format!("{}月", parts.join("、"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        let got: Vec<String> = [1, 9, 10, 11, 19, 20, 21, 30, 31, 99]
            .iter()
            .map(|n| cn_number(*n))
            .collect();
        assert_eq!(
            got,
            [
                "一",
                "九",
                "十",
                "十一",
                "十九",
                "二十",
                "二十一",
                "三十",
                "三十一",
                "九十九"
            ]
        );
        assert_eq!(cn_number(0), "〇");
        assert_eq!(cn_digits("2010"), "二〇一〇");
        assert_eq!(cn_digits("2025"), "二〇二五");
    }

    #[test]
    fn labels_for_four_levels() {
        assert_eq!(label(1, 0), "一、");
        assert_eq!(label(1, 10), "十一、");
        assert_eq!(label(2, 1), "（二）");
        assert_eq!(label(3, 2), "3.");
        assert_eq!(label(3, 11), "12.");
        assert_eq!(label(4, 20), "\u{ff08}21\u{ff09}");
        assert_eq!(label(4, 3), "\u{ff08}4\u{ff09}");
    }

    #[test]
    fn seven_eight_month_heading_is_one_entry_label() {
        assert_eq!(months_heading(&[7, 8]), "七、八月");
        assert_eq!(months_heading(&[11]), "十一月");
        assert_eq!(month_name(12), "十二月");
    }
}
