//! The signature at the end: the date (Arabic or Chinese numerals) on the
//! last line, the organisation on the line before or before the date on the
//! same line. Input: the lines after the title (`title`); output: the
//! signature found and how many lines it takes from the end, and later the
//! plan's signature set from it.

use super::dates::parse_date;
use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{char_len, cn_digit, digit, fold, has_sentence_punct, is_space, trim};
use super::parts::special_of;
use super::trace::{Ctx, Dropped};
use crate::core::model::{DateStyle, Plan, Signature};

const ORG_ENDINGS: [&str; 40] = [
    "工会",
    "委员会",
    "联合会",
    "协会",
    "分会",
    "学校",
    "小学",
    "中学",
    "大学",
    "学院",
    "幼儿园",
    "公司",
    "集团",
    "医院",
    "卫生院",
    "局",
    "厅",
    "委",
    "办",
    "中心",
    "部",
    "处",
    "院",
    "所",
    "站",
    "社区",
    "街道",
    "机关",
    "厂",
    "队",
    "室",
    "组",
    "科",
    "馆",
    "矿",
    "校",
    "园",
    "办事处",
    "政府",
    "分公司",
];

pub(super) fn looks_like_org(line: &str) -> bool {
    let l = trim(line);
    let n = char_len(l);
    (2..=30).contains(&n)
        && !has_sentence_punct(l)
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
        && special_of(l).is_none()
        && {
            // compared folded, so a traditional 工會 too
            let f = fold(l);
            !ACTION_STARTS.iter().any(|v| f.starts_with(v))
                && (ORG_ENDINGS.iter().any(|e| f.ends_with(e))
                    || f.contains("工会")
                    || numbered_school(&f))
        }
}

/// A school named short by its number (`某某一中`, `某某十二中`): a place,
/// a numeral and 中.
fn numbered_school(f: &str) -> bool {
    let cs: Vec<char> = f.chars().collect();
    let numeral = |c: &char| "一二三四五六七八九十".contains(*c);
    cs.len() >= 3 && cs.last() == Some(&'中') && cs[cs.len() - 2..cs.len() - 1].iter().all(numeral)
}

/// A signature date with placeholders for its figures, as templates leave
/// it (`20xx年XX月18日`, `____年__月__日`, `二〇××年×月×日`): year, month and
/// day of digits, Chinese numerals or placeholder marks, one mark at least.
pub(crate) fn placeholder_date(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !is_space(*c)).collect();
    let mark = |c: char| {
        matches!(
            c,
            'x' | 'X' | '_' | '\u{ff3f}' | '*' | '×' | '某' | '\u{ff38}' | '\u{ff58}'
        )
    };
    let figure = |c: char| mark(c) || digit(c).is_some() || cn_digit(c).is_some() || c == '〇';
    let part = |p: &str, max: usize| (1..=max).contains(&char_len(p)) && p.chars().all(figure);
    let Some((y, rest)) = compact.split_once('年') else {
        return false;
    };
    let Some((m, rest)) = rest.split_once('月') else {
        return false;
    };
    let Some(d) = rest.strip_suffix('日').or_else(|| rest.strip_suffix('号')) else {
        return false;
    };
    char_len(y) >= 2 && part(y, 6) && part(m, 4) && part(d, 4) && compact.chars().any(mark)
}

/// A date as a signature writes it: the ISO date, or "" for a date with
/// placeholders; and whether it is written in Chinese numerals.
pub(super) fn sig_date(s: &str) -> Option<(String, bool)> {
    match parse_date(s) {
        Some((d, chinese)) => Some((crate::core::dates::iso(d), chinese)),
        None => placeholder_date(s).then(|| (String::new(), false)),
    }
}

/// Verbs an activity line starts with (召开工会委员会 is an activity, not a
/// signature).
const ACTION_STARTS: [&str; 24] = [
    "召开", "开展", "组织", "举办", "举行", "成立", "做好", "加强", "慰问", "评选", "参加", "完成",
    "推进", "落实", "建立", "筹备", "制定", "迎接", "协助", "庆祝", "配合", "走访", "选举", "健全",
];

