//! A notice's 文号 and title at the head of a flattened text
//! (`某工办字〔2015〕9号 关于开展…的 通   知 各…工会: 为…`): the number
//! and the title are set on lines of their own, so the header pass reads
//! the number (`header`) and the title pass the title, as in a copy with
//! lines. The title's `通知` may be spread with spaces as printed: then it
//! goes on a line of its own under the rest of the title. Input:
//! the reflowed lines of a flattened text; output: the first line split.
//! Looks at the first 80 characters of the first line only.

use super::header::{is_number, is_organ_name};
use super::normalise::{has_sentence_punct, is_space};

/// How far (characters) the number, the title and the salutation's colon
/// are looked for.
const WINDOW: usize = 80;
/// The longest number (characters).
const MAX_NUMBER: usize = 30;

/// Byte index after `通知`, spaces allowed between and before it, when `s`
/// (after `…的`) starts with it.
fn spaced_notice(s: &str) -> Option<usize> {
    let a = s.len() - s.trim_start_matches(is_space).len();
    let rest = s[a..].strip_prefix('通')?;
    let b = rest.len() - rest.trim_start_matches(is_space).len();
    rest[b..].strip_prefix('知')?;
    Some(s.len() - rest[b..].len() + '知'.len_utf8())
}

/// Where a notice's title ends in `s`: `关于…的` then `通知` (spaces
/// allowed), a salutation ending on a colon after it.
fn notice_end(s: &str) -> Option<usize> {
    if !s.starts_with("关于") {
        return None;
    }
    let window = &s[..s.char_indices().nth(WINDOW).map_or(s.len(), |(i, _)| i)];
    let end = window
        .match_indices('的')
        .find_map(|(i, _)| spaced_notice(&window[i + '的'.len_utf8()..]).map(|k| i + 3 + k))?;
    let after = window[end..].trim_start_matches(is_space);
    let salutation = after
        .find([':', '：'])
        .is_some_and(|c| !after[..c].contains(['。', '；', ';', '！', '？']));
    (!has_sentence_punct(&window[..end]) && salutation).then_some(end)
}

/// An issuing body's name, a space and a number that may hold spaces, at
/// the head of `s`: (byte index after the number, where it begins).
fn organ_then_number(s: &str) -> Option<(usize, usize)> {
    let sp = s.char_indices().take(31).find(|(_, c)| is_space(*c))?.0;
    if !is_organ_name(&s[..sp]) {
        return None;
    }
    let from = sp + s[sp..].len() - s[sp..].trim_start_matches(is_space).len();
    let end = s[from..]
        .char_indices()
        .take(MAX_NUMBER + 1)
        .filter(|(_, c)| matches!(c, '号' | '號'))
        .map(|(i, c)| from + i + c.len_utf8())
        .find(|&e| s[e..].starts_with(is_space) && is_number(&s[from..e]))?;
    Some((end, from))
}

/// Splits a flattened text's leading 文号 and notice title off its first
/// line.
pub(super) fn split(out: &mut Vec<String>) {
    let Some(first) = out.first() else { return };
    let number_end = first
        .char_indices()
        .take(MAX_NUMBER + 1)
        .find(|(_, c)| is_space(*c))
        .map(|(i, _)| i)
        .filter(|&i| is_number(&first[..i]));
    let mut lines = Vec::new();
    let (n, from) = match number_end {
        Some(n) => (n, 0),
        None => {
            // an issuing body's name before the number (`某区小学第四工会委员会
            // 区四工(XX )第 1 号 …`: the number may hold spaces)
            let Some((n, from)) = organ_then_number(first) else {
                return;
            };
            lines.push(first[..from].trim_end_matches(is_space).to_string());
            (n, from)
        }
    };
    let rest = first[n..].trim_start_matches(is_space).to_string();
    lines.push(first[from..n].to_string());
    match notice_end(&rest) {
        Some(k) => {
            // a `通知` spread with spaces on a line of its own, as printed
            // (`title_split` reads the two lines as one title)
            let title = &rest[..k];
            match title.rfind('的').map(|d| d + '的'.len_utf8()) {
                Some(d) if title[d..].starts_with(is_space) => {
                    lines.push(title[..d].to_string());
                    lines.push(title[d..].trim_start_matches(is_space).to_string());
                }
                _ => lines.push(title.to_string()),
            }
            lines.push(rest[k..].trim_start_matches(is_space).to_string());
        }
        None => lines.push(rest),
    }
    out.splice(0..1, lines);
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn a_flattened_number_and_spread_notice_title_get_lines() {
        let mut out = vec![
            "某工办字〔2024〕5号 关于开展职工读书活动的 通   知 各基层工会,各分会: 为丰富职工生活,现将有关事项通知如下:".to_string(),
            "一、活动时间:5月".to_string(),
        ];
        split(&mut out);
        assert_eq!(out[0], "某工办字〔2024〕5号");
        assert_eq!(out[1], "关于开展职工读书活动的");
        assert_eq!(out[2], "通   知");
        assert!(out[3].starts_with("各基层工会,各分会:"), "{out:?}");
        assert_eq!(out[4], "一、活动时间:5月");
    }

    #[test]
    fn an_issuing_body_before_a_spaced_number_gets_a_line() {
        let mut out = vec![
            "某区小学第四工会委员会 区四工(XX )第 1 号 某区小学第四工会XX年工作要点 以党的精神为指南,围绕学校中心工作开展工作。".to_string(),
        ];
        split(&mut out);
        assert_eq!(out[0], "某区小学第四工会委员会");
        assert_eq!(out[1], "区四工(XX )第 1 号");
        assert!(
            out[2].starts_with("某区小学第四工会XX年工作要点"),
            "{out:?}"
        );
    }

    #[test]
    fn a_line_without_a_leading_number_is_left() {
        let mut out = vec!["关于开展职工读书活动的通知 各基层工会: 为丰富职工生活。".to_string()];
        split(&mut out);
        assert_eq!(out.len(), 1);
    }
}
