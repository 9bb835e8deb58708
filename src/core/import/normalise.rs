//! Character-level helpers every pass uses: white space and trimming,
//! full-width forms, traditional → simplified folding for keyword matching,
//! digits and Chinese numerals, sentence punctuation, the normalised form of
//! a heading. Input: a `&str` or a `char`; nothing here knows about lines.
//! Every function works on chars (never slices inside a char) and returns
//! `None` rather than panic.

/// Whitespace as the importer sees it: Unicode white space (incl. the
/// ideographic space U+3000) plus the invisible marks pasted text carries.
// Full-width forms, written as escapes so that no editor or copy step folds
// them to ASCII (texts from Word and WPS use both).
pub(crate) const FW_COMMA: char = '\u{ff0c}';
pub(crate) const FW_DOT: char = '\u{ff0e}';
pub(crate) const FW_COLON: char = '\u{ff1a}';
pub(crate) const FW_SEMI: char = '\u{ff1b}';
pub(crate) const FW_BANG: char = '\u{ff01}';
pub(crate) const FW_QUESTION: char = '\u{ff1f}';
pub(crate) const FW_LPAREN: char = '\u{ff08}';
pub(crate) const FW_RPAREN: char = '\u{ff09}';
pub(crate) const FW_SLASH: char = '\u{ff0f}';
pub(crate) const FW_TILDE: char = '\u{ff5e}';
pub(crate) const FW_HYPHEN: char = '\u{ff0d}';
pub(crate) const FW_BAR: char = '\u{ff5c}';

pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
        // a private-use glyph (an icon font's or an editor's mark a web copy
        // keeps after a heading): no character of the text
        || ('\u{e000}'..='\u{f8ff}').contains(&c)
}

pub(crate) fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

pub(crate) fn trim_start(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

/// Traditional → simplified for the characters our keywords use, one char
/// for one char (so char positions stay the same). Matching only: the text
/// itself is kept as written.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '計' => '计',
        '劃' => '划',
        // 計畫 and 規畫 are the traditional spellings of 计划 and 规划
        '畫' => '划',
        '總' => '总',
        '結' => '结',
        '點' => '点',
        '導' => '导',
        '體' => '体',
        '標' => '标',
        '實' => '实',
        // (`工作紀實`, an account of the year's work)
        '紀' => '纪',
        '問' => '问',
        '題' => '题',
        '處' => '处',
        '動' => '动',
        '曆' | '歷' => '历',
        '務' => '务',
        '會' => '会',
        // `工青婦` (a union body with the youth league and women's federation)
        '婦' => '妇',
        '來' => '来',
        '與' => '与',
        '現' => '现',
        '將' => '将',
        '項' => '项',
        '於' => '于',
        '進' => '进',
        '應' => '应',
        '學' => '学',
        '訂' => '订',
        '對' => '对',
        '後' => '后',
        '績' => '绩',
        '況' => '况',
        '內' => '内',
        '們' => '们',
        '報' => '报',
        '匯' | '彙' => '汇',
        '顧' => '顾',
        '時' => '时',
        '間' => '间',
        '設' => '设',
        '構' => '构',
        '階' => '阶',
        '圍' => '围',
        '規' => '规',
        // (`…辦法`, rules)
        '辦' => '办',
        '機' => '机',
        '權' => '权',
        '職' => '职',
        '質' => '质',
        '領' => '领',
        '見' => '见',
        '風' => '风',
        '議' => '议',
        '隊' => '队',
        '發' => '发',
        '習' => '习',
        '為' => '为',
        '範' => '范',
        '競' => '竞',
        // the plain section names (`現狀分析`, `實施步驟`, `形勢分析`, `預期效果`)
        '狀' => '状',
        '驟' => '骤',
        '勢' => '势',
        '預' => '预',
        '賽' => '赛',
        // (`結合…實際`, `根據`, `獲得了…認可`, `發揮了…作用`: a clause of
        // basis after a flattened title, results told as achieved)
        '際' => '际',
        '據' => '据',
        '獲' => '获',
        '認' => '认',
        '揮' => '挥',
        // `計劃書`, a plan written up as a paper
        '書' => '书',
        '零' => '〇',
        '○' | '\u{ff2f}' => '〇',
        _ => c,
    }
}

pub(crate) fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// ASCII or full-width digit.
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{ff10}'..='\u{ff19}' => Some(c as u32 - 0xff10),
        _ => None,
    }
}

const CN_DIGITS: &str = "一二三四五六七八九";

pub(super) fn cn_digit(c: char) -> Option<u32> {
    CN_DIGITS.chars().position(|d| d == c).map(|i| i as u32 + 1)
}

