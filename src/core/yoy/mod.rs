//! Year over year: next year's draft started from this one (`next_year`),
//! what changed between two years (`compare`, `comparison_html`), and the
//! moving holidays both need. The checklist's `previous:*` rules
//! (`check::check_with`) read last year's document through these too.
//!
//! - `next_year.rs` — 新建下一年度: year, title, dates, schedule, tracking.
//! - `holidays.rs` — 春节, 元宵, 端午, 中秋, 重阳: dates per plan year, dates in text.
//! - `sentences.rs` — sentences of Chinese text, their difference, likeness.
//! - `compare.rs` — `Comparison`: parts and priorities, matched by content.
//! - `html.rs` — the comparison as a page for the chair's review.

mod compare;
pub mod holidays;
mod html;
mod next_year;
pub mod sentences;

pub use compare::{compare, Comparison, Counts, PartDiff, SentenceDiff, Side};
pub use html::{comparison_html, percent, summary};
pub use next_year::next_year;
pub use sentences::Status;

#[cfg(test)]
mod tests;
