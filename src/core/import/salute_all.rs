//! Addressees that name everyone (`全校各位教工:`, `全体教职工:`) after a
//! notice's title run into them in a flattened copy: like `各…:` ones, they
//! end the title (`glued_title`). Input: the text after `…的通知`; output:
//! whether it opens on such addressees. Looks at its first 16 characters.

use super::normalise::fold;

/// What such addressees open on (compared folded): the whole school, body
/// of staff, hospital, bureau, city…
const EVERYONE: [&str; 11] = [
    "全校",
    "全体",
    "全院",
    "全局",
    "全市",
    "全区",
    "全县",
    "全镇",
    "全厂",
    "全所",
    "全公司",
];
/// The longest addressees, colon included (characters).
const MAX_LEN: usize = 16;

/// Addressees naming everyone, closed by a colon with no punctuation
/// before it.
pub(super) fn everyone(after: &str) -> bool {
    let head: String = after.chars().take(MAX_LEN).collect();
    let f = fold(&head);
    let Some(colon) = f.find([':', '：']) else {
        return false;
    };
    EVERYONE.iter().any(|w| f.starts_with(w))
        && !f[..colon].contains(['，', ',', '。', '、', '；', ';'])
}

#[cfg(test)]
mod tests {
    use super::everyone;

    #[test]
    fn addressees_naming_everyone_are_read() {
        assert!(everyone("全校各位教工:为丰富教职工生活,现通知如下:"));
        assert!(everyone("全体教职工：经研究决定"));
    }

    #[test]
    fn a_sentence_is_not() {
        // no colon close enough, or punctuation before it
        assert!(!everyone("全体教职工积极参加本次活动,具体安排如下:"));
        assert!(!everyone("全校,各年级组要高度重视:"));
        assert!(!everyone("各位教工:"));
    }
}
