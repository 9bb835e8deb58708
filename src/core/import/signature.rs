//! The signature at the end: the date (Arabic or Chinese numerals) on the
//! last line, the organisation on the line before or before the date on the
//! same line. Input: the lines after the title (`title`); output: the
//! signature found and how many lines it takes from the end, and later the
//! plan's signature set from it.

use super::dates::parse_date;
use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{char_len, has_sentence_punct, is_space, trim};
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

fn looks_like_org(line: &str) -> bool {
    let l = trim(line);
    let n = char_len(l);
    (2..=30).contains(&n)
        && !has_sentence_punct(l)
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
        && special_of(l).is_none()
        && !ACTION_STARTS.iter().any(|v| l.starts_with(v))
        && (ORG_ENDINGS.iter().any(|e| l.ends_with(e)) || l.contains("工会"))
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
    /// ISO date.
    pub(super) date: String,
    /// Written in Chinese numerals.
    pub(super) chinese: bool,
}

pub(super) fn detect_signature(lines: &[&str], ctx: &mut Ctx) -> Option<SignatureFound> {
    let last = *lines.last()?;
    if let Some((d, chinese)) = parse_date(last) {
        let org_line = lines
            .len()
            .checked_sub(2)
            .and_then(|k| lines.get(k))
            .filter(|l| looks_like_org(l));
        ctx.drop(Dropped::Date, last);
        return Some(SignatureFound {
            lines: if org_line.is_some() { 2 } else { 1 },
            organization: org_line.map(|l| l.to_string()).unwrap_or_default(),
            date: crate::core::dates::iso(d),
            chinese,
        });
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
        if let Some((d, chinese)) = parse_date(date) {
            ctx.drop(Dropped::Date, date);
            return Some(SignatureFound {
                lines: 1,
                organization: org_t.to_string(),
                date: crate::core::dates::iso(d),
                chinese,
            });
        }
    }
    None
}

/// Sets the plan's signature (and its organisation, when the title gave
/// none) from the one found; returns it for the report.
pub(super) fn sign(
    plan: &mut Plan,
    sig: Option<&SignatureFound>,
) -> Option<(String, Option<String>)> {
    let s = sig?;
    plan.signature = Signature {
        organization: s.organization.clone(),
        date: Some(s.date.clone()),
        date_style: if s.chinese {
            DateStyle::Chinese
        } else {
            DateStyle::Arabic
        },
    };
    if plan.organization.is_empty() {
        plan.organization = s.organization.clone();
    }
    Some((s.organization.clone(), Some(s.date.clone())))
}
