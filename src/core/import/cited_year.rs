//! The year of a 文号 cited in the body (`根据常教工〔2014〕16号《…》`):
//! an activity plan written on a notice names the notice's number, and its
//! year is the plan's when nothing else gives one. Input: the body's text;
//! output: the year, when every cited number agrees.

/// The year in `〔2014〕16号`, `[2014]16号` or `【2014】16号` (at most four
/// digits of number before 号), or `None` when two cited years differ.
pub(super) fn cited_year(text: &str) -> Option<i32> {
    let cs: Vec<char> = text.chars().collect();
    let mut year = None;
    for i in 0..cs.len() {
        let close = match cs[i] {
            '〔' => '〕',
            '[' => ']',
            '【' => '】',
            _ => continue,
        };
        // the look-ahead: four digits, the close, one to four digits, 号
        let y = match cs.get(i + 1..i + 5) {
            Some(y) if y.iter().all(char::is_ascii_digit) => y,
            _ => continue,
        };
        if cs.get(i + 5) != Some(&close) {
            continue;
        }
        let n = cs[i + 6..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=4).contains(&n) || cs.get(i + 6 + n) != Some(&'号') {
            continue;
        }
        let y: i32 = y.iter().collect::<String>().parse().ok()?;
        if year.is_some_and(|x| x != y) {
            return None;
        }
        year = Some(y);
    }
    year.filter(|y| (1949..=2199).contains(y))
}

#[cfg(test)]
mod tests {
    use super::cited_year;

    #[test]
    fn a_cited_number_gives_its_year() {
        assert_eq!(
            cited_year("根据市教工〔2019〕8号通知精神,结合本校实际,制订本方案。"),
            Some(2019)
        );
        assert_eq!(cited_year("按某工字[2021]12号文件要求"), Some(2021));
        // two numbers of different years give none; a bare bracketed year none
        assert_eq!(cited_year("依据〔2019〕8号和〔2020〕3号文件"), None);
        assert_eq!(cited_year("见〔2019〕年度报告"), None);
        assert_eq!(cited_year("没有文号的正文。"), None);
    }
}
