//! The pieces a notice's head may hold around its title, as a body's own
//! web page prints it: the issuing body's name before `关于`
//! (`某某市总工会关于印发《…》的通知`), the 文号 under the title
//! (`某工发〔2023〕5号`) and the site's `来源:` line before the salutation
//! (`来源:某某部` run into `各区县工会:` in a flattened copy). Used by
//! `notice` (lines) and `notice_flat` (one flattened line). Every look is
//! bounded to a few dozen characters at the head of a line.

use super::header::is_number;
use super::normalise::{char_len, fold, has_sentence_punct};

/// The longest issuing body's name before `关于` (characters).
const ORGAN_MAX: usize = 20;
/// The longest 文号 (characters, as `header::is_number` allows).
const NUMBER_MAX: usize = 30;
/// The longest source value before the salutation's `各` (characters).
const SOURCE_MAX: usize = 20;

/// What an issuing body's name ends on.
const ORGAN_ENDS: [&str; 6] = ["工会", "委员会", "工委", "联合会", "总会", "办公室"];

/// Byte index of `关于` (`關於`) in `s` when an issuing body's name stands
/// before it (`某某市总工会关于…`), or 0 when `s` starts with it.
pub(super) fn about_at(s: &str) -> Option<usize> {
    let head: String = s.chars().take(ORGAN_MAX + 2).collect();
    let f = fold(&head);
    let at = f.find("关于").or_else(|| f.find("關于"))?;
    // (counted in characters: folding may change a character's length)
    let k = s
        .char_indices()
        .nth(f[..at].chars().count())
        .map_or(s.len(), |(i, _)| i);
    let organ = &s[..k];
    let named = organ.is_empty()
        || ((2..=ORGAN_MAX).contains(&char_len(organ))
            && !has_sentence_punct(organ)
            && !organ.contains(['，', ',', ' ', '《'])
            && ORGAN_ENDS.iter().any(|e| fold(organ).ends_with(e)));
    named.then_some(k)
}

/// The 文号 at the head of `s` (`总工发〔2023〕23号…`): its byte length.
pub(super) fn number_len(s: &str) -> Option<usize> {
    s.char_indices()
        .take(NUMBER_MAX)
        .filter(|(_, c)| matches!(c, '号' | '號'))
        .map(|(i, c)| i + c.len_utf8())
        .find(|&e| is_number(&s[..e]))
}

/// A site's `来源:…` at the head of `s` (`來源`), its value running up to
/// the salutation's `各` (`来源:某某部各区县工会:`): its byte length. On a
/// line of its own (`rest` empty after it) the whole short line.
pub(super) fn source_len(s: &str) -> Option<usize> {
    let r = s.strip_prefix("来源").or_else(|| s.strip_prefix("來源"))?;
    let colon = r.chars().next().filter(|c| matches!(c, ':' | '：'))?;
    let value = &r[colon.len_utf8()..];
    let head = s.len() - value.len();
    if char_len(value) <= SOURCE_MAX && !value.contains('各') {
        return (!has_sentence_punct(value)).then_some(s.len());
    }
    let k = value
        .char_indices()
        .take(SOURCE_MAX + 1)
        .find(|(_, c)| *c == '各')
        .map(|(i, _)| i)
        .filter(|&i| i > 0 && !has_sentence_punct(&value[..i]))?;
    Some(head + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issuing_body_may_stand_before_about() {
        assert_eq!(about_at("关于印发《要点》的通知"), Some(0));
        let s = "某某市总工会关于印发《要点》的通知";
        assert_eq!(&s[about_at(s).unwrap()..], "关于印发《要点》的通知");
        assert!(about_at("某市機關工會關於印發《要點》的通知").is_some());
        // a sentence before it, or no 关于 near the head: none
        assert!(about_at("为了做好工作,关于印发的事项").is_none());
        assert!(about_at("会议认为关于这件事要慎重").is_none());
        assert!(about_at("印发《工会工作要点》的通知").is_none());
    }

    #[test]
    fn a_number_and_a_source_at_a_lines_head() {
        let s = "某工发〔2023〕5号来源:某某部各区县工会:";
        let n = number_len(s).expect("a number");
        assert_eq!(&s[..n], "某工发〔2023〕5号");
        let rest = &s[n..];
        let k = source_len(rest).expect("a source");
        assert_eq!(&rest[..k], "来源:某某部");
        assert_eq!(source_len("来源：某某部"), Some("来源：某某部".len()));
        assert!(number_len("各区县工会:现将《要点》印发给你们。").is_none());
        assert!(source_len("来源于职工的意见,各单位要重视").is_none());
        assert!(source_len("来源:各单位上报的材料汇总").is_none());
    }
}
