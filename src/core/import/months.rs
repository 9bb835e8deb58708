//! Month headings (`二月:` `七、八月` `1-2月` `一、1—2月` …) at the start
//! of a line. Input: one trimmed line; output: the months and the length of
//! the heading, the activities that may follow it left to the caller.

use super::labels::label_core;
use super::normalise::{
    arabic_prefix, cn_prefix, first_char, is_open_paren, is_space, trim_start, FW_BAR, FW_COLON,
    FW_COMMA, FW_HYPHEN, FW_SLASH, FW_TILDE,
};

/// A month heading: `二月:` `三月份` `一月 |` `1-2月` `7,8月:` `1~2月:`
/// `七、八月:` `一、二月` `十二月份:` `2月` `一、1—2月`, optionally followed
/// (after a colon, a bar or a space) by activities on the same line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MonthLine {
    pub months: Vec<u8>,
    /// Byte length of the heading (label, months, separator, spaces).
    pub head_len: usize,
}

pub(crate) fn parse_month_line(line: &str) -> Option<MonthLine> {
    if let Some(m) = month_head(line, 0) {
        return Some(m);
    }
    // a label before the months: 一、1—2月, (一)二月
    let (_, len) = label_core(line)?;
    let after_label = len + (line[len..].len() - trim_start(&line[len..]).len());
    month_head(line, after_label)
}

/// What may separate a month heading from its activities (`:` `|` …).
pub(crate) fn is_month_separator(c: char) -> bool {
    matches!(c, ':' | FW_COLON | '|' | FW_BAR | '│' | '︰') || is_space(c)
}

fn month_head(line: &str, start: usize) -> Option<MonthLine> {
    let (months, end) = month_spec(&line[start..])?;
    let mut pos = start + end;
    let rest = &line[pos..];
    let trimmed = trim_start(rest);
    let had_space = trimmed.len() != rest.len();
    pos += rest.len() - trimmed.len();
    let mut sep = false;
    if let Some(c) = first_char(trimmed) {
        if is_month_separator(c) {
            sep = true;
            pos += c.len_utf8();
            let r = &line[pos..];
            pos += r.len() - trim_start(r).len();
        }
    }
    let mut rest = &line[pos..];
    // `四月。6、…` `六、七月。`: a full stop closes the heading when a
    // numbered activity or nothing follows
    if !sep && !had_space && rest.starts_with(['。', '.']) {
        let after = trim_start(&rest[rest.chars().next().map_or(0, char::len_utf8)..]);
        if after.is_empty() || label_core(after).is_some() {
            pos = line.len() - after.len();
            rest = after;
            sep = true;
        }
    }
    if !rest.is_empty() && !sep && !had_space {
        // 三月份召开职代会, 6月10日: a sentence, not a heading; but allow a
        // short note in brackets: 七、八月(暑假), or a numbered activity
        // run on: 三月1、纪念…
        let c = first_char(rest)?;
        if !is_open_paren(c) && label_core(rest).is_none() {
            return None;
        }
    }
    Some(MonthLine {
        months,
        head_len: pos,
    })
}

