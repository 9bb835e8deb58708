//! An announcement's serial number on the line under its title
//! (`某某学校工会公告` / `(第1号)`, `（第三号）`): the number belongs to the
//! title block, as a `(试行)` note does. Input: the line under a title;
//! output: whether it is such a number. Looks at that line only.

use super::normalise::{char_len, trim};

/// The longest number inside the brackets (characters).
const MAX_DIGITS: usize = 3;

/// `(第1号)`: brackets holding 第, a number in digits or numerals, 号.
pub(super) fn serial_note(l: &str) -> bool {
    let inner = trim(l)
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']))
        .and_then(|i| i.strip_prefix('第'))
        .and_then(|i| i.strip_suffix(['号', '號']));
    inner.is_some_and(|n| {
        (1..=MAX_DIGITS).contains(&char_len(n))
            && n.chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十〇".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::serial_note;

    #[test]
    fn a_bracketed_serial_number_is_part_of_the_title_block() {
        assert!(serial_note("(第1号)"));
        assert!(serial_note("（第十二号）"));
        // a note in words, a sentence, or a bare number are not
        assert!(!serial_note("（草案）"));
        assert!(!serial_note("(第1号文件已下发,请各组传达)"));
        assert!(!serial_note("(1)"));
    }
}
