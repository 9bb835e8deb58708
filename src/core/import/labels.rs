//! Numbering labels at the start of a line (`一、` `(一)` `1.` `①` …) and
//! their ranks, and the split of a numbered line into heading and text.
//! Input: one trimmed line; output: rank and label length, or the two parts.

use super::normalise::{
    arabic_prefix, char_len, cn_prefix, digit, first_char, is_close_paren, is_open_paren, is_space,
    trim, trim_start, FW_BANG, FW_COLON, FW_COMMA, FW_DOT, FW_LPAREN, FW_QUESTION, FW_RPAREN,
    FW_SEMI,
};

/// The rank of a numbering form, highest first. Levels are assigned per
/// document from the ranks it uses (see `headings::level_map`).
pub(crate) mod rank {
    /// `第一部分` `第二篇` `上篇` `下篇`: a part above the `一、` headings
    pub const PART: u8 = 0;
    /// `一、` `一,` `一,` `一.`
    pub const CN: u8 = 1;
    /// `第一,` `第一、`
    pub const ORDINAL: u8 = 2;
    /// `(一)` `(一)` `(一)、` `㈠`
    pub const PAREN_CN: u8 = 3;
    /// `1、` `1.` `1.` `⒈`
    pub const ARABIC: u8 = 4;
    /// `(1)` `(1)` `⑴`
    pub const PAREN_ARABIC: u8 = 5;
    /// `1)` `1)`
    pub const HALF_PAREN: u8 = 6;
    /// `①`
    pub const CIRCLED: u8 = 7;
    /// No number: a named part's or container's heading on a line of its
    /// own (`指导思想`, `主要工作`) or run in (`指导思想:以…`).
    pub const PLAIN: u8 = 8;
    /// How many ranks there are (arrays indexed by rank).
    pub const COUNT: usize = 9;
}

/// `第一部分` `第二篇` (`:` `、` after them kept in the label), and `上篇`
/// `中篇` `下篇` followed by a separator or a space: (rank, byte length).
fn part_label(line: &str) -> Option<(u8, usize)> {
    let sep_len = |s: &str| {
        first_char(s)
            .filter(|c| matches!(*c, '、' | ':' | FW_COLON | ',' | FW_COMMA | '.' | FW_DOT))
            .map_or(0, char::len_utf8)
    };
    if let Some(s) = line.strip_prefix('第') {
        let (_, n) = cn_prefix(s)?;
        let word = ["部分", "篇", "章"]
            .into_iter()
            .find(|w| s[n..].starts_with(w))?;
        let len = '第'.len_utf8() + n + word.len();
        return Some((rank::PART, len + sep_len(&line[len..])));
    }
    let word = ["上篇", "中篇", "下篇"]
        .into_iter()
        .find(|w| line.starts_with(w))?;
    let after = &line[word.len()..];
    let sep = sep_len(after);
    (sep > 0 || first_char(after).is_some_and(is_space)).then_some((rank::PART, word.len() + sep))
}

/// A numbering label at the start of a line: (rank, byte length of the
/// label including the spaces after it). The rest of the line must not be
/// empty.
pub(crate) fn parse_label(line: &str) -> Option<(u8, usize)> {
    let (rank, len) = label_core(line)?;
    let rest = &line[len..];
    let after = trim_start(rest);
    if after.is_empty() {
        return None;
    }
    Some((rank, line.len() - after.len()))
}

