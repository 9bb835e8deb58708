//! A long clause of circumstance that opens a sentence (`runin`'s
//! `adverbial_at`): `在…的今天,`, `在…之际,`, `在…之时,` — 在, up to 32
//! characters (Chinese characters, digits, and `、` between two such
//! clauses: `在改革进入深层次、在竞争进入白热化的今天,`), then the word and a
//! comma. A heading run into such a clause ends before its 在.

use super::runin::han;

/// The longest such clause looked at (characters after 在, comma included).
const MAX_CLAUSE: usize = 33;

/// Whether a clause `在…的今天,` / `在…之际,` / `在…之时,` starts at `k`.
pub(super) fn long_circumstance(f: &[char], k: usize) -> bool {
    if f.get(k) != Some(&'在') {
        return false;
    }
    let Some(j) = f[k + 1..]
        .iter()
        .take(MAX_CLAUSE)
        .position(|c| matches!(c, '，' | ','))
    else {
        return false;
    };
    let body = &f[k + 1..k + 1 + j];
    let ends = |w: &[char]| body.len() >= w.len() + 4 && body.ends_with(w);
    body.iter()
        .all(|c| han(*c) || c.is_ascii_digit() || *c == '、')
        && (ends(&['的', '今', '天'])
            || ends(&['之', '际'])
            || ends(&['之', '時'])
            || ends(&['之', '时']))
}
