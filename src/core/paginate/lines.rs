//! Where a paragraph's lines break, as LibreOffice and Word set the DOCX
//! (28 condensed 仿宋 characters on the 156 mm line): widths in half
//! characters (Chinese and full-width forms 2, Latin letters, digits and
//! ASCII punctuation 1), a break allowed between any two Chinese
//! characters but not inside a run of Latin letters or digits (`2027`,
//! `APP`), closing punctuation that would start a line hangs at the end of
//! the line above (`w:overflowPunct`, on by default), opening punctuation
//! that would end a line moves down with what it opens, and spaces at a
//! break are swallowed.

use crate::core::export::escape::is_wide;

/// Width of one character in half characters of the body font.
pub fn half_width(c: char) -> u32 {
    if c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{feff}') {
        0
    } else if is_wide(c) {
        2
    } else {
        1
    }
}

/// Characters that may not begin a line (closing punctuation).
pub fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '”'
            | '’'
            | '…'
            | '—'
            | '·'
            | '％'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '%'
    )
}

/// Characters that may not end a line (opening punctuation).
pub fn no_line_end(c: char) -> bool {
    matches!(
        c,
        '（' | '《' | '「' | '『' | '【' | '〔' | '〈' | '“' | '‘' | '(' | '['
    )
}

/// Letters and digits that hold together as one word.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Char offsets where the lines of `chars` start (always `[0, …]`): the
/// first line holds `first` half characters, every further line `rest`.
pub fn line_starts(chars: &[char], first: u32, rest: u32) -> Vec<usize> {
    let mut starts = vec![0];
    let (n, mut cap, mut w, mut i) = (chars.len(), first.max(2), 0u32, 0usize);
    while i < n {
        // The next unbreakable token: a word of letters/digits or one char.
        let mut end = i + 1;
        if word_char(chars[i]) {
            while end < n && word_char(chars[end]) {
                end += 1;
            }
        }
        let tw: u32 = chars[i..end].iter().map(|&c| half_width(c)).sum();
        let line_start = *starts.last().unwrap_or(&0);
        if w + tw <= cap {
            w += tw;
            i = end;
            continue;
        }
        if i > line_start && end == i + 1 && no_line_start(chars[i]) {
            // Hanging punctuation: it stays at the end of this line.
            i = end;
            starts.push(i);
        } else if chars[i] == ' ' || chars[i] == '\u{3000}' {
            while i < n && (chars[i] == ' ' || chars[i] == '\u{3000}') {
                i += 1;
            }
            if i < n {
                starts.push(i);
            }
        } else if i == line_start {
            // A word longer than the line: break it where the line is full.
            let mut j = i;
            let mut ww = 0;
            while j < end && ww + half_width(chars[j]) <= cap {
                ww += half_width(chars[j]);
                j += 1;
            }
            i = j.max(i + 1);
            starts.push(i);
        } else {
            // Break before the token, taking an opening bracket along.
            let mut at = i;
            if at - 1 > line_start && no_line_end(chars[at - 1]) {
                at -= 1;
            }
            starts.push(at);
            i = at;
        }
        cap = rest.max(2);
        w = 0;
    }
    if starts.len() > 1 && starts.last() == Some(&n) {
        starts.pop();
    }
    starts
}

/// Number of lines of a text (at least one).
pub fn count_lines(text: &str, first: u32, rest: u32) -> usize {
    let chars: Vec<char> = text.chars().collect();
    line_starts(&chars, first, rest).len()
}
