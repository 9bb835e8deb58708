//! A joint notice's issuing bodies on a line of their own above its title
//! (`某某市教育局  某某市教育工会` / `关于开展…的通知`): two or more organs'
//! names set apart by spaces, as the 版头 of a document two bodies issue,
//! no part of the title. Input: the first two lines; output: whether the
//! first is such a line. Looks at those two lines only.

use super::normalise::{char_len, fold, trim};

/// Words an organ's name ends on (compared folded).
const ORGAN_ENDS: [&str; 10] = [
    "工会",
    "委员会",
    "局",
    "厅",
    "委",
    "政府",
    "联合会",
    "妇联",
    "团委",
    "办公室",
];
/// The longest line (characters).
const MAX_LINE: usize = 40;

/// The issuers' line over a `关于…` title.
pub(super) fn joint_issuers(l0: &str, l1: &str) -> bool {
    let l0 = trim(l0);
    let names: Vec<&str> = l0.split_whitespace().collect();
    char_len(l0) <= MAX_LINE
        && trim(l1).starts_with("关于")
        && names.len() >= 2
        && names.iter().all(|n| {
            let f = fold(n);
            (3..=20).contains(&char_len(n))
                && n.chars().all(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
                && ORGAN_ENDS.iter().any(|w| f.ends_with(w))
        })
}

#[cfg(test)]
mod tests {
    use super::joint_issuers;

    #[test]
    fn two_organs_over_a_notice_title_are_its_issuers() {
        assert!(joint_issuers(
            "某某市教育局  某某市教育工会",
            "关于开展评选活动的通知"
        ));
        assert!(joint_issuers(
            "某区总工会 某区妇联 共青团某区委",
            "关于举办联谊会的通知"
        ));
        // one name, a sentence, or no notice title under them are not
        assert!(!joint_issuers("某某市教育工会", "关于开展评选活动的通知"));
        assert!(!joint_issuers("我们 认真学习", "关于开展评选活动的通知"));
        assert!(!joint_issuers(
            "某某市教育局  某某市教育工会",
            "2022年工作要点"
        ));
    }
}
