//! Placeholders (`placeholder`): template text left unreplaced in any field:
//! 20xx/201x years, xx, underline blanks, 某某, ** masking, ellipses waiting
//! for text, 待定, symbol runs (××, ○○), fill-in brackets (【填写】) and
//! empty quotes. One finding per occurrence, at its field, quoting it with
//! its context; each kind of placeholder has its own `why` (a `REGISTRY`
//! case named by `Ph::case`).
//!
//! Heuristics worth knowing (all pinned by tests):
//! - `某` is an error in 某某, 201某年, 某年/某月/某日 and in the title,
//!   organisation or signature; elsewhere a lone 某 (某企业) is only a warning,
//!   since summaries legitimately leave a party unnamed; words such as 某些,
//!   某种, 某个 are never flagged.
//! - `……` counts as a placeholder only where nothing follows it in its
//!   paragraph but punctuation, or where it is the whole content of a pair of
//!   quotes or brackets (“……”); inside a sentence it is an ordinary ellipsis.
//! - `〇〇` inside a Chinese-numeral year (二〇〇八) is not a placeholder.

use super::fields::{context, fold, Field};
use super::{Checker, Doc, Level};
use crate::core::steps::{Step, Target};

pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let mut n = 0;
    for f in &doc.fields {
        n += field(c, f);
    }
    if n == 0 {
        c.ok(
            "placeholder",
            "没有发现未替换的模板文字",
            Target::step(Step::Basic),
        );
    }
}

/// The placeholders of one field, paragraph by paragraph; how many.
fn field(c: &mut Checker, f: &Field) -> usize {
    let mut n = 0;
    for para in f.text.lines() {
        let chars: Vec<char> = para.chars().collect();
        for hit in scan_placeholders(&chars, f.is_name_field()) {
            let snippet = context(&chars, hit.start, hit.end, 8);
            let name = &f.name;
            let (level, message) = match hit.kind {
                Ph::WeakMou => (
                    Level::Warning,
                    format!("「{name}」中的“某”可能是没有替换的占位字：“{snippet}”"),
                ),
                Ph::EmptyPair => {
                    let what = match hit.token.chars().next() {
                        Some('《') => "书名号",
                        Some('(' | '\u{ff08}' | '[' | '\u{ff3b}' | '【') => "括号",
                        _ => "引号",
                    };
                    let message = format!("「{name}」中有一对空的{what}：“{snippet}”");
                    (Level::Error, message)
                }
                Ph::Ellipsis => (
                    Level::Error,
                    format!("「{name}」中的省略号像是待补写的内容：“{snippet}”"),
                ),
                _ => (
                    Level::Error,
                    format!("「{name}」中有未替换的模板文字“{}”：“{snippet}”", hit.token),
                ),
            };
            c.push_case(
                format!("placeholder:{}:{}", f.place, hit.token),
                hit.kind.case(),
                level,
                message,
                f.target.clone(),
            );
            n += 1;
        }
    }
    n
}

// ---------------------------------------------------------------------------
// Scanning.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ph {
    Year,
    Xs,
    Blank,
    Mou,
    WeakMou,
    Stars,
    Ellipsis,
    Pending,
    Symbols,
    Bracket,
    EmptyPair,
}

