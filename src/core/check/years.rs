//! Years and dates (`year:title`, `year:signature`): a year in the title
//! (2024 or 二〇二四年) must be the plan's year (or the next one, for a
//! 总结暨明年计划 or a school year), since an old title is the commonest
//! leftover of last year's document; and the signature date must fall in
//! the usual writing window: a plan from September before its year to the
//! end of its period, a summary from the start of its period to three months
//! after its end.

use super::fields::{filled, fold, short};
use super::{Checker, Doc, Level};
use crate::core::dates;
use crate::core::model::{DateStyle, Kind};
use crate::core::steps::{Step, Target};
use chrono::NaiveDate;
use std::collections::HashSet;

/// The title's year and the signature date against `plan.year`.
pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let plan = doc.plan;
    let y = plan.year;
    let mut allowed = vec![y];
    if plan.kind == Kind::SummaryAndPlan {
        allowed.push(y.saturating_add(1));
    }
    if plan.period.start() != 1 {
        // A school year runs over two calendar years: 2024—2025学年.
        allowed.push(y.saturating_add(1));
        if plan.kind == Kind::SummaryAndPlan {
            allowed.push(y.saturating_add(2));
        }
    }
    if filled(&plan.title) {
        let wrong: Vec<i32> = title_years(&plan.title)
            .into_iter()
            .filter(|v| !allowed.contains(v))
            .collect();
        if wrong.is_empty() {
            c.ok(
                "year:title",
                "标题年份与年度一致",
                Target::step(Step::Basic),
            );
        }
        let mut seen = HashSet::new();
        for v in wrong.into_iter().filter(|v| seen.insert(*v)) {
            let expect = if plan.kind == Kind::SummaryAndPlan {
                format!("{y}年和{}年", y.saturating_add(1))
            } else {
                format!("{y}年")
            };
            c.push(
                format!("year:title:{v}"),
                Level::Error,
                format!("标题中的年份“{v}”与设定的年度（{expect}）不一致"),
                Target::step(Step::Basic),
            );
        }
    }

    let Some(date) = plan.signature.date.as_deref().filter(|d| filled(d)) else {
        return;
    };
    let summary = plan.kind.is_summary();
    // The registry explains the window of a summary as its own case.
    let case = if summary { "summary" } else { "" };
    let sig = Target::step(Step::Signature);
    let Ok(d) = dates::parse_iso(date) else {
        c.push_case(
            "year:signature",
            case,
            Level::Warning,
            format!("成文日期“{}”无法识别", short(date, 20)),
            sig,
        );
        return;
    };
    let start = plan.period.start() as i32;
    let range = if summary {
        (
            first_of(y, start),
            first_of(y, start + 15).and_then(|d| d.pred_opt()),
        )
    } else {
        (
            first_of(y.saturating_sub(1), 9),
            first_of(y, start + 12).and_then(|d| d.pred_opt()),
        )
    };
    let (Some(lo), Some(hi)) = range else { return };
    let fmt = |d: NaiveDate| dates::format(d, DateStyle::Arabic);
    if d >= lo && d <= hi {
        c.push_case("year:signature", case, Level::Ok, "成文日期与年度相符", sig);
    } else {
        let what = if summary { "总结" } else { "计划" };
        c.push_case(
            "year:signature",
            case,
            Level::Warning,
            format!(
                "成文日期{}不在这份{what}通常的成文时间内（{}至{}）",
                fmt(d),
                fmt(lo),
                fmt(hi)
            ),
            sig,
        );
    }
}

/// The first day of month `m` of year `y`; months past 12 roll into later years.
fn first_of(y: i32, m: i32) -> Option<NaiveDate> {
    let y = y.checked_add((m - 1).div_euclid(12))?;
    let m = (m - 1).rem_euclid(12) + 1;
    NaiveDate::from_ymd_opt(y, m as u32, 1)
}

/// Four-digit years (1900..=2100) in a title, Arabic or 二〇二五.
pub(super) fn title_years(title: &str) -> Vec<i32> {
    let chars: Vec<char> = title.chars().map(fold).collect();
    let digit = |c: char| -> Option<u32> {
        match c {
            '0'..='9' => c.to_digit(10),
            '〇' | '零' => Some(0),
            _ => "一二三四五六七八九"
                .chars()
                .position(|d| d == c)
                .map(|p| p as u32 + 1),
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let j = (i..chars.len())
            .find(|&j| digit(chars[j]).is_none())
            .unwrap_or(chars.len());
        if j - i == 4 {
            let v = chars[i..j]
                .iter()
                .filter_map(|c| digit(*c))
                .fold(0i32, |a, d| a * 10 + d as i32);
            // Chinese-numeral runs count only as a year (二〇二五年), not as words.
            let is_year = chars[i].is_ascii_digit() || chars.get(j) == Some(&'年');
            if is_year && (1900..=2100).contains(&v) {
                out.push(v);
            }
        }
        i = j.max(i + 1);
    }
    out
}
