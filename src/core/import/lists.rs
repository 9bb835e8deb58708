//! A bare list is no outline: numbered lines of a lower form (`1、` `1.`
//! `01.` `(1)` `①`) that stand one right under another, with no text line
//! between any two and no heading of another form anywhere in the body,
//! each one sentence (no heading sentence with its text run on after it,
//! `1.做好慰问工作。节日前…`; in a list of six or more, one such item is
//! allowed), are the items of a list (a summary's `现总结如下:` then `1、…` `2、…`, one
//! line each), not level-1 headings with empty parts. They are text again
//! (the opening keeps them). Input: the body's tokens; output: the same
//! tokens, some `Head`s made `Plain`.

use super::headings::Tok;
use super::labels::rank;

/// The fewest items that make a list (three numbered lines may be short
/// headings whose parts the copy lost).
const MIN_ITEMS: usize = 4;
/// A list this long may hold one item of more than one sentence.
const LONG_LIST: usize = 6;

pub(super) fn demote_bare_lists(toks: &mut [Tok]) {
    let mut top: Option<u8> = None;
    for t in toks.iter() {
        match t {
            Tok::Month { .. } => return,
            Tok::Head { rank, .. } => {
                // a higher form or an unnumbered heading: an outline
                if *rank < rank::ARABIC || *rank == rank::PLAIN {
                    return;
                }
                top = Some(top.map_or(*rank, |r| r.min(*rank)));
            }
            Tok::Plain(_) => {}
        }
    }
    let Some(top) = top else { return };
    let at: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.rank() == Some(top))
        .map(|(i, _)| i)
        .collect();
    // one run: each label's line right under the one before, counting on
    let values: Vec<Option<u32>> = at
        .iter()
        .map(|&i| match &toks[i] {
            Tok::Head { label, .. } => super::reflow::label_value(label),
            _ => None,
        })
        .collect();
    let adjacent = at.windows(2).all(|w| w[1] == w[0] + 1);
    // (in a long list, one item of two sentences is still an item: a
    // heading sentence with its text run on would come in every item)
    let multi = at
        .iter()
        .filter(|&&i| !matches!(&toks[i], Tok::Head { text, .. } if one_sentence(text)))
        .count();
    let sentences = multi == 0 || (multi == 1 && at.len() >= LONG_LIST);
    let counting = values
        .windows(2)
        .all(|w| matches!((w[0], w[1]), (Some(a), Some(b)) if b == a + 1));
    if at.len() < MIN_ITEMS || !adjacent || !sentences || !counting || values[0] != Some(1) {
        return;
    }
    for i in at {
        let raw = toks[i].raw();
        toks[i] = Tok::Plain(raw);
    }
}

/// No sentence ends before the line's end (`。` `；` `！` `？` only last).
fn one_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?' | '.')
    });
    !t.contains(['。', '；', ';', '！', '？', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::super::headings::tokens;
    use super::*;

    fn heads(lines: &[&str]) -> usize {
        let mut toks = tokens(lines);
        demote_bare_lists(&mut toks);
        toks.iter().filter(|t| t.rank().is_some()).count()
    }

    #[test]
    fn a_long_list_with_one_item_of_two_sentences_is_a_list() {
        let lines = [
            "一年来,工会完成以下工作。",
            "1、推选张老师为市劳动模范。",
            "2、推选李老师为师德先进个人。",
            "3、召开教代会,讨论通过了校长工作报告。审议了财务工作报告。",
            "4、组织会员开展赛课活动。",
            "5、组织全体会员开展春游活动。",
            "6、组织新年音乐联谊会。",
        ];
        assert_eq!(heads(&lines), 0);
        // a short list with such an item keeps its headings
        assert_eq!(
            heads(&[lines[0], lines[1], lines[2], lines[3], lines[4]]),
            4
        );
        // and so does a list whose items are heading sentences with text
        let lines = [
            "1、做好慰问工作。节日前走访困难职工。",
            "2、开展文体活动。组织篮球比赛。",
            "3、加强组织建设。发展新会员。",
            "4、维护职工权益。召开职代会。",
            "5、推进厂务公开。每季度公开一次。",
            "6、抓好女工工作。组织女工体检。",
        ];
        assert_eq!(heads(&lines), 6);
    }
}
