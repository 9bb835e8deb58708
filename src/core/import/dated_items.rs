//! A plan's numbered items each led by a year and a month (`2、20xx年3月:
//! 毽球赛`, `4、2015年4月:田径运动会`, `6、20xx年6月进行棋类比赛`): a month
//! schedule written as a list. Three or more such items of one rank, in a
//! document whose title names a plan, become the schedule's entries (the
//! label, year and month kept as the entry's heading as written); the
//! items of that rank between them without a month become activities of
//! the entry before. A full date (`3月12日`) or a comma after the month
//! (`2015年5月,工会组织…`, a summary's dated item) is no entry.
//! Input: the body's tokens and the title's kind; output: the tokens
//! rewritten. Looks at most 10 characters into each item's text.

use super::headings::Tok;
use super::normalise::trim;
use crate::core::model::Kind;

/// The fewest dated items that make a schedule.
const MIN_ITEMS: usize = 3;

/// The months a dated item's text starts with, and the byte length of its
/// year, month and separator.
fn dated_month(text: &str) -> Option<(u8, usize)> {
    let cs: Vec<(usize, char)> = text.char_indices().take(10).collect();
    let masked = |c: char| matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ' | '×' | '_' | '＿');
    let year_ok = cs.len() >= 7
        && cs[..2].iter().all(|(_, c)| c.is_ascii_digit())
        && cs[2..4]
            .iter()
            .all(|(_, c)| c.is_ascii_digit() || masked(*c))
        && cs[4].1 == '年';
    if !year_ok {
        return None;
    }
    let (m, mut k) = match (cs[5].1, cs.get(6).map(|x| x.1)) {
        ('元', Some('月')) => (1, 7),
        (a, Some('月')) if a.is_ascii_digit() => (a.to_digit(10)? as u8, 7),
        (a, Some(b)) if a == '1' && b.is_ascii_digit() && cs.get(7).map(|x| x.1) == Some('月') => {
            (10 + b.to_digit(10)? as u8, 8)
        }
        _ => return None,
    };
    if !(1..=12).contains(&m) {
        return None;
    }
    if cs.get(k).map(|x| x.1) == Some('份') {
        k += 1;
    }
    match cs.get(k).map(|x| x.1) {
        // a full date, a time in the month, or a comma: a sentence
        Some('日' | '号' | '初' | '底' | '中' | '上' | '下' | ',' | '，' | '、') => None,
        Some(':' | '：') => Some((m, cs.get(k + 1).map_or(text.len(), |x| x.0))),
        Some(c) if c.is_ascii_digit() => None,
        Some(_) => Some((m, cs[k].0)),
        None => None,
    }
}

pub(super) fn apply(toks: &mut [Tok], title_kind: Option<Kind>) {
    if !matches!(title_kind, Some(Kind::Plan | Kind::KeyPoints)) {
        return;
    }
    let dated: Vec<(usize, u8, u8, usize)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Tok::Head {
                label, rank, text, ..
            } if !label.is_empty() => dated_month(text).map(|(m, n)| (i, *rank, m, n)),
            _ => None,
        })
        .collect();
    let Some(&(first, rank, _, _)) = dated.first() else {
        return;
    };
    if dated.len() < MIN_ITEMS || dated.iter().any(|d| d.1 != rank) {
        return;
    }
    let mut months: Vec<u8> = dated.iter().map(|d| d.2).collect();
    months.dedup();
    if months.len() != dated.len() {
        return;
    }
    for (i, _, m, n) in &dated {
        if let Tok::Head { raw, text, .. } = toks[*i] {
            let head_len = (text.as_ptr() as usize - raw.as_ptr() as usize) + n;
            if raw.is_char_boundary(head_len) {
                toks[*i] = Tok::Month {
                    raw,
                    head: &raw[..head_len],
                    months: vec![*m],
                    rest: trim(&raw[head_len..]),
                };
            }
        }
    }
    // the undated items of that rank after the first entry: activities
    for t in toks.iter_mut().skip(first + 1) {
        if let Tok::Head { raw, rank: r, .. } = *t {
            if r == rank {
                *t = Tok::Plain(raw);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::dated_month;

    #[test]
    fn a_year_and_month_lead_an_item() {
        assert_eq!(dated_month("20xx年元月迎新会").map(|m| m.0), Some(1));
        assert_eq!(dated_month("2015年12月:趣味赛").map(|m| m.0), Some(12));
        assert_eq!(dated_month("201x年3月份:踏青").map(|m| m.0), Some(3));
        for s in [
            "2015年3月12日举办",
            "2015年3月,工会",
            "2015年3月初",
            "3月:拔河",
            "20xx年13月:",
        ] {
            assert_eq!(dated_month(s), None, "{s}");
        }
    }
}
