//! The one year a body speaks of (`2015年的职代会是一次换届会议`,
//! `2015年,在场党支部的正确领导下`) when nothing else gives the year: every
//! year the body writes (four digits and `年`) is the same, and it opens a
//! sentence, a clause or a paragraph at least twice. A year named once, or
//! only inside a sentence (`成立于1982年`), or beside other years, says
//! nothing. Input: the body's pieces (opening, section texts, items), each
//! looked at on its own; output: that year.

/// Four ASCII digits and `年` at `i` (a space before `年` allowed), not
/// after another digit: the year.
fn year_at(cs: &[char], i: usize) -> Option<i32> {
    if i > 0 && cs[i - 1].is_ascii_digit() {
        return None;
    }
    let digits = cs.get(i..i + 4)?;
    if !digits.iter().all(char::is_ascii_digit) {
        return None;
    }
    let mut k = i + 4;
    if cs.get(k) == Some(&' ') {
        k += 1;
    }
    if cs.get(k) != Some(&'年') {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0, |y, d| y * 10 + d.to_digit(10).unwrap_or(0) as i32),
    )
}

/// Where a sentence, clause or paragraph starts: the piece's start or after
/// an end of sentence or clause (white space after it passed over).
fn opens(cs: &[char], i: usize) -> bool {
    let mut k = i;
    while k > 0 && cs[k - 1].is_whitespace() {
        k -= 1;
    }
    k == 0
        || matches!(
            cs[k - 1],
            '。' | '；' | ';' | '，' | ',' | '：' | ':' | '！' | '!'
        )
}

/// The year every piece names, opening a sentence or clause at least twice.
pub(super) fn body_year<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Option<i32> {
    let mut year = None;
    let mut openings = 0;
    for p in pieces {
        let cs: Vec<char> = p.chars().collect();
        for i in 0..cs.len() {
            let Some(y) = year_at(&cs, i) else {
                continue;
            };
            if year.is_some_and(|x| x != y) {
                return None;
            }
            year = Some(y);
            openings += usize::from(opens(&cs, i));
        }
    }
    year.filter(|y| openings >= 2 && (1949..=2199).contains(y))
}

#[cfg(test)]
mod tests {
    use super::body_year;

    #[test]
    fn one_year_opening_two_sentences_is_the_year() {
        let a = "以场务公开为重点,进一步完善职工代表大会制度。2015年的职代会是一次换届会议。";
        let b = "2015年,在场党支部的正确领导下,工会把工作重心放在改善民生上。";
        assert_eq!(body_year([a, b]), Some(2015));
    }

    #[test]
    fn a_year_inside_a_sentence_once_or_beside_another_says_nothing() {
        // named once at a sentence's start
        assert_eq!(body_year(["2015年,工会组织职工学习。"]), None);
        // inside sentences only
        assert_eq!(body_year(["工会成立于1982年,会员于1982年起登记。"]), None);
        // two different years
        assert_eq!(
            body_year(["2014年,工会组织学习。", "2015年,工会组织竞赛。2015年,…"]),
            None
        );
    }
}
