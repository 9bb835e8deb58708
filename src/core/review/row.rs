//! One file → one row: read through the importer (`core::read`), checked
//! by the checklist, or the Chinese reason it could not be read. Returns
//! the text the sentence index reads (`None` for an unreadable file).

use super::{megabytes, Row, MAX_FILE_BYTES};
use crate::core::check::{check, Level};
use crate::core::model::{Kind, Plan};
use crate::core::read::read_import;

pub(super) fn read(
    index: usize,
    name: &str,
    bytes: &[u8],
    decode_gb18030: impl FnOnce(&[u8]) -> Option<String>,
) -> (Row, Option<String>) {
    let mut row = Row {
        index,
        name: name.to_string(),
        size: bytes.len() as u64,
        hash: format!("{:016x}", fnv64(bytes)),
        ..Row::default()
    };
    if let Some(reason) = refuse(name, bytes) {
        row.reason = reason;
        return (row, None);
    }
    let doc = match read_import(bytes, name, decode_gb18030) {
        Ok(doc) => doc,
        Err(reason) => {
            row.reason = super::feedback::for_unit(&reason);
            return (row, None);
        }
    };
    if is_blank(&doc.plan) {
        row.reason = "文件里没有读到正文内容（可能只有空行、图片或表格外框）。请确认报送的是计划或总结的正文文件，或者请该单位重新报送。".into();
        return (row, None);
    }
    let plan = doc.plan;
    row.readable = true;
    row.unit = unit_of(&plan);
    row.doc_unit = row.unit.clone();
    row.org_type = plan.org_type.clone();
    row.kind = plan.kind.id().into();
    row.kind_label = plan.kind.label().into();
    row.year = year_of(&plan, name, &doc.source);
    row.title = title_of(&plan);
    row.findings = check(&plan)
        .into_iter()
        .filter(|f| f.level != Level::Ok)
        .collect();
    row.errors = count(&row, Level::Error);
    row.warnings = count(&row, Level::Warning);
    row.plan = Some(plan);
    (row, Some(doc.source))
}

fn count(row: &Row, level: Level) -> usize {
    row.findings.iter().filter(|f| f.level == level).count()
}

/// Files refused before the importer sees them: too large, or binary
/// content under a text name (the importer would decode it as GB18030).
fn refuse(name: &str, bytes: &[u8]) -> Option<String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Some(too_large(bytes.len() as u64));
    }
    let lower = name.to_lowercase();
    let texty = !(lower.ends_with(".docx") || lower.ends_with(".json"));
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    let utf16 = head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    if texty && !utf16 && !head.is_empty() && (head.contains(&0) || controls * 20 > head.len()) {
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        if matches!(
            ext,
            "doc" | "wps" | "pdf" | "xls" | "xlsx" | "zip" | "rar" | "png" | "jpg" | "jpeg"
        ) {
            return None; // the importer names these file types itself
        }
        return Some(
            "这不是文本文件（内容是二进制数据，可能是图片、压缩包或损坏的文件），无法读取。请让该单位报送 .docx 或 .txt 格式的正文。"
                .into(),
        );
    }
    None
}

/// Why a file over `MAX_FILE_BYTES` is not read.
pub fn too_large(size: u64) -> String {
    format!(
        "文件太大（{}），超过单个文件 {} 的上限，没有读取。计划或总结的正文通常不到 1 MB，请确认是否选错了文件（例如视频、压缩包或扫描件）。",
        megabytes(size),
        megabytes(MAX_FILE_BYTES)
    )
}

/// True when the importer found no text at all (only blanks).
fn is_blank(plan: &Plan) -> bool {
    let t = |s: &str| s.trim().is_empty();
    t(&plan.title)
        && t(&plan.organization)
        && t(&plan.guiding)
        && t(&plan.goals)
        && plan.sections.is_empty()
        && t(&plan.measures)
        && plan.schedule.is_empty()
        && t(&plan.problems)
        && plan
            .next
            .as_deref()
            .is_none_or(|n| n.sections.is_empty() && t(&n.guiding))
}

/// The organisation: the document's, else its signature's.
fn unit_of(plan: &Plan) -> String {
    let org = plan.organization.trim();
    if org.is_empty() {
        plan.signature.organization.trim().to_string()
    } else {
        org.to_string()
    }
}

fn title_of(plan: &Plan) -> String {
    plan.title
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("")
}

/// The year the document names: a plan JSON's own, or the importer's
/// when the title or the signature date gave it (the importer otherwise
/// keeps a default year, which is not the document's).
fn year_of(plan: &Plan, name: &str, source: &str) -> Option<i32> {
    if name.to_lowercase().ends_with(".json") {
        return Some(plan.year);
    }
    let y = plan.year.to_string();
    let in_title = plan.title.contains(&y);
    let signed = plan
        .signature
        .date
        .as_deref()
        .is_some_and(|d| !d.trim().is_empty());
    let in_head = source
        .chars()
        .take(200)
        .collect::<String>()
        .contains(&format!("{y}年"));
    (in_title || signed || in_head).then_some(plan.year)
}

/// FNV-1a, 64 bits: the content hash of a file and of a sentence.
pub(super) fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// True when the document reports on a past year (its year is the one
/// reviewed, or for a 总结暨明年计划 the year before).
pub(super) fn year_matches(kind: &str, year: i32, wanted: i32) -> bool {
    year == wanted
        || (Kind::from_id(kind) == Some(Kind::SummaryAndPlan) && year.saturating_add(1) == wanted)
}
