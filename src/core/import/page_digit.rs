//! A page number a converter set inside a heading line: a document site's
//! text of a Word or PDF file may carry the page's number into the line
//! where the page broke, between spaces (`一、 深入开展…,不断推进职工 1 队伍
//! 建设,…`). In a `一、` heading line that spaces no other number (a text
//! layer that writes `2020 年` spaces them all), one to three digits
//! between single spaces, Chinese characters on both sides, with no word of
//! count after them (`3 次` `15 名` `600 多`) and none that takes a number
//! before them (`第 2` `共 5` `达 8`), are the page number: dropped (traced),
//! the two halves joined. Input: the text; output: the text without such
//! numbers, or None. Looks at the lines that open with `一、`-form labels.

use super::labels::{label_core, rank};
use super::trace::{Ctx, Dropped};

fn han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Words of count or date after a number (`3 次`, `2 届`, `600 多`).
fn counted_after(c: char) -> bool {
    "年月日号个次届期季周名位人家项条篇部点种类件万千百十多余支元场所座台辆张册本份户批轮组班间套天岁倍".contains(c)
}

/// Words that take a number after them (`第 2`, `共 5 人`, `达 8`).
fn takes_number(c: char) -> bool {
    "第共约近达有超逾计为是至到和及或每前后等".contains(c)
}

/// Where the page number is in `l` (the space before it to the space after
/// it, in chars), if the line holds one.
fn page_number(l: &[char]) -> Option<(usize, usize)> {
    // a text layer that spaces its numbers: more than one spaced number
    let spaced = (1..l.len())
        .filter(|&i| l[i - 1] == ' ' && l[i].is_ascii_digit())
        .count();
    if spaced != 1 {
        return None;
    }
    let i = (1..l.len()).find(|&i| l[i - 1] == ' ' && l[i].is_ascii_digit())? - 1;
    let n = l[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let j = i + 1 + n;
    let (before, after) = (*l.get(i.checked_sub(1)?)?, *l.get(j + 1)?);
    ((1..=3).contains(&n)
        && l[j] == ' '
        && han(before)
        && han(after)
        && !takes_number(before)
        && !counted_after(after))
    .then_some((i, j + 1))
}

/// The text without page numbers inside its `一、` heading lines.
pub(super) fn strip(text: &str, ctx: &mut Ctx) -> Option<String> {
    // (the text is copied only once a line holds such a number; a line's
    // characters are collected only for a `一、` heading with a spaced digit)
    let mut out: Option<String> = None;
    let mut done = 0; // bytes of `text` already in `out`
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = line.trim_start();
        if !line.contains(' ') || !label_core(t).is_some_and(|(r, _)| r == rank::CN) {
            continue;
        }
        let cs: Vec<char> = line.chars().collect();
        let Some((a, b)) = page_number(&cs) else {
            continue;
        };
        let number: String = cs[a + 1..b - 1].iter().collect();
        ctx.drop(Dropped::PageNumber, &number);
        let o = out.get_or_insert_with(String::new);
        o.push_str(&text[done..start]);
        o.extend(&cs[..a]);
        o.extend(&cs[b..]);
        done = at;
    }
    let mut out = out?;
    out.push_str(&text[done..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Option<String> {
        strip(t, &mut Ctx::default())
    }

    #[test]
    fn a_page_number_inside_a_heading_line_is_dropped() {
        let t = "开头。\n一、 深入开展思想教育,不断推进职工 1 队伍建设,营造稳定环境。\n正文。\n";
        assert_eq!(
            run(t).as_deref(),
            Some("开头。\n一、 深入开展思想教育,不断推进职工队伍建设,营造稳定环境。\n正文。\n")
        );
    }

    #[test]
    fn counts_dates_and_spaced_text_layers_stay() {
        // a count, a number after a word that takes one
        assert_eq!(run("一、组织 3 次职工培训,提升素质\n"), None);
        assert_eq!(run("一、接待 600 多名职工\n"), None);
        assert_eq!(run("一、召开第 2 届职代会\n"), None);
        // a text layer that spaces every number
        assert_eq!(run("一、 2020 年工作回顾,职工 1 队伍\n"), None);
        // not a heading line, or no space on one side
        assert_eq!(run("我们不断推进职工 1 队伍建设。\n"), None);
        assert_eq!(run("一、推进职工1 队伍建设\n"), None);
    }
}
