//! A half-width `.` joining the two phrases of a heading that `。` closes
//! soon after (`一、落实职权.提高管理水平。今年…`): typed in place of a comma,
//! so the heading runs on to the `。`. Where `.` ends sentences in a text
//! (`…权益.充分发挥提案委员会,`) the part after it is longer or has a comma.
//! Input: a heading line's characters and the place of the `.`; output:
//! whether it joins two phrases. Looks at most 14 characters either side.

/// The longest phrase on either side of the `.`, in characters.
const MAX_PHRASE: usize = 12;
/// The shortest phrase after it.
const MIN_PHRASE: usize = 4;

pub(super) fn joins_phrases(cs: &[(usize, char)], k: usize) -> bool {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    // before: the heading's start to the `.`, Han only
    if k < MIN_PHRASE || k > MAX_PHRASE || !cs[..k].iter().all(|(_, c)| han(*c)) {
        return false;
    }
    // after: Han characters up to a `。`
    let after = cs[k + 1..].iter().take(MAX_PHRASE + 1);
    let n_after = after.clone().take_while(|(_, c)| han(*c)).count();
    (MIN_PHRASE..=MAX_PHRASE).contains(&n_after)
        && cs.get(k + 1 + n_after).map(|x| x.1) == Some('。')
}

#[cfg(test)]
mod tests {
    use super::joins_phrases;

    fn at_dot(s: &str) -> bool {
        let cs: Vec<(usize, char)> = s.char_indices().collect();
        let k = cs.iter().position(|(_, c)| *c == '.').unwrap();
        joins_phrases(&cs, k)
    }

    #[test]
    fn a_dot_between_two_short_phrases_before_a_full_stop_joins_them() {
        assert!(at_dot("健全工会组织.扩大覆盖范围。今年新建工会五家"));
        // a sentence ended by `.`: the next runs on past a comma, or is long
        assert!(!at_dot(
            "努力维护职工的合法权益.充分发挥提案委员会,做好提案工作。"
        ));
        assert!(!at_dot("加强学习.今年我们组织全体教职工认真学习了工会法。"));
        assert!(!at_dot("加强学习.学习。"));
    }
}
