//! An opening's last sentence announcing the parts (`现将…总结如下:`) with
//! the first level-1 heading run on after its colon on the same line
//! (`…总结如下:一、完成的各项工作指标…`): `reflow` sets the heading on a line
//! of its own. Only the characters right after `如下` are looked at. Also
//! the first heading run on right after a title word in the first 60
//! characters of the first lines (`…2024年打算一、工会联合会工作总结…`, a
//! title written twice by a text layer before it).

use super::labels::{parse_label, rank};
use super::normalise::fold;
use super::title::TITLE_ENDINGS;

/// Where a first `一、` heading run on right after a title word (`…打算一、…`)
/// begins, within the first 60 characters of `line`.
pub(super) fn heading_after_title_word(line: &str) -> Option<usize> {
    let end = line.char_indices().nth(60).map_or(line.len(), |(i, _)| i);
    let head = &line[..end];
    let mut best: Option<usize> = None;
    for (i, _) in head.match_indices('一') {
        let before = &head[..i];
        let after = &line[i..];
        let word: String = before
            .chars()
            .rev()
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if i > 0
            && TITLE_ENDINGS.contains(&fold(&word).as_str())
            && parse_label(after).is_some_and(|(r, _)| r == rank::CN)
        {
            best = Some(i);
            break;
        }
    }
    best
}

/// Splits the first of the first `n` lines where `find` finds a run-on
/// heading, the heading on a line of its own.
pub(super) fn split_at(out: &mut Vec<String>, n: usize, find: fn(&str) -> Option<usize>) {
    if let Some((i, k)) = out
        .iter()
        .take(n)
        .enumerate()
        .find_map(|(i, l)| find(l).map(|k| (i, k)))
    {
        let rest = out[i].split_off(k);
        out.insert(i + 1, rest);
    }
}

/// Where the run-on first heading begins in `line`, if it holds one.
pub(super) fn heading_after_lead_in(line: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = line[from..].find("如下") {
        let at = from + k + "如下".len();
        let rest = &line[at..];
        if let Some(c) = rest.chars().next().filter(|c| matches!(c, ':' | '：')) {
            let after = &rest[c.len_utf8()..];
            let first =
                after.starts_with('一') && parse_label(after).is_some_and(|(r, _)| r == rank::CN);
            if first {
                return Some(at + c.len_utf8());
            }
        }
        from = at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::heading_after_lead_in;

    #[test]
    fn the_first_heading_run_on_after_a_title_word_starts_a_line() {
        use super::heading_after_title_word;
        let l = "某某工会2023年工作总结一、关心会员生活一年来走访会员。";
        let k = heading_after_title_word(l).expect("a run-on heading");
        assert_eq!(&l[k..], "一、关心会员生活一年来走访会员。");
        // `一、` after other words, or no label, is left as it is
        assert_eq!(heading_after_title_word("工会工作一、二月份开展活动"), None);
        assert_eq!(heading_after_title_word("做好总结一年来的工作"), None);
    }

    #[test]
    fn the_first_heading_after_an_announcing_colon_starts_a_line() {
        let l = "现将一年来的工作报告如下:一、关心会员生活1. 走访会员。";
        let k = heading_after_lead_in(l).expect("a run-on heading");
        assert_eq!(&l[k..], "一、关心会员生活1. 走访会员。");
        // an item list or a later heading after the colon is left as it is
        assert_eq!(heading_after_lead_in("安排如下:1、走访会员。"), None);
        assert_eq!(heading_after_lead_in("情况如下:三、其他"), None);
        assert_eq!(heading_after_lead_in("如下所述。"), None);
    }
}
