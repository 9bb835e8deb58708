//! Property tests over the public core: arbitrary input never panics, and
//! every exporter writes a valid file for any plan.
//!
//! - `import_text` / `import_bytes` on arbitrary text and bytes,
//! - `Plan::from_json` on arbitrary text, arbitrary JSON values and mutated
//!   plan JSON (and a loaded plan is a fixed point of save + load),
//! - `check::check` on arbitrary (even un-normalised) plans, with unique ids,
//! - `export::export(&plan, f)` for every `f` in `export::FORMATS`: the docx
//!   is a ZIP whose entries pass their CRC and whose XML parts are
//!   well-formed (checked by the small reader and parser below, independent
//!   of the exporter's own code), the HTML contains only the tags and
//!   attributes the exporter writes (so no user `<` is left unescaped), the
//!   JSON loads back to the same (normalised) plan, md and txt are UTF-8.
//! - `edit::apply` on random edit sequences never panics and keeps the tree
//!   within `MAX_DEPTH`.
//!
//! The number of cases per property is `UNION_PLAN_FUZZ_CASES` (default 256
//! so `scripts/test` stays fast; set it to 20000 for a long fuzzing run).
//! Each property prints how many cases it ran, on stderr, past the test
//! harness's capture, so `cargo test` output shows the counts.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};
use std::io::Write;
use union_plan::core::check;
use union_plan::core::edit::{self, Edit, Op, TextField};
use union_plan::core::export;
use union_plan::core::import;
use union_plan::core::model::{
    DateStyle, Duty, EntryDuty, Fonts, Format, Headings, Issuance, Item, Kind, PageNumbers, Period,
    Plan, ScheduleEntry, ScheduleLayout, Section, Shared, Signature, Status, Track, MAX_DEPTH,
};

// ---------------------------------------------------------------------------
// Runner: a bounded number of cases, and the count printed.

fn cases() -> u32 {
    std::env::var("UNION_PLAN_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(256)
}

/// Runs `test` on `cases()` values of `strategy`; panics with the shrunk
/// failing input. Prints `property NAME: N cases` past the output capture.
fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let n = cases();
    let config = Config {
        cases: n,
        failure_persistence: None,
        max_shrink_iters: 2000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let ran = std::cell::Cell::new(0u32);
    let result = runner.run(&strategy, |v| {
        ran.set(ran.get() + 1);
        test(v)
    });
    let _ = writeln!(
        std::io::stderr(),
        "property {name}: {} cases run (limit {n}, UNION_PLAN_FUZZ_CASES)",
        ran.get()
    );
    match result {
        Ok(()) => {}
        Err(TestError::Fail(why, value)) => {
            panic!("property {name} failed: {why}\nminimal input: {value:#?}")
        }
        Err(TestError::Abort(why)) => panic!("property {name} aborted: {why}"),
    }
}

/// `prop_assert!` with a message that does not need `Debug` formatting twice.
macro_rules! check_that {
    ($cond:expr, $($fmt:tt)*) => {
        if !$cond {
            return Err(TestCaseError::fail(format!($($fmt)*)));
        }
    };
}

// ---------------------------------------------------------------------------
// Strategies: hostile text and arbitrary plans.

/// One piece of text: CJK, ASCII, control characters, markup characters,
/// emoji (with ZWJ sequences), Unicode tricks, or a ready-made hostile token.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[\u{4e00}-\u{9fa5}]{1,8}",
        2 => "[ -~]{1,8}",
        1 => "[\u{0}-\u{1f}\u{7f}]{1,3}",
        2 => "[<&>\"']{1,4}",
        1 => "[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}]{1,3}",
        1 => Just("👩\u{200d}👩\u{200d}👧".to_string()),
        1 => "[\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{feff}\u{fffe}\u{ffff}\u{3000}]{1,3}",
        1 => "[\u{ff01}-\u{ff5e}]{1,6}",
        1 => Just("\n".to_string()),
        1 => Just("\r\n".to_string()),
        1 => proptest::sample::select(vec![
            "<script>alert(1)</script>", "]]>", "</p>", "<w:p>", "&amp;", "&#0;", "&lt;",
            "\"><img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "[x](javascript:alert(1))",
            "<!--", "-->", "<![CDATA[", "一、", "（一）", "1.", "（1）", "七、八月：", "2025年12月20日",
            "#", "**", "\\", "`", "|", "\u{0}",
        ]).prop_map(str::to_string),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..6).prop_map(|v| v.concat())
}

fn track() -> impl Strategy<Value = Option<Track>> {
    proptest::option::weighted(
        0.2,
        (
            proptest::sample::select(Status::ALL.to_vec()),
            text(),
            proptest::option::of(any::<u32>()),
            // Money: cents, as officers write it.
            proptest::option::of((0u64..10_000_000_000).prop_map(|c| c as f64 / 100.0)),
            proptest::option::of(any::<u32>()),
        )
            .prop_map(|(status, note, participants, amount, count)| Track {
                status,
                note,
                participants,
                amount,
                count,
            }),
    )
}

/// A duty (牵头部门 … 量化目标) or none.
fn duty() -> impl Strategy<Value = Option<Duty>> {
    proptest::option::of((text(), text(), text(), text(), text()).prop_map(
        |(lead, partners, owner, due, target)| Duty {
            lead,
            partners,
            owner,
            due,
            target,
        },
    ))
}

