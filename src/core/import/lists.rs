//! A bare list is no outline: numbered lines of a lower form (`1、` `1.`
//! `01.` `(1)` `①`) that stand one right under another, with no text line
//! between any two and no heading of another form anywhere in the body,
//! each one sentence (no heading sentence with its text run on after it,
//! `1.做好慰问工作。节日前…`), are the items of a list (a summary's `现总结如下:` then `1、…` `2、…`, one
//! line each), not level-1 headings with empty parts. They are text again
//! (the opening keeps them). Input: the body's tokens; output: the same
//! tokens, some `Head`s made `Plain`.

use super::headings::Tok;
use super::labels::rank;

/// The fewest items that make a list (three numbered lines may be short
/// headings whose parts the copy lost).
const MIN_ITEMS: usize = 4;

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
    let sentences = at.iter().all(|&i| match &toks[i] {
        Tok::Head { text, .. } => one_sentence(text),
        _ => false,
    });
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
