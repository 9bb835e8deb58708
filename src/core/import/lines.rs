//! Recognising single lines of an imported text: numbering labels, month
//! headings, dates, page numbers, keywords. Every function here works on
//! chars (never slices inside a char) and returns `None` rather than panic.

use chrono::NaiveDate;

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
        '畫' => '画',
        '總' => '总',
        '結' => '结',
        '點' => '点',
        '導' => '导',
        '體' => '体',
        '標' => '标',
        '實' => '实',
        '問' => '问',
        '題' => '题',
        '處' => '处',
        '動' => '动',
        '曆' | '歷' => '历',
        '務' => '务',
        '會' => '会',
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
        '階' => '阶',
        '圍' => '围',
        '規' => '规',
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

fn cn_digit(c: char) -> Option<u32> {
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

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn skip_char(s: &str) -> &str {
    match s.chars().next() {
        Some(c) => &s[c.len_utf8()..],
        None => s,
    }
}

/// The rank of a numbering form, highest first. Levels are assigned per
/// document from the ranks it uses (see `import::levels`).
pub(crate) mod rank {
    /// `一、` `一,` `一,` `一.`
    pub const CN: u8 = 0;
    /// `第一,` `第一、`
    pub const ORDINAL: u8 = 1;
    /// `(一)` `(一)` `(一)、`
    pub const PAREN_CN: u8 = 2;
    /// `1、` `1.` `1.` `⒈`
    pub const ARABIC: u8 = 3;
    /// `(1)` `(1)` `⑴`
    pub const PAREN_ARABIC: u8 = 4;
    /// `1)` `1)`
    pub const HALF_PAREN: u8 = 5;
    /// `①`
    pub const CIRCLED: u8 = 6;
}

fn is_open_paren(c: char) -> bool {
    matches!(c, '(' | FW_LPAREN)
}

fn is_close_paren(c: char) -> bool {
    matches!(c, ')' | FW_RPAREN)
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

fn label_core(line: &str) -> Option<(u8, usize)> {
    let c0 = first_char(line)?;
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
            return Some((rank::CN, n + sep.len_utf8()));
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

/// A month heading: `二月:` `三月份` `一月 |` `1-2月` `7,8月:` `1~2月:`
/// `七、八月:` `一、二月` `十二月份:` `2月` `一、1—2月`, optionally followed
/// (after a colon, a bar or a space) by activities on the same line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MonthLine {
    pub months: Vec<u8>,
    /// Byte length of the heading (label, months, separator, spaces).
    pub head_len: usize,
}

pub(crate) fn parse_month_line(line: &str) -> Option<MonthLine> {
    if let Some(m) = month_head(line, 0) {
        return Some(m);
    }
    // a label before the months: 一、1—2月, (一)二月
    let (_, len) = label_core(line)?;
    let after_label = len + (line[len..].len() - trim_start(&line[len..]).len());
    month_head(line, after_label)
}

fn month_head(line: &str, start: usize) -> Option<MonthLine> {
    let (months, end) = month_spec(&line[start..])?;
    let mut pos = start + end;
    let rest = &line[pos..];
    let trimmed = trim_start(rest);
    let had_space = trimmed.len() != rest.len();
    pos += rest.len() - trimmed.len();
    let mut sep = false;
    if let Some(c) = first_char(trimmed) {
        if matches!(c, ':' | FW_COLON | '|' | FW_BAR | '│' | '︰') {
            sep = true;
            pos += c.len_utf8();
            let r = &line[pos..];
            pos += r.len() - trim_start(r).len();
        }
    }
    let rest = &line[pos..];
    if !rest.is_empty() && !sep && !had_space {
        // 三月份召开职代会, 6月10日: a sentence, not a heading; but allow a
        // short note in brackets: 七、八月(暑假)
        let c = first_char(rest)?;
        if !is_open_paren(c) {
            return None;
        }
    }
    Some(MonthLine {
        months,
        head_len: pos,
    })
}

/// The months part: numbers (one numeral system), list or range separators,
/// 月 after each or after the last, 份 allowed after 月.
fn month_spec(s: &str) -> Option<(Vec<u8>, usize)> {
    let mut months: Vec<u8> = Vec::new();
    let mut pos = 0;
    let mut system: Option<bool> = None; // true = Chinese
    let mut pending_range: Option<u8> = None;
    let mut saw_yue;
    loop {
        let rest = &s[pos..];
        let (v, n, cn) = if let Some((v, n)) = cn_prefix(rest) {
            (v, n, true)
        } else if let Some((v, n)) = arabic_prefix(rest) {
            (v, n, false)
        } else {
            return None;
        };
        if system.is_some_and(|sys| sys != cn) || !(1..=12).contains(&v) {
            return None;
        }
        system = Some(cn);
        pos += n;
        let v = v as u8;
        match pending_range.take() {
            Some(a) => {
                // a..=v, wrapping over the year end (11-1月)
                let mut m = a;
                let mut guard = 0;
                loop {
                    if !months.contains(&m) {
                        months.push(m);
                    }
                    if m == v || guard > 12 {
                        break;
                    }
                    m = m % 12 + 1;
                    guard += 1;
                }
            }
            None => {
                if !months.contains(&v) {
                    months.push(v);
                }
            }
        }
        saw_yue = false;
        if s[pos..].starts_with('月') {
            pos += '月'.len_utf8();
            saw_yue = true;
            if s[pos..].starts_with('份') {
                pos += '份'.len_utf8();
            }
        }
        // separator and another number?
        let rest = &s[pos..];
        let Some(c) = first_char(rest) else { break };
        let (is_sep, is_range) = match c {
            '、' | ',' | FW_COMMA | '/' | FW_SLASH | '和' | '及' | '与' => (true, false),
            '-' | '—' | '–' | '~' | FW_TILDE | '至' | '到' | FW_HYPHEN | '─' | '〜' => {
                (true, true)
            }
            _ => (false, false),
        };
        if !is_sep {
            break;
        }
        let mut p2 = pos + c.len_utf8();
        // —— (two dashes)
        while let Some(c2) = first_char(&s[p2..]) {
            if is_range && matches!(c2, '—' | '-' | '–' | '─' | FW_HYPHEN) {
                p2 += c2.len_utf8();
            } else {
                break;
            }
        }
        let next = &s[p2..];
        let continues = cn_prefix(next).is_some() || arabic_prefix(next).is_some();
        if !continues {
            break;
        }
        if is_range {
            // the range start is already in `months`; the range adds the rest
            pending_range = months.last().copied();
        }
        pos = p2;
    }
    if !saw_yue || months.is_empty() || months.len() > 12 {
        return None;
    }
    Some((months, pos))
}

/// A page-number line: `— 7 —`, `-7-`, `- 7 -`, `第7页`, `第 7 页 共 9 页`, `7`.
pub(crate) fn is_page_number(line: &str) -> bool {
    let s: String = line.chars().filter(|c| !is_space(*c)).collect();
    let s = s.trim_matches(|c| matches!(c, '-' | '—' | '–' | FW_HYPHEN | '─' | '―' | '·'));
    let mut s = s.to_string();
    if let Some(r) = s.strip_prefix('第') {
        // 第7页 / 第7页共9页 / 第7页/共9页
        let Some(i) = r.find('页') else { return false };
        let tail = &r[i + '页'.len_utf8()..];
        let tail_ok = tail.is_empty() || {
            let t = tail.trim_start_matches(['/', '/', ',', ',']);
            t.strip_prefix('共')
                .and_then(|t| t.strip_suffix('页'))
                .is_some_and(all_digits)
        };
        if !tail_ok {
            return false;
        }
        s = r[..i].to_string();
    } else if let Some((a, b)) = s.split_once(['/', '/']) {
        // 7/12
        if all_digits(a) && all_digits(b) && !a.is_empty() && char_len(a) <= 3 && char_len(b) <= 3 {
            return true;
        }
        return false;
    }
    all_digits(&s) && (1..=3).contains(&char_len(&s))
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| digit(c).is_some())
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

/// A date as a signature writes it; (date, written in Chinese numerals).
pub(crate) fn parse_date(s: &str) -> Option<(NaiveDate, bool)> {
    let mut s = trim(s);
    if let (Some(a), Some(b)) = (first_char(s), s.chars().last()) {
        if is_open_paren(a) && is_close_paren(b) && s.len() > a.len_utf8() + b.len_utf8() {
            s = trim(&s[a.len_utf8()..s.len() - b.len_utf8()]);
        }
    }
    let compact: String = s.chars().filter(|c| !is_space(*c)).collect();
    let cs: Vec<char> = compact.chars().collect();
    if cs.len() < 6 || cs.len() > 24 {
        return None;
    }
    // Arabic year
    if cs.len() >= 4 && cs[..4].iter().all(|c| digit(*c).is_some()) {
        let y = cs[..4]
            .iter()
            .fold(0i32, |a, c| a * 10 + digit(*c).unwrap_or(0) as i32);
        let rest: String = cs[4..].iter().collect();
        let (m, d) = arabic_md(&rest)?;
        return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (dt, false));
    }
    // Chinese year 二〇二五年十二月二十日
    if cs.len() >= 5 && cs[..4].iter().all(|c| cn_year_digit(*c).is_some()) && cs[4] == '年' {
        let y = cs[..4]
            .iter()
            .fold(0i32, |a, c| a * 10 + cn_year_digit(*c).unwrap_or(0) as i32);
        let rest: String = cs[5..].iter().collect();
        let (mstr, r2) = rest.split_once('月')?;
        let dstr = r2.strip_suffix('日').or_else(|| r2.strip_suffix('号'))?;
        let m = cn_value(mstr)?;
        let d = cn_value(dstr)?;
        return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (dt, true));
    }
    None
}

