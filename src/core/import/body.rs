//! The body pass: one part's tokens (this year's, or next year's) read into
//! the plan's fields: the opening (指导思想 when unnamed), sections with
//! their items by heading level, the named parts, the schedule. Input: the
//! tokens from `headings` (with the roles from `schedule`); output: a
//! `Part`, moved into a `Plan` by `into_plan`, which returns the `Outline`
//! the report and the kind decision need.

use super::headings::{level_map, Tok};
use super::labels::{rank, split_heading, without_site_mark};
use super::normalise::{cn_digit, trim};
use super::parts::{heading_slot, special_of, special_of_numbered, Special};
use super::schedule::{schedule_roles, Role};
use super::trace::{Ctx, Dropped};
use crate::core::model::{Headings, Item, Plan, ScheduleEntry, Section, Shared};

/// Where plain text goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Opening,
    Section,
    Special(Special),
}

/// What the body pass read from one part.
#[derive(Default)]
pub(super) struct Part {
    pub(super) guiding: String,
    pub(super) goals: String,
    pub(super) measures: String,
    pub(super) problems: String,
    pub(super) sections: Vec<Section>,
    pub(super) schedule: Vec<ScheduleEntry>,
    /// Level-1 headings as found.
    pub(super) found: Vec<String>,
    /// Named parts found under their own headings.
    pub(super) specials: Vec<Special>,
    /// The named parts' headings and month labels as written.
    pub(super) headings: Headings,
    pub(super) any_heading: bool,
}

/// What a part's headings were, for the report and the kind decision.
pub(super) struct Outline {
    /// Level-1 headings as found.
    pub(super) found: Vec<String>,
    /// Named parts found under their own headings.
    pub(super) specials: Vec<Special>,
    /// Any numbered heading at all.
    pub(super) any_heading: bool,
}

pub(super) fn push_para(field: &mut String, s: &str) {
    let s = trim(s);
    if s.is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push('\n');
    }
    field.push_str(s);
}

fn deepest(items: &mut [Item], depth: usize) -> Option<&mut Item> {
    let last = items.last_mut()?;
    if depth <= 1 {
        Some(last)
    } else {
        deepest(&mut last.items, depth - 1)
    }
}

impl Part {
    fn field(&mut self, sp: Special) -> &mut String {
        match sp {
            Special::Guiding => &mut self.guiding,
            Special::Goals => &mut self.goals,
            Special::Measures => &mut self.measures,
            // a schedule heading never becomes a text target; keep text safe
            Special::Problems | Special::Schedule => &mut self.problems,
        }
    }

    /// Keeps the author's heading of a named part; a second heading of the
    /// same part (two 存在问题 headings) stays as a paragraph of its text.
    /// A second schedule heading has no text to join: false, and the
    /// caller consumes it as a part name.
    pub(super) fn keep_heading(&mut self, sp: Special, h: &str) -> bool {
        let slot = heading_slot(&mut self.headings, sp);
        if slot.is_none() {
            *slot = Some(h.to_string());
        } else if sp == Special::Schedule {
            return false;
        } else {
            push_para(self.field(sp), h);
        }
        true
    }

    /// Appends a paragraph to the body that is open: the deepest item of
    /// the last section, the section, a named part, or the opening.
    pub(super) fn append(&mut self, target: Target, chain: &[u8], s: &str) {
        match target {
            Target::Opening => push_para(&mut self.guiding, s),
            Target::Special(sp) => push_para(self.field(sp), s),
            Target::Section => {
                let Some(sec) = self.sections.last_mut() else {
                    push_para(&mut self.guiding, s);
                    return;
                };
                if chain.is_empty() {
                    push_para(&mut sec.body, s);
                } else if let Some(it) = deepest(&mut sec.items, chain.len()) {
                    push_para(&mut it.text, s);
                } else {
                    push_para(&mut sec.body, s);
                }
            }
        }
    }

    fn insert_item(&mut self, chain: &mut Vec<u8>, level: u8, item: Item) {
        let Some(sec) = self.sections.last_mut() else {
            return;
        };
        while chain.last().is_some_and(|l| *l >= level) {
            chain.pop();
        }
        let parent = if chain.is_empty() {
            None
        } else {
            deepest(&mut sec.items, chain.len())
        };
        match parent {
            Some(p) => p.items.push(item),
            None => {
                chain.clear();
                sec.items.push(item);
            }
        }
        chain.push(level);
    }

