//! A named part's label written again inside each numbered part: a 要点
//! whose `一、` and `二、` parts each hold a `总体目标:…` and a `具体目标:…`
//! paragraph names the targets of that part, not the document's goals
//! part (a document has one goals part). Input: the body's tokens; output:
//! the unnumbered part labels (`rank::PLAIN` heads naming a standard part,
//! not containers) that name the same part two or more times, each under a
//! different `一、` heading, made plain text again (they stay in their
//! section's text as written). One pass over the tokens.

use super::headings::Tok;
use super::labels::rank;
use super::parts::{special_of, Special};

/// The standard part an unnumbered part label names (its words before a
/// colon).
fn named(text: &str) -> Option<Special> {
    let head = text.split([':', '：']).next().unwrap_or(text);
    special_of(head).filter(|s| *s != Special::Schedule)
}

/// Makes repeated part labels inside numbered parts plain text.
pub(super) fn demote(toks: &mut [Tok]) {
    // (token index, the part it names, the `一、` heading it stands under)
    let mut seen: Vec<(usize, Special, usize)> = Vec::new();
    let mut under: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        if let Tok::Head { rank, text, .. } = t {
            if *rank == rank::CN {
                under = Some(i);
            } else if *rank == rank::PLAIN {
                if let (Some(sp), Some(u)) = (named(text), under) {
                    seen.push((i, sp, u));
                }
            }
        }
    }
    let again: Vec<usize> = seen
        .iter()
        .filter(|(_, sp, u)| seen.iter().any(|(_, s2, u2)| s2 == sp && u2 != u))
        .map(|(i, _, _)| *i)
        .collect();
    for i in again {
        let raw = toks[i].raw();
        toks[i] = Tok::Plain(raw);
    }
}

#[cfg(test)]
mod tests {
    use super::demote;
    use crate::core::import::headings::{tokens, Tok};

    fn plain(toks: &[Tok]) -> Vec<bool> {
        toks.iter().map(|t| matches!(t, Tok::Plain(_))).collect()
    }

    #[test]
    fn a_goals_label_under_each_numbered_part_is_text() {
        let lines = [
            "一、会员管理",
            "总体目标:会员信息全部录入系统。",
            "二、文体活动",
            "总体目标:每季度举办一次活动。",
        ];
        let mut toks = tokens(&lines);
        demote(&mut toks);
        assert_eq!(plain(&toks), [false, true, false, true]);
    }

    #[test]
    fn a_single_goals_label_or_one_under_no_numbered_part_stays() {
        let lines = [
            "工作目标:全年建会十家。",
            "一、组织建设",
            "抓好基层组织。",
            "二、文体活动",
            "工作目标:每季度举办一次活动。",
        ];
        let mut toks = tokens(&lines);
        demote(&mut toks);
        assert_eq!(plain(&toks), [false, false, true, false, false]);
    }
}