pub(crate) fn cn_year_digit(c: char) -> Option<u32> {
    match fold_char(c) {
        '〇' | 'O' | 'О' => Some(0),
        c => cn_digit(c),
    }
}

fn arabic_md(rest: &str) -> Option<(u32, u32)> {
    let num = |s: &str| -> Option<u32> {
        if s.is_empty() || s.chars().count() > 2 {
            return None;
        }
        s.chars()
            .try_fold(0u32, |a, c| digit(c).map(|d| a * 10 + d))
    };
    if let Some(r) = rest.strip_prefix('年') {
        let (m, r2) = r.split_once('月')?;
        let d = r2.strip_suffix('日').or_else(|| r2.strip_suffix('号'))?;
        return Some((num(m)?, num(d)?));
    }
    let sep = first_char(rest)?;
    if !matches!(sep, '.' | '-' | '/' | FW_DOT | FW_HYPHEN | FW_SLASH) {
        return None;
    }
    let r = skip_char(rest);
    let (m, d) = r.split_once(sep)?;
    Some((num(m)?, num(d)?))
}

/// A four-figure year (Arabic or Chinese digits) followed by 年 or a dash in
/// `s`: (year, byte start, byte end of the digits).
pub(crate) fn find_year(s: &str) -> Option<(i32, usize, usize)> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i + 4 <= cs.len() {
        let win = &cs[i..i + 4];
        let before_ok =
            i == 0 || (digit(cs[i - 1].1).is_none() && cn_year_digit(cs[i - 1].1).is_none());
        // the next char, spaces skipped (2025 年)
        let after = cs.iter().skip(i + 4).map(|x| x.1).find(|c| !is_space(*c));
        let after_ok = matches!(
            after,
            Some('年' | '-' | '—' | '–' | '~' | FW_TILDE | '/' | '学' | '度' | FW_HYPHEN)
        ) || (after.is_none());
        if before_ok && after_ok {
            let end = cs.get(i + 4).map(|x| x.0).unwrap_or(s.len());
            if win.iter().all(|(_, c)| digit(*c).is_some()) {
                let y = win
                    .iter()
                    .fold(0i32, |a, (_, c)| a * 10 + digit(*c).unwrap_or(0) as i32);
                if (1949..=2199).contains(&y) {
                    return Some((y, win[0].0, end));
                }
            } else if win.iter().all(|(_, c)| cn_year_digit(*c).is_some())
                && after == Some('年')
                && win.iter().any(|(_, c)| *c != '一')
            {
                let y = win.iter().fold(0i32, |a, (_, c)| {
                    a * 10 + cn_year_digit(*c).unwrap_or(0) as i32
                });
                if (1949..=2199).contains(&y) {
                    return Some((y, win[0].0, end));
                }
            }
        }
        i += 1;
    }
    None
}