    /// Moves what was read into the plan's fields; the schedule's first
    /// month starts the plan's period.
    pub(super) fn into_plan(self, plan: &mut Plan) -> Outline {
        plan.guiding = self.guiding;
        plan.goals = self.goals;
        plan.measures = self.measures;
        plan.problems = self.problems;
        plan.sections = self.sections.into_iter().map(Shared::new).collect();
        plan.schedule = self.schedule.into();
        plan.headings = self.headings;
        if let Some(first) = plan.schedule.iter().find_map(|e| e.months.first().copied()) {
            plan.period.start_month = first;
        }
        Outline {
            found: self.found,
            specials: self.specials,
            any_heading: self.any_heading,
        }
    }
}

/// `“存在的不足” → 存在问题（标题照原文保留）`
pub(super) fn part_decision(h: &str, sp: Special, unnumbered: bool) -> String {
    format!(
        "“{}”{} → {}（标题照原文保留）",
        trim(h),
        if unnumbered { "（无编号）" } else { "" },
        sp.name()
    )
}

/// The state of the body pass over one part.
pub(super) struct Reader<'c> {
    pub(super) part: Part,
    /// Where plain text goes.
    pub(super) target: Target,
    /// The levels of the open items, outermost first.
    pub(super) chain: Vec<u8>,
    /// Entries read so far in the current schedule region.
    pub(super) region_entries: usize,
    pub(super) ctx: &'c mut Ctx,
}

/// Reads a part's tokens into a `Part`: numbered headings by level into
/// sections and items, named parts into their fields, schedule regions into
/// entries (see `schedule`); containers keep their items (see `parts`).
pub(super) fn parse_part(toks: &[Tok], ctx: &mut Ctx) -> Part {
    let roles = schedule_roles(toks);
    let levels = level_map(toks, &roles);
    let mut r = Reader {
        part: Part::default(),
        target: Target::Opening,
        chain: Vec::new(),
        region_entries: 0,
        ctx,
    };
    for (i, tok) in toks.iter().enumerate() {
        let role = roles[i];
        if role != Role::Normal && (role == Role::Open || i == 0 || roles[i - 1] == Role::Normal) {
            r.region_entries = 0;
        }
        match role {
            Role::Open => r.schedule_opener(tok, &levels),
            Role::In => r.schedule_line(tok),
            Role::Normal => r.body_line(tok, &levels),
        }
    }
    r.part
}

/// The decision noted when a copy starts inside a part.
const LOST_HEADING: &str = "原文从某一部分的中间开始（第一行是第 2 项或之后的编号），这些条目放在一个没有标题的部分里，请补上标题。";

