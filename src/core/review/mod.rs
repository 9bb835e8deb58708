//! 批量审阅: a higher-level union reviews its member units' submissions at
//! once. Every file goes through the importer (`core::read`) and the
//! checklist (`core::check`) and becomes one `Row`, also when it cannot be
//! read (the reason in Chinese); then the rows are compared with each other
//! (shared passages by sentence hashes, identical files by content hash)
//! and with the units expected to submit.
//!
//! The passes, in order:
//! - `row` — one file → one row: unit, kind, year, title, counts, findings;
//! - `problems` — findings (and the review's own year and schedule rules)
//!   → the most important problems, in words;
//! - `shared` — sentence hashes in an inverted index → links between rows
//!   that share long passages, and identical files;
//! - `units` — expected units → which have not submitted;
//! - `feedback` — each row's 反馈意见 in plain Chinese.
//!
//! Exports: `export` (HTML and JSON) with `docx` (the 审阅意见汇总表 as a
//! DOCX with a landscape table, written by its own small table writer).
//!
//! `Reviewer` takes files one at a time, so the browser can read and check
//! them in chunks between frames; `review_batch` is the same in one call.

mod docx;
mod export;
mod feedback;
mod problems;
mod row;
mod shared;
mod units;

#[cfg(test)]
mod tests;

use crate::core::check::{Finding, Level};
use crate::core::model::Plan;
use serde::{Deserialize, Serialize};

pub use export::{export_review, file_name, REVIEW_FORMATS};
pub use row::too_large;
pub use units::parse_expected;

/// More files than this in one batch are processed in parts.
pub const MAX_FILES: usize = 500;
/// More bytes than this in one batch (50 MB) are processed in parts.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;
/// One file larger than this (20 MB) is not read; its row says why.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// What the reviewer tells the review: the year the documents are for and
/// the units expected to submit (both optional).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct Options {
    pub year: Option<i32>,
    pub expected: Vec<String>,
}

/// The whole review: one row per file, the links between rows, identical
/// files, the units that have not submitted, and notices for the reviewer.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct Review {
    pub year: Option<i32>,
    pub expected: Vec<String>,
    pub rows: Vec<Row>,
    /// Rows that share long passages (`a < b`), each listed once here and
    /// in both rows' `linked`.
    pub links: Vec<Link>,
    /// Groups of rows whose files are byte for byte the same.
    pub duplicates: Vec<Vec<usize>>,
    /// Expected units with no file.
    pub missing_units: Vec<String>,
    /// Messages for the reviewer (a batch processed in parts, …).
    pub notices: Vec<String>,
    /// Files and bytes reviewed.
    pub files: usize,
    pub bytes: u64,
}

/// One file's line in the review table.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct Row {
    /// Position in the batch (0-based), what links and duplicates name.
    pub index: usize,
    /// The file name as given.
    pub name: String,
    pub size: u64,
    /// False when the file could not be read; `reason` says why.
    pub readable: bool,
    pub reason: String,
    /// The organisation (from the document, else from the file name when
    /// it names an expected unit; empty when unknown).
    pub unit: String,
    /// The organisation the document itself names (`unit` may instead be
    /// the expected unit its file name names).
    pub doc_unit: String,
    pub org_type: String,
    /// Kind id (`plan`, `summary`, …) and its Chinese name.
    pub kind: String,
    pub kind_label: String,
    /// The year the document names (title, signature or plan JSON).
    pub year: Option<i32>,
    pub title: String,
    pub errors: usize,
    pub warnings: usize,
    /// The most important problems first, in words.
    pub problems: Vec<Problem>,
    /// Every error and warning of the checklist (for the read-only view).
    pub findings: Vec<Finding>,
    /// Content hash of the file's bytes (FNV-1a 64, hex).
    pub hash: String,
    /// The first row with the same bytes, when this one repeats it.
    pub duplicate_of: Option<usize>,
    /// Rows sharing long passages with this one.
    pub linked: Vec<usize>,
    /// 反馈意见: what to send back to the unit.
    pub feedback: String,
    /// The document as imported (read-only view); absent when unreadable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
}

/// One problem in words.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Problem {
    /// The rule (`missing:guiding`, `placeholder`, `review:year`, …).
    pub rule: String,
    pub level: Level,
    pub text: String,
}

/// Two rows sharing long passages.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct Link {
    pub a: usize,
    pub b: usize,
    /// Shared sentences (in `a`'s order, at most `shared::SHOWN`).
    pub sentences: Vec<String>,
    /// How many sentences and characters they share.
    pub shared: usize,
    pub chars: usize,
    /// Share of each document's sentence text that is shared (percent).
    pub share_a: u32,
    pub share_b: u32,
    /// The files are byte for byte the same.
    pub identical: bool,
}

/// Takes the files one at a time (`add`) and compares them at the end
/// (`finish`).
pub struct Reviewer {
    options: Options,
    rows: Vec<Row>,
    index: shared::Index,
}