pub(super) fn label_core(line: &str) -> Option<(u8, usize)> {
    let c0 = first_char(line)?;
    if let Some(p) = part_label(line) {
        return Some(p);
    }
    // `-、`: a text layer's 一 read as a hyphen (the stroke's glyph), but
    // only before its 、 and a Chinese character (`-、2020 年工作回顾` too)
    if let Some(n) = hyphen_one(line) {
        return Some((rank::CN, n));
    }
    // 第一, 第一、
    if c0 == '第' {
        let s = &line[c0.len_utf8()..];
        let (_, n) = cn_prefix(s)?;
        let sep = first_char(&s[n..])?;
        if matches!(sep, '、' | ',' | FW_COMMA | '.' | FW_DOT) {
            return Some((rank::ORDINAL, c0.len_utf8() + n + sep.len_utf8()));
        }
        return None;
    }
    // 一、 一, 一, 一.
    if let Some((_, n)) = cn_prefix(line) {
        let sep = first_char(&line[n..])?;
        if matches!(sep, '、' | ',' | FW_COMMA | '.' | FW_DOT) {
            let after = &line[n + sep.len_utf8()..];
            // "一.5" is a number, not a label
            if matches!(sep, '.' | FW_DOT) && first_char(after).and_then(digit).is_some() {
                return None;
            }
            // a site's stray comma before the 、 (`一,、积极参与…`)
            let stray = matches!(sep, ',' | FW_COMMA) && after.starts_with('、');
            return Some((
                rank::CN,
                n + sep.len_utf8() + if stray { '、'.len_utf8() } else { 0 },
            ));
        }
        // `二 、`: a space typed between the numeral and its 、 (one or two)
        if is_space(sep) {
            let rest = &line[n..];
            let spaces: usize = rest
                .chars()
                .take(2)
                .take_while(|c| is_space(*c))
                .map(char::len_utf8)
                .sum();
            if rest[spaces..].starts_with('、') {
                return Some((rank::CN, n + spaces + '、'.len_utf8()));
            }
            return None;
        }
        // `四)` `五)、`: a `(四)` whose opening bracket was lost
        if is_close_paren(sep) {
            let mut len = n + sep.len_utf8();
            if let Some(sep2) = first_char(&line[len..]) {
                if matches!(sep2, '、' | '.' | FW_DOT | ',' | FW_COMMA) {
                    len += sep2.len_utf8();
                }
            }
            return Some((rank::PAREN_CN, len));
        }
        return None;
    }
    // (一) (一)、 (1) (1).
    if is_open_paren(c0) {
        let s = &line[c0.len_utf8()..];
        let (r, n) = if let Some((_, n)) = cn_prefix(s) {
            (rank::PAREN_CN, n)
        } else if let Some((_, n)) = arabic_prefix(s) {
            (rank::PAREN_ARABIC, n)
        } else {
            return None;
        };
        let close = first_char(&s[n..])?;
        if !is_close_paren(close) {
            return None;
        }
        let mut len = c0.len_utf8() + n + close.len_utf8();
        if let Some(sep) = first_char(&line[len..]) {
            if matches!(sep, '、' | '.' | FW_DOT | ',' | FW_COMMA) {
                len += sep.len_utf8();
            }
        }
        return Some((r, len));
    }
    // 1、 1. 1. 1) 1)
    if let Some((_, n)) = arabic_prefix(line) {
        let sep = first_char(&line[n..])?;
        let after = &line[n + sep.len_utf8()..];
        return match sep {
            '、' => Some((rank::ARABIC, n + sep.len_utf8())),
            // a converter's doubled comma before the 、 (`1,、积极配合…`), as
            // `一,、` above
            ',' | FW_COMMA if after.starts_with('、') => {
                Some((rank::ARABIC, n + sep.len_utf8() + '、'.len_utf8()))
            }
            '.' | FW_DOT => {
                if first_char(after).and_then(digit).is_some() {
                    None // 13.02万元, 2009.5.11
                } else {
                    Some((rank::ARABIC, n + sep.len_utf8()))
                }
            }
            ')' | FW_RPAREN => Some((rank::HALF_PAREN, n + sep.len_utf8())),
            _ => None,
        };
    }
    let code = c0 as u32;
    let r = match code {
        0x2460..=0x2473 => rank::CIRCLED,      // ①..⑳
        0x2474..=0x2487 => rank::PAREN_ARABIC, // ⑴..⒇
        0x2488..=0x249B => rank::ARABIC,       // ⒈..⒛
        0x3220..=0x3229 => rank::PAREN_CN,     // ㈠..㈩
        _ => return None,
    };
    let mut len = c0.len_utf8();
    if let Some(sep) = first_char(&line[len..]) {
        if matches!(sep, '、' | '.' | FW_DOT) {
            len += sep.len_utf8();
        }
    }
    Some((r, len))
}