/// A schedule activity's duty (负责, 参加范围, 备注) or none.
fn entry_duty() -> impl Strategy<Value = Option<EntryDuty>> {
    proptest::option::of(
        (text(), text(), text()).prop_map(|(owner, scope, note)| EntryDuty { owner, scope, note }),
    )
}

/// Items nested up to 5 levels below a section (deeper than `MAX_DEPTH`
/// allows, as hand-written or old JSON might be).
fn items() -> impl Strategy<Value = Vec<Item>> {
    let leaf = (text(), text(), track(), duty()).prop_map(|(heading, text, track, duty)| Item {
        heading,
        text,
        items: Vec::new(),
        track,
        duty,
    });
    let item = leaf.prop_recursive(4, 24, 3, |inner| {
        (
            text(),
            text(),
            proptest::collection::vec(inner, 0..3),
            track(),
            duty(),
        )
            .prop_map(|(heading, text, items, track, duty)| Item {
                heading,
                text,
                items,
                track,
                duty,
            })
    });
    proptest::collection::vec(item, 0..3)
}

fn section() -> impl Strategy<Value = Section> {
    (text(), text(), items(), track(), duty()).prop_map(|(heading, body, items, track, duty)| {
        Section {
            heading,
            body,
            items,
            track,
            duty,
        }
    })
}

/// The author's headings: absent, or some parts and month labels in
/// arbitrary words.
fn headings() -> impl Strategy<Value = Headings> {
    (
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::collection::btree_map("[0-9,]{0,6}", text(), 0..3),
    )
        .prop_map(|(guiding, problems, schedule, months)| Headings {
            guiding,
            problems,
            schedule,
            months: months.into_iter().collect(),
            ..Headings::default()
        })
}

fn schedule_entry() -> impl Strategy<Value = ScheduleEntry> {
    (
        proptest::collection::vec(0u8..=14, 0..4),
        proptest::collection::vec(text(), 0..4),
        proptest::collection::vec(track(), 0..5),
        proptest::collection::vec(entry_duty(), 0..5),
    )
        .prop_map(|(months, activities, tracking, duties)| ScheduleEntry {
            months,
            activities,
            tracking,
            duties,
        })
}

fn org_type() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "school",
            "organ",
            "enterprise",
            "community",
            "medical",
            "institution",
            "other",
            ""
        ])
        .prop_map(str::to_string),
        text(),
    ]
}

fn year() -> impl Strategy<Value = i32> {
    prop_oneof![
        6 => 2000i32..2100,
        1 => any::<i32>(),
        1 => proptest::sample::select(vec![i32::MIN, i32::MAX, 0, -1, 9999, 10000]),
    ]
}

fn date() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(prop_oneof![
        (1990i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        proptest::sample::select(vec![
            "",
            "2025-02-30",
            "2025-13-01",
            "abc",
            "２０２５-１２-２０",
            "9999999-1-1"
        ])
        .prop_map(str::to_string),
        text(),
    ])
}

fn signature() -> impl Strategy<Value = Signature> {
    (text(), date(), any::<bool>()).prop_map(|(organization, date, chinese)| Signature {
        organization,
        date,
        date_style: if chinese {
            DateStyle::Chinese
        } else {
            DateStyle::Arabic
        },
    })
}

/// A plan without `next`.
fn part() -> impl Strategy<Value = Plan> {
    let head = (
        proptest::sample::select(Kind::ALL.to_vec()),
        text(),
        text(),
        org_type(),
        year(),
        any::<u8>(),
    );
    let body = (
        text(),
        text(),
        proptest::collection::vec(section(), 0..5),
        text(),
        proptest::collection::vec(schedule_entry(), 0..6),
        text(),
        signature(),
    );
    (head, body, headings()).prop_map(
        |(
            (kind, title, organization, org_type, year, start),
            (guiding, goals, sections, measures, schedule, problems, signature),
            headings,
        )| Plan {
            schema: 1,
            kind,
            title,
            organization,
            org_type,
            year,
            period: Period { start_month: start },
            guiding,
            goals,
            sections: sections.into_iter().map(Shared::new).collect(),
            measures,
            schedule: schedule.into(),
            problems,
            next: None,
            signature,
            format: None,
            issuance: None,
            headings,
            previous: None,
        },
    )
}

/// Every combination of the format settings.
fn format() -> impl Strategy<Value = Format> {
    (any::<bool>(), 0..3u8, any::<bool>(), any::<bool>()).prop_map(
        |(standard, pn, tasks, table)| Format {
            fonts: if standard {
                Fonts::Standard
            } else {
                Fonts::Gb2312
            },
            page_numbers: [PageNumbers::Outside, PageNumbers::Center, PageNumbers::None]
                [pn as usize],
            task_table: tasks,
            schedule: if table {
                ScheduleLayout::Table
            } else {
                ScheduleLayout::List
            },
        },
    )
}

/// Text for a field of the 文件 form: arbitrary text, numbers as officers
/// type them, or a very long name.
fn form_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text(),
        1 => proptest::sample::select(vec![
            "市工发[2027]1号", "市工发（2027）1号", "【2027】", "〔〕", "[ 2027 ]", "(20xx)",
            "市总工会文件", "签发人：张三",
        ])
        .prop_map(str::to_string),
        1 => (0usize..3000).prop_map(|n| "长".repeat(n)),
    ]
}

