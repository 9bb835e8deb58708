//! The trace every pass writes to: what it consumed instead of keeping
//! (labels, month headings, part names, the date, page numbers, Markdown
//! marks) and how many lines it could not place. Passes take a `&mut Ctx`;
//! the pipeline turns it into the notes and the property test's trace.

use super::normalise::trim;

/// What the parser consumed instead of keeping: the property test checks
/// that this plus the plan's text is exactly the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dropped {
    /// A page-number line.
    PageNumber,
    /// A numbering label (`一、` `(一)` `1.` …).
    Label,
    /// A month heading (`七、八月:`).
    Months,
    /// Markdown heading marks (`## `), a site's lone backquote in a
    /// heading (`活动目的`:`), and the dash leading a paragraph as a bullet
    /// (`——认清形势…。`, `dashes`).
    Markup,
    /// The name of a standard part (指导思想, 活动安排 …).
    Keyword,
    /// The signature date (kept as ISO).
    Date,
    /// Table furniture (`tables`): column names, `|` separators, 序号, a
    /// `附件` line and the table's title.
    Table,
    /// A table's 工作任务 that repeats the heading of the task it was
    /// matched to (the heading is kept).
    Repeat,
    /// The `:` or `|` after a month label kept as written.
    Separator,
    /// A site's marks: a line of dashes after a title (`--。`), a forum's
    /// anti-copy codes after lines (`Y3(MKq`, `marks`).
    SiteMark,
}

#[derive(Default)]
pub(super) struct Ctx {
    pub(super) dropped: Vec<(Dropped, String)>,
    pub(super) unplaced: usize,
    /// Each decision a pass took, for the report (`“存在的不足” → 存在问题`).
    pub(super) decisions: Vec<String>,
}

impl Ctx {
    /// Records a decision for the report.
    pub(super) fn decide(&mut self, what: String) {
        self.decisions.push(what);
    }

    pub(super) fn drop(&mut self, what: Dropped, s: &str) {
        // a paragraph's leading dash used as a bullet (`dashes`) is markup,
        // not numbering
        let what = match what {
            Dropped::Label if s.starts_with('—') || s.trim_start().starts_with('【') => {
                Dropped::Markup
            }
            w => w,
        };
        if !trim(s).is_empty() {
            self.dropped.push((what, s.to_string()));
        }
    }
}
