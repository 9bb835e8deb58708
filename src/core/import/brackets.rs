//! Entries led by a heading in lenticular brackets, its text after it on
//! the same line (`【组织建设】  全年新建…`, a yearbook's or a briefing's
//! parts): with no numbering anywhere and two or more such lines, each is
//! an unnumbered level-1 heading, the brackets markup. A yearbook's
//! `【概况】` stays the opening (an overview, read as 397 reads it). Input:
//! the body's tokens (`headings`); output: those lines made `rank::PLAIN`
//! headings whose label is the opening bracket; `body` ends the heading at
//! the closing one (`heading_end`).

use super::headings::Tok;
use super::labels::rank;
use super::normalise::is_space;

/// How many lines must have the form.
const MIN_RUN: usize = 2;
/// The longest bracketed heading (characters).
const MAX_HEAD: usize = 16;

/// The label of a line led by a bracketed heading: leading spaces and `【`
/// (byte length), when the brackets hold 2 to 16 characters of a heading
/// (no sentence end, no digit) and the heading is not the overview.
fn bracket_lead(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start_matches(is_space).len();
    let rest = line[lead..].strip_prefix('【')?;
    let inner: String = rest
        .chars()
        .take(MAX_HEAD + 1)
        .take_while(|c| *c != '】')
        .collect();
    let n = inner.chars().count();
    let closed = rest[inner.len()..].starts_with('】');
    let words = inner
        .chars()
        .all(|c| ('\u{3400}'..='\u{9fff}').contains(&c) || matches!(c, '、' | '“' | '”' | '·'));
    (closed && (2..=MAX_HEAD).contains(&n) && words && inner != "概况" && inner != "概況")
        .then_some(lead + '【'.len_utf8())
}

/// The heading's end in a token's text led by a bracket label: the heading
/// before `】` and the text after it.
pub(super) fn heading_end(label: &str, text: &str) -> Option<(usize, usize)> {
    if !label.ends_with('【') {
        return None;
    }
    let k = text
        .char_indices()
        .take(MAX_HEAD + 1)
        .find(|(_, c)| *c == '】')?
        .0;
    Some((k, k + '】'.len_utf8()))
}

/// Makes bracket-led lines headings when the body has no numbered or month
/// headings and two or more lines have that form.
pub(super) fn promote(toks: &mut [Tok]) {
    if toks.iter().any(|t| !matches!(t, Tok::Plain(_))) {
        return;
    }
    let led: Vec<Option<usize>> = toks.iter().map(|t| bracket_lead(t.raw())).collect();
    if led.iter().flatten().count() < MIN_RUN {
        return;
    }
    for (t, l) in toks.iter_mut().zip(led) {
        if let Some(len) = l {
            let raw = t.raw();
            *t = Tok::Head {
                raw,
                label: &raw[..len],
                rank: rank::PLAIN,
                text: &raw[len..],
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(lines: &[&str]) -> Vec<String> {
        let mut toks: Vec<Tok> = lines.iter().map(|l| Tok::Plain(l)).collect();
        promote(&mut toks);
        toks.iter()
            .filter_map(|t| match t {
                Tok::Head { label, text, .. } => {
                    heading_end(label, text).map(|(k, _)| text[..k].to_string())
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn bracketed_heads_over_their_text_become_headings() {
        let lines = [
            "【概况】  全县共有基层工会一百余家,会员一万余人。",
            "  【组织建设】  当年新建企业工会十二家,发展会员八百人。",
            "  【帮扶救助】  春节前走访困难职工六十户,发放慰问金。",
        ];
        assert_eq!(heads(&lines), ["组织建设", "帮扶救助"]);
    }

    #[test]
    fn one_bracketed_line_or_a_sentence_in_brackets_is_text() {
        assert!(heads(&["【组织建设】  当年新建企业工会十二家。", "全年工作顺利。"]).is_empty());
        let lines = ["【注:本文数据截至年底。】", "【资料来源:县总工会】"];
        assert!(heads(&lines).is_empty());
    }
}