/// The months part: numbers (one numeral system), list or range separators,
/// 月 after each or after the last, 份 allowed after 月.
fn month_spec(s: &str) -> Option<(Vec<u8>, usize)> {
    let mut months: Vec<u8> = Vec::new();
    let mut pos = 0;
    let mut system: Option<bool> = None; // true = Chinese
    let mut pending_range: Option<u8> = None;
    let mut saw_yue;
    loop {
        let rest = &s[pos..];
        let (v, n, cn) = if let Some((v, n)) = cn_prefix(rest) {
            (v, n, true)
        } else if let Some((v, n)) = arabic_prefix(rest) {
            (v, n, false)
        } else {
            return None;
        };
        if system.is_some_and(|sys| sys != cn) || !(1..=12).contains(&v) {
            return None;
        }
        system = Some(cn);
        pos += n;
        let v = v as u8;
        match pending_range.take() {
            Some(a) => {
                // a..=v, wrapping over the year end (11-1月)
                let mut m = a;
                let mut guard = 0;
                loop {
                    if !months.contains(&m) {
                        months.push(m);
                    }
                    if m == v || guard > 12 {
                        break;
                    }
                    m = m % 12 + 1;
                    guard += 1;
                }
            }
            None => {
                if !months.contains(&v) {
                    months.push(v);
                }
            }
        }
        saw_yue = false;
        if s[pos..].starts_with('月') {
            pos += '月'.len_utf8();
            saw_yue = true;
            if s[pos..].starts_with('份') {
                pos += '份'.len_utf8();
            }
        }
        // separator and another number?
        let rest = &s[pos..];
        let Some(c) = first_char(rest) else { break };
        let (is_sep, is_range) = match c {
            '、' | ',' | FW_COMMA | '/' | FW_SLASH | '和' | '及' | '与' => (true, false),
            '-' | '—' | '–' | '~' | FW_TILDE | '至' | '到' | FW_HYPHEN | '─' | '〜' => {
                (true, true)
            }
            _ => (false, false),
        };
        if !is_sep {
            break;
        }
        let mut p2 = pos + c.len_utf8();
        // —— (two dashes)
        while let Some(c2) = first_char(&s[p2..]) {
            if is_range && matches!(c2, '—' | '-' | '–' | '─' | FW_HYPHEN) {
                p2 += c2.len_utf8();
            } else {
                break;
            }
        }
        let next = &s[p2..];
        let continues = cn_prefix(next).is_some() || arabic_prefix(next).is_some();
        if !continues {
            break;
        }
        if is_range {
            // the range start is already in `months`; the range adds the rest
            pending_range = months.last().copied();
        }
        pos = p2;
    }
    if !saw_yue || months.is_empty() || months.len() > 12 {
        return None;
    }
    Some((months, pos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::normalise::tests::fw;

    fn months(s: &str) -> Option<Vec<u8>> {
        parse_month_line(s).map(|m| m.months)
    }

    #[test]
    fn month_heading_forms() {
        assert_eq!(months("二月:"), Some(vec![2]));
        assert_eq!(months(&fw("二月:")), Some(vec![2]));
        assert_eq!(months("三月份"), Some(vec![3]));
        assert_eq!(months("一月 |"), Some(vec![1]));
        assert_eq!(months(&fw("一月 |")), Some(vec![1]));
        assert_eq!(months("1-2月"), Some(vec![1, 2]));
        assert_eq!(months(&fw("1-2月")), Some(vec![1, 2]));
        assert_eq!(months("7,8月:"), Some(vec![7, 8]));
        assert_eq!(months(&fw("7,8月:")), Some(vec![7, 8]));
        assert_eq!(months("1~2月:"), Some(vec![1, 2]));
        assert_eq!(months(&fw("1~2月:")), Some(vec![1, 2]));
        assert_eq!(months(&fw("七、八月:")), Some(vec![7, 8]));
        assert_eq!(months("七、八月"), Some(vec![7, 8]));
        assert_eq!(months("一、二月"), Some(vec![1, 2]));
        assert_eq!(months(&fw("十二月份:")), Some(vec![12]));
        assert_eq!(months("2月"), Some(vec![2]));
        assert_eq!(months("一、1—2月"), Some(vec![1, 2]));
        assert_eq!(months("一、1——2月"), Some(vec![1, 2]));
        assert_eq!(months(&fw("(一)二月")), Some(vec![2]));
        assert_eq!(months("7月、8月:"), Some(vec![7, 8]));
        assert_eq!(months("11-1月"), Some(vec![11, 12, 1]));
        assert_eq!(months("3—5月:"), Some(vec![3, 4, 5]));
        assert_eq!(months("9月至10月"), Some(vec![9, 10]));
        assert_eq!(months(&fw("七、八月(暑假)")), Some(vec![7, 8]));
        // a numbered activity run on, or a full stop before it
        assert_eq!(months("三月1、纪念三八妇女节跳大绳。"), Some(vec![3]));
        assert_eq!(months("四月。6、中青年男教师篮球系列比赛。"), Some(vec![4]));
        assert_eq!(months("六、七月。10、纪念建党活动。"), Some(vec![6, 7]));
        assert_eq!(months("五月。"), Some(vec![5]));
        let line = "四月。6、篮球比赛。";
        assert_eq!(
            &line[parse_month_line(line).unwrap().head_len..],
            "6、篮球比赛。"
        );
    }

    #[test]
    fn sentences_starting_with_a_month_are_not_month_headings() {
        for line in [
            "三月份召开职代会",
            "6月10日,为劳模发放",
            "8月,我会开展助学",
            "十三月",
            "一、加强学习",
            "2025年",
            "3月8日",
            "十二、加强自身建设",
            "三月。召开职代会",
            "3月1日召开",
        ] {
            assert_eq!(months(line), None, "{line}");
        }
        assert_eq!(months(&fw("8月,我会开展助学")), None);
    }

    #[test]
    fn month_line_keeps_activities_after_the_colon() {
        let line = fw("二月:") + "制定工会工作计划";
        let m = parse_month_line(&line).unwrap();
        assert_eq!(&line[m.head_len..], "制定工会工作计划");
        let line = "1-2月 | 慰问困难职工";
        let m = parse_month_line(line).unwrap();
        assert_eq!(&line[m.head_len..], "慰问困难职工");
    }
}