impl Reviewer {
    pub fn new(options: Options) -> Reviewer {
        Reviewer {
            options,
            rows: Vec::new(),
            index: shared::Index::default(),
        }
    }

    /// Reads and checks one file; never fails (an unreadable file gets a
    /// row with the reason). `decode_gb18030` decodes old Windows text.
    pub fn add(
        &mut self,
        name: &str,
        bytes: &[u8],
        decode_gb18030: impl FnOnce(&[u8]) -> Option<String>,
    ) -> &Row {
        let index = self.rows.len();
        let (row, text) = row::read(index, name, bytes, decode_gb18030);
        self.index.add(index, text.as_deref().unwrap_or(""));
        self.rows.push(row);
        &self.rows[index]
    }

    /// A file the caller could not or would not read (too large to load,
    /// a folder, a read error): a row with `reason`.
    pub fn add_unread(&mut self, name: &str, size: u64, reason: &str) -> &Row {
        let index = self.rows.len();
        self.index.add(index, "");
        self.rows.push(Row {
            index,
            name: name.to_string(),
            size,
            reason: reason.to_string(),
            ..Row::default()
        });
        &self.rows[index]
    }

    /// Rows so far.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Compares the rows: identical files, shared passages, missing units,
    /// then each row's feedback.
    pub fn finish(self) -> Review {
        let Reviewer {
            options,
            mut rows,
            index,
        } = self;
        let duplicates = shared::duplicates(&mut rows);
        let links = index.links(&rows);
        for l in &links {
            rows[l.a].linked.push(l.b);
            rows[l.b].linked.push(l.a);
        }
        let bytes = rows.iter().map(|r| r.size).sum();
        let mut review = Review {
            files: rows.len(),
            bytes,
            rows,
            links,
            duplicates,
            ..Review::default()
        };
        review.notices = limits_notice(review.files, bytes).into_iter().collect();
        review.settle(options);
        review
    }
}

/// Reviews a batch in one call, one file after the other (only one file's
/// text is read at a time); a batch over the limits carries the notice.
pub fn review_batch<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    options: Options,
    decode_gb18030: impl Fn(&[u8]) -> Option<String>,
) -> Review {
    let mut r = Reviewer::new(options);
    for (name, bytes) in files {
        r.add(name, bytes, &decode_gb18030);
    }
    r.finish()
}

/// The message for a batch over the limits (`MAX_FILES`, `MAX_BYTES`), or
/// none.
pub fn limits_notice(files: usize, bytes: u64) -> Option<String> {
    if files <= MAX_FILES && bytes <= MAX_BYTES {
        return None;
    }
    let n = part_count(files, bytes);
    Some(format!(
        "这批共 {files} 个文件、{}，超过了一次审阅 {MAX_FILES} 个文件或 50 MB 的上限，已分 {n} 部分依次读取，结果合在同一张表里。文件很多时请耐心等待，也可以按单位分批审阅。",
        megabytes(bytes)
    ))
}

/// How many parts a batch is read in.
fn part_count(files: usize, bytes: u64) -> usize {
    let by_files = files.div_ceil(MAX_FILES);
    let by_bytes = bytes.div_ceil(MAX_BYTES) as usize;
    by_files.max(by_bytes).max(1)
}

/// Splits file sizes into consecutive parts of at most `MAX_FILES` files
/// and `MAX_BYTES` bytes (a larger single file is a part of its own): the
/// page reads the parts one after the other and shows which it is on.
pub fn parts(sizes: &[u64]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0u64);
    for (i, &s) in sizes.iter().enumerate() {
        if i > start && (i - start >= MAX_FILES || bytes + s > MAX_BYTES) {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += s;
    }
    if start < sizes.len() {
        out.push(start..sizes.len());
    }
    out
}

/// "3.2 MB", "512 KB".
pub fn megabytes(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

impl Review {
    /// Loads a review saved as JSON (through `serde_json::Value`, like plans).
    pub fn from_json(text: &str) -> Result<Review, String> {
        serde_json::from_str::<serde_json::Value>(text)
            .and_then(serde_json::from_value)
            .map_err(|e| {
                format!("审阅记录无法读取（{e}）。请确认这是本工具保存或导出的审阅 JSON。")
            })
    }

    /// Applies other options (year, expected units) to a finished review:
    /// each row's problems, units, the missing list and the feedback are
    /// worked out again from what the rows keep (the files are not needed).
    pub fn recheck(&mut self, options: Options) {
        for r in &mut self.rows {
            r.unit = r.doc_unit.clone();
        }
        self.settle(options);
    }

    /// The steps of `finish` that depend on the options.
    fn settle(&mut self, options: Options) {
        for r in &mut self.rows {
            problems::local(r, &options);
        }
        units::name_from_files(&mut self.rows, &options.expected);
        problems::across(&mut self.rows, &self.links);
        self.missing_units = units::missing(&self.rows, &options.expected);
        for r in &mut self.rows {
            r.feedback = feedback::text(r);
        }
        self.year = options.year;
        self.expected = options.expected;
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
