//! An opening's last sentence announcing the parts (`现将…总结如下:`) with
//! the first level-1 heading run on after its colon on the same line
//! (`…总结如下:一、完成的各项工作指标…`): `reflow` sets the heading on a line
//! of its own (also after `以下:`, a text layer's rewording of `如下`, and
//! after `…以下几个方面:`; the heading `一、`, or `(一)` where the parts are
//! numbered so). Only
//! the characters right after `如下` `以下` are looked at. Also
//! the first heading run on right after a title word in the first 60
//! characters of the first lines (`…2024年打算一、工会联合会工作总结…`, a
//! title written twice by a text layer before it), and such a title written
//! twice at the start of the first line set apart from its second copy.

use super::labels::{parse_label, rank};
use super::normalise::{fold, is_space};
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

/// The shortest title looked for written twice (characters), and the
/// shortest when it ends on a title word (`工会工作计划工会工作计划是指…`).
const MIN_DOUBLED: usize = 8;
const MIN_DOUBLED_KIND: usize = 6;
const KIND_WORDS: [&str; 6] = ["计划", "总结", "要点", "方案", "思路", "报告"];
/// The longest (characters, pinyin in brackets included).
const MAX_DOUBLED: usize = 80;

/// A text layer's title written twice at the start of the first line
/// (`回顾…经验教训回顾…经验教训`, `…交流发言…交流发言尊敬的…`): where the
/// second copy begins. The copy holds no sentence end and no label; a
/// space or two may stand between the copies (a flattened text layer,
/// `…座谈会上的发言 …座谈会上的发言第 1 篇`).
pub(super) fn doubled_title(line: &str) -> Option<usize> {
    let cs: Vec<(usize, char)> = line.char_indices().take(2 * MAX_DOUBLED + 2).collect();
    (MIN_DOUBLED_KIND..=cs.len() / 2).find_map(|n| {
        let gap = cs[n..]
            .iter()
            .take(2)
            .take_while(|(_, c)| is_space(*c))
            .count();
        let (a, b) = (&cs[..n], cs.get(n + gap..2 * n + gap)?);
        let same = a.iter().zip(b).all(|(x, y)| x.1 == y.1);
        let min = if n < MIN_DOUBLED {
            let end: String = a[n - 2..].iter().map(|(_, c)| *c).collect();
            if !KIND_WORDS.contains(&end.as_str()) {
                return None;
            }
            MIN_DOUBLED_KIND
        } else {
            MIN_DOUBLED
        };
        let title = a
            .iter()
            .all(|(_, c)| !matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | ':' | '：'))
            && a.iter().filter(|(_, c)| *c > '\u{3400}').count() >= min;
        (same && title && parse_label(line).is_none()).then_some(b[0].0)
    })
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
    // (`…小结以下:一、…`: a text layer's rewording of 如下)
    let colon = |c: char| matches!(c, ':' | '：');
    // a report put to a congress (`…向大会报告工作,请予审议。一、…`)
    let stop = |c: char| matches!(c, '。' | '！' | '!');
    // (`…体现在以下几个方面:(一)…`: the parts announced by their number)
    ["如下", "以下", "方面"]
        .iter()
        .filter_map(|w| after_word(line, w, colon))
        .chain(
            ["请予审议", "请审议", "予以审议"]
                .iter()
                .filter_map(|w| after_word(line, w, stop)),
        )
        .chain(announcement_cut_short(line))
        .min()
}

/// A first `一、` heading at `after` (not `一、二月`, `一、二、三等奖`), or a
/// first `(一)` (a summary whose parts are numbered so).
fn first_heading(after: &str) -> bool {
    if ["(一)", "（一）"].iter().any(|p| after.starts_with(p)) {
        return true;
    }
    let Some(rest) = after.strip_prefix('一') else {
        return false;
    };
    let mut next = rest.trim_start_matches(['、', '，', ',']).chars();
    let pair = next.next().is_some_and(|c| matches!(c, '二' | '三' | '四'))
        && next
            .next()
            .is_some_and(|c| matches!(c, '、' | '，' | ',' | '月' | '至' | '等'));
    parse_label(after).is_some_and(|(r, _)| r == rank::CN) && !pair
}

