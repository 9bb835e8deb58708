//! Filters on the first and last characters of the run-in rules' word
//! lists. `runin::text_start` tries some 150 words at each of ~20 places of
//! every numbered line's first sentence; at most places no word of a list
//! can start (or end) there, and one bit test says so before any word is
//! compared. A mask has a bit per character code modulo 128, so a set bit
//! only means "maybe": the words are still compared where it is set.

/// The bits of the words' first characters.
pub(super) const fn first_mask(words: &[&str]) -> u128 {
    let mut mask = 0;
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes();
        if !b.is_empty() {
            mask |= bit(decode(b, 0));
        }
        i += 1;
    }
    mask
}

/// The bits of the words' last characters.
pub(super) const fn last_mask(words: &[&str]) -> u128 {
    let mut mask = 0;
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes();
        if !b.is_empty() {
            // back over the continuation bytes to the last character's first
            let mut at = b.len() - 1;
            while at > 0 && b[at] & 0xC0 == 0x80 {
                at -= 1;
            }
            mask |= bit(decode(b, at));
        }
        i += 1;
    }
    mask
}

/// Whether a word whose first (or last) characters make `mask` may have
/// `c` there.
#[inline]
pub(super) fn may_be(mask: u128, c: char) -> bool {
    mask & bit(c as u32) != 0
}

const fn bit(code: u32) -> u128 {
    1 << (code & 127)
}

/// The character starting at byte `at` of valid UTF-8 `b`.
const fn decode(b: &[u8], at: usize) -> u32 {
    let b0 = b[at] as u32;
    if b0 < 0x80 {
        b0
    } else if b0 < 0xE0 {
        ((b0 & 0x1F) << 6) | cont(b, at + 1)
    } else if b0 < 0xF0 {
        ((b0 & 0x0F) << 12) | (cont(b, at + 1) << 6) | cont(b, at + 2)
    } else {
        ((b0 & 0x07) << 18) | (cont(b, at + 1) << 12) | (cont(b, at + 2) << 6) | cont(b, at + 3)
    }
}

const fn cont(b: &[u8], at: usize) -> u32 {
    (b[at] & 0x3F) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: [&str; 3] = ["工会", "a组", "首先"];

    #[test]
    fn every_words_first_and_last_character_passes_its_mask() {
        let first = first_mask(&WORDS);
        let last = last_mask(&WORDS);
        for w in WORDS {
            assert!(may_be(first, w.chars().next().unwrap()), "{w}");
            assert!(may_be(last, w.chars().last().unwrap()), "{w}");
        }
    }

    #[test]
    fn a_character_none_starts_is_mostly_turned_away() {
        let first = first_mask(&WORDS);
        // of the 128 bits, only the three first characters' are set
        assert_eq!(first.count_ones(), 3);
        assert!(!may_be(first, '会'));
        assert!(!may_be(first, '组'));
    }
}