impl Ph {
    /// The `REGISTRY` case holding why this kind of placeholder matters.
    fn case(self) -> &'static str {
        match self {
            Ph::Year => "year",
            Ph::Xs => "xs",
            Ph::Blank => "blank",
            Ph::Mou => "mou",
            Ph::WeakMou => "weak-mou",
            Ph::Stars => "stars",
            Ph::Ellipsis => "ellipsis",
            Ph::Pending => "pending",
            Ph::Symbols => "symbols",
            Ph::Bracket => "bracket",
            Ph::EmptyPair => "empty-pair",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(super) struct Hit {
    start: usize,
    end: usize,
    pub(super) token: String,
    kind: Ph,
}

/// x, X and their full-width forms (after `fold`).
fn is_x(c: char) -> bool {
    matches!(c, 'x' | 'X')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_cn_numeral(c: char) -> bool {
    "〇零一二三四五六七八九十百千".contains(c)
}

/// Ordinary words that start with 某 and are never placeholders.
const MOU_WORDS: &[&str] = &[
    "某些",
    "某种",
    "某个",
    "某位",
    "某一",
    "某项",
    "某类",
    "某处",
    "某段",
    "某次",
    "某方面",
    "某时",
    "某地",
];

fn run_len(chars: &[char], i: usize, f: impl Fn(char) -> bool) -> usize {
    chars
        .get(i..)
        .map_or(0, |rest| rest.iter().take_while(|c| f(**c)).count())
}

fn starts_with(chars: &[char], i: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, c)| chars.get(i + k) == Some(&c))
}

/// Placeholders in one paragraph, left to right, not overlapping.
/// `name_field`: title, organisation or signature, where a lone 某 is an error.
pub(super) fn scan_placeholders(orig: &[char], name_field: bool) -> Vec<Hit> {
    let chars: Vec<char> = orig.iter().map(|c| fold(*c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match match_at(&chars, i, name_field) {
            Some((len, token, kind)) => {
                let end = (i + len.max(1)).min(chars.len());
                // Tokens quote the user's own characters (full-width kept).
                let token = token.unwrap_or_else(|| orig[i..end].iter().collect());
                out.push(Hit {
                    start: i,
                    end,
                    token,
                    kind,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// A placeholder starting at `i` of the folded paragraph: its length, its id
/// token (None = the matched text itself) and its kind.
fn match_at(chars: &[char], i: usize, name_field: bool) -> Option<(usize, Option<String>, Ph)> {
    let c = chars[i];
    let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
    let at = |k: usize| chars.get(k).copied();
    // ASCII ( [ ) ] by escape: the paragraph is folded to ASCII before matching.
    const OPEN: &str = "“‘「『\u{28}\u{5b}【《\"'";
    const CLOSE: &str = "”’」』\u{29}\u{5d}】》\"'";

    // 20xx, 201x, 202X; 201某年.
    if c.is_ascii_digit() {
        if prev.is_some_and(|p| p.is_ascii_digit()) {
            return None;
        }
        let d = run_len(chars, i, |c| c.is_ascii_digit());
        let k = run_len(chars, i + d, is_x);
        if (2..=3).contains(&d) && d + k == 4 && !at(i + 4).is_some_and(is_latin) {
            return Some((4, None, Ph::Year));
        }
        if d <= 4 && at(i + d) == Some('某') {
            let len = if at(i + d + 1) == Some('年') {
                d + 2
            } else {
                d + 1
            };
            return Some((len, None, Ph::Mou));
        }
        return None;
    }
    // xx, XXX, xx年; x月x日, x年.
    if is_x(c) {
        if prev.is_some_and(is_latin) {
            return None;
        }
        let k = run_len(chars, i, is_x);
        let after = at(i + k);
        if after.is_some_and(is_latin) {
            return None;
        }
        if k >= 2 {
            return Some((k, None, Ph::Xs));
        }
        if after == Some('月') && at(i + 2).is_some_and(is_x) && at(i + 3) == Some('日') {
            return Some((4, None, Ph::Xs));
        }
        if after.is_some_and(|a| "年月日届号".contains(a)) {
            return Some((2, None, Ph::Xs));
        }
        return None;
    }
    // ××, ○○, □□; 〇〇 unless inside a Chinese-numeral year (二〇〇八).
    if matches!(c, '×' | '○' | '□' | '〇') && prev != Some(c) {
        let k = run_len(chars, i, |x| x == c);
        if k < 2
            || (c == '〇'
                && (prev.is_some_and(is_cn_numeral) || at(i + k).is_some_and(is_cn_numeral)))
        {
            return None;
        }
        return Some((k, None, Ph::Symbols));
    }
    // Underline blanks, ** masking.
    if c == '_' {
        let k = run_len(chars, i, |x| x == '_');
        return (k >= 2).then(|| (k, Some("__".to_string()), Ph::Blank));
    }
    if c == '*' {
        let k = run_len(chars, i, |x| x == '*');
        return (k >= 2).then(|| (k, Some("**".to_string()), Ph::Stars));
    }
    // 某: 某某, 某年, in a name field; not 某些/某种/…; a lone 某 elsewhere is weak.
    if c == '某' {
        let k = run_len(chars, i, |x| x == '某');
        if k >= 2 {
            return Some((k, None, Ph::Mou));
        }
        if at(i + 1).is_some_and(|a| "年月日届".contains(a)) {
            return Some((2, None, Ph::Mou));
        }
        if MOU_WORDS.iter().any(|w| starts_with(chars, i, w)) {
            return None;
        }
        return Some((1, None, if name_field { Ph::Mou } else { Ph::WeakMou }));
    }
    // Ellipsis (……, ⋯⋯, ..., 。。。): only at the end of the paragraph or
    // as the whole content of quotes/brackets (“……”); mid-sentence it is prose.
    let dots = |x: char| matches!(x, '…' | '⋯');
    if dots(c) || (matches!(c, '.' | '。' | '·') && run_len(chars, i, |x| x == c) >= 3) {
        if prev == Some(c) || (dots(c) && prev.is_some_and(dots)) {
            return None;
        }
        let k = if dots(c) {
            run_len(chars, i, dots)
        } else {
            run_len(chars, i, |x| x == c)
        };
        let rest = chars.get(i + k..).unwrap_or(&[]);
        let at_end = rest
            .iter()
            .all(|x| x.is_whitespace() || "。,.;:!?、".contains(*x) || CLOSE.contains(*x));
        let enclosed =
            prev.is_some_and(|p| OPEN.contains(p)) && at(i + k).is_some_and(|a| CLOSE.contains(a));
        return (at_end || enclosed).then(|| (k, Some("……".to_string()), Ph::Ellipsis));
    }
    // (待定), 待定, 待补充, 待填.
    for w in ["待定", "待补充", "待填"] {
        let wl = w.chars().count();
        if c == '(' && starts_with(chars, i + 1, w) && at(i + 1 + wl) == Some(')') {
            return Some((wl + 2, Some(w.to_string()), Ph::Pending));
        }
        if starts_with(chars, i, w) {
            return Some((wl, Some(w.to_string()), Ph::Pending));
        }
    }
    // Fill-in brackets: 【…】 always; […] and (…) when empty or an instruction.
    if matches!(c, '【' | '[' | '(') {
        let close = match c {
            '【' => '】',
            '[' => ']',
            _ => ')',
        };
        if at(i + 1) == Some(close) {
            return Some((2, None, Ph::EmptyPair));
        }
        let end = (i + 1..chars.len().min(i + 40)).find(|&j| chars[j] == close)?;
        let inner: String = chars[i + 1..end].iter().collect();
        let inner = inner.trim();
        let instruction = ["填写", "请填", "请输入", "输入", "此处填", "在此填"]
            .iter()
            .any(|p| inner.starts_with(p));
        let fill = match c {
            '【' => true,
            '[' => inner.is_empty() || instruction || inner.starts_with('填'),
            _ => instruction,
        };
        let token = match c {
            '【' => "【】",
            '[' => "[]",
            _ => "()",
        };
        return fill.then(|| (end + 1 - i, Some(token.to_string()), Ph::Bracket));
    }
    // Empty quotes and title marks: “”, 「」, 《》.
    ["“”", "「」", "『』", "《》", "‘’"]
        .iter()
        .find(|p| starts_with(chars, i, p))
        .map(|p| (2, Some(p.to_string()), Ph::EmptyPair))
}
