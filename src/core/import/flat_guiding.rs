//! A guiding part's label run in after a sentence inside a flattened text
//! (`…所采取的一系列措施。指导思想:以…为主线,…`): the label and its text
//! start a line of their own, where the part is read as it is on a line of
//! its own. Only the guiding names (`指导思想`, `总体要求`, …) as the whole
//! label: they name a document's part, never a sub-item's field. Input: one
//! flattened line; looks at most seven characters after each sentence end.

use super::normalise::{after_sentence_ends, fold};
use super::parts::GUIDING_KW;

/// Byte offsets to cut the line at: before each such label.
pub(super) fn cuts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, _) in after_sentence_ends(line) {
        let rest = &line[i..];
        let Some((k, colon)) = rest
            .char_indices()
            .take(7)
            .find(|(_, c)| matches!(*c, ':' | '：'))
        else {
            continue;
        };
        // the label's text follows on the same line
        let text = &rest[k + colon.len_utf8()..];
        if !text.is_empty() && GUIDING_KW.contains(&fold(&rest[..k]).as_str()) {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cuts;

    #[test]
    fn a_guiding_label_after_a_sentence_starts_a_line() {
        let line = "一、概述本计划说明工会的职责。指导思想:以安全为本,团结职工。二、目标";
        let c = cuts(line);
        assert_eq!(c.len(), 1);
        assert!(line[c[0]..].starts_with("指导思想:"));
        // a field label of a sub-item is no part (`时间:`), nor a label with
        // no text after it on the line
        assert!(cuts("报名参加比赛。时间:五月。").is_empty());
        assert!(cuts("报名参加比赛。指导思想:").is_empty());
    }
}