/// A placeholder year (`20xx`, `201x`, `20XX`, `__`, `xx`, `201某`, `××`)
/// right before 年: byte start of the placeholder.
pub(crate) fn find_placeholder_year(s: &str) -> Option<usize> {
    let nian = s.find('年')?;
    let before = &s[..nian];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| {
            digit(*c).is_some()
                || matches!(
                    c,
                    'x' | 'X'
                        | '×'
                        | '*'
                        | '_'
                        | '某'
                        | '〇'
                        | '\u{ff38}'
                        | '\u{ff58}'
                        | '\u{ff3f}'
                )
        })
        .last()
        .map(|(i, _)| i)?;
    let token = &before[start..];
    if char_len(token) >= 2 && token.chars().any(|c| digit(c).is_none()) {
        Some(start)
    } else {
        None
    }
}

/// Splits a numbered line into heading and text at the first sentence end
/// (。;:!? and their half-width forms; closing quotes stay with the
/// heading). Every character is kept in one of the two parts.
pub(crate) fn split_heading(text: &str) -> (&str, &str) {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    for (k, (i, c)) in cs.iter().enumerate() {
        let is_end = match *c {
            '。' | FW_SEMI | FW_COLON | FW_BANG | FW_QUESTION | '︰' => true,
            ';' | '!' | '?' => true,
            ':' => cs.get(k + 1).is_none_or(|(_, n)| digit(*n).is_none()),
            _ => false,
        };
        if !is_end {
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

/// The heading with trailing punctuation and a trailing 如下 removed, folded
/// to simplified characters: what keyword matching looks at.
pub(crate) fn norm_heading(h: &str) -> String {
    let f = fold(trim(h));
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

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

    fn months(s: &str) -> Option<Vec<u8>> {
        parse_month_line(s).map(|m| m.months)
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
            ("1、".to_string(), rank::ARABIC),
            ("1.".to_string(), rank::ARABIC),
            (fw("1."), rank::ARABIC),
            ("1. ".to_string(), rank::ARABIC),
            ("12.".to_string(), rank::ARABIC),
            ("(1)".to_string(), rank::PAREN_ARABIC),
            (fw("(1)"), rank::PAREN_ARABIC),
            ("⑴".to_string(), rank::PAREN_ARABIC),
            ("①".to_string(), rank::CIRCLED),
            ("1)".to_string(), rank::HALF_PAREN),
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
        ] {
            assert_eq!(parse_label(line), None, "{line}");
        }
        assert_eq!(parse_label(&fw("13.02万元")), None);
    }

    #[test]
    fn month_heading_forms() {
        assert_eq!(months("二月:"), Some(vec![2]));
        assert_eq!(months(&fw("二月:")), Some(vec![2]));
        assert_eq!(months("三月份"), Some(vec![3]));
        assert_eq!(months("一月 |"), Some(vec![1]));
        assert_eq!(months(&fw("一月 |")), Some(vec![1]));
        assert_eq!(months("1-2月"), Some(vec![1, 2]));
        assert_eq!(months(&fw("1-2月")), Some(vec![1, 2]));
        assert_eq!(months("7,8月:"), Some(vec![7, 8]));
        assert_eq!(months(&fw("7,8月:")), Some(vec![7, 8]));
        assert_eq!(months("1~2月:"), Some(vec![1, 2]));
        assert_eq!(months(&fw("1~2月:")), Some(vec![1, 2]));
        assert_eq!(months(&fw("七、八月:")), Some(vec![7, 8]));
        assert_eq!(months("七、八月"), Some(vec![7, 8]));
        assert_eq!(months("一、二月"), Some(vec![1, 2]));
        assert_eq!(months(&fw("十二月份:")), Some(vec![12]));
        assert_eq!(months("2月"), Some(vec![2]));
        assert_eq!(months("一、1—2月"), Some(vec![1, 2]));
        assert_eq!(months("一、1——2月"), Some(vec![1, 2]));
        assert_eq!(months(&fw("(一)二月")), Some(vec![2]));
        assert_eq!(months("7月、8月:"), Some(vec![7, 8]));
        assert_eq!(months("11-1月"), Some(vec![11, 12, 1]));
        assert_eq!(months("3—5月:"), Some(vec![3, 4, 5]));
        assert_eq!(months("9月至10月"), Some(vec![9, 10]));
        assert_eq!(months(&fw("七、八月(暑假)")), Some(vec![7, 8]));
    }

    #[test]
    fn sentences_starting_with_a_month_are_not_month_headings() {
        for line in [
            "三月份召开职代会",
            "6月10日,为劳模发放",
            "8月,我会开展助学",
            "十三月",
            "一、加强学习",
            "2025年",
            "3月8日",
            "十二、加强自身建设",
        ] {
            assert_eq!(months(line), None, "{line}");
        }
        assert_eq!(months(&fw("8月,我会开展助学")), None);
    }

    #[test]
    fn month_line_keeps_activities_after_the_colon() {
        let line = fw("二月:") + "制定工会工作计划";
        let m = parse_month_line(&line).unwrap();
        assert_eq!(&line[m.head_len..], "制定工会工作计划");
        let line = "1-2月 | 慰问困难职工";
        let m = parse_month_line(line).unwrap();
        assert_eq!(&line[m.head_len..], "慰问困难职工");
    }

    #[test]
    fn page_number_lines() {
        for l in [
            "— 7 —",
            "-7-",
            "- 7 -",
            "第7页",
            "第 7 页 共 12 页",
            "7",
            "—12—",
            "3/10",
            &fw("-7-"),
            &fw("第7页"),
        ] {
            assert!(is_page_number(l), "{l}");
        }
        for l in ["2025年", "第七届", "7月", "一、", "2025", "第7页内容"] {
            assert!(!is_page_number(l), "{l}");
        }
    }

    #[test]
    fn signature_date_forms() {
        let d = |s: &str| parse_date(s).map(|(d, c)| (d.to_string(), c));
        assert_eq!(d("2025年12月20日"), Some(("2025-12-20".into(), false)));
        assert_eq!(d(&fw("2025年12月20日")), Some(("2025-12-20".into(), false)));
        assert_eq!(
            d("二〇一〇年十一月三十日"),
            Some(("2010-11-30".into(), true))
        );
        assert_eq!(
            d("二零一零年十一月三十日"),
            Some(("2010-11-30".into(), true))
        );
        assert_eq!(d("二○二五年一月六日"), Some(("2025-01-06".into(), true)));
        assert_eq!(d("2009.5.11"), Some(("2009-05-11".into(), false)));
        assert_eq!(d("2009-5-11"), Some(("2009-05-11".into(), false)));
        assert_eq!(d("2009/5/11"), Some(("2009-05-11".into(), false)));
        assert_eq!(d(&fw("2009.5.11")), Some(("2009-05-11".into(), false)));
        assert_eq!(d("2025 年 1 月 6 日"), Some(("2025-01-06".into(), false)));
        assert_eq!(d("2025年2月30日"), None);
        assert_eq!(d("20xx年x月x日"), None);
        assert_eq!(d("2009.5-11"), None);
    }

    #[test]
    fn years_in_titles() {
        assert_eq!(find_year("某校工会2025年工作计划").map(|y| y.0), Some(2025));
        assert_eq!(
            find_year("某校工会二〇二五年工作计划").map(|y| y.0),
            Some(2025)
        );
        assert_eq!(
            find_year("2024-2025学年度工会工作计划").map(|y| y.0),
            Some(2024)
        );
        assert_eq!(
            find_year("某校工会 2025 年工作计划").map(|y| y.0),
            Some(2025)
        );
        assert_eq!(find_year("某校工会20xx年工作计划"), None);
        assert_eq!(find_year("某校工会201x年工作计划"), None);
        assert_eq!(
            find_placeholder_year("某校工会20xx年工作计划"),
            Some("某校工会".len())
        );
        assert_eq!(
            find_placeholder_year("某校工会201x年工作计划"),
            Some("某校工会".len())
        );
        assert_eq!(
            find_placeholder_year("某校工会__年工作计划"),
            Some("某校工会".len())
        );
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
        assert_eq!(
            split_heading("加强学习,提高素质;健全制度"),
            ("加强学习,提高素质;", "健全制度")
        );
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
