//! A site's article labels around the title on the first line: a page that
//! shows a document under a field name (`文章标题:某某工会工作总结`), one of
//! several documents on a page numbered before its title
//! (`第一篇:某某工会工作汇报`), or after it (`某某工会工作总结篇一`). The
//! label is the site's, not the author's: dropped (traced) so that the line
//! reads as the title. A `第一篇` label is taken only before a union's name
//! and a title word, since a combined document may call its parts
//! `第一篇 2023年工作总结`. Looks at the first non-empty line's first 64
//! characters only.

use super::normalise::fold;
use super::title;
use super::trace::{Ctx, Dropped};

/// Field names a page writes before the title.
const FIELDS: [&str; 4] = ["文章标题", "文章標題", "标题", "標題"];

/// Numerals of a site's article number (`第一篇` `篇二` `第3篇`).
fn numeral(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
}

/// The title-reading part of `rest`: up to a space (a flattened text runs
/// on after it), at most 64 characters.
fn title_part(rest: &str) -> &str {
    let end = rest
        .char_indices()
        .take(64)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(
            || rest.char_indices().nth(64).map_or(rest.len(), |(i, _)| i),
            |(i, _)| i,
        );
    &rest[..end]
}

fn reads_as_title(s: &str) -> bool {
    title::ends_on_title_word(&fold(s))
}

/// The byte length of a label before the title: a field name and its colon,
/// or `第一篇` with a colon or a space.
fn leading_label(line: &str) -> Option<usize> {
    let colon = |s: &str| {
        s.strip_prefix(':')
            .or_else(|| s.strip_prefix('：'))
            .map(|r| s.len() - r.len())
    };
    for f in FIELDS {
        if let Some(r) = line.strip_prefix(f) {
            let k = f.len() + colon(r)?;
            return reads_as_title(title_part(line[k..].trim_start())).then_some(k);
        }
    }
    let r = line.strip_prefix('第')?;
    let digits: usize = r
        .chars()
        .take_while(|c| numeral(*c))
        .map(char::len_utf8)
        .sum();
    if digits == 0 || digits > 6 {
        return None;
    }
    let r = r[digits..].strip_prefix('篇')?;
    let sep = colon(r).or_else(|| r.starts_with(' ').then_some(1))?;
    let k = line.len() - r.len() + sep;
    let t = title_part(line[k..].trim_start());
    (reads_as_title(t) && fold(t).contains("工会")).then_some(k)
}

/// The byte offset of a `篇一` `篇2` label right after the title word at
/// the end of the line.
fn trailing_label(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let num: usize = t
        .chars()
        .rev()
        .take_while(|c| numeral(*c))
        .map(char::len_utf8)
        .sum();
    if num == 0 || num > 6 {
        return None;
    }
    let head = t[..t.len() - num].strip_suffix('篇')?;
    (head.chars().count() <= 60 && reads_as_title(head)).then_some(head.len())
}

/// The text with a site's labels around the title on its first line
/// dropped, or None when there are none.
pub(super) fn strip(text: &str, ctx: &mut Ctx) -> Option<String> {
    let start = text.len() - text.trim_start().len();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    let lead = leading_label(line).unwrap_or(0);
    let body = &line[lead..];
    let lead_ws = body.len() - body.trim_start().len();
    let trail = trailing_label(&body[lead_ws..]).map(|k| lead + lead_ws + k);
    if lead == 0 && trail.is_none() {
        return None;
    }
    if lead > 0 {
        ctx.drop(Dropped::SiteMark, &line[..lead]);
    }
    let stop = trail.unwrap_or(line.len());
    if trail.is_some() {
        ctx.drop(Dropped::SiteMark, line[stop..].trim_end());
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.push_str(line[lead..stop].trim_start());
    out.push_str(&line[stop..][line[stop..].trim_end().len()..]);
    out.push_str(&text[end..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{strip, Ctx};

    fn run(s: &str) -> Option<String> {
        strip(s, &mut Ctx::default())
    }

    #[test]
    fn a_field_name_before_the_title_is_dropped() {
        assert_eq!(
            run("文章标题:某区卫生局工会工作总结\n\n今年以来…").as_deref(),
            Some("某区卫生局工会工作总结\n\n今年以来…")
        );
        assert_eq!(
            run("标题：学校工会工作计划\n一、指导思想").as_deref(),
            Some("学校工会工作计划\n一、指导思想")
        );
        // a field name before no title stays
        assert_eq!(run("标题:待定\n正文"), None);
    }

    #[test]
    fn a_sites_article_number_before_a_unions_title_is_dropped() {
        assert_eq!(
            run("第二篇:某石化公司工会工作汇报\n我们的做法是:").as_deref(),
            Some("某石化公司工会工作汇报\n我们的做法是:")
        );
        assert_eq!(
            run("第一篇：某市郵政局工會工作彙報\n").as_deref(),
            Some("某市郵政局工會工作彙報\n")
        );
        // a combined document's part stays
        assert_eq!(run("第一篇 2023年工作总结\n一、…"), None);
    }

    #[test]
    fn a_sites_article_number_after_the_title_is_dropped() {
        assert_eq!(
            run("港务公司工会年度工作总结篇一\n今年…").as_deref(),
            Some("港务公司工会年度工作总结\n今年…")
        );
        assert_eq!(
            run("某某工会工作计划篇2").as_deref(),
            Some("某某工会工作计划")
        );
        // no title word before it
        assert_eq!(run("美文摘抄篇一\n…"), None);
    }
}
