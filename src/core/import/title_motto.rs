//! A motto title of three or more short phrases set apart by spaces
//! (`抢抓新机遇 创造新优势 建立新功业`), alone on the first line over a
//! paragraph of text: a company's or a union's year plan is often headed so,
//! with no title word. Input: the first line and the line after it (`title`);
//! output: whether the first line is the title. Only the first line is looked
//! at (30 characters at most).

use super::normalise::{char_len, has_sentence_punct};

/// The shortest and longest phrase, and the fewest phrases.
const MIN_PHRASE: usize = 3;
const MAX_PHRASE: usize = 8;
const MIN_PHRASES: usize = 3;

/// Whether `l0` is three or more phrases of Chinese characters, one space
/// (or ideographic space) between each, over a paragraph of sentences.
pub(super) fn spaced_motto(l0: &str, next: Option<&str>) -> bool {
    let l = l0.trim();
    if char_len(l) > 30 || has_sentence_punct(l) {
        return false;
    }
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let phrases: Vec<&str> = l.split([' ', '\u{3000}']).collect();
    phrases.len() >= MIN_PHRASES
        && phrases
            .iter()
            .all(|p| (MIN_PHRASE..=MAX_PHRASE).contains(&char_len(p)) && p.chars().all(han))
        && next.is_some_and(|n| char_len(n) > 60 && has_sentence_punct(n))
}

/// A flattened copy's spaced motto title run into its text at a year
/// (`抢抓新机遇 创造新优势 建立新功业2010年集团工会…`): where the title
/// ends, the last phrase's Chinese characters followed by a year of four
/// digits and `年`. Looks at the first 40 characters only.
pub(super) fn glued(line: &str) -> Option<usize> {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let head: Vec<(usize, char)> = line.char_indices().take(40).collect();
    let mut phrases = 0;
    let mut run = 0;
    for (n, &(i, c)) in head.iter().enumerate() {
        if han(c) {
            run += 1;
            continue;
        }
        if !(MIN_PHRASE..=MAX_PHRASE).contains(&run) {
            return None;
        }
        phrases += 1;
        run = 0;
        if matches!(c, ' ' | '\u{3000}') {
            continue;
        }
        // the text opens on a year right after the last phrase
        let year = head
            .get(n..n + 5)
            .is_some_and(|w| w[..4].iter().all(|(_, d)| d.is_ascii_digit()) && w[4].1 == '年');
        return (year && phrases >= MIN_PHRASES).then_some(i);
    }
    None
}