/// Splits a numbered line into heading and text at the first sentence end
/// (。;:!? and their half-width forms; closing quotes stay with the
/// heading), or where a short label runs into its text without punctuation
/// (`runin`). Every character is kept in one of the two parts.
/// A fill-in blank at `s` after a space (`开展“两争一树” ___活动`): it
/// stands inside a phrase, so the space before it ends no heading.
pub(super) fn fill_in_blank(s: &str) -> bool {
    trim_start(s).starts_with(['_', '\u{ff3f}'])
}

/// `-、…` (or `－、…`): the label `一、` as a text layer gives it; its
/// length in bytes.
pub(super) fn hyphen_one(line: &str) -> Option<usize> {
    let rest = line.strip_prefix(['-', '\u{ff0d}'])?;
    let after = rest.strip_prefix('、')?;
    let c = trim_start(after).chars().next()?;
    (('\u{3400}'..='\u{9fff}').contains(&c) || c.is_ascii_digit()).then(|| line.len() - after.len())
}

pub(crate) fn split_heading(text: &str) -> (&str, &str) {
    let (h, rest) = split_at_sentence_end(text);
    let at = h.as_ptr() as usize - text.as_ptr() as usize;
    match super::runin::text_start(h) {
        Some(k) => (trim(&text[..at + k]), trim(&text[at + k..])),
        None => (h, rest),
    }
}

/// A heading without the lone backquote some sites slip in after a
/// character as an anti-copy mark (`活动目的`:`): the heading, and the mark
/// when there was one (the caller records it as dropped).
pub(crate) fn without_site_mark(h: &str) -> (std::borrow::Cow<'_, str>, Option<&'static str>) {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    match h.find('`') {
        Some(k) if h.matches('`').count() == 1 && h[..k].chars().last().is_some_and(han) => {
            (format!("{}{}", &h[..k], &h[k + 1..]).into(), Some("`"))
        }
        _ => (h.into(), None),
    }
}

fn split_at_sentence_end(text: &str) -> (&str, &str) {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let han = |k: usize| {
        cs.get(k)
            .is_some_and(|(_, c)| ('\u{3400}'..='\u{9fff}').contains(c))
    };
    for (k, (i, c)) in cs.iter().enumerate() {
        // `大力加强职工思想政治引领1 .坚持…`: the first sub-item runs in
        // `第一章形势研判与年度总目标1.1政策…`: a chapter's first section
        // (each tried only where its first character is: this runs at
        // every character of every numbered line)
        if k >= 2
            && matches!(*c, '（' | '(' | '㈠' | '1' | '１')
            && han(k - 1)
            && first_sub_item(&text[*i..])
            || k >= 2
                && c.is_ascii_digit()
                && (han(k - 1) || after_pinyin(&text[..*i]))
                && first_section(&text[*i..])
        {
            return (trim(&text[..*i]), trim(&text[*i..]));
        }
        let is_end = match *c {
            '。' | FW_SEMI | FW_COLON | FW_BANG | FW_QUESTION | '︰' => true,
            ';' | '!' | '?' => true,
            // `8:30` is a time; `时间:9月下旬` a label before its text
            ':' => {
                let num = |j: Option<&(usize, char)>| j.is_some_and(|(_, n)| digit(*n).is_some());
                !(k > 0 && num(cs.get(k - 1)) && num(cs.get(k + 1)))
            }
            // a text that ends its sentences with `.` (`权益.充分发挥`)
            // (unless it joins two short phrases that `。` closes,
            // `dot_phrase`)
            '.' | FW_DOT => {
                k > 0 && han(k - 1) && han(k + 1) && !super::dot_phrase::joins_phrases(&cs, k)
            }
            _ => false,
        };
        if is_space(*c) {
            if let Some(split) = split_at_space(text, *i) {
                return split;
            }
            continue;
        }
        if !is_end || (matches!(*c, ';' | FW_SEMI) && phrase_list(&text[..*i], &text[*i..])) {
            continue;
        }
        let mut end = i + c.len_utf8();
        for (j, n) in cs.iter().skip(k + 1) {
            if matches!(
                *n,
                '”' | '’' | '」' | '』' | FW_RPAREN | ')' | '"' | '\'' | '》'
            ) {
                end = j + n.len_utf8();
            } else {
                break;
            }
        }
        let rest = trim(&text[end..]);
        if rest.is_empty() {
            return (text, "");
        }
        return (trim(&text[..end]), rest);
    }
    (text, "")
}

