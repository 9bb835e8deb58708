//! Paragraphs led by a dash and their heading sentence, with no numbering
//! anywhere (`——认清形势,振奋精神,做好…工作。广泛开展…`): each such
//! paragraph is an unnumbered level-1 heading, the dash its label (dropped
//! like numbering), when three or more paragraphs have that form. Input:
//! the body's tokens (`headings`); output: the same tokens, such paragraphs
//! made `rank::PLAIN` headings whose text `body` splits at the first `。`.

use super::headings::Tok;
use super::labels::rank;
use super::normalise::char_len;

/// How many paragraphs must have the form.
const MIN_RUN: usize = 3;
/// The longest heading sentence (characters, up to its `。`).
const MAX_HEAD: usize = 40;

/// The dash leading a paragraph whose first sentence is a heading: its byte
/// length.
fn dash_lead(line: &str) -> Option<usize> {
    let dash = line.chars().take_while(|c| matches!(c, '—' | '－')).count();
    if dash < 2 {
        return None;
    }
    let len = dash * '—'.len_utf8();
    let body = line.get(len..)?;
    let head = body.split('。').next()?;
    let n = char_len(head);
    ((4..=MAX_HEAD).contains(&n) && body.len() > head.len() && !head.contains(['；', ';']))
        .then_some(len)
}

/// Makes dash-led paragraphs headings when the body has no numbered or
/// month headings and three or more paragraphs have that form.
pub(super) fn promote(toks: &mut [Tok]) {
    if toks.iter().any(|t| !matches!(t, Tok::Plain(_))) {
        return;
    }
    let dashed: Vec<Option<usize>> = toks.iter().map(|t| dash_lead(t.raw())).collect();
    if dashed.iter().flatten().count() < MIN_RUN {
        return;
    }
    for (t, d) in toks.iter_mut().zip(dashed) {
        if let Some(len) = d {
            let raw = t.raw();
            *t = Tok::Head {
                raw,
                label: &raw[..len],
                rank: rank::PLAIN,
                text: &raw[len..],
            };
        }
    }
}
