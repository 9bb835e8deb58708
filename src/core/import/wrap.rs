//! PDF line breaks inside sentences joined again (a `reflow` step): a line
//! that ends inside a sentence runs on into the next one that starts with
//! text, at the usual width of web and PDF copies or at the narrower width
//! a PDF's text layer shows in the lengths of its lines (GB/T 9704's 28
//! characters a line); a page number glued to the end of a wrapped line is
//! set apart. Input: the text's non-blank lines and which of them follow a
//! blank line; output: the lines joined.

use super::labels::parse_label;
use super::lines::is_page_number;
use super::months::parse_month_line;
use super::normalise::{char_len, first_char, is_space, strip_pinyin, trim};
use super::reflow::is_cjk;

/// A wrapped line is at least this long …
const WRAP_MIN: usize = 35;
/// … and a wrapped numbered line this long (a long heading with commas
/// and no full stop is followed by its text, not by its own second half).
const WRAP_HEADING: usize = 40;

/// PDF line breaks inside sentences removed: a line of `WRAP_MIN` or more
/// characters ending in a Chinese character (no sentence end, no heading
/// mark) runs on into the next line when that one starts with a Chinese
/// character and is no numbered or month heading.
pub(super) fn join_wrapped(lines: Vec<String>, blank_before: &[bool]) -> Vec<String> {
    let starts_text = |l: &str| {
        first_char(l).is_some_and(|c| is_cjk(c) || "“\"《".contains(c))
            && parse_label(l).is_none()
            && parse_month_line(l).is_none()
    };
    // a page number glued to the end of a wrapped line (`…各 1` / `項制度`)
    // goes on a line of its own (dropped later as a page number)
    let mut split: Vec<(String, bool)> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let blank = blank_before.get(i).copied().unwrap_or(false);
        let next_text = lines.get(i + 1).is_some_and(|n| starts_text(n));
        match l.rsplit_once(is_space) {
            Some((body, num))
                if next_text
                    && is_page_number(num)
                    && char_len(body) >= WRAP_MIN
                    && body.chars().last().is_some_and(is_cjk) =>
            {
                split.push((trim(body).to_string(), blank));
                split.push((num.to_string(), false));
            }
            _ => split.push((l.clone(), blank)),
        }
    }
    let wrap_min = wrap_width(&split);
    let mut out: Vec<String> = Vec::with_capacity(split.len());
    let mut run_on = false;
    // the width of a numbered heading that may run on (`heading_runs_on`)
    let mut heading_w: Option<usize> = None;
    for (l, blank) in split {
        // a blank line before it: a new paragraph
        run_on &= !blank;
        if run_on && is_page_number(&l) && out.len() > 0 {
            // a page number between the halves of a sentence: set before it
            let k = out.len() - 1;
            out.insert(k, l);
            continue;
        }
        let starts_text = starts_text(&l);
        run_on &= heading_w.is_none_or(|w| heading_runs_on(w, width(&l)));
        match out.last_mut() {
            Some(prev) if run_on && starts_text => prev.push_str(&l),
            _ => out.push(l),
        }
        let last = out.last().map(String::as_str).unwrap_or("");
        // a numbered heading runs on only when longer than headings are (a
        // numbered line holding a sentence end is a paragraph)
        let sentence = last.contains(['。', '；', ';']);
        let numbered = parse_label(last).is_some() && !sentence;
        heading_w = numbered.then(|| width(last));
        let min = if numbered {
            WRAP_HEADING.max(wrap_min)
        } else {
            wrap_min
        };
        run_on = width(last) >= min
            && last
                .chars()
                .last()
                .is_some_and(|c| is_cjk(c) || matches!(c, '，' | ',' | '、'))
            && (last.chars().any(|c| matches!(c, '，' | ',' | '、'))
                // at a PDF's own narrow width, a line without a comma
                // (`…依照《中华人民共和国工会` / `法》…`) that is no heading
                || (wrap_min < WRAP_MIN
                    && parse_label(last).is_none()
                    && (wrap_min..=wrap_min + 3).contains(&char_len(last))));
    }
    out
}

/// Whether a long numbered heading line `w` characters wide runs on into
/// a next line `next` characters wide: a copy that wraps its lines at the
/// heading's width has no line half as wide again after it, so a next line
/// that much wider is a paragraph written on one line and the heading ends
/// where its line does (`一、…提高工会干部的服务意识和责任意识` / `市直…。…`).
fn heading_runs_on(w: usize, next: usize) -> bool {
    next <= w + w / 2
}

/// A line's width in characters, leaving out the pinyin some sites put in
/// brackets after characters (`活動(dòng)`): it adds no width to the line as
/// written, so a heading with it is no longer than headings are.
fn width(l: &str) -> usize {
    if l.contains(['(', '（']) {
        char_len(&strip_pinyin(l))
    } else {
        char_len(l)
    }
}

/// The shortest line that counts as wrapped: `WRAP_MIN`, or less when a
/// PDF's text layer wraps at a narrower width (GB/T 9704's 28 characters a
/// line): five lines or more, two thirds of those that end inside a sentence
/// (20 characters or more), within a few characters of one length, and a
/// sentence end inside one line of that length.
fn wrap_width(lines: &[(String, bool)]) -> usize {
    const SHORTEST: usize = 20;
    let lens: Vec<usize> = lines
        .iter()
        .filter(|(l, _)| {
            l.chars()
                .last()
                .is_some_and(|c| is_cjk(c) || matches!(c, '，' | ',' | '、'))
        })
        .map(|(l, _)| char_len(l))
        .filter(|n| (SHORTEST..WRAP_MIN).contains(n))
        .collect();
    let ended_inside = lines
        .iter()
        .filter(|(l, _)| char_len(l) >= SHORTEST)
        .filter(|(l, _)| {
            l.chars()
                .last()
                .is_some_and(|c| is_cjk(c) || matches!(c, '，' | ',' | '、'))
        })
        .count();
    // a wrapped paragraph has sentence ends inside lines of that width (a
    // list of short items has none)
    let sentence_inside = |w: usize| {
        lines.iter().any(|(l, _)| {
            (w - 2..=w + 1).contains(&char_len(l))
                && l.trim_end_matches(['。', '；', ';'])
                    .contains(['。', '；', ';'])
        })
    };
    (SHORTEST + 2..WRAP_MIN)
        .map(|w| {
            (
                lens.iter().filter(|n| (w - 2..=w + 1).contains(*n)).count(),
                w,
            )
        })
        .max()
        .filter(|(count, w)| *count >= 5 && 3 * count >= 2 * ended_inside && sentence_inside(*w))
        .map_or(WRAP_MIN, |(_, w)| w - 2)
}
