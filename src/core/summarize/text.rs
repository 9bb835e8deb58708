//! Wording helpers for the draft: full-width joiners, clause endings, short
//! names of nodes, notes as clauses, figures and amounts (`format_amount`),
//! the union's name and lists of names.

use crate::core::model::{Plan, Track};

/// Full-width comma and semicolon for joining Chinese clauses.
pub(super) const COMMA: &str = "\u{ff0c}";
const SEMICOLON: &str = "\u{ff1b}";

/// Punctuation a clause may end with that we replace when joining clauses.
pub(super) fn is_end_punct(c: char) -> bool {
    // 。 、 and ASCII marks, plus the full-width forms of , ; : ! ? as escapes.
    matches!(
        c,
        '。' | '、'
            | '.'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{ff0c}'
            | '\u{ff1b}'
            | '\u{ff1a}'
            | '\u{ff01}'
            | '\u{ff1f}'
    )
}

/// Trimmed, without trailing punctuation.
pub(super) fn strip_end(s: &str) -> String {
    s.trim()
        .trim_end_matches(is_end_punct)
        .trim_end()
        .to_string()
}

/// At most `max` characters, with … when cut (cut on a char boundary).
pub(super) fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// The name of a node: its heading, or the first line of its text.
pub(super) fn name_of(heading: &str, text: &str) -> String {
    let h = strip_end(heading);
    if !h.is_empty() {
        return short(&h, 40);
    }
    let first = text
        .lines()
        .map(strip_end)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    if first.is_empty() {
        "（未填写标题的事项）".into()
    } else {
        short(&first, 40)
    }
}

/// A note as one clause: lines joined into sentences, without the final
/// punctuation (the caller ends the sentence).
pub(super) fn clean_note(note: &str) -> String {
    let lines: Vec<String> = note
        .lines()
        .map(strip_end)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("。")
}

/// Figures trimmed to at most two decimals: 3.50 → 3.5, 2.00 → 2. Written
/// from whole hundredths rather than by `{:.2}`, so that the editor's wasm
/// carries no float formatting (ARCHITECTURE.md "Size").
fn decimal(v: f64) -> String {
    let hundredths = (v * 100.0).round() as u64;
    let mut s = (hundredths / 100).to_string();
    let frac = (hundredths % 100) as u8;
    if frac != 0 {
        s.push('.');
        s.push((b'0' + frac / 10) as char);
        if frac % 10 != 0 {
            s.push((b'0' + frac % 10) as char);
        }
    }
    s
}

/// A figure as a number field shows it: the shortest text that reads back
/// as the same number (3.5, 35000, 0.1), written by serde_json's float
/// writer, which the editor has anyway, rather than by `f64`'s `Display`.
pub fn plain_number(v: f64) -> String {
    let Some(n) = serde_json::Number::from_f64(v) else {
        return String::new();
    };
    let s = n.to_string();
    match s.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => s,
    }
}

/// An amount in 元 as officers write it: 35000 → 3.5万元, 800 → 800元,
/// 130200 → 13.02万元, 12345 → 12345元 (万 only when it stays exact).
/// None for amounts that are not positive finite numbers.
pub fn format_amount(yuan: f64) -> Option<String> {
    if !yuan.is_finite() || yuan <= 0.0 {
        return None;
    }
    let yuan = (yuan * 100.0).round() / 100.0;
    if yuan <= 0.0 {
        return None;
    }
    if yuan >= 1e8 && (yuan / 1e6).fract() == 0.0 {
        return Some(format!("{}亿元", decimal(yuan / 1e8)));
    }
    if yuan >= 1e4 && (yuan / 100.0).fract() == 0.0 {
        return Some(format!("{}万元", decimal(yuan / 1e4)));
    }
    Some(format!("{}元", decimal(yuan)))
}

/// The figures of a track as clauses (zero figures are left out).
pub(super) fn figures(t: &Track) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(n) = t.participants.filter(|n| *n > 0) {
        v.push(format!("参与职工{n}人次"));
    }
    if let Some(a) = t.amount.and_then(format_amount) {
        v.push(format!("投入经费{a}"));
    }
    if let Some(n) = t.count.filter(|n| *n > 0) {
        v.push(format!("开展活动{n}场次"));
    }
    v
}

/// `实验小学工会`; "工会" added when the name lacks it; 本会 when empty.
pub(super) fn union_name(plan: &Plan) -> String {
    let org = plan.organization.trim();
    if org.is_empty() {
        "本会".into()
    } else if org.contains("工会") {
        org.to_string()
    } else {
        format!("{org}工会")
    }
}

/// Up to `max` names joined with ;, then 等N项.
pub(super) fn name_list(names: &[&str], max: usize) -> String {
    let shown: Vec<&str> = names.iter().take(max).copied().collect();
    let mut s = shown.join(SEMICOLON);
    if names.len() > max {
        s.push_str(&format!("等{}项", names.len()));
    }
    s
}