/// A label of short phrases between semicolons that ends with its last
/// phrase (`加强…活动;完善…管理;增强…凝聚力。`): no end of the heading at a
/// `;` when the phrase before it and every phrase after it, up to the end
/// of the text (a full stop allowed), are 4–16 characters with no digit
/// and no other punctuation but quotes, at most three in all; looks at
/// no more than 40 characters after the `;`.
fn phrase_list(before: &str, rest: &str) -> bool {
    let ok = |p: &str| {
        let n = char_len(p);
        (4..=16).contains(&n)
            && p.chars().all(|c| {
                !c.is_ascii_digit()
                    && !c.is_ascii_punctuation()
                    && (('\u{3400}'..='\u{9fff}').contains(&c) || matches!(c, '“' | '”' | '、'))
            })
    };
    let last = before.rsplit([';', FW_SEMI]).next().unwrap_or(before);
    let rest = rest.trim_start_matches([';', FW_SEMI]);
    if rest.chars().take(41).count() > 40 || !ok(last) {
        return false;
    }
    let rest = trim(rest).trim_end_matches(['。', '.']);
    let phrases: Vec<&str> = rest.split([';', FW_SEMI]).collect();
    let before_n = before.matches([';', FW_SEMI]).count() + 1;
    before_n + phrases.len() <= 3 && phrases.iter().all(|p| ok(p))
}

