//! A signature without a date: the union's name alone on the last line
//! under a closing sentence (`…给予通报表扬。` / `某某市教育工会`), as a
//! notice copied without its date ends. Input: the body's lines; output:
//! the organisation, when the last line is one. Looks at the last two lines.

use super::normalise::{char_len, fold, trim};
use super::signature::looks_like_org;

/// Union bodies such a signature names (compared folded).
const UNION_ENDS: [&str; 3] = ["工会", "委员会", "联合会"];
/// The longest name (characters).
const MAX_NAME: usize = 20;

/// The organisation alone on the last line, after a sentence's end.
pub(super) fn org_only<'a>(lines: &[&'a str]) -> Option<&'a str> {
    let (last, before) = match lines {
        [.., b, l] => (trim(l), trim(b)),
        _ => return None,
    };
    let f = fold(last);
    (char_len(last) <= MAX_NAME
        && last.chars().all(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
        && looks_like_org(last)
        && UNION_ENDS.iter().any(|w| f.ends_with(w))
        && before.ends_with(['。', '！', '!']))
    .then_some(last)
}

#[cfg(test)]
mod tests {
    use super::org_only;

    #[test]
    fn a_unions_name_under_the_last_sentence_signs_the_text() {
        assert_eq!(
            org_only(&["将给予通报表扬。", " 某某市教育工会"]),
            Some("某某市教育工会")
        );
        // a heading naming the union, or a list line, does not
        assert_eq!(org_only(&["三、工作要求", "某某工会"]), None);
        assert_eq!(org_only(&["大家积极参加。", "加强工会组织建设"]), None);
        // a date with placeholders before the name is the dated form's
        assert_eq!(org_only(&["大家积极参加。", "20xx年XX月18日 某工会"]), None);
    }
}
