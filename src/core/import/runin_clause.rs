//! Two more sentence openers after a heading label of two phrases
//! (`runin`'s two-phrase branch), as flattened copies and careless typing
//! run them on:
//! - a clause of purpose that a comma ends (`…,夯实维权思想|为进一步提高
//!   维权力度,…`), not a label's own `…为全面建成小康社会而奋斗`;
//! - a verb of principle or basis before a quoted slogan (`…,落实普遍建会|
//!   坚持“党建带工建”…,…`, `…|按照“组织起来”的要求,…`).
//!
//! Input: a heading's first sentence, folded (`runin::text_start`), and a
//! place `k` after the label; output: whether a sentence opens there. Each
//! looks at 40 characters at most.

use super::runin::{sentence_end, word_at, PURPOSE_AFTER_WEI};

/// How far a comma that ends the opening clause is looked for (characters).
const CLAUSE_REACH: usize = 40;

/// Verbs of principle or basis that open a sentence before a slogan.
const SLOGAN_VERBS: [&str; 6] = ["坚持", "按照", "围绕", "本着", "根据", "遵循"];

/// A comma within reach after `k`, before any sentence end and before `而`
/// (`为…而奋斗` is the label's own aim, one clause).
fn comma_ends_clause(f: &[char], k: usize) -> bool {
    f[k..]
        .iter()
        .take(CLAUSE_REACH)
        .take_while(|c| !sentence_end(**c) && **c != '而')
        .any(|c| matches!(c, '，' | ','))
}

/// A sentence opens at `k` with a clause of purpose or a verb before a
/// quoted slogan, either ended by a comma within reach.
pub(super) fn opens_clause(f: &[char], k: usize) -> bool {
    let purpose = f.get(k) == Some(&'为') && PURPOSE_AFTER_WEI.iter().any(|w| word_at(f, k + 1, w));
    let slogan = matches!(f.get(k), Some('坚' | '按' | '围' | '本' | '根' | '遵'))
        && matches!(f.get(k + 2), Some('“' | '"' | '「'))
        && SLOGAN_VERBS.iter().any(|w| word_at(f, k, w));
    (purpose || slogan) && comma_ends_clause(f, k)
}

#[cfg(test)]
mod tests {
    use super::opens_clause;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_clause_of_purpose_ended_by_a_comma_opens() {
        let f = chars("抓好宣传教育,增强法治观念为进一步提高职工的法律意识,我们举办了讲座");
        assert!(opens_clause(&f, 13));
        // the label's own aim, `为…而奋斗`, opens nothing
        let f = chars("团结动员广大会员为全面完成年度目标而共同努力奋斗");
        assert!(!opens_clause(&f, 8));
    }

    #[test]
    fn a_verb_before_a_quoted_slogan_opens() {
        let f = chars("健全组织网络,推进企业建会按照“应建尽建”的要求,全年新建工会十家");
        assert!(opens_clause(&f, 13));
        // no quote after the verb: a label's own words
        let f = chars("健全组织网络,推进企业建会坚持以人为本的理念,做好服务");
        assert!(!opens_clause(&f, 13));
    }
}
