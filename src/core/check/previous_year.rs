//! Against last year's document (`previous:*`, only when `check_with` is
//! given one): paragraphs copied word for word (`previous:same`), a text
//! more than a third unchanged (`previous:unchanged`), last year's year
//! (`previous:year`) or last year's date of a moving holiday
//! (`previous:holiday-date`) left in the text, and priorities unfinished
//! last year that have silently disappeared (`previous:dropped`).

use super::fields::{collect_fields, short, Field, FieldKind};
use super::{Checker, Doc, Level};
use crate::core::model::{Item, Plan, Status, Track};
use crate::core::steps::{Step, Target};
use crate::core::yoy::holidays::{moving_dates, written_dates};
use crate::core::yoy::sentences::{key, similarity, split};
use std::collections::HashMap;

/// Paragraphs shorter than this (letters, white space not counted) are not
/// reported as copied: headings and set phrases recur every year.
const MIN_PARAGRAPH: usize = 20;

pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let Some(prev) = doc.previous else { return };
    let prev_fields = collect_fields(prev, prev.next.as_deref());
    same_and_unchanged(c, doc, &prev_fields);
    if prev.year < doc.plan.year {
        old_year(c, doc, prev);
        holiday_dates(c, doc, prev);
    }
    dropped(c, doc, prev);
}

