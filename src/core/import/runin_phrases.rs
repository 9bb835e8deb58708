//! `runin`'s phrase rules: a label of parallel four-character phrases
//! between `、` with a sentence run on after it, and a label of short
//! phrases between commas (which a space then ends).

use super::runin::{han, sentence_end, word_at, MIN_TEXT};

/// A label of three or more four-character phrases between `、`
/// (`提高认识、统一思想、加强领导`) with a sentence run on after the last
/// (`为确实有效提高…`): the character index where that sentence begins.
/// The first phrase may be longer, up to eight characters, as it often
/// carries the subject (`各部门相互协调、积极支持、密切配合|工会组织是…`).
pub(super) fn parallel_phrases(f: &[char]) -> Option<usize> {
    const PHRASE: usize = 4;
    const FIRST: usize = 8;
    let first = f.iter().take(FIRST + 1).position(|c| *c == '、');
    let mut k = match first {
        Some(n) if n > PHRASE && f[..n].iter().all(|c| han(*c)) => n + 1,
        _ => 0,
    };
    let mut phrases = usize::from(k > 0);
    loop {
        let phrase = f.get(k..k + PHRASE)?;
        if !phrase.iter().all(|c| han(*c)) {
            return None;
        }
        phrases += 1;
        k += PHRASE;
        if f.get(k) != Some(&'、') {
            break;
        }
        k += 1;
    }
    // what joins the phrases to more of the label (`…增强本领的`, `…等`);
    // a verb such as `为` begins the sentence
    let continues = [
        "的", "和", "与", "及", "并", "等", "中", "上", "工作", "方面", "活动",
    ]
    .iter()
    .any(|w| word_at(f, k, w));
    let text = f[k..]
        .iter()
        .take(MIN_TEXT)
        .take_while(|c| !sentence_end(**c))
        .count();
    (phrases >= 3 && f.get(k).is_some_and(|c| han(*c)) && !continues && text >= MIN_TEXT)
        .then_some(k)
}

/// Three or more phrases of two to eight characters between commas, and
/// nothing else (`加强领导,提高认识,理清思路,完善措施`).
pub(super) fn short_phrases(label: &[char]) -> bool {
    let mut n = 0;
    for p in label.split(|c| matches!(c, '，' | ',')) {
        if !(2..=8).contains(&p.len()) || !p.iter().all(|c| han(*c)) {
            return false;
        }
        n += 1;
    }
    n >= 3
}
