//! A 公文 header block above the title: the 发文机关标志 (`某某工会文件`)
//! and the 发文字号 (`某工字[2010]1号`, `某工发〔2027〕3號`), read into
//! `plan.issuance` (the 文件 form, `model::issuance`) as written; the title
//! follows it. Input: the clean lines (`lines`); output: the issuance and
//! how many lines it takes from the top.

use super::normalise::{char_len, fold, has_sentence_punct, is_close_paren, is_open_paren};
use crate::core::model::Issuance;

/// The header block at the top, if any: (issuance, lines it takes).
pub(super) fn detect(lines: &[&str]) -> Option<(Issuance, usize)> {
    let mut issuance = Issuance::default();
    let mut used = 0;
    if let Some(l) = lines.first().filter(|l| is_issuer(l)) {
        issuance.issuer = l.to_string();
        used = 1;
    }
    if let Some(l) = lines.get(used).filter(|l| is_number(l)) {
        issuance.number = l.to_string();
        used += 1;
    }
    (used > 0).then_some((issuance, used))
}

/// `某某市总工会文件`: a short line ending in 文件.
fn is_issuer(l: &str) -> bool {
    let n = char_len(l);
    let f = fold(l);
    let organ = f.strip_suffix("文件").is_some_and(|o| {
        [
            "会", "委", "局", "厅", "部", "院", "校", "司", "中心", "办", "所", "站", "团", "厂",
            "处",
        ]
        .iter()
        .any(|w| o.contains(w))
    });
    (4..=30).contains(&n) && organ && !has_sentence_punct(l)
}

/// `某工字[2010]1号`: 字 or 发, a year of four digits in brackets, a number
/// and 号 at the end.
pub(super) fn is_number(l: &str) -> bool {
    let f = fold(l);
    let f = f.trim();
    if char_len(f) > 30 || !(f.ends_with('号') || f.ends_with('號')) {
        return false;
    }
    if !(f.contains('字') || f.contains('发') || f.contains('發')) {
        return false;
    }
    let cs: Vec<char> = f.chars().collect();
    cs.windows(6).any(|w| {
        (is_open_paren(w[0]) || "[〔［【".contains(w[0]))
            && w[1..5].iter().all(|c| c.is_ascii_digit())
            && (is_close_paren(w[5]) || "]〕］】".contains(w[5]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_block_is_read_as_written() {
        let lines = [
            "武漢市二妃山垃圾處理場工會文件",
            "武妃處工字[2010]1號",
            "2010年工會工作計劃",
        ];
        let (i, n) = detect(&lines).expect("header");
        assert_eq!(n, 2);
        assert_eq!(i.issuer, "武漢市二妃山垃圾處理場工會文件");
        assert_eq!(i.number, "武妃處工字[2010]1號");
        let (i, n) = detect(&["某工发〔2027〕3号", "标题"]).expect("number alone");
        assert_eq!(
            (i.issuer.as_str(), i.number.as_str(), n),
            ("", "某工发〔2027〕3号", 1)
        );
    }

    #[test]
    fn titles_and_sentences_are_no_header() {
        for l in [
            "2025年工会工作计划",
            "关于印发工会工作要点的通知",
            "按照上级文件",
            "根据市总工会文件精神,我们做了以下工作。",
            "共发放慰问金2万元,惠及职工120人次,1号",
        ] {
            assert!(detect(&[l]).is_none(), "{l}");
        }
    }
}