/// Any `issuance`, hostile strings included.
fn issuance() -> impl Strategy<Value = Issuance> {
    (
        (
            form_text(),
            form_text(),
            proptest::option::of(form_text()),
            form_text(),
        ),
        (
            proptest::collection::vec(form_text(), 0..12),
            form_text(),
            form_text(),
            date(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (issuer, number, signer, addressee),
                (attachments, cc, printer, print_date, seal),
            )| {
                Issuance {
                    issuer,
                    number,
                    signer,
                    addressee,
                    attachments,
                    cc,
                    printer,
                    print_date,
                    seal,
                }
            },
        )
}

/// Any plan: every kind, sometimes with a `next` part (also on kinds that
/// do not use it, as a hand-edited file might have), format settings and
/// the 文件 form.
fn plan() -> impl Strategy<Value = Plan> {
    (
        part(),
        proptest::option::weighted(0.4, part()),
        proptest::option::weighted(0.3, format()),
        proptest::option::weighted(0.3, issuance()),
    )
        .prop_map(|(mut p, next, format, issuance)| {
            p.next = next.map(Box::new);
            p.format = format;
            p.issuance = issuance;
            p
        })
}

// ---------------------------------------------------------------------------
// A ZIP reader and an XML well-formedness checker, written here from the
// specifications (PKWARE APPNOTE, XML 1.0) so they do not share the
// exporter's assumptions.

fn u16_at(b: &[u8], i: usize) -> Result<u16, String> {
    b.get(i..i + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
        .ok_or_else(|| format!("truncated at {i}"))
}

fn u32_at(b: &[u8], i: usize) -> Result<u32, String> {
    b.get(i..i + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or_else(|| format!("truncated at {i}"))
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= byte as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Every entry of a ZIP archive, read through the central directory, with
/// sizes, names and CRC-32 checked against the local headers.
fn unzip(zip: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let eocd = (0..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| zip[i..].starts_with(b"PK\x05\x06"))
        .ok_or("no end-of-central-directory record")?;
    let count = u16_at(zip, eocd + 10)? as usize;
    let cd_size = u32_at(zip, eocd + 12)? as usize;
    let cd_start = u32_at(zip, eocd + 16)? as usize;
    if cd_start + cd_size != eocd {
        return Err(format!(
            "central directory {cd_start}+{cd_size} does not end at the EOCD {eocd}"
        ));
    }
    let mut out = Vec::new();
    let mut p = cd_start;
    for _ in 0..count {
        if u32_at(zip, p)? != 0x0201_4b50 {
            return Err(format!("bad central header at {p}"));
        }
        let method = u16_at(zip, p + 10)?;
        let crc = u32_at(zip, p + 16)?;
        let csize = u32_at(zip, p + 20)? as usize;
        let usize_ = u32_at(zip, p + 24)? as usize;
        let nlen = u16_at(zip, p + 28)? as usize;
        let elen = u16_at(zip, p + 30)? as usize;
        let clen = u16_at(zip, p + 32)? as usize;
        let local = u32_at(zip, p + 42)? as usize;
        let name = zip.get(p + 46..p + 46 + nlen).ok_or("name truncated")?;
        let name = String::from_utf8(name.to_vec()).map_err(|_| "name not UTF-8")?;
        p += 46 + nlen + elen + clen;

        if u32_at(zip, local)? != 0x0403_4b50 {
            return Err(format!("{name}: bad local header"));
        }
        let lnlen = u16_at(zip, local + 26)? as usize;
        let lelen = u16_at(zip, local + 28)? as usize;
        let lname = zip
            .get(local + 30..local + 30 + lnlen)
            .ok_or("local name")?;
        if lname != name.as_bytes() {
            return Err(format!("{name}: local name differs"));
        }
        let start = local + 30 + lnlen + lelen;
        let raw = zip.get(start..start + csize).ok_or("data truncated")?;
        let data = match method {
            0 => raw.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec(raw)
                .map_err(|e| format!("{name}: inflate: {e:?}"))?,
            m => return Err(format!("{name}: unknown method {m}")),
        };
        if data.len() != usize_ {
            return Err(format!("{name}: size {} != {usize_}", data.len()));
        }
        if crc32(&data) != crc {
            return Err(format!("{name}: CRC mismatch"));
        }
        out.push((name, data));
    }
    Ok(out)
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == ':'
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || matches!(c, '-' | '.' | '\u{b7}')
}

/// Checks an entity or character reference starting after `&`; returns
/// the byte length consumed (through `;`).
fn reference(s: &str) -> Result<usize, String> {
    let end = s.find(';').ok_or("unterminated reference")?;
    let body = &s[..end];
    let ok = match body {
        "lt" | "gt" | "amp" | "quot" | "apos" => true,
        _ if body.starts_with("#x") => u32::from_str_radix(&body[2..], 16)
            .ok()
            .and_then(char::from_u32)
            .is_some_and(is_xml_char),
        _ if body.starts_with('#') => body[1..]
            .parse::<u32>()
            .ok()
            .and_then(char::from_u32)
            .is_some_and(is_xml_char),
        _ => false,
    };
    if ok {
        Ok(end + 1)
    } else {
        Err(format!("bad reference &{body};"))
    }
}

fn name_len(s: &str) -> usize {
    let mut n = 0;
    for (i, c) in s.char_indices() {
        if (i == 0 && !is_name_start(c)) || !is_name_char(c) {
            break;
        }
        n = i + c.len_utf8();
    }
    n
}

/// XML 1.0 well-formedness for the subset OOXML parts use: declaration,
/// comments, CDATA, elements with unique quoted attributes, references,
/// legal characters, matching tags, one root element.
fn check_xml(xml: &str) -> Result<(), String> {
    if let Some(c) = xml.chars().find(|c| !is_xml_char(*c)) {
        return Err(format!("illegal character U+{:04X}", c as u32));
    }
    let mut s = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    if let Some(rest) = s.strip_prefix("<?xml") {
        s = &rest[rest.find("?>").ok_or("unterminated declaration")? + 2..];
    }
    let mut stack: Vec<&str> = Vec::new();
    let mut roots = 0;
    while !s.is_empty() {
        if let Some(rest) = s.strip_prefix("<!--") {
            let end = rest.find("-->").ok_or("unterminated comment")?;
            s = &rest[end + 3..];
        } else if let Some(rest) = s.strip_prefix("<![CDATA[") {
            if stack.is_empty() {
                return Err("CDATA outside the root".into());
            }
            let end = rest.find("]]>").ok_or("unterminated CDATA")?;
            s = &rest[end + 3..];
        } else if let Some(rest) = s.strip_prefix("<?") {
            let end = rest.find("?>").ok_or("unterminated PI")?;
            s = &rest[end + 2..];
        } else if let Some(rest) = s.strip_prefix("</") {
            let n = name_len(rest);
            let name = &rest[..n];
            let after = rest[n..].trim_start();
            let after = after
                .strip_prefix('>')
                .ok_or_else(|| format!("bad end tag </{name}"))?;
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            s = after;
        } else if let Some(rest) = s.strip_prefix('<') {
            let n = name_len(rest);
            if n == 0 {
                return Err(format!("bad tag start: {:?}", &rest[..rest.len().min(20)]));
            }
            let name = &rest[..n];
            let mut r = &rest[n..];
            let mut seen: Vec<&str> = Vec::new();
            let self_closing;
            loop {
                let t = r.trim_start_matches([' ', '\t', '\r', '\n']);
                let had_space = t.len() != r.len();
                if let Some(x) = t.strip_prefix("/>") {
                    self_closing = true;
                    r = x;
                    break;
                }
                if let Some(x) = t.strip_prefix('>') {
                    self_closing = false;
                    r = x;
                    break;
                }
                if !had_space {
                    return Err(format!("<{name}: attributes need a space before them"));
                }
                let an = name_len(t);
                if an == 0 {
                    return Err(format!(
                        "<{name}: bad attribute at {:?}",
                        &t[..t.len().min(20)]
                    ));
                }
                let aname = &t[..an];
                if seen.contains(&aname) {
                    return Err(format!("<{name}: duplicate attribute {aname}"));
                }
                seen.push(aname);
                let t = t[an..].trim_start();
                let t = t
                    .strip_prefix('=')
                    .ok_or_else(|| format!("<{name} {aname}: no ="))?;
                let t = t.trim_start();
                let q = t
                    .chars()
                    .next()
                    .filter(|c| *c == '"' || *c == '\'')
                    .ok_or("unquoted attribute")?;
                let body = &t[1..];
                let end = body.find(q).ok_or("unterminated attribute")?;
                let value = &body[..end];
                if value.contains('<') {
                    return Err(format!("<{name} {aname}: '<' in attribute value"));
                }
                let mut v = value;
                while let Some(i) = v.find('&') {
                    v = &v[i + 1..];
                    let used = reference(v)?;
                    v = &v[used..];
                }
                r = &body[end + 1..];
            }
            if stack.is_empty() {
                roots += 1;
                if roots > 1 {
                    return Err(format!("second root element <{name}>"));
                }
            }
            if !self_closing {
                stack.push(name);
            }
            s = r;
        } else {
            let end = s.find('<').unwrap_or(s.len());
            let chunk = &s[..end];
            if stack.is_empty() && !chunk.trim().is_empty() {
                return Err(format!(
                    "text outside the root: {:?}",
                    &chunk[..chunk.len().min(20)]
                ));
            }
            if chunk.contains("]]>") {
                return Err("]]> in text".into());
            }
            let mut v = chunk;
            while let Some(i) = v.find('&') {
                v = &v[i + 1..];
                let used = reference(v)?;
                v = &v[used..];
            }
            s = &s[end..];
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!("<{open}> never closed"));
    }
    if roots != 1 {
        return Err("no root element".into());
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// HTML: the exporter writes a fixed set of tags and attributes; everything
// else must be text, so any `<` from the user must be escaped.

const HTML_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "h1",
    "h2", "h3", "h4", "p", "b", "span", "br", "table", "thead", "tr", "th", "td",
];
const HTML_ATTRS: &[&str] = &["lang", "charset", "name", "content", "class", "style"];

/// Every `<` starts an allowed tag with allowed, double-quoted attributes
/// holding no `<`, `>` or `&` other than references; `<style>` holds no `<`.
/// Returns the text outside the tags (entities still escaped).
fn check_html(html: &str) -> Result<String, String> {
    let mut text = String::new();
    let mut s = html;
    while let Some(i) = s.find('<') {
        text.push_str(&s[..i]);
        let rest = &s[i + 1..];
        let end = rest.find('>').ok_or("unterminated tag")?;
        let tag = &rest[..end];
        let body = tag.strip_prefix('/').unwrap_or(tag);
        let name_end = body.find([' ', '\n']).unwrap_or(body.len());
        let name = body[..name_end].to_ascii_lowercase();
        if !HTML_TAGS.contains(&name.as_str()) {
            return Err(format!("unexpected tag <{tag}>"));
        }
        let mut attrs = body[name_end..].trim();
        if name == "!doctype" {
            if attrs != "html" {
                return Err(format!("odd doctype <{tag}>"));
            }
            attrs = "";
        }
        while !attrs.is_empty() {
            let eq = attrs
                .find("=\"")
                .ok_or_else(|| format!("attribute without =\" in <{tag}>"))?;
            let aname = &attrs[..eq];
            if !HTML_ATTRS.contains(&aname) {
                return Err(format!("unexpected attribute {aname} in <{tag}>"));
            }
            let v = &attrs[eq + 2..];
            let close = v.find('"').ok_or("unterminated attribute")?;
            let value = &v[..close];
            if value.contains(['<', '>']) {
                return Err(format!("markup in attribute value {value:?}"));
            }
            attrs = v[close + 1..].trim_start();
        }
        s = &rest[end + 1..];
        if name == "style" && !tag.starts_with('/') {
            let close = s.find("</style>").ok_or("unterminated <style>")?;
            if s[..close].contains('<') {
                return Err("'<' inside <style>".into());
            }
            s = &s[close..];
        }
    }
    text.push_str(s);
    if text.contains('>') {
        return Err("raw '>' in text".into());
    }
    let mut v = text.as_str();
    while let Some(i) = v.find('&') {
        v = &v[i + 1..];
        let used = reference(v)?;
        v = &v[used..];
    }
    Ok(text)
}

fn normalized(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.normalize();
    p
}

fn depth(items: &[Item]) -> usize {
    items.iter().map(|i| 1 + depth(&i.items)).max().unwrap_or(0)
}

// ---------------------------------------------------------------------------
// The checkers check what they should (a checker that accepts anything
// would make the properties below pass vacuously).

#[test]
fn xml_checker_rejects_malformed_parts() {
    assert_eq!(
        check_xml(r#"<?xml version="1.0"?><a x="1"><b/>t&amp;&#x4e00;</a>"#),
        Ok(())
    );
    for bad in [
        "<a><b></a></b>",
        "<a>",
        "<a/><b/>",
        "<a>x<y</a>",
        "<a>&nbsp;</a>",
        "<a>&#0;</a>",
        "<a>\u{1}</a>",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=\"<\"/>",
        "<a x=1/>",
        "<a>]]></a>",
        "text<a/>",
        "<a>\u{fffe}</a>",
    ] {
        assert!(check_xml(bad).is_err(), "accepted {bad:?}");
    }
}

#[test]
fn html_checker_rejects_user_markup() {
    assert!(check_html("<!doctype html>\n<p class=\"sig\">a &lt;b&gt; &amp;</p>").is_ok());
    for bad in [
        "<p><script>x</script></p>",
        "<p><img src=x onerror=alert(1)></p>",
        "<p onclick=\"x\">a</p>",
        "<p>a > b</p>",
        "<p>&bogus;</p>",
        "<style>a<b</style>",
        "<p class=\"a\"b\">x</p>",
    ] {
        assert!(check_html(bad).is_err(), "accepted {bad:?}");
    }
}

#[test]
fn zip_reader_detects_corruption() {
    let plan = Plan::new(Kind::Plan, 2025);
    let mut bytes = export::export(&plan, "docx").unwrap();
    assert!(unzip(&bytes).is_ok());
    // Flip a byte in the first entry's data: the CRC must catch it.
    let name_len = u16::from_le_bytes([bytes[26], bytes[27]]) as usize;
    let extra = u16::from_le_bytes([bytes[28], bytes[29]]) as usize;
    bytes[30 + name_len + extra] ^= 0x55;
    assert!(unzip(&bytes).is_err());
    assert!(unzip(b"PK\x03\x04 not a zip").is_err());
}

// ---------------------------------------------------------------------------
// Properties.

#[test]
fn import_text_never_panics_on_arbitrary_text() {
    let lines = proptest::collection::vec(text(), 0..40).prop_map(|v| v.join("\n"));
    run(
        "import_text(arbitrary text)",
        prop_oneof![text(), lines, any::<String>()],
        |t| {
            let imported = import::import_text(&t);
            // What it returns is a plan that saves and loads.
            let json = imported.plan.to_json();
            check_that!(
                Plan::from_json(&json).is_ok(),
                "imported plan does not reload: {json}"
            );
            Ok(())
        },
    );
}

#[test]
fn import_bytes_never_panics_on_arbitrary_files() {
    let names = proptest::sample::select(vec![
        "a.txt",
        "a.md",
        "a.docx",
        "a.json",
        "a.doc",
        "a.pdf",
        "a",
        "计划.TXT",
        "x.DOCX",
    ]);
    let bytes = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        text().prop_map(String::into_bytes),
        // A real docx with a few bytes changed.
        (
            plan(),
            proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6)
        )
            .prop_map(|(p, flips)| {
                let mut b = export::export(&p, "docx").unwrap();
                for (i, v) in flips {
                    let n = b.len();
                    b[i % n] = v;
                }
                b
            }),
    ];
    run(
        "import_bytes(arbitrary bytes, name)",
        (bytes, names),
        |(b, name)| {
            let _ = import::import_bytes(&b, name);
            Ok(())
        },
    );
}

#[test]
fn plan_from_json_never_panics_on_arbitrary_text() {
    run(
        "Plan::from_json(arbitrary text)",
        prop_oneof![text(), any::<String>()],
        |t| {
            let _ = Plan::from_json(&t);
            Ok(())
        },
    );
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        let keys = proptest::sample::select(vec![
            "schema",
            "kind",
            "title",
            "organization",
            "org_type",
            "year",
            "period",
            "start_month",
            "guiding",
            "goals",
            "sections",
            "heading",
            "body",
            "items",
            "text",
            "measures",
            "schedule",
            "months",
            "activities",
            "tracking",
            "problems",
            "next",
            "signature",
            "date",
            "date_style",
            "track",
            "status",
            "amount",
            "x",
        ]);
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            proptest::collection::vec((keys, inner), 0..6).prop_map(|kv| {
                serde_json::Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

#[test]
fn plan_from_json_never_panics_on_arbitrary_json_and_loads_to_a_fixed_point() {
    run("Plan::from_json(arbitrary JSON value)", json_value(), |v| {
        if let Ok(p) = Plan::from_json(&v.to_string()) {
            let again = Plan::from_json(&p.to_json());
            check_that!(
                again.as_ref() == Ok(&p),
                "load(save(load(x))) != load(x): {again:?}"
            );
            check_that!(depth_ok(&p), "loaded plan deeper than MAX_DEPTH");
        }
        Ok(())
    });
}

/// `json_parse::parse` reads every text as serde_json does: the same value
/// (the same kind of number too), or both refuse. Texts: arbitrary JSON
/// written compact and indented, then cut short, or with one character
/// changed, and arbitrary strings.
#[test]
fn the_hand_json_parser_agrees_with_serde_json() {
    use union_plan::core::json_parse::parse;
    let cut =
        (json_value(), any::<bool>(), 0usize..400, any::<char>()).prop_map(|(v, pretty, at, c)| {
            let t = if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                v.to_string()
            };
            let mut chars: Vec<char> = t.chars().collect();
            let i = at % (chars.len() + 1);
            match at % 3 {
                0 => chars.truncate(i),
                1 if i < chars.len() => chars[i] = c,
                _ => chars.insert(i, c),
            }
            chars.into_iter().collect::<String>()
        });
    let whole = (json_value(), any::<bool>()).prop_map(|(v, pretty)| {
        if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            v.to_string()
        }
    });
    run(
        "json_parse::parse(text) against serde_json",
        prop_oneof![whole, cut, any::<String>()],
        |t| {
            let ours = parse(&t);
            let theirs = serde_json::from_str::<serde_json::Value>(&t);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => check_that!(
                    a == b && a.to_string() == b.to_string(),
                    "{t:?}: {a} != {b}"
                ),
                (Err(_), Err(_)) => {}
                _ => check_that!(false, "{t:?}: ours {ours:?}, serde_json {theirs:?}"),
            }
            Ok(())
        },
    );
}

#[test]
fn plan_from_json_never_panics_on_mutated_plan_json() {
    let keys = proptest::sample::select(vec![
        "/schema",
        "/kind",
        "/title",
        "/year",
        "/period",
        "/period/start_month",
        "/sections",
        "/sections/0",
        "/sections/0/items",
        "/sections/0/items/0/heading",
        "/schedule",
        "/schedule/0/months",
        "/schedule/0/activities/0",
        "/schedule/0/tracking/0",
        "/next",
        "/next/sections",
        "/signature",
        "/signature/date",
        "/signature/date_style",
    ]);
    run(
        "Plan::from_json(plan JSON with one field replaced)",
        (plan(), keys, json_value()),
        |(p, pointer, v)| {
            let mut doc: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = v;
            }
            if let Ok(loaded) = Plan::from_json(&doc.to_string()) {
                check_that!(depth_ok(&loaded), "loaded plan deeper than MAX_DEPTH");
                check_that!(
                    loaded
                        .schedule
                        .iter()
                        .all(|e| e.months.iter().all(|m| (1..=12).contains(m))),
                    "loaded plan keeps months outside 1..=12"
                );
            }
            Ok(())
        },
    );
}

fn depth_ok(p: &Plan) -> bool {
    // A section is level 1, its items start at level 2.
    p.sections.iter().all(|s| depth(&s.items) < MAX_DEPTH) && p.next.as_deref().is_none_or(depth_ok)
}

#[test]
fn check_never_panics_and_gives_unique_ids() {
    run("check::check(arbitrary plan)", plan(), |p| {
        for p in [p.clone(), normalized(&p)] {
            let findings = check::check(&p);
            let mut ids: Vec<&str> = findings.iter().map(|f| f.id.as_str()).collect();
            ids.sort_unstable();
            let n = ids.len();
            ids.dedup();
            check_that!(
                ids.len() == n,
                "duplicate finding ids in {:?}",
                findings.iter().map(|f| &f.id).collect::<Vec<_>>()
            );
            check_that!(
                findings.iter().all(|f| !f.message.trim().is_empty()),
                "a finding without a message"
            );
        }
        Ok(())
    });
}

#[test]
fn every_exporter_writes_a_valid_file_for_any_plan() {
    assert_eq!(
        export::FORMATS,
        ["docx", "html", "md", "txt", "json"],
        "new format: add its check here"
    );
    run(
        "export::export(arbitrary plan, every format)",
        plan(),
        |p| {
            // Exporters see what the app would give them (loaded = normalised)
            // and the raw value too.
            for plan in [normalized(&p), p.clone()] {
                for format in export::FORMATS {
                    let bytes = export::export(&plan, format)
                        .map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
                    check_that!(!bytes.is_empty(), "{format}: empty file");
                    match *format {
                        "docx" => {
                            let files = unzip(&bytes)
                                .map_err(|e| TestCaseError::fail(format!("docx zip: {e}")))?;
                            let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
                            for required in
                                ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
                            {
                                check_that!(
                                    names.contains(&required),
                                    "docx lacks {required}: {names:?}"
                                );
                            }
                            for (name, data) in &files {
                                if name.ends_with(".xml") || name.ends_with(".rels") {
                                    let xml = std::str::from_utf8(data).map_err(|_| {
                                        TestCaseError::fail(format!("{name} is not UTF-8"))
                                    })?;
                                    check_xml(xml)
                                        .map_err(|e| TestCaseError::fail(format!("{name}: {e}")))?;
                                }
                            }
                            // Standard fonts: no *_GB2312 face in the parts
                            // that carry no user text.
                            if plan.format_settings().fonts == Fonts::Standard {
                                for (name, data) in &files {
                                    check_that!(
                                        name == "word/document.xml"
                                            || name.starts_with("docProps/")
                                            || !String::from_utf8_lossy(data).contains("_GB2312"),
                                        "{name} names a _GB2312 font with standard fonts"
                                    );
                                }
                            }
                        }
                        "html" => {
                            let html = String::from_utf8(bytes)
                                .map_err(|_| TestCaseError::fail("html is not UTF-8"))?;
                            check_html(&html)
                                .map_err(|e| TestCaseError::fail(format!("html: {e}")))?;
                        }
                        "json" => {
                            let json = String::from_utf8(bytes)
                                .map_err(|_| TestCaseError::fail("json is not UTF-8"))?;
                            let back = Plan::from_json(&json);
                            let want = normalized(&plan);
                            check_that!(
                                back.as_ref() == Ok(&want),
                                "json does not round-trip: {back:?}"
                            );
                        }
                        "md" | "txt" => {
                            let t = String::from_utf8(bytes).map_err(|_| {
                                TestCaseError::fail(format!("{format} is not UTF-8"))
                            })?;
                            check_that!(
                                !t.contains(['\u{0}', '\u{1}', '\u{b}', '\u{1b}']),
                                "{format} keeps control characters"
                            );
                        }
                        other => return Err(TestCaseError::fail(format!("no check for {other}"))),
                    }
                }
                // The download name is always a legal file name.
                for format in export::FORMATS {
                    let name = export::file_name(&plan, format);
                    check_that!(
                        !name.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\n', '\0'])
                            && name.ends_with(&format!(".{format}"))
                            && name.chars().count() <= 80 + 1 + format.len(),
                        "bad file name {name:?}"
                    );
                }
            }
            Ok(())
        },
    );
}

fn path() -> impl Strategy<Value = Vec<usize>> {
    proptest::collection::vec(0usize..4, 0..6)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        text().prop_map(Op::Organization),
        text().prop_map(Op::Title),
        year().prop_map(Op::Year),
        proptest::sample::select(Kind::ALL.to_vec()).prop_map(Op::Kind),
        any::<u8>().prop_map(|m| Op::Period(Period { start_month: m })),
        (
            proptest::sample::select(vec![
                TextField::Guiding,
                TextField::Goals,
                TextField::Measures,
                TextField::Problems
            ]),
            text()
        )
            .prop_map(|(field, value)| Op::Text { field, value }),
        path().prop_map(|path| Op::AddAfter { path }),
        path().prop_map(|path| Op::AddChild { path }),
        path().prop_map(|path| Op::Delete { path }),
        path().prop_map(|path| Op::Indent { path }),
        path().prop_map(|path| Op::Outdent { path }),
        path().prop_map(|path| Op::MoveUp { path }),
        path().prop_map(|path| Op::MoveDown { path }),
        (path(), text()).prop_map(|(path, value)| Op::Heading { path, value }),
        (path(), text()).prop_map(|(path, value)| Op::Body { path, value }),
        proptest::collection::vec(0u8..=14, 0..3).prop_map(|months| Op::AddEntry { months }),
        (0usize..8).prop_map(|entry| Op::DeleteEntry { entry }),
        (0usize..8, proptest::collection::vec(0u8..=14, 0..3))
            .prop_map(|(entry, months)| Op::EntryMonths { entry, months }),
        (0usize..8).prop_map(|entry| Op::MergeNext { entry }),
        (0usize..8).prop_map(|entry| Op::Split { entry }),
        (0usize..8, text()).prop_map(|(entry, text)| Op::AddActivity { entry, text }),
        (0usize..8, 0usize..4, text()).prop_map(|(entry, index, value)| Op::Activity {
            entry,
            index,
            value
        }),
        (0usize..8, 0usize..4).prop_map(|(entry, index)| Op::DeleteActivity { entry, index }),
        (0usize..8, 0usize..4, any::<bool>()).prop_map(|(entry, index, up)| Op::MoveActivity {
            entry,
            index,
            up
        }),
        text().prop_map(Op::SignatureOrg),
        date().prop_map(Op::SignatureDate),
        (path(), track()).prop_map(|(path, track)| Op::TrackNode { path, track }),
        (0usize..8, 0usize..4, track()).prop_map(|(entry, index, track)| Op::TrackActivity {
            entry,
            index,
            track
        }),
        plan().prop_map(|p| Op::Replace(Box::new(normalized(&p)))),
        Just(Op::FixPunctuation),
    ]
}

#[test]
fn random_edit_sequences_never_panic_and_keep_the_tree_within_depth() {
    let edits = proptest::collection::vec((any::<bool>(), op()), 0..30);
    run(
        "edit::apply(random edit sequence)",
        (plan().prop_map(|p| normalized(&p)), edits),
        |(mut p, edits)| {
            for (next, op) in edits {
                let described = format!("{op:?}");
                edit::apply(&mut p, Edit { next, op });
                check_that!(
                    depth_ok(&p),
                    "tree deeper than {MAX_DEPTH} after {described}"
                );
            }
            let json = p.to_json();
            check_that!(
                Plan::from_json(&json).is_ok(),
                "edited plan does not reload"
            );
            let _ = check::check(&p);
            Ok(())
        },
    );
}

/// Amounts computed in JS (`10.7 * 1` → 10.700000000000001) or typed with
/// many digits load back as what loading makes of them (`normalize`), bit
/// for bit: saving and loading never changes a number.
#[test]
fn track_amounts_round_trip_exactly_through_json() {
    let amount = prop_oneof![
        (1u32..100_000, 1u32..50).prop_map(|(a, b)| a as f64 / b as f64 * 1.07),
        any::<f64>().prop_filter("finite", |f| f.is_finite()),
    ];
    run(
        "Track.amount through export json + Plan::from_json",
        amount,
        |amount| {
            let mut p = Plan::new(Kind::Plan, 2025);
            p.sections.push(
                Section {
                    heading: "送温暖".into(),
                    track: Some(Track {
                        amount: Some(amount),
                        ..Track::default()
                    }),
                    ..Section::default()
                }
                .into(),
            );
            let want = normalized(&p).sections[0]
                .track
                .as_ref()
                .and_then(|t| t.amount);
            let json = String::from_utf8(export::export(&p, "json").unwrap()).unwrap();
            let back = Plan::from_json(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let got = back.sections[0].track.as_ref().and_then(|t| t.amount);
            check_that!(
                got.map(f64::to_bits) == want.map(f64::to_bits),
                "amount {amount:?} ({}) loaded back as {got:?}, want {want:?}",
                serde_json::to_string(&amount).unwrap_or_default()
            );
            Ok(())
        },
    );
}

/// JavaScript's `JSON.stringify` writes a string cut inside an emoji as a
/// lone surrogate escape (`"\ud83d"`); such a plan loads, with U+FFFD in
/// its place and every other character kept.
#[test]
fn plan_from_json_turns_lone_surrogate_escapes_into_replacement_characters() {
    let piece = (
        "[^\u{0}]{1,6}".prop_filter("some text", |s: &String| !s.is_empty()),
        0xD800u32..0xE000,
        any::<bool>(),
    );
    run(
        "Plan::from_json(title with lone surrogate escapes)",
        proptest::collection::vec(piece, 1..6),
        |pieces| {
            let mut json_title = String::new();
            let mut want = String::new();
            for (text, surrogate, upper) in &pieces {
                let quoted = serde_json::to_string(text).unwrap();
                json_title.push_str(&quoted[1..quoted.len() - 1]);
                want.push_str(text);
                json_title.push_str(&if *upper {
                    format!("\\u{surrogate:04X}")
                } else {
                    format!("\\u{surrogate:04x}")
                });
                want.push('\u{fffd}');
            }
            let json = format!(r#"{{"kind":"plan","title":"{json_title}"}}"#);
            let p =
                Plan::from_json(&json).map_err(|e| TestCaseError::fail(format!("{json}: {e}")))?;
            check_that!(
                p.title == want,
                "{json} loaded as {:?}, want {want:?}",
                p.title
            );
            Ok(())
        },
    );
}

#[test]
fn year_over_year_never_panics_and_a_plan_equals_itself() {
    use union_plan::core::yoy::{compare, comparison_html, next_year, Status};
    run(
        "next_year / compare / check_with (arbitrary plans)",
        (plan(), plan()),
        |(a, b)| {
            let n = next_year(&a);
            check_that!(
                Plan::from_json(&n.to_json()).is_ok(),
                "next year's plan does not reload"
            );
            check_that!(n.previous.is_some(), "next year's plan names no source");
            let same = compare(&a, &a);
            check_that!(
                same.parts.iter().all(|p| p.status == Status::Unchanged),
                "a plan differs from itself"
            );
            let c = compare(&a, &b);
            check_that!(
                (0.0..=1.0).contains(&c.unchanged_share),
                "share out of range: {}",
                c.unchanged_share
            );
            let _ = comparison_html(&c);
            let _ = union_plan::core::check::check_with(&n, Some(&a));
            Ok(())
        },
    );
}