/// Value of a Chinese numeral 1..=99 written out in full (一, 十, 十一, 二十, 九十九).
pub(crate) fn cn_value(s: &str) -> Option<u32> {
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => cn_digit(*a),
        ['十', b] => cn_digit(*b).map(|v| 10 + v),
        [a, '十'] => cn_digit(*a).filter(|v| *v >= 2).map(|v| v * 10),
        [a, '十', b] => Some(cn_digit(*a).filter(|v| *v >= 2)? * 10 + cn_digit(*b)?),
        _ => None,
    }
}

/// A Chinese numeral (the maximal run of 一…十, at most three chars) at the
/// start of `s`: its value and its length in bytes.
pub(crate) fn cn_prefix(s: &str) -> Option<(u32, usize)> {
    let end = s
        .char_indices()
        .find(|(_, c)| cn_digit(*c).is_none() && *c != '十')
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    if end == 0 || char_len(&s[..end]) > 3 {
        return None;
    }
    cn_value(&s[..end]).map(|v| (v, end))
}

/// An Arabic number of one or two digits (ASCII or full-width) at the start
/// of `s`; a longer run of digits is no label.
pub(crate) fn arabic_prefix(s: &str) -> Option<(u32, usize)> {
    let mut v = 0u32;
    let mut n = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        match digit(c) {
            Some(d) => {
                v = v * 10 + d;
                n += 1;
                end = i + c.len_utf8();
                if n > 2 {
                    return None;
                }
            }
            None => break,
        }
    }
    if n == 0 {
        None
    } else {
        Some((v, end))
    }
}

pub(super) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

pub(super) fn skip_char(s: &str) -> &str {
    match s.chars().next() {
        Some(c) => &s[c.len_utf8()..],
        None => s,
    }
}

pub(super) fn is_open_paren(c: char) -> bool {
    matches!(c, '(' | FW_LPAREN)
}

pub(super) fn is_close_paren(c: char) -> bool {
    matches!(c, ')' | FW_RPAREN)
}

/// The characters of `line` that come right after a sentence end (`。`,
/// `！`, `？`, `!`, `?`), with their byte offsets: where a flattened text's
/// next sentence, or a part run in after it, begins.
pub(crate) fn after_sentence_ends(line: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut prev: Option<char> = None;
    line.char_indices().filter(move |&(_, c)| {
        let after_end = prev.is_some_and(|p| matches!(p, '。' | '！' | '？' | '!' | '?'));
        prev = Some(c);
        after_end
    })
}

/// Sentence punctuation: a line holding one is no title and no signature.
pub(crate) fn has_sentence_punct(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(
            c,
            '。' | ','
                | FW_COMMA
                | ';'
                | FW_SEMI
                | ':'
                | FW_COLON
                | '!'
                | FW_BANG
                | '?'
                | FW_QUESTION
        )
    })
}

/// The heading with trailing punctuation and a trailing 如下 removed, folded
/// to simplified characters: what keyword matching looks at.
pub(crate) fn norm_heading(h: &str) -> String {
    // (a site's pinyin after characters, `指導(dǎo)思想`, left out)
    let f = fold(&strip_pinyin(trim(h)));
    let t = f.trim_end_matches(|c: char| {
        is_space(c)
            || matches!(
                c,
                ':' | FW_COLON | '。' | '.' | ',' | FW_COMMA | ';' | FW_SEMI | '︰'
            )
    });
    let t = t.strip_suffix("如下").unwrap_or(t);
    t.trim_end_matches(|c: char| is_space(c) || matches!(c, ':' | FW_COLON))
        .to_string()
}

/// The byte length of the pinyin in brackets some sites put after a
/// character (`(yī)`) at the start of `s`, brackets included; 0 if none.
pub(crate) fn pinyin_len(s: &str) -> usize {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    let Some(open) = first_char(s).filter(|c| matches!(*c, '(' | FW_LPAREN)) else {
        return 0;
    };
    let after = &s[open.len_utf8()..];
    let inner: String = after.chars().take(8).collect();
    let Some(n) = inner.find([')', FW_RPAREN]).filter(|n| *n > 0) else {
        return 0;
    };
    let word = &inner[..n];
    if !word
        .chars()
        .all(|c| c.is_ascii_lowercase() || TONED.contains(c))
        || !word.chars().any(|c| TONED.contains(c))
    {
        return 0;
    }
    let close = inner[n..].chars().next().map_or(1, char::len_utf8);
    open.len_utf8() + n + close
}

