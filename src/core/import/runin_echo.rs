//! A heading run into the next heading or sentence that opens on the
//! heading's own first words (`深入开展…活动,…建功立业|深入开展建功立业
//! 竞赛。`): a flattened copy that lost the label between a part's heading
//! and its first sub-heading, parallel headings opening on the same verb.

use super::runin::{han, sentence_end, MIN_LABEL};

/// How many of the heading's first characters the echo repeats.
const ECHO: usize = 4;
/// The longest heading looked at (characters).
const MAX_HEADING: usize = 56;
/// The longest echoed sentence (characters).
const MAX_ECHOED: usize = 20;

/// A character after which the echo is the object of what comes before
/// (`…影响了|工会组织的…`), not a new start.
fn takes_object(c: char) -> bool {
    matches!(
        c,
        '了' | '的'
            | '着'
            | '过'
            | '是'
            | '在'
            | '对'
            | '把'
            | '被'
            | '将'
            | '和'
            | '与'
            | '及'
            | '为'
            | '给'
            | '向'
            | '从'
            | '让'
            | '使'
            | '于'
            | '以'
    )
}

/// Where the run-on part begins: the place, within the first 56
/// characters and after at least one comma, where the heading's first four
/// characters (all Chinese) come again straight after a Chinese character
/// (no mark between), followed by a clause of its own. `f` is the folded
/// sentence; the answer is a character index into it.
pub(super) fn echoed_opening(f: &[char]) -> Option<usize> {
    if f.len() < 2 * ECHO || !f[..ECHO].iter().all(|c| han(*c)) {
        return None;
    }
    let mut commas = 0;
    let last = MAX_HEADING.min(f.len() - ECHO);
    for k in ECHO.max(MIN_LABEL)..=last {
        let c = f[k - 1];
        if matches!(c, '，' | ',') {
            commas += 1;
            continue;
        }
        if sentence_end(c) || matches!(c, '：' | ':') {
            return None;
        }
        if commas == 0 || !han(c) || takes_object(c) || f[k..k + ECHO] != f[..ECHO] {
            continue;
        }
        // the echo opens a short sentence of its own (the next heading, its
        // label lost): no comma before its end, which the text holds
        let clause = f[k..]
            .iter()
            .take(MAX_ECHOED + 1)
            .take_while(|c| !sentence_end(**c) && !matches!(c, '，' | ','))
            .count();
        if (ECHO + 2..=MAX_ECHOED).contains(&clause)
            && f.get(k + clause).is_some_and(|c| sentence_end(*c))
        {
            return Some(k);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::echoed_opening;

    fn split(s: &str) -> Option<String> {
        let f: Vec<char> = s.chars().collect();
        echoed_opening(&f).map(|k| f[..k].iter().collect())
    }

    #[test]
    fn a_heading_run_into_a_sub_heading_on_the_same_verb_ends_before_it() {
        assert_eq!(
            split("大力推进民主管理,切实保障职工的知情权和参与权大力推进厂务公开。要坚持每季度公开一次。")
                .as_deref(),
            Some("大力推进民主管理,切实保障职工的知情权和参与权")
        );
        // (traditional script alike: the words are compared as written)
        assert_eq!(
            split("積極開展文體活動,豐富職工業餘生活積極開展職工運動會。每年秋季舉辦一次。")
                .as_deref(),
            Some("積極開展文體活動,豐富職工業餘生活")
        );
    }

    #[test]
    fn no_echo_or_an_echo_after_a_mark_is_no_split() {
        // the same verb after a comma: a list of clauses in one heading
        assert_eq!(split("加强学习培训,加强队伍建设,提高服务水平。"), None);
        // one phrase: no comma before the echo
        assert_eq!(split("深入开展读书活动深入开展读书月活动的评比。"), None);
        // the echo the object of a verb (`…影响了|工会组织的…`)
        assert_eq!(
            split("工会组织的覆盖率不高,会员比率较低影响了工会组织的工作效果。"),
            None
        );
        // the echo opening a long clause of text, not a short sentence
        assert_eq!(
            split("加强队伍建设,提高素质加强队伍建设要从学习抓起,每月组织一次培训。"),
            None
        );
        // no echo at all
        assert_eq!(split("关心职工生活,做好帮扶工作,切实为职工办实事。"), None);
    }
}
