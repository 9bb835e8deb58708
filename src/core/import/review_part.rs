//! An unnumbered line naming the review of the work done (`工作的简要回顾`,
//! `工作回顾`) in a report whose top numbering is `(一)`, with no `一、` or
//! `第一部分` anywhere: a report to a union committee's plenary meeting
//! writes it over its `(一)…` sub-parts (`工作的简要回顾` / `20××年是…` /
//! `(一)适应改革,…`). It ranks as a `第一部分` above them, as a named part
//! holds its `(一)` (046's `主要工作`), so the `(一)` lines are its sub-parts.
//! Only a short line (up to 12 characters, no sentence punctuation or colon)
//! holding `工作` and ending on `回顾`, right above the first `(一)` heading
//! or above one paragraph and then that heading. Input: the body's tokens
//! after `headings::part_lines`.

use super::headings::Tok;
use super::labels::rank;
use super::normalise::{char_len, fold, has_sentence_punct, trim};

/// The longest such line (characters).
const MAX_LEN: usize = 12;

/// A line naming the review of the work (`工作的简要回顾`).
fn is_review_line(l: &str) -> bool {
    let t = trim(l);
    let f = fold(t);
    (4..=MAX_LEN).contains(&char_len(t))
        && !has_sentence_punct(t)
        && !t.contains([':', '\u{ff1a}'])
        && f.contains("工作")
        && f.ends_with("回顾")
}

pub(super) fn promote(toks: &mut [Tok]) {
    if toks
        .iter()
        .any(|t| matches!(t.rank(), Some(r) if r <= rank::CN))
    {
        return;
    }
    let Some(first) = toks.iter().position(|t| t.rank() == Some(rank::PAREN_CN)) else {
        return;
    };
    // the line right above it, or above one paragraph above it
    let at = [first.checked_sub(1), first.checked_sub(2)]
        .into_iter()
        .flatten()
        .find(|&i| match toks[i] {
            Tok::Plain(l) => {
                is_review_line(l)
                    && (i + 1 == first
                        || matches!(toks[i + 1], Tok::Plain(n) if has_sentence_punct(n)))
            }
            _ => false,
        });
    if let Some(i) = at {
        let Tok::Plain(l) = toks[i] else { return };
        toks[i] = Tok::Head {
            raw: l,
            label: "",
            rank: rank::PART,
            text: trim(l),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::is_review_line;

    #[test]
    fn a_short_line_naming_the_review_of_the_work() {
        assert!(is_review_line("工作的简要回顾"));
        assert!(is_review_line("工作回顾"));
        assert!(is_review_line("一年来的工作回顾"));
        // a sentence, a label, a long line, or no review is none
        assert!(!is_review_line("现将一年来的工作回顾如下:"));
        assert!(!is_review_line("回顾"));
        assert!(!is_review_line("工作的简要总结"));
        assert!(!is_review_line("二〇二四年全县工会系统主要工作的简要回顾"));
    }
}