fn after_word(line: &str, word: &str, end: impl Fn(char) -> bool) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = line[from..].find(word) {
        let at = from + k + word.len();
        let rest = &line[at..];
        if let Some(c) = rest.chars().next().filter(|c| end(*c)) {
            if first_heading(&rest[c.len_utf8()..]) {
                return Some(at + c.len_utf8());
            }
        }
        from = at;
    }
    None
}

/// The longest announcement looked at after `现将` (characters).
const CUT_SHORT: usize = 16;

/// An opening's `现将…总结如下:` that a copy cut short, the first heading
/// run on after a few words (`…现将上半年工会一、不断学习,…`, `…現做總結一、…`):
/// `现将` (`现把` `现做` `现就`) after a sentence end, then up to 16
/// characters without punctuation, then `一、`.
fn announcement_cut_short(line: &str) -> Option<usize> {
    // (folded: `現將`; folding keeps every character's byte length)
    let folded = fold(line);
    let mut from = 0;
    while let Some(k) = folded[from..]
        .match_indices('现')
        .map(|(k, _)| k)
        .find(|k| {
            ["现将", "现把", "现做", "现就"]
                .iter()
                .any(|w| folded[from + k..].starts_with(w))
        })
    {
        let at = from + k;
        from = at + "现将".len();
        let led = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '。' | '；' | ';' | '！' | '!'));
        if !led {
            continue;
        }
        for (j, c) in line[from..].char_indices().take(CUT_SHORT) {
            if !super::reflow::is_cjk(c) {
                break;
            }
            if c == '一' && j > 0 && first_heading(&line[from + j..]) {
                return Some(from + j);
            }
        }
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
    fn a_title_written_twice_is_set_apart_from_its_second_copy() {
        use super::doubled_title;
        let l = "某某工会主席在全会上的交流发言某某工会主席在全会上的交流发言尊敬的各位领导:";
        let k = doubled_title(l).expect("a doubled title");
        assert_eq!(&l[..k], "某某工会主席在全会上的交流发言");
        // a space between the copies (a flattened text layer)
        let l = "某某镇在全市工会会议上的发言 某某镇在全市工会会议上的发言第 1 篇 各位领导:";
        let k = doubled_title(l).expect("a doubled title with a space");
        assert_eq!(l[..k].trim(), "某某镇在全市工会会议上的发言");
        // a short repeat, or a sentence, is none
        assert_eq!(doubled_title("工会工会工会工会工作很好"), None);
        assert_eq!(
            doubled_title("做好工作。做好工作。做好工作。做好工作。"),
            None
        );
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

    #[test]
    fn the_first_heading_after_a_report_or_a_cut_short_announcement_starts_a_line() {
        let l =
            "我代表工会委员会向大会报告工作,请予审议。一、三年来的回顾2020年以来,我们走访会员。";
        let k = heading_after_lead_in(l).expect("a run-on heading");
        assert!(l[k..].starts_with("一、三年来的回顾"));
        // `现将…如下:` with its last words lost in the copy
        let l = "工会办了几件实事。现将本年度工会一、关心会员,办好实事。今年走访会员。";
        let k = heading_after_lead_in(l).expect("a run-on heading");
        assert!(l[k..].starts_with("一、关心会员"));
        // traditional script, and `现做` for `现将`
        let l = "工作取得了成績。現做總結一、關心會員,辦好實事。";
        let k = heading_after_lead_in(l).expect("a run-on heading");
        assert!(l[k..].starts_with("一、關心會員"));
        // a month pair, a `现将` inside a sentence, or a long way on is none
        assert_eq!(
            heading_after_lead_in("工作很多。现将一、二月份的安排通知各组。"),
            None
        );
        assert_eq!(heading_after_lead_in("我们现将一、关心会员"), None);
        assert_eq!(
            heading_after_lead_in(
                "工作很多。现将全体会员同志们在本年度内完成的所有工作一、关心会员"
            ),
            None
        );
    }
}
