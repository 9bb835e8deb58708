//! A short heading of one phrase run into the clause that opens its text,
//! in a flattened copy: a clause of purpose (`三、典型选树|为鼓励广大教职工…,…`:
//! `为` and a word of `runin::PURPOSE_AFTER_WEI`, ended by a comma within
//! reach, `runin_clause`) or of cause (`一、组织建设|由于教师调动频繁,…`:
//! `由于` and a comma within reach before any sentence end). `runin`'s
//! two-phrase branch wants a comma in the label; this one takes a label of
//! four to eight characters with no punctuation. Input: a heading's first
//! sentence, folded, and a place `k`; output: whether the text begins
//! there. Looks at the label and 40 characters after it.

use super::runin::{han, sentence_end, word_at};
use super::runin_clause::opens_clause;

/// The label's length bounds (characters).
const MIN_LABEL: usize = 4;
const MAX_LABEL: usize = 8;
/// How far the comma that ends a clause of cause is looked for (characters).
const CLAUSE_REACH: usize = 40;

/// The text begins at `k` with a clause of purpose or of cause after a
/// short label.
pub(super) fn after_short_label(f: &[char], k: usize) -> bool {
    (MIN_LABEL..=MAX_LABEL).contains(&k)
        && f[..k].iter().all(|c| han(*c))
        && match f.get(k) {
            Some('为') => opens_clause(f, k),
            Some('由') => cause_clause(f, k),
            _ => false,
        }
}

/// `由于` and a comma within reach, before any sentence end.
fn cause_clause(f: &[char], k: usize) -> bool {
    word_at(f, k, "由于")
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
    fn a_clause_of_purpose_after_a_short_label_begins_the_text() {
        let f = chars("评先评优为鼓励广大会员争先创优,工会决定表彰一批先进个人。");
        assert!(after_short_label(&f, 4));
    }

    #[test]
    fn a_clause_of_cause_after_a_short_label_begins_the_text() {
        let f = chars("队伍建设由于新进人员较多,工会组织了多次培训。");
        assert!(after_short_label(&f, 4));
    }

    #[test]
    fn other_places_do_not() {
        // the label's own aim, `为…而奋斗`
        let f = chars("团结奋斗为全面完成年度目标而努力,争创佳绩。");
        assert!(!after_short_label(&f, 4));
        // no word of purpose after 为 (`为职工服务`)
        let f = chars("建设阵地为职工服务,打造温馨小家。");
        assert!(!after_short_label(&f, 4));
        // no comma closes the clause of cause before the sentence ends
        let f = chars("队伍建设由于人员变动而推迟。");
        assert!(!after_short_label(&f, 4));
        // a label with punctuation in it
        let f = chars("建设,队伍由于人员较多,工作繁重。");
        assert!(!after_short_label(&f, 5));
        // labels too long for this rule (`runin`'s own branches read those)
        let f = chars("进一步加强基层工会组织建设为全面提高工会工作水平,我们开展了培训。");
        assert!(!after_short_label(&f, 13));
        let f = chars("进一步加强基层工会组织建设由于基础薄弱,我们开展了培训。");
        assert!(!after_short_label(&f, 13));
    }
}
