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
    } else if let Some(l) = lines
        .first()
        .filter(|l| is_organ_name(l) && lines.get(1).is_some_and(|n| is_number(n)))
    {
        // an issuing body's name without 文件 right above the number
        issuance.issuer = l.to_string();
        used = 1;
    } else if let Some(l) = lines.first().filter(|l| {
        lines.get(1).is_some_and(|n| {
            super::joint_issuers::joint_issuers(l, n) || super::series_line::series_line(l, n)
        })
    }) {
        // two bodies' names over a joint notice's title (`joint_issuers`),
        // or an announcement's series line over the document (`series_line`)
        issuance.issuer = l.to_string();
        used = 1;
    }
    if let Some(l) = lines.get(used).filter(|l| is_number(l)) {
        issuance.number = l.to_string();
        used += 1;
    }
    (used > 0).then_some((issuance, used))
}

/// How many lines at the top a header block takes (0 for none).
pub(super) fn header_lines(lines: &[String]) -> usize {
    let top: Vec<&str> = lines.iter().take(2).map(String::as_str).collect();
    detect(&top).map_or(0, |(_, n)| n)
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

/// An issuing body's name on a line of its own: a short line ending in
/// 委员会 or 工会 (`某区小学第四工会委员会`), no punctuation.
pub(super) fn is_organ_name(l: &str) -> bool {
    let f = fold(l);
    (4..=30).contains(&char_len(l))
        && (f.ends_with("委员会") || f.ends_with("工会"))
        && !has_sentence_punct(l)
        && !l.contains(['，', ',', ' '])
}

/// `某工字[2010]1号`: 字 or 发, a year of four digits in brackets, a number
/// and 号 at the end; or `某工(2010)第1号`, the year before 第, and the
/// year masked as a template leaves it (`(XX )第 1 号`, spaces as a copy
/// from a PDF holds them).
pub(super) fn is_number(l: &str) -> bool {
    let f: String = fold(l).chars().filter(|c| !c.is_whitespace()).collect();
    if char_len(&f) > 30 || !(f.ends_with('号') || f.ends_with('號')) {
        return false;
    }
    let marked = f.contains('字') || f.contains('发') || f.contains('發');
    let cs: Vec<char> = f.chars().collect();
    let open = |c: char| is_open_paren(c) || matches!(c, '[' | '〔' | '［' | '【');
    let close = |c: char| is_close_paren(c) || matches!(c, ']' | '〕' | '］' | '】');
    let year = |w: &[char]| w.iter().all(|c| c.is_ascii_digit());
    let masked = |w: &[char]| {
        w.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, 'X' | 'x'))
    };
    (0..cs.len()).any(|i| {
        if !open(cs[i]) {
            return false;
        }
        [4, 2].iter().any(|&n| {
            let Some(w) = cs.get(i + 1..i + 1 + n) else {
                return false;
            };
            let shut = cs.get(i + 1 + n).is_some_and(|c| close(*c));
            let di = cs.get(i + 2 + n) == Some(&'第');
            shut && ((n == 4 && year(w) && (marked || di)) || (masked(w) && !year(w) && di))
        })
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
        let (i, n) = detect(&["某区第二工会委员会", "区二工(XX )第 1 号", "标题"])
            .expect("a masked year before 第");
        assert_eq!(
            (i.issuer.as_str(), i.number.as_str(), n),
            ("某区第二工会委员会", "区二工(XX )第 1 号", 2)
        );
        assert!(detect(&["某区第二工会委员会", "标题"]).is_none());
        assert!(is_number("某工(2019)第3号"));
        assert!(!is_number("(一)第3号"));
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
