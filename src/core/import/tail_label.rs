//! A level-1 heading run onto the end of the line before it after a space
//! (`…5、营造和谐的生活氛围 三、主要工作`: a page's text layer that put the
//! next heading on the last item's line). When the label continues the
//! `一、` headings read so far by one and its name is short, with nothing
//! after it, it gets a line of its own. Only a line's last 16 characters
//! are looked at. Input: the lines of a text that is not flattened; output:
//! the same characters, some lines split in two.

use super::labels::{parse_label, rank};
use super::normalise::{char_len, is_space, trim};
use super::reflow::{is_cjk, label_value};

/// The most characters of a run-on heading (its label and name).
const TAIL: usize = 16;

pub(super) fn split(out: &mut Vec<String>) {
    let mut last: Option<u32> = None;
    let mut i = 0;
    while i < out.len() {
        if matches!(parse_label(&out[i]), Some((rank::CN, _))) {
            last = label_value(&out[i]).or(last);
        } else if let Some(k) = last.and_then(|p| run_on(&out[i], p + 1)) {
            let tail = out[i].split_off(k);
            let head = trim(&out[i]).to_string();
            out[i] = head;
            out.insert(i + 1, tail);
            last = last.map(|p| p + 1);
            i += 1;
        }
        i += 1;
    }
}

/// Where a heading labelled `want` (`三、主要工作`) starts after a space at
/// the end of `line`, with text before it.
fn run_on(line: &str, want: u32) -> Option<usize> {
    let start = line
        .char_indices()
        .rev()
        .nth(TAIL - 1)
        .map_or(0, |(i, _)| i);
    let (j, c) = line[start..]
        .char_indices()
        .filter(|(_, c)| is_space(*c))
        .last()?;
    let k = start + j + c.len_utf8();
    let tail = &line[k..];
    let (r, len) = parse_label(tail)?;
    let name = tail[len..].trim_end_matches([':', '：']);
    let short =
        (2..=12).contains(&char_len(name)) && name.chars().all(is_cjk) && !name.contains('月');
    (r == rank::CN && label_value(tail) == Some(want) && short && !trim(&line[..k]).is_empty())
        .then_some(k)
}