/// The text without the pinyin some sites put in brackets after characters
/// (`醫(yī)院工會(huì)總結(jié)` → `醫院工會總結`), for matching words only.
pub(crate) fn strip_pinyin(s: &str) -> String {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find(['(', FW_LPAREN]) {
        out.push_str(&rest[..k]);
        let open = rest[k..].chars().next().unwrap_or('(');
        let after = &rest[k + open.len_utf8()..];
        let inner_len = after.find([')', FW_RPAREN]).filter(|n| *n > 0).filter(|n| {
            after[..*n]
                .chars()
                .all(|c| c.is_ascii_lowercase() || TONED.contains(c))
                && after[..*n].chars().any(|c| TONED.contains(c))
        });
        match inner_len {
            Some(n) => {
                let close = after[n..].chars().next().map_or(1, char::len_utf8);
                rest = &after[n + close..];
            }
            None => {
                out.push(open);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where each occurrence of `words` ends in `s`, matched in `s` folded
/// with the pinyin in brackets after characters left out (`計(jì)劃` is
/// 计划): the byte index after the word's last character (before its own
/// pinyin). Meant for a title's first few dozen characters.
pub(crate) fn word_ends(s: &str, words: &[&str]) -> Vec<usize> {
    let mut plain = String::with_capacity(s.len());
    // the byte end in `s` of each character of `plain`
    let mut ends_at: Vec<usize> = Vec::with_capacity(s.len() / 3 + 1);
    let mut i = 0;
    let mut after_han = false;
    while let Some(c) = s[i..].chars().next() {
        let skip = if after_han { pinyin_len(&s[i..]) } else { 0 };
        if skip > 0 {
            i += skip;
            after_han = false;
            continue;
        }
        plain.push(fold_char(c));
        i += c.len_utf8();
        ends_at.push(i);
        after_han = c >= '\u{3400}';
    }
    let mut out = Vec::new();
    for w in words {
        for (b, _) in plain.match_indices(w) {
            let k = plain[..b + w.len()].chars().count();
            out.push(ends_at[k - 1]);
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn pinyin_in_brackets_is_left_out_for_matching() {
        assert_eq!(
            strip_pinyin("醫(yī)院工會(huì)總結(jié)(草案)"),
            "醫院工會總結(草案)"
        );
        assert_eq!(strip_pinyin("总结(summary)"), "总结(summary)");
        assert_eq!(strip_pinyin("(1)学习"), "(1)学习");
        assert_eq!(strip_pinyin("醫（yī）院"), "醫院");
    }

    #[test]
    fn word_ends_reads_past_pinyin_inside_a_word() {
        let t = "某校工會(huì)年度計(jì)劃第一章";
        let ends = word_ends(t, &["计划"]);
        assert_eq!(ends, vec![t.find("劃").unwrap() + "劃".len()]);
        assert_eq!(word_ends("工作总结范文", &["总结"]), vec!["工作总结".len()]);
    }

    #[test]
    fn pinyin_len_measures_one_bracket_of_pinyin() {
        assert_eq!(pinyin_len("(shè)一是"), "(shè)".len());
        assert_eq!(pinyin_len("（yī）院"), "（yī）".len());
        assert_eq!(pinyin_len("(summary)"), 0);
        assert_eq!(pinyin_len("(1)学习"), 0);
        assert_eq!(pinyin_len("院"), 0);
    }

    #[test]
    fn traditional_fan_folds_for_the_site_suffix() {
        assert_eq!(fold("工會下半年工作總結範文"), "工会下半年工作总结范文");
    }

    /// The full-width form of ASCII punctuation and digits, as Word/WPS
    /// texts write them (built here so no editor can fold the test data).
    pub(crate) fn fw(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '!'..='~' if !c.is_ascii_alphabetic() => {
                    char::from_u32(c as u32 - 0x21 + 0xff01).unwrap_or(c)
                }
                _ => c,
            })
            .collect()
    }

    #[test]
    fn fw_builds_full_width_forms() {
        assert_eq!(
            fw("(一),1.:"),
            "\u{ff08}一\u{ff09}\u{ff0c}\u{ff11}\u{ff0e}\u{ff1a}"
        );
    }

    #[test]
    fn chinese_numerals_parse_one_to_ninety_nine() {
        assert_eq!(cn_value("一"), Some(1));
        assert_eq!(cn_value("十"), Some(10));
        assert_eq!(cn_value("十二"), Some(12));
        assert_eq!(cn_value("二十"), Some(20));
        assert_eq!(cn_value("三十一"), Some(31));
        assert_eq!(cn_value("一十"), None);
        assert_eq!(cn_value("三八"), None);
        assert_eq!(cn_prefix("十一、"), Some((11, 6)));
    }

    #[test]
    fn traditional_characters_fold_for_matching_only() {
        assert_eq!(fold("工作計劃"), "工作计划");
        assert_eq!(fold("工作總結"), "工作总结");
        assert_eq!(norm_heading(&fw("活動安排:")), "活动安排");
        assert_eq!(
            char_len(&fold("存在問題和不足")),
            char_len("存在問題和不足")
        );
    }
}