fn is_prose(f: &Field) -> bool {
    !matches!(
        f.kind,
        FieldKind::Title | FieldKind::Organization | FieldKind::SignatureOrg
    )
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

fn same_and_unchanged(c: &mut Checker, doc: &Doc, prev: &[Field]) {
    // `HashMap<String, usize>` (values unused) like `repeats`: one copy of
    // the map's code in the module.
    let paragraphs: HashMap<String, usize> = prev
        .iter()
        .filter(|f| is_prose(f))
        .flat_map(|f| f.text.lines().map(|l| (key(l), 0)))
        .collect();
    let sentences: HashMap<String, usize> = prev
        .iter()
        .filter(|f| is_prose(f))
        .flat_map(|f| split(f.text).into_iter().map(|s| (key(&s), 0)))
        .collect();
    let (mut same, mut all, mut copied) = (0usize, 0usize, 0usize);
    for f in doc.fields.iter().filter(|f| is_prose(f)) {
        for (n, line) in f.text.lines().enumerate() {
            let k = key(line);
            if letters(&k) >= MIN_PARAGRAPH && paragraphs.contains_key(&k) {
                copied += 1;
                c.push(
                    format!("previous:same:{}", f.place),
                    Level::Warning,
                    format!(
                        "{}{}与上年的材料一字不差：“{}”",
                        f.name,
                        if f.text.lines().count() > 1 {
                            format!("第{}段", n + 1)
                        } else {
                            String::new()
                        },
                        short(line, 24)
                    ),
                    f.target.clone(),
                );
            }
        }
        for s in split(f.text) {
            let k = key(&s);
            let n = letters(&k);
            all += n;
            if sentences.contains_key(&k) {
                same += n;
            }
        }
    }
    if copied == 0 {
        c.ok(
            "previous:same",
            "没有与上年材料一字不差的段落",
            Target::step(Step::Basic),
        );
    }
    let share = if all == 0 {
        0.0
    } else {
        same as f64 / all as f64
    };
    if share * 3.0 > 1.0 {
        c.push(
            "previous:unchanged",
            Level::Warning,
            format!(
                "约{}%的文字与上年的材料一字不差（按句子计），读者会认为这是去年的材料改了年份重发",
                crate::core::yoy::percent(share)
            ),
            Target::step(Step::Guiding),
        );
    } else {
        c.ok(
            "previous:unchanged",
            format!(
                "与上年相同的文字约占{}%，不到三分之一",
                crate::core::yoy::percent(share)
            ),
            Target::step(Step::Guiding),
        );
    }
}

/// `2026年` (last year's year) in this year's text; not a longer number.
fn old_year(c: &mut Checker, doc: &Doc, prev: &Plan) {
    let y = format!("{}年", prev.year);
    let mut found = false;
    for f in &doc.fields {
        let folded: String = f.text.chars().map(super::fields::fold).collect();
        let hit = folded.match_indices(&y).any(|(i, _)| {
            !folded[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        });
        if hit {
            found = true;
            c.push(
                format!("previous:year:{}", f.place),
                Level::Warning,
                format!("{}里还写着上年的年份“{y}”：“{}”", f.name, short(f.text, 24)),
                f.target.clone(),
            );
        }
    }
    if !found {
        c.ok(
            "previous:year",
            format!("正文中没有遗留上年的年份“{y}”"),
            Target::step(Step::Basic),
        );
    }
}

/// Last year's date of a moving holiday in a text that names the holiday,
/// when this year's date differs.
fn holiday_dates(c: &mut Checker, doc: &Doc, prev: &Plan) {
    let old = moving_dates(prev.year, prev.period);
    let new = moving_dates(doc.plan.year, doc.plan.period);
    let mut found = false;
    for f in &doc.fields {
        for (_, _, m, d) in written_dates(f.text) {
            let Some(h) = old
                .iter()
                .find(|h| h.month == m && h.day == d && f.text.contains(h.name))
            else {
                continue;
            };
            let now = new.iter().find(|n| n.name == h.name);
            if now.is_some_and(|n| n.month == m && n.day == d) {
                continue;
            }
            found = true;
            let this_year = now
                .map(|n| format!("，今年的{}是{}月{}日", h.name, n.month, n.day))
                .unwrap_or_default();
            c.push(
                format!("previous:holiday-date:{}", f.place),
                Level::Warning,
                format!(
                    "{}写的“{m}月{d}日”是上年{}的日期{this_year}",
                    f.name, h.name
                ),
                f.target.clone(),
            );
        }
    }
    if !found {
        c.ok(
            "previous:holiday-date",
            "没有遗留上年春节、端午、中秋等节日的日期",
            Target::step(Step::Schedule),
        );
    }
}

fn unfinished(t: Option<&Track>) -> bool {
    t.is_some_and(|t| matches!(t.status, Status::NotDone | Status::Partial))
}

/// Unfinished work of last year: (what it was called, its status label).
fn unfinished_work(p: &Plan) -> Vec<(String, &'static str)> {
    fn items(v: &[Item], out: &mut Vec<(String, &'static str)>) {
        for it in v {
            let name = if it.heading.trim().is_empty() {
                &it.text
            } else {
                &it.heading
            };
            if unfinished(it.track.as_ref()) && !name.trim().is_empty() {
                out.push((
                    name.trim().to_string(),
                    it.track.as_ref().map_or("", |t| t.status.label()),
                ));
            }
            items(&it.items, out);
        }
    }
    let mut out = Vec::new();
    for s in &p.sections {
        if unfinished(s.track.as_ref()) && !s.heading.trim().is_empty() {
            out.push((
                s.heading.trim().to_string(),
                s.track.as_ref().map_or("", |t| t.status.label()),
            ));
        }
        items(&s.items, &mut out);
    }
    for e in &p.schedule {
        for (i, a) in e.activities.iter().enumerate() {
            let t = e.tracking.get(i).and_then(Option::as_ref);
            if unfinished(t) && !a.trim().is_empty() {
                out.push((a.trim().to_string(), t.map_or("", |t| t.status.label())));
            }
        }
    }
    out
}

fn dropped(c: &mut Checker, doc: &Doc, prev: &Plan) {
    let work = unfinished_work(prev);
    if work.is_empty() {
        return;
    }
    let sentences: Vec<String> = doc
        .fields
        .iter()
        .filter(|f| is_prose(f))
        .flat_map(|f| split(f.text))
        .map(|s| key(&s))
        .collect();
    let all = key(&doc
        .fields
        .iter()
        .map(|f| f.text)
        .collect::<Vec<_>>()
        .join(""));
    let mut found = false;
    for (n, (name, status)) in work.into_iter().enumerate() {
        let k = key(&name);
        let kept = all.contains(k.trim_end_matches(['。', '；', '！', '？']))
            || sentences.iter().any(|s| similarity(s, &k) >= 0.6);
        if kept {
            continue;
        }
        found = true;
        c.push(
            format!("previous:dropped:{n}"),
            Level::Warning,
            format!("上年{status}的“{}”在今年的材料中没有出现", short(&name, 20)),
            Target::step(Step::Main),
        );
    }
    if !found {
        c.ok(
            "previous:dropped",
            "上年未完成的工作都在今年的材料中有所交代",
            Target::step(Step::Main),
        );
    }
}
