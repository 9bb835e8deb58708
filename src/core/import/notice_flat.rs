//! A notice issuing the document, flattened into the document's one line
//! (`关于印发《X》的通知各…工会:现将《X》印发给你们,请…。某某工会2019年2月
//! 18日X2019年是…`): breaks after the notice's title, its salutation, its
//! sentence, before and after the issuer's date, and after the issued title
//! X, so the notice pass and the title pass read them as in a copy with
//! lines. Looks at the first few hundred characters only. Input: the first
//! line of a flattened text; output: the notice's lines and the rest.

use super::normalise::fold;
use super::notice::ISSUED;
use super::notice_issuer::{about_at, number_len, source_len};
use super::signature::sig_date;

/// How far (characters) each piece of the notice is looked for.
const TITLE_MAX: usize = 80;
const SALUTE_MAX: usize = 60;
const SENTENCE_MAX: usize = 160;
const ISSUER_MAX: usize = 40;
/// How far the date is looked for after a list of attachments.
const ANNEX_MAX: usize = 200;

/// The notice's list of attachments (`附件:1.《…》 2.《…》`) at the head of
/// `rest`, up to the last `》` before the issuer's date, and the rest.
fn annex_list(rest: &str) -> (Option<&str>, &str) {
    if !rest.starts_with("附件") {
        return (None, rest);
    }
    let list = date_within(rest, ANNEX_MAX)
        .and_then(|(d0, _)| rest[..d0].rfind('》'))
        .map(|e| e + '》'.len_utf8());
    match list {
        Some(e) => (Some(&rest[..e]), &rest[e..]),
        None => (None, rest),
    }
}

/// The mark above the attachment (`附件1:`) at the head of `rest`: its length.
fn annex_mark(rest: &str) -> Option<usize> {
    let r = rest.strip_prefix("附件")?;
    let digits = r.chars().take_while(char::is_ascii_digit).count();
    let colon = r[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '：'));
    (digits <= 2 && (digits > 0 || colon.is_some()))
        .then(|| "附件".len() + digits + colon.map_or(0, char::len_utf8))
}

/// Byte index just after the first `pat` within `max` characters of `s`.
fn after_within(s: &str, pat: &str, max: usize) -> Option<usize> {
    let end = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    s[..end].find(pat).map(|i| i + pat.len())
}

/// The first date (`2019年2月18日`, `二〇一九年二月十八日`) within `max`
/// characters of `s`: its byte range.
fn date_within(s: &str, max: usize) -> Option<(usize, usize)> {
    let starts: Vec<usize> = s.char_indices().map(|(i, _)| i).take(max).collect();
    starts.iter().find_map(|&i| {
        let rest = &s[i..];
        let day = rest.char_indices().take(14).find(|(_, c)| *c == '日')?.0;
        let end = i + day + '日'.len_utf8();
        let (iso, _) = sig_date(&s[i..end])?;
        (!iso.is_empty()).then_some((i, end))
    })
}

