//! Paragraphs led by a dash and their heading sentence, with no numbering
//! anywhere (`——认清形势,振奋精神,做好…工作。广泛开展…`): each such
//! paragraph is an unnumbered level-1 heading, the dash its label (dropped
//! like numbering), when three or more paragraphs have that form. Input:
//! the body's tokens (`headings`); output: the same tokens, such paragraphs
//! made `rank::PLAIN` headings whose text `body` splits at the first `。`.
//! A dash-led line of its own that reads as a heading of two phrases or
//! more, over a paragraph, is such a heading too, even alone.

use super::headings::Tok;
use super::labels::rank;
use super::normalise::{char_len, strip_pinyin};

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

/// A line of its own led by a dash (`——全面实施…劳动竞赛,动员…建功立业.`):
/// a heading of two phrases or more, 12 to 60 characters, no sentence end
/// but at its end; the dash's byte length. (An attribution, `——摘自…`, is
/// short and has no comma.)
fn dash_line(line: &str) -> Option<usize> {
    let dash = line.chars().take_while(|c| matches!(c, '—' | '－')).count();
    if dash < 2 {
        return None;
    }
    let len = dash * '—'.len_utf8();
    let body = line.get(len..)?.trim_end();
    let head = body.trim_end_matches(['。', '.', '；', ';', '！', '!']);
    // (a site's pinyin after a character, `發(fā)展`, left out of the count)
    let n = char_len(&strip_pinyin(head));
    ((12..=60).contains(&n)
        && head.contains(['，', ','])
        && !head.contains(['。', '；', ';', '！', '!', '？', '?']))
    .then_some(len)
}

/// Makes dash-led paragraphs headings when the body has no numbered or
/// month headings and three or more paragraphs have that form.
pub(super) fn promote(toks: &mut [Tok]) {
    if toks.iter().any(|t| !matches!(t, Tok::Plain(_))) {
        return;
    }
    let mut dashed: Vec<Option<usize>> = toks.iter().map(|t| dash_lead(t.raw())).collect();
    if dashed.iter().flatten().count() < MIN_RUN {
        // a dash-led heading on a line of its own over paragraphs
        dashed = (0..toks.len())
            .map(|i| {
                dash_line(toks[i].raw()).filter(|_| {
                    toks.get(i + 1)
                        .is_some_and(|n| dash_line(n.raw()).is_none() && char_len(n.raw()) > 40)
                })
            })
            .collect();
        if dashed.iter().flatten().count() == 0 {
            return;
        }
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
