//! The schedule (活动安排): which tokens of a part form it, and how they
//! are read into entries. A region opens at a schedule label followed by a
//! month heading (or, without a label, at the first of two or more month
//! headings) and runs to the next heading of the rank that encloses it.
//! Input: a part's tokens (`headings`); output: a `Role` per token, then,
//! as the body pass (`body`) reaches them, schedule entries with their
//! activities (numbering and month headings consumed).

use super::body::part_decision;
use super::body::Reader;
use super::headings::Tok;
use super::labels::{parse_label, rank, split_heading};
use super::months::is_month_separator;
use super::months::parse_month_line;
use super::normalise::trim;
use super::parts::{is_schedule_label, mentions_schedule, special_of, Special};
use super::trace::{Ctx, Dropped};
use crate::core::model::{months_key, ScheduleEntry};
use crate::core::numbering::months_heading;

/// What a token is to the schedule.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Role {
    /// Outside any schedule.
    Normal,
    /// The label or heading that opens a schedule (consumed).
    Open,
    /// Inside a schedule: month headings and activities.
    In,
}

/// Marks schedule regions: from a schedule label followed by a month
/// heading (or, without a label, from the first month heading when the part
/// has two or more), up to the next heading of the rank that encloses it.
pub(super) fn schedule_roles(toks: &[Tok]) -> Vec<Role> {
    let n = toks.len();
    let mut roles = vec![Role::Normal; n];
    // once per token; a heading that names no schedule keyword at all is
    // none (a cheap test first: splitting a heading from its text is not)
    let labels: Vec<bool> = toks
        .iter()
        .map(|t| match t {
            Tok::Plain(l) => is_schedule_label(l),
            Tok::Head { text, .. } => {
                mentions_schedule(text)
                    && special_of(split_heading(text).0) == Some(Special::Schedule)
            }
            Tok::Month { .. } => false,
        })
        .collect();
    let is_label = |i: usize| labels[i];
    let month_soon = |i: usize| {
        toks.iter()
            .skip(i + 1)
            .take(3)
            .take_while(|t| matches!(t, Tok::Plain(_) | Tok::Month { .. }))
            .any(|t| matches!(t, Tok::Month { .. }))
    };
    let month_count = toks
        .iter()
        .filter(|t| matches!(t, Tok::Month { .. }))
        .count();
    let labelled = (0..n).any(|i| is_label(i) && month_soon(i));
    let mut i = 0;
    while i < n {
        let opener = if is_label(i) && month_soon(i) {
            Some(Role::Open)
        } else if matches!(toks[i], Tok::Month { .. }) && (month_count >= 2 || labelled) {
            Some(Role::In)
        } else {
            None
        };
        let Some(role) = opener else {
            i += 1;
            continue;
        };
        // a month heading's own activities (`三月份:` over `1、…`) rank below
        // whatever encloses the schedule, even when numbered items of that
        // rank come before it (a page that starts inside a schedule)
        let own = match toks[i] {
            Tok::Month { .. } => activity_rank(toks, i),
            _ => None,
        };
        let end_rank = match toks[i].rank() {
            Some(r) => r,
            None => (0..i)
                .filter(|k| roles[*k] == Role::Normal)
                .filter_map(|k| toks[k].rank())
                .filter(|r| *r != rank::PLAIN && own.is_none_or(|a| *r < a))
                .min()
                .unwrap_or_else(|| table_rank(toks, i)),
        };
        roles[i] = role;
        let mut j = i + 1;
        while j < n {
            if let Some(r) = toks[j].rank() {
                // a heading of the enclosing rank, or an unnumbered part name
                if r <= end_rank || r == rank::PLAIN {
                    break;
                }
            }
            roles[j] = Role::In;
            j += 1;
        }
        i = j;
    }
    roles
}

/// Strips an activity's own numbering (`1、` `(1)` …): numbering is derived.
pub(super) fn push_activity(e: &mut ScheduleEntry, s: &str, ctx: &mut Ctx) {
    let s = trim(s);
    if s.is_empty() {
        return;
    }
    match parse_label(s) {
        Some((_, len)) if s.is_char_boundary(len) => {
            ctx.drop(Dropped::Label, &s[..len]);
            e.activities.push(trim(&s[len..]).to_string());
        }
        _ => e.activities.push(s.to_string()),
    }
}

/// A month heading without the separator after it.
fn written_or(t: &str) -> &str {
    t.trim_end_matches(is_month_separator)
}

