//! Web addresses a document site stamps at the start of its text layer,
//! run into the text (`http://www.example.com/u123http://www.example.cn/u123
//! 2009年度某某工会工作总结2009年,…`): dropped as a site's mark, so the
//! title after them is found. When the addresses end on digits and 年
//! follows, the last four digits are the text's year glued to them
//! (`…/u1232009年度…`: the year 2009). Input: the text's first line (only
//! its leading run of ASCII characters is looked at); output: the text
//! without them, or None.

use super::trace::{Ctx, Dropped};

/// How a site's address begins.
const STARTS: [&str; 3] = ["http://", "https://", "www."];

/// Where the text after the leading addresses of `line` begins.
fn text_start(line: &str) -> Option<usize> {
    if !STARTS.iter().any(|w| line.starts_with(w)) {
        return None;
    }
    let run = line
        .char_indices()
        .find(|(_, c)| !c.is_ascii_graphic())
        .map(|(i, _)| i)?;
    let rest = &line[run..];
    let digits = line[..run]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count();
    // a year glued to the address's digits (`…/u1232009年`)
    let year = rest.starts_with('年')
        && digits >= 4
        && line[run - 4..run]
            .parse::<i32>()
            .is_ok_and(|y| (1949..=2199).contains(&y));
    let k = if year { run - 4 } else { run };
    let next = line[k..].chars().next()?;
    // the text goes on with a year or Chinese characters, at some length
    let han = ('\u{3400}'..='\u{9fff}').contains(&next);
    (k > STARTS[2].len() && (year || han) && line[k..].chars().nth(10).is_some()).then_some(k)
}

/// The text with a site's addresses at the start of its first line dropped.
pub(super) fn strip(text: &str, ctx: &mut Ctx) -> Option<String> {
    let start = text.len() - text.trim_start().len();
    if !STARTS.iter().any(|w| text[start..].starts_with(w)) {
        return None;
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let k = text_start(&text[start..end])?;
    ctx.drop(Dropped::SiteMark, &text[start..start + k]);
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.push_str(&text[start + k..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_run_into_the_text_are_found() {
        let l = "http://www.example.com/u123http://www.example.cn/u1232009年度某某工会工作总结2009年,我们…";
        assert!(l[text_start(l).unwrap()..].starts_with("2009年度"));
        let l = "www.example.com/abc某某工会2015年工作计划一、指导思想";
        assert!(l[text_start(l).unwrap()..].starts_with("某某工会"));
    }

    #[test]
    fn other_lines_are_left_alone() {
        // an address alone on its line
        assert_eq!(text_start("http://www.example.com/a"), None);
        // an address inside a sentence
        assert_eq!(
            text_start("详见http://www.example.com/a某某工会的通知"),
            None
        );
        // text after a space: not run into it
        assert_eq!(text_start("www.example.com 某某工会2015年工作计划"), None);
    }
}