/// A heading's first sub-item run in after it: `1.` `1 .` `1、` `（一）` `（1）`
/// `㈠` followed by a Chinese character, or by an opening quote and one
/// (`1、“会员评家”的…`), or by a template's fill-in blank and one (`1、_职工…`).
pub(super) fn first_sub_item(s: &str) -> bool {
    let han = |c: Option<char>| c.is_some_and(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
    let han = |r: &str| {
        let r = r.strip_prefix(['“', '「', '《']).unwrap_or(r);
        // a template's fill-in blank where a name was taken out (`1、_职工…`)
        let r = r.trim_start_matches(['_', '＿']);
        han(r.chars().next())
    };
    // (`（1）` too: a `1、` heading's first item, `1、基本情况(1)围绕…`)
    if let Some(r) = ["（一）", "(一)", "㈠", "（1）", "(1)"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
    {
        // `(一)、` too
        let r = r.strip_prefix('、').unwrap_or(r);
        return han(r);
    }
    let Some(r) = s.strip_prefix(['1', '１']) else {
        return false;
    };
    let r = r.strip_prefix(' ').unwrap_or(r);
    let Some(r) = r.strip_prefix(['.', FW_DOT, '、']) else {
        return false;
    };
    // `1. 完善…`: one space after the dot
    let r = r.strip_prefix(' ').unwrap_or(r);
    han(r)
}

/// Whether `s` ends with pinyin in brackets after a character (`標(biāo)`).
fn after_pinyin(s: &str) -> bool {
    s.ends_with([')', FW_RPAREN])
        && s.rfind(['(', FW_LPAREN])
            .is_some_and(|o| super::normalise::pinyin_len(&s[o..]) == s.len() - o)
}

/// `1.1政策与校情`: a chapter's first section number (one or two digits,
/// a dot, 1) before two Chinese characters that are no unit of a count
/// (`1.1倍`, `2.1万人`).
fn first_section(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&n) || b.get(n) != Some(&b'.') || b.get(n + 1) != Some(&b'1') {
        return false;
    }
    let mut r = s[n + 2..].chars();
    let han = |c: Option<char>| c.is_some_and(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
    let (a, b2) = (r.next(), r.next());
    han(a) && han(b2) && !a.is_some_and(|c| "倍万亿个人元次千米公亩吨斤".contains(c))
}

/// `（二）开展学习培训活动，提高干部素质 团区委工会组织…`: a short
/// heading, a space, then its text (30 characters or more holding sentence
/// punctuation); a space inside a heading (`以教代会制度 为基础，加大…`)
/// is no such split.
fn split_at_space(text: &str, at: usize) -> Option<(&str, &str)> {
    let head = trim(&text[..at]);
    let rest = trim(&text[at..]);
    // (both counted only as far as the test needs: a flattened line's
    // spaces would each count to its ends)
    let h = head.chars().take(41).count();
    let r = rest.chars().take(30.max(2 * h)).count();
    let sentence = |s: &str| s.chars().any(|c| matches!(c, '。' | '；' | ';'));
    let punct = |s: &str| {
        s.chars()
            .any(|c| matches!(c, '。' | '，' | ',' | '；' | ';' | '、' | '.'))
    };
    // a text layer's space after a number (`2014 年主要工作回顾`, `4 项`)
    // is inside a phrase
    // as is one around a lone placeholder letter (`…年是 X 区挂牌…`, `X 省`)
    let number = head.ends_with(|c: char| c.is_ascii_digit())
        || super::space_placeholder::lone_placeholder(head, rest);
    // a word that joins what comes before (`…工会职能 的基础上`) begins no text
    let joins = rest.starts_with(['的', '之', '和', '与', '及', '等']) || fill_in_blank(rest);
    // (a label of three phrases may be longer: `坚持…主题,进一步加强…建设,服务…成长`)
    let phrases = head.chars().filter(|c| matches!(c, '，' | ',')).count();
    // (not after a comma: `…凝聚广大职工, 进一步…` goes on)
    let longest = if phrases >= 2 && !head.ends_with(['，', ',']) {
        40
    } else {
        30
    };
    ((2..=longest).contains(&h)
        && !number
        && !joins
        && !sentence(head)
        && r >= 30
        && r >= 2 * h
        && punct(rest))
    .then_some((head, rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::normalise::tests::fw;

    #[test]
    fn a_lone_backquote_after_a_character_is_a_site_mark() {
        assert_eq!(
            without_site_mark("活动目的`:"),
            ("活动目的:".into(), Some("`"))
        );
        assert_eq!(without_site_mark("活动目的:"), ("活动目的:".into(), None));
        // Markdown code in pairs, or after a Latin letter, is kept
        assert_eq!(without_site_mark("使用`OA`平台").1, None);
        assert_eq!(without_site_mark("a`b").1, None);
    }

    #[test]
    fn a_run_in_first_sub_item_ends_the_heading() {
        assert_eq!(
            split_heading("大力加强职工思想政治引领1 .坚持用党的新思想凝心聚魂。将学习宣传…"),
            (
                "大力加强职工思想政治引领",
                "1 .坚持用党的新思想凝心聚魂。将学习宣传…"
            )
        );
        assert_eq!(
            split_heading("加强学习,提高素质1、_职工深入学习_。"),
            ("加强学习,提高素质", "1、_职工深入学习_。")
        );
        assert_eq!(
            split_heading("加强建家（一）开好职代会。"),
            ("加强建家", "（一）开好职代会。")
        );
        assert_eq!(
            split_heading("主要工作（一）、配合党政,加强队伍建设"),
            ("主要工作", "（一）、配合党政,加强队伍建设")
        );
        assert_eq!(
            split_heading("加强组织建设1. 完善工会组织体系。"),
            ("加强组织建设", "1. 完善工会组织体系。")
        );
        // a text layer's space after a number is inside the heading
        assert_eq!(
            split_heading("2014 年主要工作回顾 过去的一年,我校教代会和工会坚持以党的精神为指导,各项工作取得新进展。"),
            (
                "2014 年主要工作回顾",
                "过去的一年,我校教代会和工会坚持以党的精神为指导,各项工作取得新进展。"
            )
        );
        // numbers inside a heading stay in it
        assert_eq!(split_heading("创建1.5个示范点"), ("创建1.5个示范点", ""));
        assert_eq!(
            split_heading("争创2个示范点。全年"),
            ("争创2个示范点。", "全年")
        );
        assert_eq!(
            split_heading("工作开展情况㈠强化思想教育,推进队伍建设。"),
            ("工作开展情况", "㈠强化思想教育,推进队伍建设。")
        );
    }

    #[test]
    fn every_label_form_has_its_rank() {
        let cases = [
            ("一、".to_string(), rank::CN),
            ("一,".to_string(), rank::CN),
            (fw("一,"), rank::CN),
            ("十一、".to_string(), rank::CN),
            (fw("第一,"), rank::ORDINAL),
            ("第一、".to_string(), rank::ORDINAL),
            ("(一)".to_string(), rank::PAREN_CN),
            (fw("(一)"), rank::PAREN_CN),
            (fw("(一)、"), rank::PAREN_CN),
            ("(一)、".to_string(), rank::PAREN_CN),
            // its opening bracket lost
            ("四)".to_string(), rank::PAREN_CN),
            ("五)、".to_string(), rank::PAREN_CN),
            (fw("六)"), rank::PAREN_CN),
            ("1、".to_string(), rank::ARABIC),
            ("1.".to_string(), rank::ARABIC),
            (fw("1."), rank::ARABIC),
            ("1. ".to_string(), rank::ARABIC),
            ("12.".to_string(), rank::ARABIC),
            ("(1)".to_string(), rank::PAREN_ARABIC),
            (fw("(1)"), rank::PAREN_ARABIC),
            ("⑴".to_string(), rank::PAREN_ARABIC),
            ("㈠".to_string(), rank::PAREN_CN),
            ("①".to_string(), rank::CIRCLED),
            ("1)".to_string(), rank::HALF_PAREN),
            ("第一部分".to_string(), rank::PART),
            (fw("第二部分:"), rank::PART),
            ("第三篇、".to_string(), rank::PART),
            ("上篇 ".to_string(), rank::PART),
            (fw("下篇:"), rank::PART),
        ];
        for (label, r) in cases {
            let line = format!("{label}学习");
            let (got, len) = parse_label(&line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(got, r, "{line}");
            assert_eq!(&line[len..], "学习", "{line}");
        }
    }

    #[test]
    fn numbers_and_sentences_are_not_labels() {
        for line in [
            "13.02万元",
            "2009.5.11",
            "第一届工会委员会",
            "一是要加强",
            "三八节",
            "一、",
            "2025年工作",
            "5.1劳动节",
            "一二九运动",
            "第一部分",
            "上篇文章写到",
            "下篇",
        ] {
            assert_eq!(parse_label(line), None, "{line}");
        }
        assert_eq!(parse_label(&fw("13.02万元")), None);
    }

    #[test]
    fn heading_split_keeps_every_character() {
        assert_eq!(
            split_heading("广普查。今年,我们"),
            ("广普查。", "今年,我们")
        );
        assert_eq!(
            split_heading("继续做好送温暖工程。"),
            ("继续做好送温暖工程。", "")
        );
        assert_eq!(
            split_heading(&fw("指导思想:以党的精神为指导")),
            (fw("指导思想:").as_str(), "以党的精神为指导")
        );
        assert_eq!(split_heading("开展“读书”。活动"), ("开展“读书”。", "活动"));
        assert_eq!(split_heading("上午8:30集合"), ("上午8:30集合", ""));
        assert_eq!(split_heading("活动时间:9月下旬"), ("活动时间:", "9月下旬"));
        let long =
            "团区委工会组织干部职工到遵义一大会址学习,重温革命激情,进行了一次深刻的革命传统教育。";
        assert_eq!(
            split_heading(&format!("开展学习培训活动,提高工会干部素质 {long}")),
            ("开展学习培训活动,提高工会干部素质", long)
        );
        assert_eq!(
            split_heading("以教代会制度 为基础,加大民主管理和民主监督力度"),
            ("以教代会制度 为基础,加大民主管理和民主监督力度", "")
        );
        assert_eq!(
            split_heading("维护职工的合法权益.充分发挥提案委员会的作用."),
            ("维护职工的合法权益.", "充分发挥提案委员会的作用.")
        );
        assert_eq!(split_heading("人均培训1.63天"), ("人均培训1.63天", ""));
        assert_eq!(
            split_heading("加强学习,提高素质;健全制度"),
            ("加强学习,提高素质;", "健全制度")
        );
    }
}
