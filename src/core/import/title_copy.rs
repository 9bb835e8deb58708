//! A text layer's second copy of the title glued to the first named part's
//! run-in label on the first line under the title (`某某工会2024年工作要点`
//! then `某某工会2024年工作要点指导思想:以…`): the copy is set on a line of
//! its own (it stays text, in the opening), so that the label is read as
//! the part it names. Only the title's length and the dozen characters
//! after the copy are looked at.

use super::normalise::{char_len, is_space};
use super::parts::plain_heading;

/// The shortest title whose copy is looked for (characters).
const MIN_TITLE: usize = 6;
/// How far after the copy the label's colon may stand (characters).
const LABEL_SPAN: usize = 12;

/// Where the named part's label begins in `line`, when `line` starts with
/// a copy of `title` (white space before the label aside) and a named
/// part's label and colon follow right after it (`指导思想:`, `工作目标:`).
pub(super) fn label_after_copy(line: &str, title: &str) -> Option<usize> {
    let title = title.trim();
    if char_len(title) < MIN_TITLE {
        return None;
    }
    let rest = line.trim_start().strip_prefix(title)?;
    let rest = rest.trim_start_matches(is_space);
    let at = line.len() - rest.len();
    // the label's colon within a dozen characters
    let (k, c) = rest
        .char_indices()
        .take(LABEL_SPAN)
        .find(|(_, c)| matches!(c, ':' | '：'))?;
    let head = &rest[..k + c.len_utf8()];
    // a named part (not a container such as 主要工作, which holds parts)
    plain_heading(head)
        .is_some_and(|(container, _)| !container)
        .then_some(at)
}

/// The body with its first line split after such a title copy.
pub(super) fn split_first<'a>(body: &[&'a str], title: &str) -> Option<Vec<&'a str>> {
    let first = *body.first()?;
    let k = label_after_copy(first, title)?;
    let mut out = vec![first[..k].trim_end(), &first[k..]];
    out.extend(body[1..].iter().copied());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_copy_glued_to_the_guiding_label_is_set_apart() {
        let t = "某某公司工会2030年工作要点";
        let l = "某某公司工会2030年工作要点指导思想:以职工为中心,围绕企业发展开展工作。";
        let k = label_after_copy(l, t).expect("a copy before the label");
        assert!(l[k..].starts_with("指导思想:"));
        // with a space between, and a full-width colon
        let l = "某某公司工会2030年工作要点 工作目标：全年完成十件实事。";
        let k = label_after_copy(l, t).expect("a copy, a space, the label");
        assert!(l[k..].starts_with("工作目标："));
        let body = [
            "某某公司工会2030年工作要点指导思想:以职工为中心。",
            "一、主要工作",
        ];
        let out = split_first(&body, t).expect("split");
        assert_eq!(
            out,
            [
                "某某公司工会2030年工作要点",
                "指导思想:以职工为中心。",
                "一、主要工作"
            ]
        );
    }

    #[test]
    fn other_first_lines_are_left_alone() {
        let t = "某某公司工会2030年工作要点";
        // the copy followed by a sentence, no label
        assert_eq!(
            label_after_copy("某某公司工会2030年工作要点如下:一是…", t),
            None
        );
        // a container heading (it holds parts, it is no part of its own)
        assert_eq!(
            label_after_copy("某某公司工会2030年工作要点主要工作:", t),
            None
        );
        // a line that does not start with the title
        assert_eq!(label_after_copy("指导思想:以职工为中心。", t), None);
        // a title too short to tell
        assert_eq!(
            label_after_copy("工作要点指导思想:以职工为中心。", "工作要点"),
            None
        );
    }
}
