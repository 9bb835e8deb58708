//! A notice that issues the document (`各…工会:` / `现将《…工作要点》印发给
//! 你们,请…` / the issuing body / its date) above the document's own title:
//! the notice's two lines of text stay in the body, its issuer and date are
//! the signature when the end has none, and the title is read below it.
//! Input: the clean lines after any header block; output: where the title
//! begins and the notice's signature.

use super::normalise::{char_len, fold, strip_pinyin};
use super::signature::{looks_like_org, sig_date, SignatureFound};

/// The notice at the top, if any.
pub(super) struct Notice<'a> {
    /// Lines the notice takes from the top (4).
    pub(super) lines: usize,
    /// The date line, dropped when the notice signs the document.
    pub(super) date_line: &'a str,
    /// The issuer and date (`lines: 0`: nothing is taken from the end).
    pub(super) signature: SignatureFound,
}

/// `各省…总工会:` / `现将《X》印发给你们…` / issuer / date, with the line
/// after them naming X: a notice issuing the document below it.
pub(super) fn detect<'a>(lines: &[&'a str]) -> Option<Notice<'a>> {
    let [salute, issue, org, date, title, ..] = lines else {
        return None;
    };
    let salute_ok = salute.ends_with([':', '：']) && char_len(salute) <= 80;
    let f = fold(&strip_pinyin(issue));
    let named = f
        .split_once('《')
        .and_then(|(_, r)| r.split_once('》'))
        .map(|(n, _)| n);
    let issued = f.contains("印发") || f.contains("下发") || f.contains("转发");
    let (iso, chinese) = sig_date(date)?;
    let same = |n: &str| fold(&strip_pinyin(title)).trim() == n.trim();
    (salute_ok && issued && named.is_some_and(same) && looks_like_org(org) && !iso.is_empty()).then(
        || Notice {
            lines: 4,
            date_line: date,
            signature: SignatureFound {
                lines: 0,
                organization: org.trim().to_string(),
                date: iso,
                chinese,
                keep: None,
            },
        },
    )
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
}
