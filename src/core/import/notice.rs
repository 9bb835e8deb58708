//! A notice that issues the document (`各…工会:` / `现将《…工作要点》印发给
//! 你们,请…` / the issuing body / its date) above the document's own title:
//! the notice's two lines of text stay in the body, its issuer and date are
//! the signature when the end has none, and the title is read below it.
//! The notice's own title (`关于印发《…》的通知`, often broken over two or
//! three lines) may stand above the salutation; it stays text too.
//! Input: the clean lines after any header block; output: where the title
//! begins and the notice's signature.

use super::header::is_number;
use super::normalise::{char_len, fold, strip_pinyin};
use super::notice_issuer::{about_at, source_len};
use super::signature::{looks_like_org, sig_date, SignatureFound};

/// The notice at the top, if any.
pub(super) struct Notice<'a> {
    /// Lines the notice takes from the top (4, more under a notice title).
    pub(super) lines: usize,
    /// Of those, the lines kept as text when the end signs the document
    /// anyway or not (the notice title, salutation and sentence).
    pub(super) text_lines: usize,
    /// The date line, dropped when the notice signs the document.
    pub(super) date_line: &'a str,
    /// The attachment's mark between the date and the title (`附件1:`),
    /// kept as text after the notice's lines.
    pub(super) annex: Option<&'a str>,
    /// The issuer and date (`lines: 0`: nothing is taken from the end).
    pub(super) signature: SignatureFound,
    /// The 文号 under the notice's title (`某工发〔2023〕5号`): its index
    /// among the notice's text lines and the line; read into the issuance,
    /// not kept as text.
    pub(super) number: Option<(usize, &'a str)>,
}

/// `各省…总工会:` / `现将《X》印发给你们…` / issuer / date, with the line
/// after them naming X: a notice issuing the document below it.
pub(super) fn detect<'a>(lines: &[&'a str]) -> Option<Notice<'a>> {
    (0..=MAX_TITLE_LINES).find_map(|k| {
        let (head, rest) = lines.split_at_checked(k)?;
        if k > 0 && !notice_title(head) {
            return None;
        }
        // under a notice title: its 文号 and a site's 来源 line (`notice_issuer`)
        let number = rest
            .first()
            .filter(|l| k > 0 && is_number(l))
            .map(|l| (k, *l));
        let at = usize::from(number.is_some());
        let source = rest
            .get(at)
            .filter(|l| k > 0 && source_len(l.trim()) == Some(l.trim().len()));
        let skip = at + usize::from(source.is_some());
        let mut n = detect_at(&rest[skip..])?;
        n.lines += k + skip;
        n.text_lines += k + skip;
        n.number = number;
        Some(n)
    })
}

/// The verbs of issuing, folded (`轉發` folds to `轉发`: 轉 is no keyword
/// character elsewhere).
pub(super) const ISSUED: [&str; 4] = ["印发", "下发", "转发", "轉发"];

/// A notice's title runs over at most this many lines.
const MAX_TITLE_LINES: usize = 3;

/// `关于印发《X》的通知`, its lines joined: a notice's own title.
fn notice_title(head: &[&str]) -> bool {
    let joined: String = head.iter().map(|l| l.trim()).collect();
    let f = fold(&strip_pinyin(&joined));
    // (the issuing body's name may stand before 关于: `notice_issuer`)
    char_len(&f) <= 80
        && about_at(&f).is_some()
        && f.ends_with("通知")
        && f.contains('《')
        && ISSUED.iter().any(|w| f.contains(w))
}

fn detect_at<'a>(lines: &[&'a str]) -> Option<Notice<'a>> {
    let [salute, issue, rest @ ..] = lines else {
        return None;
    };
    // the attachments the notice lists (`附件:1.《…》` / `2.《…》`) stay text
    let attached = annex_list_len(rest);
    let [org, date, rest @ ..] = &rest[attached..] else {
        return None;
    };
    // the attachment's mark above the document (`附件1:`) stays text too
    let annex = rest.first().copied().filter(|l| annex_mark(l));
    let [title, ..] = &rest[usize::from(annex.is_some())..] else {
        return None;
    };
    let salute_ok = salute.ends_with([':', '：']) && char_len(salute) <= 80;
    let f = fold(&strip_pinyin(issue));
    let named = f
        .split_once('《')
        .and_then(|(_, r)| r.split_once('》'))
        .map(|(n, _)| n);
    let issued = ISSUED.iter().any(|w| f.contains(w));
    let (iso, chinese) = sig_date(date)?;
    let same = |n: &str| fold(&strip_pinyin(title)).trim() == n.trim();
    (salute_ok && issued && named.is_some_and(same) && looks_like_org(org) && !iso.is_empty()).then(
        || Notice {
            lines: 4 + attached + usize::from(annex.is_some()),
            text_lines: 2 + attached,
            date_line: date,
            annex,
            signature: SignatureFound {
                lines: 0,
                organization: org.trim().to_string(),
                date: iso,
                chinese,
                keep: None,
            },
            number: None,
        },
    )
}

