//! Fields: every piece of user text in the document, in document order, with
//! its address (for ids), its Chinese name (for messages) and its `Target`;
//! plus the small text helpers several rule families share.
//!
//! The placeholder, repeat, duty and paragraph rules read the document
//! through these fields, so they all see the same text in the same order.

use crate::core::model::{Item, Plan};
use crate::core::numbering::{cn_number, label, months_heading};
use crate::core::steps::{Step, Target};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum FieldKind {
    Title,
    Organization,
    Guiding,
    Goals,
    SectionHeading,
    SectionBody,
    ItemHeading,
    ItemText,
    Measures,
    Activity,
    Problems,
    SignatureOrg,
}

pub(super) struct Field<'a> {
    pub(super) text: &'a str,
    pub(super) kind: FieldKind,
    pub(super) target: Target,
    /// Address used in ids: `title`, `main-2-0`, `next-schedule-3-1`.
    pub(super) place: String,
    /// Chinese description: 第三项工作“加强自身建设”的标题.
    pub(super) name: String,
}

impl Field<'_> {
    /// Fields where a name is expected, so even a lone 某 is an error.
    pub(super) fn is_name_field(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Title | FieldKind::Organization | FieldKind::SignatureOrg
        )
    }
}

pub(super) fn target(step: Step, path: Vec<usize>, next: bool) -> Target {
    let t = Target::at(step, path);
    if next {
        t.in_next()
    } else {
        t
    }
}

pub(super) fn place_of(t: &Target) -> String {
    let id = t.dom_id();
    id.strip_prefix("f-").unwrap_or(&id).to_string()
}

/// The first `n` characters of a trimmed text, with … when cut.
pub(super) fn short(text: &str, n: usize) -> String {
    let t = text.trim();
    let mut s: String = t.chars().take(n).collect();
    if t.chars().count() > n {
        s.push('…');
    }
    s
}

/// Characters `start..end` with up to `n` characters either side, … marking
/// a cut: a placeholder quoted in its context.
pub(super) fn context(chars: &[char], start: usize, end: usize, n: usize) -> String {
    let a = start.saturating_sub(n);
    let b = (end + n).min(chars.len());
    let mut s = String::new();
    if a > 0 {
        s.push('…');
    }
    s.extend(chars[a..b].iter());
    if b < chars.len() {
        s.push('…');
    }
    s.trim().to_string()
}

pub(super) fn section_name(i: usize, heading: &str) -> String {
    let base = format!("第{}项工作", cn_number(i as u32 + 1));
    if heading.trim().is_empty() {
        base
    } else {
        format!("{base}“{}”", short(heading, 12))
    }
}

pub(super) fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// Full-width ASCII variants (U+FF01..U+FF5E, e.g. full-width digits,
/// parentheses, underline, asterisk, x) folded to ASCII, so every rule sees
/// 2025 and its full-width form alike.
pub(super) fn fold(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

pub(super) fn collect_fields<'a>(plan: &'a Plan, next: Option<&'a Plan>) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    out.push(Field {
        text: &plan.title,
        kind: FieldKind::Title,
        target: Target::step(Step::Basic),
        place: "title".into(),
        name: "标题".into(),
    });
    out.push(Field {
        text: &plan.organization,
        kind: FieldKind::Organization,
        target: Target::step(Step::Basic),
        place: "organization".into(),
        name: "单位名称".into(),
    });
    part_fields(plan, false, &mut out);
    if let Some(n) = next {
        out.push(Field {
            text: &n.title,
            kind: FieldKind::Title,
            target: Target::step(Step::Basic).in_next(),
            place: "next-title".into(),
            name: "明年计划的标题".into(),
        });
        part_fields(n, true, &mut out);
    }
    out.push(Field {
        text: &plan.signature.organization,
        kind: FieldKind::SignatureOrg,
        target: Target::step(Step::Signature),
        place: "signature".into(),
        name: "署名单位".into(),
    });
    out
}

fn part_fields<'a>(plan: &'a Plan, next: bool, out: &mut Vec<Field<'a>>) {
    let pre = if next { "明年计划·" } else { "" };
    let simple = |text: &'a str, kind: FieldKind, step: Step, name: &str| {
        let t = target(step, vec![], next);
        Field {
            text,
            kind,
            place: place_of(&t),
            target: t,
            name: format!("{pre}{name}"),
        }
    };
    let guiding_name = if plan.kind.is_summary() && !next {
        "开头段落"
    } else {
        "指导思想"
    };
    out.push(simple(
        &plan.guiding,
        FieldKind::Guiding,
        Step::Guiding,
        guiding_name,
    ));
    out.push(simple(
        &plan.goals,
        FieldKind::Goals,
        Step::Goals,
        "工作目标",
    ));
    for (i, s) in plan.sections.iter().enumerate() {
        let t = target(Step::Main, vec![i], next);
        let name = section_name(i, &s.heading);
        out.push(Field {
            text: &s.heading,
            kind: FieldKind::SectionHeading,
            place: place_of(&t),
            target: t.clone(),
            name: format!("{pre}{name}的标题"),
        });
        out.push(Field {
            text: &s.body,
            kind: FieldKind::SectionBody,
            place: place_of(&t),
            target: t,
            name: format!("{pre}{name}的正文"),
        });
        item_fields(
            &s.items,
            2,
            &mut vec![i],
            &format!("{pre}第{}项工作中的", cn_number(i as u32 + 1)),
            next,
            out,
        );
    }
    out.push(simple(
        &plan.measures,
        FieldKind::Measures,
        Step::Measures,
        "落实措施",
    ));
    for (i, e) in plan.schedule.iter().enumerate() {
        for (j, a) in e.activities.iter().enumerate() {
            let t = target(Step::Schedule, vec![i, j], next);
            out.push(Field {
                text: a,
                kind: FieldKind::Activity,
                place: place_of(&t),
                target: t,
                name: format!("{pre}活动安排“{}”第{}条", months_heading(&e.months), j + 1),
            });
        }
    }
    let problems_name = if plan.kind.is_summary() && !next {
        "存在问题和不足"
    } else {
        "需要注意的问题"
    };
    out.push(simple(
        &plan.problems,
        FieldKind::Problems,
        Step::Problems,
        problems_name,
    ));
}

fn item_fields<'a>(
    items: &'a [Item],
    level: usize,
    path: &mut Vec<usize>,
    prefix: &str,
    next: bool,
    out: &mut Vec<Field<'a>>,
) {
    for (i, it) in items.iter().enumerate() {
        path.push(i);
        let t = target(Step::Main, path.clone(), next);
        let lab = format!("{prefix}{}", label(level, i));
        let name = if it.heading.trim().is_empty() {
            lab.clone()
        } else {
            format!("{lab}“{}”", short(&it.heading, 12))
        };
        out.push(Field {
            text: &it.heading,
            kind: FieldKind::ItemHeading,
            place: place_of(&t),
            target: t.clone(),
            name: format!("{name}的标题"),
        });
        out.push(Field {
            text: &it.text,
            kind: FieldKind::ItemText,
            place: place_of(&t),
            target: t,
            name: format!("{name}的正文"),
        });
        item_fields(&it.items, (level + 1).min(4), path, &lab, next, out);
        path.pop();
    }
}