impl Reader<'_> {
    /// A month heading as written (`一月份`, `七、八月份`, `1———2月`): kept
    /// in `headings.months` when it differs from the derived heading (the
    /// separator after it consumed), else consumed like numbering.
    fn month_label(&mut self, head: &str, months: &[u8]) {
        let t = trim(head);
        let written = trim(t.trim_end_matches(is_month_separator));
        let key = months_key(months);
        let kept = !written.is_empty()
            && written != months_heading(months)
            && self.part.headings.set_month_label(key, written.to_string());
        if kept {
            self.ctx.drop(Dropped::Separator, &t[written.len()..]);
        } else {
            self.ctx.drop(Dropped::Months, head);
        }
        if kept || months.len() > 1 {
            let span = match (months.first(), months.last()) {
                (Some(a), Some(b)) if months.len() > 1 => format!("{a}—{b} 月"),
                (Some(a), _) => format!("{a} 月"),
                _ => String::new(),
            };
            let written = if kept { "，原文写法保留" } else { "" };
            self.ctx.decide(format!(
                "“{}” → 一个月份条目，{span}{written}",
                trim(written_or(t))
            ));
        }
    }

    /// A schedule label or heading (`五、活动安排:二月…`): consumed, with a
    /// month heading on the same line starting the first entry.
    pub(super) fn schedule_opener(&mut self, tok: &Tok, levels: &[u8; rank::COUNT]) {
        match tok {
            Tok::Head {
                label, rank, text, ..
            } => {
                self.part.any_heading = true;
                let (h, rest) = split_heading(text);
                if levels[*rank as usize] == 1 {
                    self.part.found.push(h.to_string());
                }
                self.ctx.drop(Dropped::Label, label);
                if self.part.keep_heading(Special::Schedule, h) {
                    self.ctx.decide(part_decision(h, Special::Schedule, false));
                } else {
                    self.ctx.drop(Dropped::Keyword, h);
                }
                if !rest.is_empty() {
                    // 五、活动安排:二月…
                    if let Some(m) =
                        parse_month_line(rest).filter(|m| rest.is_char_boundary(m.head_len))
                    {
                        self.month_label(&rest[..m.head_len], &m.months);
                        let mut e = ScheduleEntry {
                            months: m.months,
                            ..Default::default()
                        };
                        push_activity(&mut e, &rest[m.head_len..], self.ctx);
                        self.part.schedule.push(e);
                        self.region_entries += 1;
                    } else {
                        self.ctx.unplaced += 1;
                        self.part.append(self.target, &self.chain, rest);
                    }
                }
            }
            // an unnumbered 主要活动安排: kept as the schedule's heading
            _ => {
                if self.part.keep_heading(Special::Schedule, tok.raw()) {
                    self.ctx
                        .decide(part_decision(tok.raw(), Special::Schedule, true));
                } else {
                    self.ctx.drop(Dropped::Keyword, tok.raw());
                }
            }
        }
    }

    /// A token inside a schedule: a month heading starts an entry, other
    /// lines are its activities (before the first entry: body text).
    pub(super) fn schedule_line(&mut self, tok: &Tok) {
        match tok {
            Tok::Month {
                head, months, rest, ..
            } => {
                self.month_label(head, months);
                let mut e = ScheduleEntry {
                    months: months.clone(),
                    ..Default::default()
                };
                push_activity(&mut e, rest, self.ctx);
                self.part.schedule.push(e);
                self.region_entries += 1;
            }
            Tok::Head {
                raw, label, text, ..
            } => {
                if self.region_entries > 0 {
                    if let Some(e) = self.part.schedule.last_mut() {
                        self.ctx.drop(Dropped::Label, label);
                        e.activities.push(text.to_string());
                        return;
                    }
                }
                self.ctx.unplaced += 1;
                self.part.append(self.target, &self.chain, raw);
            }
            Tok::Plain(l) => {
                if self.region_entries > 0 {
                    if let Some(e) = self.part.schedule.last_mut() {
                        e.activities.push(l.to_string());
                        return;
                    }
                }
                self.ctx.unplaced += 1;
                self.part.append(self.target, &self.chain, l);
            }
        }
    }
}

/// What ends a schedule that nothing numbered comes before: a heading of
/// rank `(一)` or above, unless the months number their own activities
/// `一、` `二、` (a month table: `3月` / `一、举办…` / `二、…` / `4月`), when only a
/// part (`第一部分`) or a named part ends it.
fn table_rank(toks: &[Tok], i: usize) -> u8 {
    // (the first ranked token stops the look back; only a schedule that
    // nothing numbered comes before looks on at its months)
    let first_ranked = toks[..i]
        .iter()
        .any(|t| t.rank().is_some_and(|r| r != rank::PLAIN));
    if !first_ranked
        && (i..toks.len())
            .filter(|k| matches!(toks[*k], Tok::Month { .. }))
            .any(|k| activity_rank(toks, k) == Some(rank::CN))
    {
        rank::PART
    } else {
        2
    }
}

/// The rank of the numbered activities right under the month heading at
/// `i` (`三月份:` / `1、…`): the first numbered heading before the next
/// month heading, when it comes within two tokens.
fn activity_rank(toks: &[Tok], i: usize) -> Option<u8> {
    toks.iter()
        .skip(i + 1)
        .take(2)
        .take_while(|t| !matches!(t, Tok::Month { .. }))
        .find_map(|t| t.rank())
        .filter(|r| *r != rank::PLAIN)
}
