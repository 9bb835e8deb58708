//! A first line that opens with a heading's label (`一、` `（一）`) is a
//! heading, never a title glued to the text after it: in a copy that starts
//! at its first part (no title), `一、工会工作目标（一）加强学习…` ends on a
//! title word (`目标`) and a bracket, but the bracket is the first sub-item's
//! label and the line is part 一 run into its item. (A document site's page
//! chunk label `1、` before a title stays allowed: `chunks`.)
//! Input: the first line; looks at its first few characters only.

use super::labels::{parse_label, rank};

/// Whether `line` opens with a `一、` or `（一）` label.
pub(super) fn opens_with_heading_label(line: &str) -> bool {
    parse_label(line).is_some_and(|(r, _)| matches!(r, rank::CN | rank::PAREN_CN))
}

#[cfg(test)]
mod tests {
    use super::opens_with_heading_label;

    #[test]
    fn a_part_label_opens_a_heading_not_a_title() {
        assert!(opens_with_heading_label(
            "一、学会目标（一）读好书，写好字。"
        ));
        assert!(opens_with_heading_label("（一）年度目标（1）完成任务。"));
        assert!(!opens_with_heading_label("某某中心工会2011年工作计划为了…"));
        assert!(!opens_with_heading_label(
            "1、某某局工会年度工作总结一年来…"
        ));
    }
}
