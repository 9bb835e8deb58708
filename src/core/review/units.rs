//! The units expected to submit: which have, which have not. Names match
//! when they are the same after dropping spaces and punctuation, or one
//! holds the other (an expected 实验小学工会 matches 实验小学工会委员会).

use super::{Problem, Row};
use crate::core::check::Level;

/// The name as compared: letters, digits and CJK characters only.
fn key(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// True when a unit name (from a document or a file name) is `expected`.
pub(super) fn matches(found: &str, expected: &str) -> bool {
    let (f, e) = (key(found), key(expected));
    if f.is_empty() || e.is_empty() {
        return false;
    }
    f == e
        || (e.chars().count() >= 4 && f.contains(&e))
        || (f.chars().count() >= 4 && e.contains(&f))
}

/// The expected unit a file name names, if any (the longest match).
fn named_by_file<'a>(name: &str, expected: &'a [String]) -> Option<&'a str> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let stem = key(stem.rsplit(['/', '\\']).next().unwrap_or(stem));
    expected
        .iter()
        .map(|e| e.trim())
        .filter(|e| !key(e).is_empty() && stem.contains(&key(e)))
        .max_by_key(|e| e.len())
}

/// Rows without a unit (unreadable files, documents without a name) take
/// the expected unit their file name names; a document whose own unit is
/// another than the one its file name names (a unit that handed in
/// another's text) is the file's unit, with a problem saying so.
pub(super) fn name_from_files(rows: &mut [Row], expected: &[String]) {
    for r in rows.iter_mut() {
        let Some(e) = named_by_file(&r.name, expected) else {
            continue;
        };
        if r.unit.is_empty() {
            r.unit = e.to_string();
        } else if !matches(&r.unit, e) {
            r.problems.insert(
                0,
                Problem {
                    rule: "review:unit".into(),
                    level: Level::Error,
                    text: format!(
                        "正文写的单位是“{}”，与报送单位不符，请核对是否报错了材料或照搬了其他单位的材料",
                        r.unit
                    ),
                },
            );
            r.unit = e.to_string();
        }
    }
}

/// Expected units no row belongs to (by its unit or its file name), in
/// the order given; blank and repeated entries are skipped.
pub(super) fn missing(rows: &[Row], expected: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in expected {
        let e = e.trim();
        if e.is_empty() || out.iter().any(|o| key(o) == key(e)) {
            continue;
        }
        let submitted = rows.iter().any(|r| {
            matches(&r.unit, e) || {
                let stem = r.name.rsplit_once('.').map_or(r.name.as_str(), |(s, _)| s);
                key(stem).contains(&key(e))
            }
        });
        if !submitted {
            out.push(e.to_string());
        }
    }
    out
}

/// Splits what a reviewer typed or pasted as the expected units: one a
/// line, or separated by commas, 、 or semicolons.
pub fn parse_expected(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in text.split(['\n', ',', '，', '、', ';', '；', '\t']) {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}