/// A signature at the end of the text.
pub(super) struct SignatureFound {
    /// Lines used from the end (1 or 2).
    pub(super) lines: usize,
    pub(super) organization: String,
    /// ISO date ("" for a date with placeholders, `20xx年XX月18日`).
    pub(super) date: String,
    /// Written in Chinese numerals.
    pub(super) chinese: bool,
    /// The part of the last line the body keeps: a date with placeholders
    /// stays text for the user to fill in.
    pub(super) keep: Option<std::ops::Range<usize>>,
}

pub(super) fn detect_signature(lines: &[&str], ctx: &mut Ctx) -> Option<SignatureFound> {
    let last = *lines.last()?;
    // the union's name alone under the last sentence (`sig_org_only`)
    if sig_date(last).is_none() {
        if let Some(org) = super::sig_org_only::org_only(lines) {
            return Some(SignatureFound {
                lines: 1,
                organization: org.to_string(),
                date: String::new(),
                chinese: false,
                keep: None,
            });
        }
    }
    // a date (ISO, or "" with placeholders) at `at` in the last line: a
    // real date is consumed, a placeholder one stays in the body
    let mut found = |at: std::ops::Range<usize>, date: String, chinese, org: &str, n| {
        let keep = if date.is_empty() {
            Some(at)
        } else {
            ctx.drop(Dropped::Date, &last[at]);
            None
        };
        Some(SignatureFound {
            lines: n,
            organization: org.to_string(),
            date,
            chinese,
            keep,
        })
    };
    // a month and day only, the year from the dates above (`sig_month_day`)
    let org_above = lines.len().checked_sub(2).map(|k| lines[k]);
    if let Some(org) = org_above.filter(|l| looks_like_org(l)) {
        if let Some(date) = super::sig_month_day::month_day_date(lines) {
            return found(0..last.len(), date, false, trim(org), 2);
        }
    }
    if let Some((date, chinese)) = sig_date(last) {
        let org_line = lines
            .len()
            .checked_sub(2)
            .and_then(|k| lines.get(k))
            .filter(|l| looks_like_org(l));
        if date.is_empty() && org_line.is_none() {
            return None;
        }
        let n = if org_line.is_some() { 2 } else { 1 };
        return found(0..last.len(), date, chinese, org_line.unwrap_or(&""), n);
    }
    // "某某工会 2025年12月20日" on one line
    if char_len(last) > 50 {
        return None;
    }
    for (i, _) in last.char_indices().skip(1) {
        let (org, date) = last.split_at(i);
        let org_t = trim(org);
        if org_t.is_empty() || !looks_like_org(org_t) {
            continue;
        }
        let separated = org.len() != org.trim_end_matches(is_space).len();
        let org_end_ok = separated || ORG_ENDINGS.iter().any(|e| org_t.ends_with(e));
        if !org_end_ok {
            continue;
        }
        if let Some((date, chinese)) = sig_date(date) {
            return found(i..last.len(), date, chinese, org_t, 1);
        }
    }
    // "2025年12月20日 某某工会": the date first, a space, the organisation
    let end = last.find(['日', '号'])? + '日'.len_utf8();
    let (date, org) = last.split_at(end);
    let org_t = trim(org);
    // (the organisation ends on its kind of body: `工会组织联欢` is an event)
    let org_end = fold(org_t);
    if !org.starts_with(is_space)
        || !looks_like_org(org_t)
        || !ORG_ENDINGS.iter().any(|e| org_end.ends_with(e))
    {
        return None;
    }
    let (date, chinese) = sig_date(date)?;
    found(0..end, date, chinese, org_t, 1)
}

/// Sets the plan's signature (and its organisation, when the title gave
/// none) from the one found; returns it for the report.
pub(super) fn sign(
    plan: &mut Plan,
    sig: Option<&SignatureFound>,
) -> Option<(String, Option<String>)> {
    let s = sig?;
    let date = (!s.date.is_empty()).then(|| s.date.clone());
    plan.signature = Signature {
        organization: s.organization.clone(),
        date: date.clone(),
        date_style: if s.chinese {
            DateStyle::Chinese
        } else {
            DateStyle::Arabic
        },
    };
    if plan.organization.is_empty() {
        plan.organization = s.organization.clone();
    }
    Some((s.organization.clone(), date))
}