/// The notice's list of attachments: `附件:` with its first `《…》`, then
/// lines `2.《…》` (at most eight in all).
fn annex_list_len(lines: &[&str]) -> usize {
    let Some(first) = lines.first().map(|l| l.trim()) else {
        return 0;
    };
    if !(first.starts_with("附件") && first.contains('《')) {
        return 0;
    }
    1 + lines[1..]
        .iter()
        .take(7)
        .take_while(|l| {
            let t = l.trim();
            let digits = t.chars().take_while(char::is_ascii_digit).count();
            digits > 0
                && matches!(t[digits..].chars().next(), Some('.' | '、' | '．'))
                && t.contains('《')
        })
        .count()
}

/// `附件` `附件1` `附件1:`: the mark above an attachment.
fn annex_mark(line: &str) -> bool {
    let t = line.trim().trim_end_matches([':', '：']);
    t.strip_prefix("附件")
        .is_some_and(|r| r.len() <= 2 && r.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_issuing_key_points_gives_its_issuer_and_date() {
        let lines = [
            "各区县总工会:",
            "现将《市总工会2022年工作要点》印发给你们,请结合实际贯彻落实。",
            "某某市总工会",
            "2022年2月25日",
            "市总工会2022年工作要点",
            "一、加强思想引领",
        ];
        let n = detect(&lines).expect("a notice");
        assert_eq!(n.lines, 4);
        assert_eq!(n.signature.organization, "某某市总工会");
        assert_eq!(n.signature.date, "2022-02-25");
    }

    #[test]
    fn a_notice_title_broken_over_two_lines_stands_above_it() {
        let lines = [
            "关于印发《区机关工会",
            "2021年工作要点》的通知",
            "各基层工会:",
            "现将《区机关工会2021年工作要点》印发给你们,请认真贯彻执行。",
            "某某区机关工会委员会",
            "2021年3月2日",
            "区机关工会2021年工作要点",
            "一、加强思想引领",
        ];
        let n = detect(&lines).expect("a notice");
        assert_eq!((n.lines, n.text_lines), (6, 4));
        assert_eq!(n.signature.date, "2021-03-02");
        // a line that is no notice title above the salutation: no notice
        let mut other = lines;
        other[1] = "2021年工作要点》";
        assert!(detect(&other).is_none());
    }

    #[test]
    fn a_salutation_without_an_issued_title_below_is_no_notice() {
        let lines = [
            "各位代表:",
            "现将《工作要点》印发给你们。",
            "某某市总工会",
            "2022年2月25日",
            "一、加强思想引领",
        ];
        assert!(detect(&lines).is_none());
        let lines = [
            "各位代表:",
            "现在我代表工会委员会作报告。",
            "某某工会",
            "2022年2月25日",
            "工作报告",
        ];
        assert!(detect(&lines).is_none());
    }

    #[test]
    fn a_notice_listing_its_attachments_keeps_them_as_text() {
        let lines = [
            "關於印發《某縣教育工會2022年工作要點》的通知",
            "各學校工會:",
            "现将《某县教育工会2022年工作要点》印发给你们,请遵照执行。",
            "附件:1.《某县教育工会2022年工作要点》",
            "    2.《某县教育工会2022年活动安排表》",
            " 某县教育工会",
            "2022年3月1日",
            "附件1:",
            "某县教育工会2022年工作要点",
            "一、加强思想引领",
        ];
        let n = detect(&lines).expect("a notice");
        assert_eq!((n.lines, n.text_lines), (8, 5));
        assert_eq!(n.annex, Some("附件1:"));
        assert_eq!(n.signature.organization, "某县教育工会");
        // no mark above the title: nothing more is taken
        let mut other = lines.to_vec();
        other.remove(7);
        let n = detect(&other).expect("a notice");
        assert_eq!((n.lines, n.annex), (7, None));
        // a list line that names no document ends the list
        other[4] = "    2.请各校按时报送。";
        assert!(detect(&other).is_none());
    }
}