/// The notice's lines at the head of `line`, and the rest after them.
pub(super) fn split_head(line: &str) -> Option<(Vec<&str>, &str)> {
    // (the issuing body's name may stand before 关于: `notice_issuer`)
    about_at(line)?;
    let t = after_within(line, "的通知", TITLE_MAX)?;
    let title = &line[..t];
    let folded = fold(title);
    if !title.contains('《') || !ISSUED.iter().any(|w| folded.contains(w)) {
        return None;
    }
    let rest = &line[t..];
    // the 文号 under the title and a site's `来源:` line (`notice_issuer`)
    let number = number_len(rest).map(|k| rest.split_at(k));
    let rest = number.map_or(rest, |(_, r)| r);
    let source = source_len(rest).map(|k| rest.split_at(k));
    let rest = source.map_or(rest, |(_, r)| r);
    let s = rest
        .char_indices()
        .take(SALUTE_MAX)
        .find(|(_, c)| matches!(c, ':' | '：'))
        .map(|(i, c)| i + c.len_utf8())?;
    let (salute, rest) = rest.split_at(s);
    let e = after_within(rest, "。", SENTENCE_MAX)?;
    let (sentence, rest) = rest.split_at(e);
    let named = sentence
        .split_once('《')
        .and_then(|(_, r)| r.split_once('》'))
        .map(|(n, _)| n)?;
    let (annex, rest) = annex_list(rest);
    let (d0, d1) = date_within(rest, ISSUER_MAX)?;
    if d0 == 0 {
        return None;
    }
    let (issuer, date, rest) = (&rest[..d0], &rest[d0..d1], &rest[d1..]);
    let mut lines = vec![title];
    lines.extend(number.map(|(n, _)| n));
    lines.extend(source.map(|(l, _)| l));
    lines.extend([salute, sentence]);
    lines.extend(annex);
    lines.extend([issuer, date]);
    // the attachment's mark (`附件1:`), then the issued title
    let rest = match annex_mark(rest) {
        Some(k) => {
            lines.push(&rest[..k]);
            &rest[k..]
        }
        None => rest,
    };
    let rest = rest.trim_start();
    let issued = rest.starts_with(named).then(|| rest.split_at(named.len()));
    let rest = match issued {
        Some((x, after)) => {
            lines.push(x);
            after
        }
        None => rest,
    };
    Some((lines, rest))
}

/// For the first line (`i == 0`): the notice's lines pushed to `out` and
/// counted, and the rest of the line returned; any other line as it is.
pub(super) fn take_head<'a>(
    i: usize,
    line: &'a str,
    out: &mut Vec<String>,
    count: &mut usize,
) -> &'a str {
    match (i == 0).then(|| split_head(line)).flatten() {
        Some((notice, rest)) => {
            *count += notice.len();
            out.extend(notice.into_iter().map(str::to_string));
            rest
        }
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_notice_is_broken_into_its_lines() {
        let line = "关于印发《区机关工会2021年工作要点》的通知各基层工会:现将《区机关工会2021年工作要点》印发给你们,请认真贯彻执行。某某区机关工会委员会2021年3月2日区机关工会2021年工作要点2021年机关工会工作的总体要求是:服务职工。一、加强思想引领";
        let (lines, rest) = split_head(line).expect("a notice");
        assert_eq!(
            lines,
            [
                "关于印发《区机关工会2021年工作要点》的通知",
                "各基层工会:",
                "现将《区机关工会2021年工作要点》印发给你们,请认真贯彻执行。",
                "某某区机关工会委员会",
                "2021年3月2日",
                "区机关工会2021年工作要点",
            ]
        );
        assert!(rest.starts_with("2021年机关工会工作的总体要求"));
    }

    #[test]
    fn a_line_that_is_no_notice_is_left_alone() {
        assert!(split_head("关于做好工会工作的几点意见各基层工会:…").is_none());
        assert!(split_head("某某工会2021年工作要点 一、加强思想引领").is_none());
    }

    #[test]
    fn a_flattened_notice_with_attachments_keeps_its_list_and_mark() {
        let line = "關於印發《某縣總工會2023年工作要點》的通知各鄉鎮工會:现将《某县总工会2023年工作要点》印发给你们,请认真执行。附件:1.《某县总工会2023年工作要点》  2.《某县总工会2023年重点任务分工表》 某县总工会2023年2月8日附件1:某县总工会2023年工作要点2023年全县工会工作的总体要求是:服务大局。一、加强思想引领";
        let (lines, rest) = split_head(line).expect("a notice");
        assert_eq!(
            lines,
            [
                "關於印發《某縣總工會2023年工作要點》的通知",
                "各鄉鎮工會:",
                "现将《某县总工会2023年工作要点》印发给你们,请认真执行。",
                "附件:1.《某县总工会2023年工作要点》  2.《某县总工会2023年重点任务分工表》",
                " 某县总工会",
                "2023年2月8日",
                "附件1:",
                "某县总工会2023年工作要点",
            ]
        );
        assert!(rest.starts_with("2023年全县工会工作的总体要求"));
        // a list with no date after it within reach: no notice
        let far = line.replace(" 某县总工会2023年2月8日", &"某".repeat(220));
        assert!(split_head(&far).is_none());
    }
}
