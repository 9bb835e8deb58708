//! A text layer's spaces around a lone placeholder letter that stands for
//! a name (`2020 年是 X 区挂牌…`, `X 省`, `X 市`): inside a phrase, like
//! its spaces around figures, so no heading ends there (`labels`' split at
//! a space). Input: the text before and after the space (trimmed).

use super::normalise::is_space;

/// A text layer's spaces around a lone placeholder letter standing for a
/// name (`X 区`, `年是 X 区`): the space before it (`rest` opens on the
/// letter and a space) or after it (`head` ends on a space and the letter).
pub(super) fn lone_placeholder(head: &str, rest: &str) -> bool {
    let x = |c: char| matches!(c, 'X' | 'x' | '×' | 'Ｘ');
    let mut r = rest.chars();
    let before = r.next().is_some_and(x) && r.next().is_some_and(is_space);
    let mut h = head.chars().rev();
    let after = h.next().is_some_and(x) && h.next().is_some_and(is_space);
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_around_a_lone_placeholder_is_inside_a_phrase() {
        assert!(lone_placeholder("今年是", "X 县建县六十周年,全县工会…"));
        assert!(lone_placeholder("围绕 X", "届党代会的部署,…"));
        // a template's masked name after a heading opens the text
        assert!(!lone_placeholder("加强组织建设", "XX公司工会始终把…"));
        assert!(!lone_placeholder("加强组织建设", "X公司工会始终把…"));
    }
}
