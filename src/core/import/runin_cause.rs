//! A short heading of one phrase run into a clause of cause in a flattened
//! copy (`一、组织建设|由于教师调动频繁,…`): `由于` and a comma within
//! reach, before any sentence end, begin the text, as `runin_purpose` reads
//! `…|为鼓励…,`. The label is four to eight characters with no
//! punctuation. Input: a heading's first sentence, folded, and a place `k`;
//! output: whether the text begins there. Looks at the label and 40
//! characters after it.

use super::runin::{han, sentence_end, word_at};

/// The label's length bounds (characters).
const MIN_LABEL: usize = 4;
const MAX_LABEL: usize = 8;
/// How far the comma that ends the clause is looked for (characters).
const CLAUSE_REACH: usize = 40;

/// The text begins at `k` with a clause of cause after a short label.
pub(super) fn after_short_label(f: &[char], k: usize) -> bool {
    (MIN_LABEL..=MAX_LABEL).contains(&k)
        && f[..k].iter().all(|c| han(*c))
        && word_at(f, k, "由于")
        && f[k..]
            .iter()
            .take(CLAUSE_REACH)
            .take_while(|c| !sentence_end(**c))
            .any(|c| matches!(c, '，' | ','))
}

#[cfg(test)]
mod tests {
    use super::after_short_label;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_clause_of_cause_after_a_short_label_begins_the_text() {
        let f = chars("队伍建设由于新进人员较多,工会组织了多次培训。");
        assert!(after_short_label(&f, 4));
    }

    #[test]
    fn other_places_do_not() {
        // no comma closes the clause before the sentence ends
        let f = chars("队伍建设由于人员变动而推迟。");
        assert!(!after_short_label(&f, 4));
        // a label with punctuation in it
        let f = chars("建设,队伍由于人员较多,工作繁重。");
        assert!(!after_short_label(&f, 5));
        // a label too long for this rule
        let f = chars("进一步加强基层工会组织建设由于基础薄弱,我们开展了培训。");
        assert!(!after_short_label(&f, 13));
    }
}