impl Reader<'_> {
    /// Nothing read yet, and the first numbered line counts on from an
    /// item before it (`2、`): the copy lost the part's heading.
    fn lost_heading(&self, label: &str) -> bool {
        self.target == Target::Opening
            && self.part.guiding.trim().is_empty()
            && self.part.sections.is_empty()
            && super::reflow::label_value(label).is_some_and(|v| v > 1)
    }

    /// A token outside schedules: a level-1 heading opens a section or a
    /// named part, a deeper one an item of the open section; anything else
    /// is text of what is open.
    fn body_line(&mut self, tok: &Tok, levels: &[u8; rank::COUNT]) {
        match tok {
            Tok::Head {
                raw,
                label,
                rank,
                text,
            } => {
                self.part.any_heading = true;
                let level = levels[*rank as usize];
                if level == 1 && self.own_label(label, text) {
                    // `一、指导思想和工作重点` then `指导思想:…`: the part's
                    // own label over its text, no second part
                    self.part.append(self.target, &self.chain, raw);
                } else if level == 1 {
                    // a bracketed heading ends at its `】` (`brackets`)
                    let (h, rest) = match super::brackets::heading_end(label, text) {
                        Some((k, r)) => {
                            self.ctx.drop(Dropped::Markup, &text[k..r]);
                            (&text[..k], super::normalise::trim(&text[r..]))
                        }
                        None => split_heading(text),
                    };
                    let (h, mark) = without_site_mark(h);
                    let h: &str = &h;
                    self.ctx.drop(Dropped::Markup, mark.unwrap_or_default());
                    self.part.found.push(h.to_string());
                    self.ctx.drop(Dropped::Label, label);
                    self.chain.clear();
                    // a named part's field taken already (`指导思想`, then
                    // `工作思路和措施`): the second is a section, as written
                    let taken = |s: &Special| self.part.specials.contains(s);
                    // (a 方案's field `活动目标:` names its goals as `三、活动目标` does)
                    let field = h.trim_end().ends_with([':', '：']);
                    let named = if label.is_empty() && !field {
                        special_of(h)
                    } else {
                        special_of_numbered(h)
                    };
                    match named.filter(|s| *s != Special::Schedule && !taken(s)) {
                        Some(sp) => {
                            self.part.specials.push(sp);
                            self.target = Target::Special(sp);
                            self.part.keep_heading(sp, h);
                            self.ctx.decide(part_decision(h, sp, label.is_empty()));
                            push_para(self.part.field(sp), rest);
                        }
                        None => {
                            if self.opening_is_lost_part(label) {
                                // the copy starts inside a part: the
                                // paragraphs read so far are its tail
                                let body = std::mem::take(&mut self.part.guiding);
                                self.part.sections.push(Section {
                                    body,
                                    ..Default::default()
                                });
                                self.ctx.decide(LOST_HEADING.into());
                            }
                            self.part.sections.push(Section {
                                heading: h.to_string(),
                                body: rest.to_string(),
                                ..Default::default()
                            });
                            self.target = Target::Section;
                        }
                    }
                } else if self.target == Target::Section || self.lost_heading(label) {
                    if self.target != Target::Section {
                        // the copy starts inside a part (`2、…` first):
                        // its items under a heading the copy lost
                        self.part.sections.push(Section::default());
                        self.target = Target::Section;
                        self.chain.clear();
                        self.ctx.decide(LOST_HEADING.into());
                    }
                    let (h, rest) = split_heading(text);
                    let (h, mark) = without_site_mark(h);
                    self.ctx.drop(Dropped::Markup, mark.unwrap_or_default());
                    self.ctx.drop(Dropped::Label, label);
                    let item = Item {
                        heading: h.to_string(),
                        text: rest.to_string(),
                        ..Default::default()
                    };
                    self.part.insert_item(&mut self.chain, level, item);
                } else {
                    // a numbered line in the opening or in a named part:
                    // those are plain text fields, so keep it as written
                    self.part.append(self.target, &self.chain, raw);
                }
            }
            other => {
                if self.counts_on(other.raw()) {
                    // the copy starts inside a part at its `六是…`: the
                    // part's text under a heading the copy lost
                    self.part.sections.push(Section::default());
                    self.target = Target::Section;
                    self.chain.clear();
                    self.ctx.decide(LOST_HEADING.into());
                }
                self.part.append(self.target, &self.chain, other.raw())
            }
        }
    }

    /// The opening read so far is the tail of a part whose heading the
    /// copy lost: the first level-1 heading counts from the third on
    /// (`(六)`, `四、`) and every paragraph before it is led by a short task
    /// sentence (`加强文体阵地建设。立足…`), the way a part lists its work.
    fn opening_is_lost_part(&self, label: &str) -> bool {
        self.target == Target::Opening
            && self.part.sections.is_empty()
            && self.part.specials.is_empty()
            && !self.part.guiding.trim().is_empty()
            && super::reflow::label_value(label).is_some_and(|v| v >= 3)
            && self.part.guiding.lines().all(task_led)
    }

    /// An unnumbered label naming the very part whose text is being read
    /// (the part opened by a numbered heading that names it).
    fn own_label(&self, label: &str, text: &str) -> bool {
        let Target::Special(open) = self.target else {
            return false;
        };
        label.is_empty()
            && self.part.specials.contains(&open)
            && special_of(split_heading(text).0) == Some(open)
    }

    /// Nothing read yet, and the first paragraph counts on from a point
    /// before it (`二是…` to `十是…`, the way a part lists its work).
    fn counts_on(&self, raw: &str) -> bool {
        let mut cs = trim(raw).chars();
        self.target == Target::Opening
            && self.part.guiding.trim().is_empty()
            && self.part.sections.is_empty()
            && cs.next().and_then(cn_digit).is_some_and(|v| v > 1)
            && cs.next() == Some('是')
            && cs.next().is_some_and(|c| c.is_alphabetic())
    }
}

/// A paragraph led by a short task sentence: its first sentence ends (`。`)
/// within 16 characters, with no comma or colon before it (looks at the
/// first 17 characters only).
fn task_led(p: &str) -> bool {
    for (n, c) in trim(p).chars().take(17).enumerate() {
        match c {
            '。' => return n >= 4,
            ',' | '，' | ':' | '：' | ';' | '；' => return false,
            _ => {}
        }
    }
    false
}
