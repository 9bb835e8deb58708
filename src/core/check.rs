//! The genre checklist ("检查清单"): rules a union work plan or summary is
//! expected to follow, each explained for new officers (training mode).
//!
//! Every rule gives either its problems (one finding per place, `Error` or
//! `Warning`) or one `Ok` finding with a short positive message, so the UI
//! can show progress ("已完成 ok / total", see [`progress`]).
//!
//! Finding ids are stable: `<rule>` for the rule's `Ok`, `<rule>:<place>…`
//! for a problem, where `<place>` is the field's address (`main-2-0`,
//! `next-schedule-3-1`, `title`, …). Rules that belong to one part of a
//! 总结暨明年计划 (the required parts, month coverage) are prefixed `next:`
//! when they check next year's plan. An id seen twice gets `:2`, `:3`, … in
//! document order.
//!
//! Heuristics worth knowing (all pinned by tests):
//! - `某` is an error in 某某, 201某年, 某年/某月/某日 and in the title,
//!   organisation or signature; elsewhere a lone 某 (某企业) is only a warning,
//!   since summaries legitimately leave a party unnamed; words such as 某些,
//!   某种, 某个 are never flagged.
//! - `……` counts as a placeholder only where nothing follows it in its
//!   paragraph but punctuation, or where it is the whole content of a pair of
//!   quotes or brackets (“……”); inside a sentence it is an ordinary ellipsis.
//! - `〇〇` inside a Chinese-numeral year (二〇〇八) is not a placeholder.
//! - Repeated sentences are looked for in prose and headings, not among
//!   schedule activities: recurring activities (召开工会小组长会) are normal.

use super::dates;
use super::model::{DateStyle, Item, Kind, Plan};
use super::numbering::{cn_number, label, months_heading};
use super::steps::{Step, Target};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Ok,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct Finding {
    /// Stable and unique within one result (see the module docs).
    pub id: String,
    pub level: Level,
    /// What is wrong (or right) and where, in Chinese.
    pub message: String,
    /// Why it matters to the reader or the office (training text).
    pub why: String,
    /// The field to jump to.
    pub target: Target,
}

/// "已完成 ok / total": rules satisfied out of rules evaluated.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Progress {
    pub ok: usize,
    pub total: usize,
}

/// Paragraphs longer than this many characters (whitespace not counted) get a warning.
pub const MAX_PARAGRAPH: usize = 400;
/// Repeated sentences shorter than this (after normalising) are ignored.
pub const MIN_REPEAT: usize = 8;

/// The rule keys a finding id starts with (longest match wins); `next:` in
/// front marks a part rule applied to next year's plan.
const RULES: &[&str] = &[
    "missing:title",
    "missing:organization",
    "missing:signature-organization",
    "missing:signature-date",
    "missing:guiding",
    "missing:priorities",
    "missing:schedule",
    "missing:achievements",
    "missing:problems",
    "empty-heading",
    "empty-section",
    "schedule:missing-month",
    "schedule:empty-entry",
    "schedule:no-month",
    "placeholder",
    "repeat",
    "year:title",
    "year:signature",
    "duty:congress",
    "duty:warmth",
    "duty:audit",
    "duty:women",
    "duty:culture",
    "duty:hardship",
    "duty:membership",
    "duty:teachers",
    "duty:competition",
    "duty:medical",
    "figures",
    "long-paragraph",
];

/// The rule a finding id belongs to.
fn rule_of(id: &str) -> String {
    if let Some(rest) = id.strip_prefix("next:") {
        return format!("next:{}", rule_of(rest));
    }
    RULES
        .iter()
        .filter(|k| id == **k || (id.starts_with(**k) && id[k.len()..].starts_with(':')))
        .max_by_key(|k| k.len())
        .map(|k| k.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// Rules evaluated and rules satisfied (a rule is satisfied when all its
/// findings are `Ok`, i.e. it gave its single `Ok` finding).
pub fn progress(findings: &[Finding]) -> Progress {
    let mut rules: HashMap<String, bool> = HashMap::new();
    for f in findings {
        let ok = rules.entry(rule_of(&f.id)).or_insert(true);
        if f.level != Level::Ok {
            *ok = false;
        }
    }
    Progress {
        ok: rules.values().filter(|v| **v).count(),
        total: rules.len(),
    }
}

/// Checks a document. Findings are ordered by step (`Step::ALL` order), then
/// by document order.
pub fn check(plan: &Plan) -> Vec<Finding> {
    let mut c = Checker { out: Vec::new() };
    let empty_next = Plan {
        kind: Kind::Plan,
        year: plan.year.saturating_add(1),
        ..Plan::default()
    };
    let next: Option<&Plan> = if plan.kind == Kind::SummaryAndPlan {
        Some(plan.next.as_deref().unwrap_or(&empty_next))
    } else {
        None
    };
    let fields = collect_fields(plan, next);

    c.basics(plan);
    match plan.kind {
        Kind::Plan | Kind::KeyPoints => c.plan_part(plan, false),
        Kind::Summary => c.summary_part(plan),
        Kind::SummaryAndPlan => {
            c.summary_part(plan);
            if let Some(n) = next {
                c.plan_part(n, true);
            }
        }
    }
    c.headings(plan, next);
    c.schedule_entries(plan, next);
    c.placeholders(&fields);
    c.repeats(&fields);
    c.years(plan);
    c.duties(plan, &fields);
    if plan.kind.is_summary() {
        c.figures(plan);
    }
    c.long_paragraphs(&fields);

    let mut out = c.out;
    out.sort_by(|a, b| {
        (a.target.step, a.target.next, &a.target.path).cmp(&(
            b.target.step,
            b.target.next,
            &b.target.path,
        ))
    });
    let mut seen: HashMap<String, usize> = HashMap::new();
    for f in &mut out {
        let n = seen.entry(f.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            f.id = format!("{}:{}", f.id, n);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Fields: every piece of user text, in document order, with its address.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FieldKind {
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

struct Field<'a> {
    text: &'a str,
    kind: FieldKind,
    target: Target,
    /// Address used in ids: `title`, `main-2-0`, `next-schedule-3-1`.
    place: String,
    /// Chinese description: 第三项工作“加强自身建设”的标题.
    name: String,
}

impl Field<'_> {
    /// Fields where a name is expected, so even a lone 某 is an error.
    fn is_name_field(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Title | FieldKind::Organization | FieldKind::SignatureOrg
        )
    }
}

fn target(step: Step, path: Vec<usize>, next: bool) -> Target {
    let t = Target::at(step, path);
    if next {
        t.in_next()
    } else {
        t
    }
}

fn place_of(t: &Target) -> String {
    let id = t.dom_id();
    id.strip_prefix("f-").unwrap_or(&id).to_string()
}

/// The first `n` characters of a trimmed text, with … when cut.
fn short(text: &str, n: usize) -> String {
    let t = text.trim();
    let mut s: String = t.chars().take(n).collect();
    if t.chars().count() > n {
        s.push('…');
    }
    s
}

fn section_name(i: usize, heading: &str) -> String {
    let base = format!("第{}项工作", cn_number(i as u32 + 1));
    if heading.trim().is_empty() {
        base
    } else {
        format!("{base}“{}”", short(heading, 12))
    }
}

fn collect_fields<'a>(plan: &'a Plan, next: Option<&'a Plan>) -> Vec<Field<'a>> {
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

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// All text of a section (heading, body, items), for keyword and figure rules.
fn section_text(heading: &str, body: &str, items: &[Item]) -> String {
    fn walk(items: &[Item], s: &mut String) {
        for it in items {
            s.push_str(&it.heading);
            s.push('\n');
            s.push_str(&it.text);
            s.push('\n');
            walk(&it.items, s);
        }
    }
    let mut s = format!("{heading}\n{body}\n");
    walk(items, &mut s);
    s
}

fn is_problems_heading(h: &str) -> bool {
    h.contains("不足") || (h.contains("问题") && h.contains("存在"))
}

fn is_outlook_heading(h: &str) -> bool {
    ["打算", "下一步", "明年", "来年", "思路", "展望"]
        .iter()
        .any(|k| h.contains(k))
}

/// A short heading (at most 8 characters besides punctuation) containing one
/// of `keys`: a part's name used as a heading (二、总的要求), not a priority
/// that merely mentions the word.
fn is_part_heading(h: &str, keys: &[&str]) -> bool {
    let len = h.chars().filter(|c| c.is_alphanumeric()).count();
    len <= 8 && keys.iter().any(|k| h.contains(k))
}

fn is_guiding_heading(h: &str) -> bool {
    is_part_heading(
        h,
        &["指导思想", "总体要求", "总的要求", "总体思路", "指导原则"],
    )
}

fn is_measures_heading(h: &str) -> bool {
    is_part_heading(h, &["措施", "活动安排", "工作安排", "月份安排", "行事历"])
}

/// A count in words: 2 → 两, otherwise as `cn_number`.
fn cn_count(n: usize) -> String {
    if n == 2 {
        "两".into()
    } else {
        cn_number(n as u32)
    }
}

// ---------------------------------------------------------------------------
// The rules.

struct Checker {
    out: Vec<Finding>,
}

impl Checker {
    fn push(
        &mut self,
        id: impl Into<String>,
        level: Level,
        message: impl Into<String>,
        why: &str,
        target: Target,
    ) {
        self.out.push(Finding {
            id: id.into(),
            level,
            message: message.into(),
            why: why.to_string(),
            target,
        });
    }

    fn ok(&mut self, id: &str, message: impl Into<String>, why: &str, target: Target) {
        self.push(id, Level::Ok, message, why, target);
    }

    /// Title, organisation, signature: the same for every kind.
    fn basics(&mut self, plan: &Plan) {
        const WHY_TITLE: &str = "标题由单位名称、年度和文种组成，读者靠它判断这是谁、哪一年的什么材料。没有填写时预览会暂用自动生成的标题，请核对后正式填上。";
        const WHY_ORG: &str =
            "单位名称会用在标题和落款里，检查清单也按单位类型提示该写的常规工作。";
        const WHY_SIG_ORG: &str = "正式材料的落款要写明发文单位，没有落款的材料不便印发和归档。";
        const WHY_SIG_DATE: &str =
            "成文日期写在落款单位下方，是材料印发和归档的依据，也能让人看出写于年度的什么时候。";
        let basic = Target::step(Step::Basic);
        if filled(&plan.title) {
            self.ok("missing:title", "标题已填写", WHY_TITLE, basic.clone());
        } else {
            self.push(
                "missing:title",
                Level::Error,
                "还没有填写标题",
                WHY_TITLE,
                basic.clone(),
            );
        }
        if filled(&plan.organization) {
            self.ok(
                "missing:organization",
                "单位名称已填写",
                WHY_ORG,
                basic.clone(),
            );
        } else {
            self.push(
                "missing:organization",
                Level::Error,
                "还没有填写单位名称",
                WHY_ORG,
                basic,
            );
        }
        let sig = Target::step(Step::Signature);
        if filled(&plan.signature.organization) {
            self.ok(
                "missing:signature-organization",
                "落款单位已填写",
                WHY_SIG_ORG,
                sig.clone(),
            );
        } else if filled(&plan.organization) {
            self.ok(
                "missing:signature-organization",
                "落款将使用单位名称",
                WHY_SIG_ORG,
                sig.clone(),
            );
        } else {
            self.push(
                "missing:signature-organization",
                Level::Warning,
                "落款缺少单位名称",
                WHY_SIG_ORG,
                sig.clone(),
            );
        }
        if plan.signature.date.as_deref().is_some_and(filled) {
            self.ok(
                "missing:signature-date",
                "成文日期已填写",
                WHY_SIG_DATE,
                sig,
            );
        } else {
            self.push(
                "missing:signature-date",
                Level::Warning,
                "落款缺少成文日期",
                WHY_SIG_DATE,
                sig,
            );
        }
    }

    /// Required parts of a plan (or 工作要点), for the document or its `next`.
    fn plan_part(&mut self, plan: &Plan, next: bool) {
        const WHY_GUIDING: &str = "指导思想（总体要求）交代全年工作以什么为依据、围绕什么中心、要达到什么效果，是计划的开篇，领导和职工往往先读这一段。";
        const WHY_PRIORITIES: &str = "主要工作是计划的主体，一般分三到六个方面列出，每个方面用一句话概括，再写具体做法。方面太少，计划就显得单薄。";
        const WHY_SCHEDULE: &str = "只写做什么、不写什么时候做和靠什么保证，计划就难以落实和检查。至少要有按月的活动安排或落实措施中的一项。";
        const WHY_MONTH: &str = "按月安排能让全年工作均衡推进，也方便年底对照检查。如果这个月确实没有集中活动，可以写上日常工作，或与相邻月份合写（如“七、八月”）。";
        let pre = if next { "next:" } else { "" };
        let who = if next { "明年计划" } else { "" };
        let t = |step: Step| target(step, vec![], next);

        let has_guiding =
            filled(&plan.guiding) || plan.sections.iter().any(|s| is_guiding_heading(&s.heading));
        if has_guiding {
            self.ok(
                &format!("{pre}missing:guiding"),
                format!("{who}指导思想已填写"),
                WHY_GUIDING,
                t(Step::Guiding),
            );
        } else {
            self.push(
                format!("{pre}missing:guiding"),
                Level::Error,
                format!("{who}还没有写指导思想"),
                WHY_GUIDING,
                t(Step::Guiding),
            );
        }

        let n = plan
            .sections
            .iter()
            .filter(|s| !is_guiding_heading(&s.heading) && !is_measures_heading(&s.heading))
            .count();
        let id = format!("{pre}missing:priorities");
        match n {
            0 => self.push(
                id,
                Level::Error,
                format!("{who}还没有列出主要工作"),
                WHY_PRIORITIES,
                t(Step::Main),
            ),
            1 | 2 => self.push(
                id,
                Level::Warning,
                format!("{who}主要工作只列了{}项，一般不少于三项", cn_count(n)),
                WHY_PRIORITIES,
                t(Step::Main),
            ),
            _ => self.ok(
                &id,
                format!("{who}主要工作已列出{}项", cn_count(n)),
                WHY_PRIORITIES,
                t(Step::Main),
            ),
        }

        let has_schedule = plan
            .schedule
            .iter()
            .any(|e| e.activities.iter().any(|a| filled(a)) || !e.months.is_empty());
        let has_measures = filled(&plan.measures)
            || plan
                .sections
                .iter()
                .any(|s| is_measures_heading(&s.heading));
        let id = format!("{pre}missing:schedule");
        if has_schedule || has_measures {
            self.ok(
                &id,
                format!("{who}已有活动安排或落实措施"),
                WHY_SCHEDULE,
                t(Step::Schedule),
            );
        } else {
            let level = if plan.kind == Kind::KeyPoints {
                Level::Warning
            } else {
                Level::Error
            };
            self.push(
                id,
                level,
                format!("{who}既没有活动安排，也没有落实措施"),
                WHY_SCHEDULE,
                t(Step::Schedule),
            );
        }

        // Month coverage, only once there is a schedule to look at.
        if plan.schedule.is_empty() {
            return;
        }
        let covered: HashSet<u8> = plan
            .schedule
            .iter()
            .flat_map(|e| e.months.iter().copied())
            .collect();
        let missing: Vec<u8> = plan
            .period
            .months()
            .into_iter()
            .filter(|m| !covered.contains(m))
            .collect();
        let id = format!("{pre}schedule:missing-month");
        if missing.is_empty() {
            self.ok(
                &id,
                format!("{who}活动安排覆盖了全年十二个月"),
                WHY_MONTH,
                t(Step::Schedule),
            );
        }
        for m in missing {
            self.push(
                format!("{id}:{m}"),
                Level::Warning,
                format!("{who}活动安排里没有{}", months_heading(&[m])),
                WHY_MONTH,
                t(Step::Schedule),
            );
        }
    }

    /// Required parts of a summary (the document itself, never `next`).
    fn summary_part(&mut self, plan: &Plan) {
        const WHY_ACH: &str = "总结的主体是逐条写清一年做了哪些工作、取得了什么成效，一般分三到五个方面展开，才能全面反映工会工作。";
        const WHY_PROBLEMS: &str = "实事求是地写出存在的问题和不足，是总结的必备内容，也是制定明年计划的出发点；只讲成绩不讲问题，会让人觉得不够客观。";
        let n = plan
            .sections
            .iter()
            .filter(|s| !is_problems_heading(&s.heading) && !is_outlook_heading(&s.heading))
            .count();
        let t = Target::step(Step::Main);
        match n {
            0 => self.push(
                "missing:achievements",
                Level::Error,
                "还没有写今年的工作成绩",
                WHY_ACH,
                t,
            ),
            1 | 2 => self.push(
                "missing:achievements",
                Level::Warning,
                format!("工作成绩只写了{}个方面，一般写三个方面以上", cn_count(n)),
                WHY_ACH,
                t,
            ),
            _ => self.ok(
                "missing:achievements",
                format!("工作成绩已写{}个方面", cn_count(n)),
                WHY_ACH,
                t,
            ),
        }
        let t = Target::step(Step::Problems);
        if filled(&plan.problems)
            || plan
                .sections
                .iter()
                .any(|s| is_problems_heading(&s.heading))
        {
            self.ok("missing:problems", "已写存在问题和不足", WHY_PROBLEMS, t);
        } else {
            self.push(
                "missing:problems",
                Level::Error,
                "还没有写存在问题和不足",
                WHY_PROBLEMS,
                t,
            );
        }
    }

    /// Empty headings (error) and priorities with nothing under them (warning).
    fn headings(&mut self, plan: &Plan, next: Option<&Plan>) {
        const WHY_HEADING: &str = "编号标题是读者浏览全文的路标，标题空着，印出来只剩一个孤零零的序号。请补上一句概括这项工作的话，或删去这一项。";
        const WHY_SECTION: &str =
            "只有标题的工作说明不了要做什么、怎么做。请至少写一段具体做法，或分条列出措施。";
        fn walk_items(
            c: &mut Checker,
            items: &[Item],
            level: usize,
            path: &mut Vec<usize>,
            prefix: &str,
            next: bool,
            n: &mut usize,
        ) {
            for (i, it) in items.iter().enumerate() {
                path.push(i);
                let lab = format!("{prefix}{}", label(level, i));
                if !filled(&it.heading) {
                    let t = target(Step::Main, path.clone(), next);
                    let what = if filled(&it.text) {
                        ""
                    } else {
                        "，下面也没有内容"
                    };
                    c.push(
                        format!("empty-heading:{}", place_of(&t)),
                        Level::Error,
                        format!("「{lab}」没有标题{what}"),
                        WHY_HEADING,
                        t,
                    );
                    *n += 1;
                }
                walk_items(c, &it.items, (level + 1).min(4), path, &lab, next, n);
                path.pop();
            }
        }
        let mut bad_headings = 0;
        let mut bad_sections = 0;
        let parts: Vec<(&Plan, bool)> = std::iter::once((plan, false))
            .chain(next.map(|n| (n, true)))
            .collect();
        for (p, nx) in &parts {
            let pre = if *nx { "明年计划·" } else { "" };
            for (i, s) in p.sections.iter().enumerate() {
                let t = target(Step::Main, vec![i], *nx);
                let name = format!("{pre}{}", section_name(i, &s.heading));
                if !filled(&s.heading) {
                    self.push(
                        format!("empty-heading:{}", place_of(&t)),
                        Level::Error,
                        format!("「{name}」没有标题"),
                        WHY_HEADING,
                        t.clone(),
                    );
                    bad_headings += 1;
                }
                if !filled(&s.body) && s.items.is_empty() {
                    self.push(
                        format!("empty-section:{}", place_of(&t)),
                        Level::Warning,
                        format!("「{name}」只有标题，没有展开写"),
                        WHY_SECTION,
                        t,
                    );
                    bad_sections += 1;
                }
                walk_items(
                    self,
                    &s.items,
                    2,
                    &mut vec![i],
                    &format!("{pre}第{}项工作中的", cn_number(i as u32 + 1)),
                    *nx,
                    &mut bad_headings,
                );
            }
        }
        if bad_headings == 0 {
            self.ok(
                "empty-heading",
                "各级标题都已填写",
                WHY_HEADING,
                Target::step(Step::Main),
            );
        }
        if bad_sections == 0 {
            self.ok(
                "empty-section",
                "每项工作都有具体内容",
                WHY_SECTION,
                Target::step(Step::Main),
            );
        }
    }

    /// Schedule entries without activities or without months.
    fn schedule_entries(&mut self, plan: &Plan, next: Option<&Plan>) {
        const WHY_EMPTY: &str =
            "只有月份没有活动，读者会以为漏写了。请补上这个月的活动，或删去这个月份。";
        const WHY_NO_MONTH: &str =
            "活动安排按月份排列，没写月份的条目印出来是“（未定月份）”，读者不知道什么时候开展。";
        let parts: Vec<(&Plan, bool)> = std::iter::once((plan, false))
            .chain(next.map(|n| (n, true)))
            .collect();
        if parts.iter().all(|(p, _)| p.schedule.is_empty()) {
            return;
        }
        let (mut empty, mut no_month) = (0, 0);
        for (p, nx) in &parts {
            let pre = if *nx { "明年计划·" } else { "" };
            for (i, e) in p.schedule.iter().enumerate() {
                let t = target(Step::Schedule, vec![i], *nx);
                if !e.activities.iter().any(|a| filled(a)) {
                    let msg = format!("{pre}活动安排“{}”下没有具体活动", months_heading(&e.months));
                    self.push(
                        format!("schedule:empty-entry:{}", place_of(&t)),
                        Level::Warning,
                        msg,
                        WHY_EMPTY,
                        t.clone(),
                    );
                    empty += 1;
                }
                if e.months.is_empty() {
                    let msg = format!("{pre}活动安排第{}条没有注明月份", i + 1);
                    self.push(
                        format!("schedule:no-month:{}", place_of(&t)),
                        Level::Warning,
                        msg,
                        WHY_NO_MONTH,
                        t,
                    );
                    no_month += 1;
                }
            }
        }
        let t = Target::step(Step::Schedule);
        if empty == 0 {
            self.ok(
                "schedule:empty-entry",
                "每个月份下都有具体活动",
                WHY_EMPTY,
                t.clone(),
            );
        }
        if no_month == 0 {
            self.ok(
                "schedule:no-month",
                "每条活动安排都注明了月份",
                WHY_NO_MONTH,
                t,
            );
        }
    }

    fn placeholders(&mut self, fields: &[Field]) {
        let mut n = 0;
        for f in fields {
            for para in f.text.lines() {
                let chars: Vec<char> = para.chars().collect();
                for hit in scan_placeholders(&chars, f.is_name_field()) {
                    let snippet = context(&chars, hit.start, hit.end, 8);
                    let (level, message) = if hit.kind == Ph::WeakMou {
                        (
                            Level::Warning,
                            format!("「{}」中的“某”可能是没有替换的占位字：“{snippet}”", f.name),
                        )
                    } else if hit.kind == Ph::EmptyPair {
                        let what = match hit.token.chars().next() {
                            Some('《') => "书名号",
                            Some('(' | '\u{ff08}' | '[' | '\u{ff3b}' | '【') => "括号",
                            _ => "引号",
                        };
                        (
                            Level::Error,
                            format!("「{}」中有一对空的{what}：“{snippet}”", f.name),
                        )
                    } else if hit.kind == Ph::Ellipsis {
                        (
                            Level::Error,
                            format!("「{}」中的省略号像是待补写的内容：“{snippet}”", f.name),
                        )
                    } else {
                        (
                            Level::Error,
                            format!(
                                "「{}」中有未替换的模板文字“{}”：“{snippet}”",
                                f.name, hit.token
                            ),
                        )
                    };
                    self.push(
                        format!("placeholder:{}:{}", f.place, hit.token),
                        level,
                        message,
                        hit.kind.why(),
                        f.target.clone(),
                    );
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.ok(
                "placeholder",
                "没有发现未替换的模板文字",
                WHY_PLACEHOLDERS,
                Target::step(Step::Basic),
            );
        }
    }

    fn repeats(&mut self, fields: &[Field]) {
        const WHY: &str = "同一句话在文中出现两次，多半是复制粘贴时留下的，读者会觉得材料空洞、不够用心。请删去或改写其中一处。";
        let mut first: HashMap<String, usize> = HashMap::new();
        let mut n = 0;
        for (fi, f) in fields.iter().enumerate() {
            if matches!(
                f.kind,
                FieldKind::Title
                    | FieldKind::Organization
                    | FieldKind::SignatureOrg
                    | FieldKind::Activity
            ) {
                continue;
            }
            for sentence in f
                .text
                .split(|c: char| c == '。' || matches!(fold(c), '!' | '?' | ';' | '\n'))
            {
                let norm: String = sentence
                    .chars()
                    .map(fold)
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                if norm.chars().count() < MIN_REPEAT {
                    continue;
                }
                match first.get(&norm) {
                    None => {
                        first.insert(norm, fi);
                    }
                    Some(&pi) => {
                        let quote = short(sentence, 30);
                        let msg = if pi == fi {
                            format!("「{}」中“{quote}”这句话重复出现", f.name)
                        } else {
                            format!(
                                "「{}」中“{quote}”这句话在「{}」已经出现过",
                                f.name, fields[pi].name
                            )
                        };
                        self.push(
                            format!("repeat:{}:{:08x}", f.place, fnv(&norm)),
                            Level::Warning,
                            msg,
                            WHY,
                            f.target.clone(),
                        );
                        n += 1;
                    }
                }
            }
        }
        if n == 0 {
            self.ok("repeat", "没有重复的句子", WHY, Target::step(Step::Main));
        }
    }

    /// The title's year and the signature date against `plan.year`.
    fn years(&mut self, plan: &Plan) {
        const WHY_TITLE: &str = "沿用去年的材料时，标题里的年份最容易漏改，而它恰恰是读者第一眼看到的信息。请核对标题，或在基本信息里改正年度。";
        const WHY_SIG_PLAN: &str = "计划一般在年度开始前后制定印发，成文日期太早或已过了计划年度，多半是沿用旧稿时没有改日期。";
        const WHY_SIG_SUMMARY: &str = "总结要在这一年的工作基本结束后才写得出来，通常在年底或次年初三个月内完成；早于年度开始或拖得太久的日期，多半是填错了。";
        let y = plan.year;
        let mut allowed = vec![y];
        if plan.kind == Kind::SummaryAndPlan {
            allowed.push(y.saturating_add(1));
        }
        if plan.period.start() != 1 {
            // A school year runs over two calendar years: 2024—2025学年.
            allowed.push(y.saturating_add(1));
            if plan.kind == Kind::SummaryAndPlan {
                allowed.push(y.saturating_add(2));
            }
        }
        if filled(&plan.title) {
            let wrong: Vec<i32> = title_years(&plan.title)
                .into_iter()
                .filter(|v| !allowed.contains(v))
                .collect();
            if wrong.is_empty() {
                self.ok(
                    "year:title",
                    "标题年份与年度一致",
                    WHY_TITLE,
                    Target::step(Step::Basic),
                );
            }
            let mut seen = HashSet::new();
            for v in wrong.into_iter().filter(|v| seen.insert(*v)) {
                let expect = if plan.kind == Kind::SummaryAndPlan {
                    format!("{y}年和{}年", y.saturating_add(1))
                } else {
                    format!("{y}年")
                };
                self.push(
                    format!("year:title:{v}"),
                    Level::Error,
                    format!("标题中的年份“{v}”与设定的年度（{expect}）不一致"),
                    WHY_TITLE,
                    Target::step(Step::Basic),
                );
            }
        }

        let Some(date) = plan.signature.date.as_deref().filter(|d| filled(d)) else {
            return;
        };
        let summary = plan.kind.is_summary();
        let why = if summary {
            WHY_SIG_SUMMARY
        } else {
            WHY_SIG_PLAN
        };
        let sig = Target::step(Step::Signature);
        let Ok(d) = dates::parse_iso(date) else {
            self.push(
                "year:signature",
                Level::Warning,
                format!("成文日期“{}”无法识别", short(date, 20)),
                why,
                sig,
            );
            return;
        };
        let start = plan.period.start() as i32;
        let range = if summary {
            (
                first_of(y, start),
                first_of(y, start + 15).and_then(|d| d.pred_opt()),
            )
        } else {
            (
                first_of(y.saturating_sub(1), 9),
                first_of(y, start + 12).and_then(|d| d.pred_opt()),
            )
        };
        let (Some(lo), Some(hi)) = range else { return };
        let fmt = |d: NaiveDate| dates::format(d, DateStyle::Arabic);
        if d >= lo && d <= hi {
            self.ok("year:signature", "成文日期与年度相符", why, sig);
        } else {
            let what = if summary { "总结" } else { "计划" };
            self.push(
                "year:signature",
                Level::Warning,
                format!(
                    "成文日期{}不在这份{what}通常的成文时间内（{}至{}）",
                    fmt(d),
                    fmt(lo),
                    fmt(hi)
                ),
                why,
                sig,
            );
        }
    }

    /// Usual union duties that the text never mentions.
    fn duties(&mut self, plan: &Plan, fields: &[Field]) {
        let all: String = fields.iter().map(|f| f.text).collect::<Vec<_>>().join("\n");
        let school = plan.org_type == "school";
        let mut duties: Vec<Duty> = vec![
            Duty {
                id: "duty:congress",
                keys: &["职代会", "教代会", "职工代表大会", "会员代表大会", "教职工大会"],
                name: if school { "教代会（教职工代表大会）" } else { "职代会（职工代表大会）" },
                why: if school {
                    "教代会是学校民主管理的基本制度，工会是它的工作机构。计划要安排何时召开、征集哪些提案，总结要交代会议召开和提案办理情况。"
                } else {
                    "职代会是职工参与民主管理的基本形式，工会负责会前筹备和闭会期间的日常工作，上级工会检查时通常会看这一项。"
                },
            },
            Duty {
                id: "duty:warmth",
                keys: &["送温暖", "慰问", "走访"],
                name: "送温暖、节日慰问",
                why: "送温暖和节日慰问是会员感受最直接的工会工作，计划和总结里一般都要写到时间、对象和做法。",
            },
            Duty {
                id: "duty:audit",
                keys: &["经费审查", "经审", "财务", "审计", "经费管理"],
                name: "工会经费审查和财务管理",
                why: "工会经费要接受经费审查委员会的审查，并向会员（代表）大会报告，这是工会章程的要求，材料中应当有所体现。",
            },
            Duty {
                id: "duty:women",
                keys: &["女职工", "女教工", "女教职工", "女工", "女教师", "女医务", "妇女", "三八"],
                name: "女职工工作",
                why: "女职工工作（三八节活动、专项体检、特殊权益保护等）是工会的固定职责，多数上级工会单独考核。",
            },
            Duty {
                id: "duty:culture",
                keys: &["文体", "文化", "体育", "健身", "文艺", "运动"],
                name: "文体活动",
                why: "文体活动是凝聚职工、活跃氛围最常用的载体，也是会员最关心的事，计划里要有安排，总结里要有汇报。",
            },
            Duty {
                id: "duty:hardship",
                keys: &["困难职工", "困难教职工", "困难会员", "困难家庭", "帮扶", "救助", "特困", "解困"],
                name: "困难职工帮扶",
                why: "帮扶困难职工是工会维护职能的重点，上级工会通常要求建档立卡、动态管理，材料中要写清帮扶的做法或成效。",
            },
            Duty {
                id: "duty:membership",
                keys: &["会员", "入会", "会籍"],
                name: "会员发展和会籍管理",
                why: "发展会员、管好会籍是工会组织建设的基础：新入职的人员要及时入会，调动的人员要办理会籍转移。",
            },
        ];
        match plan.org_type.as_str() {
            "school" => duties.push(Duty {
                id: "duty:teachers",
                keys: &["教师节", "师德"],
                name: "教师节和师德建设",
                why: "庆祝教师节、开展师德建设是学校工会每年都有的工作，不写会显得与学校实际脱节。",
            }),
            "enterprise" => duties.push(Duty {
                id: "duty:competition",
                keys: &["劳动竞赛", "技能", "岗位练兵", "比武"],
                name: "劳动竞赛和技能比武",
                why: "劳动竞赛和技能比武是企业工会服务生产经营、提升职工技能的主要抓手，也是上级工会考核企业工会的重点。",
            }),
            "medical" => duties.push(Duty {
                id: "duty:medical",
                keys: &["医师节", "护士节", "医德", "医风"],
                name: "医师节、护士节和医德医风建设",
                why: "医师节、护士节的慰问和医德医风建设是医疗卫生单位工会的特色工作，写进去才能体现行业特点。",
            }),
            _ => {}
        }
        let t = Target::step(Step::Main);
        for d in duties {
            if d.keys.iter().any(|k| all.contains(k)) {
                self.ok(d.id, format!("已写到{}", d.name), d.why, t.clone());
            } else {
                self.push(
                    d.id,
                    Level::Warning,
                    format!("全文没有提到{}", d.name),
                    d.why,
                    t.clone(),
                );
            }
        }
    }

    /// Achievement sections of a summary should carry figures.
    fn figures(&mut self, plan: &Plan) {
        const WHY: &str = "总结要用数字说话：参加人数、慰问户数、发放金额、活动场次等，能让成绩一目了然，也便于和往年比较。请补上可以核实的数据。";
        let mut evaluated = false;
        let mut n = 0;
        for (i, s) in plan.sections.iter().enumerate() {
            if is_problems_heading(&s.heading) || is_outlook_heading(&s.heading) {
                continue;
            }
            evaluated = true;
            let text = section_text(&s.heading, &s.body, &s.items);
            if !has_figure(&text) {
                let t = Target::at(Step::Main, vec![i]);
                self.push(
                    format!("figures:{}", place_of(&t)),
                    Level::Warning,
                    format!("「{}」没有具体数字", section_name(i, &s.heading)),
                    WHY,
                    t,
                );
                n += 1;
            }
        }
        if evaluated && n == 0 {
            self.ok(
                "figures",
                "每项成绩都有具体数字",
                WHY,
                Target::step(Step::Main),
            );
        }
    }

    fn long_paragraphs(&mut self, fields: &[Field]) {
        const WHY: &str = "一段超过四百字，在公文版面上要占大半页，读者很难抓住重点。建议按意思拆成几段，或提炼出小标题分条写。";
        let mut n = 0;
        for f in fields {
            for (k, para) in f.text.lines().filter(|l| filled(l)).enumerate() {
                let len = para.chars().filter(|c| !c.is_whitespace()).count();
                if len > MAX_PARAGRAPH {
                    let msg = format!("「{}」第{}段有{len}字，偏长", f.name, k + 1);
                    self.push(
                        format!("long-paragraph:{}", f.place),
                        Level::Warning,
                        msg,
                        WHY,
                        f.target.clone(),
                    );
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.ok(
                "long-paragraph",
                "没有过长的段落",
                WHY,
                Target::step(Step::Main),
            );
        }
    }
}

/// Why the placeholder rule exists (shown with its `Ok`).
const WHY_PLACEHOLDERS: &str = "从模板或往年材料改写时，20xx、某某、**、待定之类的占位文字很容易漏改；原样印发，读者会看出是套用的模板。";

struct Duty {
    id: &'static str,
    keys: &'static [&'static str],
    name: &'static str,
    why: &'static str,
}

/// The first day of month `m` of year `y`; months past 12 roll into later years.
fn first_of(y: i32, m: i32) -> Option<NaiveDate> {
    let y = y.checked_add((m - 1).div_euclid(12))?;
    let m = (m - 1).rem_euclid(12) + 1;
    NaiveDate::from_ymd_opt(y, m as u32, 1)
}

/// 32-bit FNV-1a, for short stable ids.
fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

/// Full-width ASCII variants (U+FF01..U+FF5E, e.g. full-width digits,
/// parentheses, underline, asterisk, x) folded to ASCII, so every rule sees
/// 2025 and its full-width form alike.
fn fold(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Four-digit years (1900..=2100) in a title, Arabic or 二〇二五.
fn title_years(title: &str) -> Vec<i32> {
    let chars: Vec<char> = title.chars().map(fold).collect();
    let digit = |c: char| -> Option<u32> {
        match c {
            '0'..='9' => c.to_digit(10),
            '〇' | '零' => Some(0),
            _ => "一二三四五六七八九"
                .chars()
                .position(|d| d == c)
                .map(|p| p as u32 + 1),
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let j = (i..chars.len())
            .find(|&j| digit(chars[j]).is_none())
            .unwrap_or(chars.len());
        if j - i == 4 {
            let v = chars[i..j]
                .iter()
                .filter_map(|c| digit(*c))
                .fold(0i32, |a, d| a * 10 + d as i32);
            // Chinese-numeral runs count only as a year (二〇二五年), not as words.
            let is_year = chars[i].is_ascii_digit() || chars.get(j) == Some(&'年');
            if is_year && (1900..=2100).contains(&v) {
                out.push(v);
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// True when the text has a count: a number followed by a unit (人, 元, 次,
/// %, …). 第三次 (ordinal) and a lone 一 (一次活动, 一个支点) do not count.
fn has_figure(text: &str) -> bool {
    const UNITS: &str = "人名户元次场项个%家期篇件批所份条位支队天届";
    const CN: &str = "〇零一二三四五六七八九十百千万亿两";
    let chars: Vec<char> = text.chars().map(fold).collect();
    for (i, c) in chars.iter().enumerate() {
        if !UNITS.contains(*c) {
            continue;
        }
        let mut j = i;
        while j > 0 && matches!(chars[j - 1], '余' | '多' | ' ') {
            j -= 1;
        }
        let end = j;
        while j > 0
            && (chars[j - 1].is_ascii_digit() || chars[j - 1] == '.' || CN.contains(chars[j - 1]))
        {
            j -= 1;
        }
        if j == end || (j > 0 && chars[j - 1] == '第') {
            continue;
        }
        let run = &chars[j..end];
        let has_digit = run.iter().any(|c| c.is_ascii_digit());
        let has_cn = run.iter().any(|c| "二三四五六七八九十两〇零".contains(*c));
        if has_digit || has_cn || run.len() >= 2 {
            return true;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Placeholder scanning.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ph {
    Year,
    Xs,
    Blank,
    Mou,
    WeakMou,
    Stars,
    Ellipsis,
    Pending,
    Symbols,
    Bracket,
    EmptyPair,
}

impl Ph {
    fn why(self) -> &'static str {
        match self {
            Ph::Year => "年份还是模板里的“20xx”“201x”之类，照此印发，读者一眼就能看出是套用的模板。请改成实际年份。",
            Ph::Xs => "“xx”是模板留给使用者填写的位置，原样留下读者看不懂，也显得材料没有认真修改。请补上实际内容（如会议名称、届次、年份），或删去。",
            Ph::Blank => "下划线是纸质表格留给手写的空位，电子文稿里要填上实际内容，否则读者不知道说的是哪一年、哪件事。",
            Ph::Mou => "“某某”“201某年”这类写法是模板隐去名称或年份的占位，正式材料要写明具体的单位、名称或年份。",
            Ph::WeakMou => "“某”可能是模板隐去名称的占位。如果是有意不点名（例如案例中不便公开的企业），可以保留；否则请写明具体名称。",
            Ph::Stars => "“**”是网上范文隐去词语时留下的星号，照抄会让句子读不通。请补上这里本该有的词语。",
            Ph::Ellipsis => "段落末尾或引号里只剩省略号，通常说明这里还等着补写内容。正式文稿列举结束时用“等”收尾，一般不用省略号。",
            Ph::Pending => "“待定”说明这项内容还没有落实。计划印发前应当确定下来；实在定不了的，写明由谁、在什么时候确定。",
            Ph::Symbols => "圆圈、叉号、方框是模板里代替名称或数字的符号，必须换成实际内容。",
            Ph::Bracket => "方括号里的文字是模板给填写人的提示。填好内容后应连括号一起删去，正式公文里不使用这类括号。",
            Ph::EmptyPair => "引号、书名号或括号里是空的，多半是删掉了原来的名称却没有补上新的。请补全，或连同符号一起删去。",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Hit {
    start: usize,
    end: usize,
    token: String,
    kind: Ph,
}

/// x, X and their full-width forms (after `fold`).
fn is_x(c: char) -> bool {
    matches!(c, 'x' | 'X')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_cn_numeral(c: char) -> bool {
    "〇零一二三四五六七八九十百千".contains(c)
}

/// Ordinary words that start with 某 and are never placeholders.
const MOU_WORDS: &[&str] = &[
    "某些",
    "某种",
    "某个",
    "某位",
    "某一",
    "某项",
    "某类",
    "某处",
    "某段",
    "某次",
    "某方面",
    "某时",
    "某地",
];

fn run_len(chars: &[char], i: usize, f: impl Fn(char) -> bool) -> usize {
    chars
        .get(i..)
        .map_or(0, |rest| rest.iter().take_while(|c| f(**c)).count())
}

fn starts_with(chars: &[char], i: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, c)| chars.get(i + k) == Some(&c))
}

/// Placeholders in one paragraph, left to right, not overlapping.
/// `name_field`: title, organisation or signature, where a lone 某 is an error.
fn scan_placeholders(orig: &[char], name_field: bool) -> Vec<Hit> {
    let chars: Vec<char> = orig.iter().map(|c| fold(*c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match match_at(&chars, i, name_field) {
            Some((len, token, kind)) => {
                let end = (i + len.max(1)).min(chars.len());
                // Tokens quote the user's own characters (full-width kept).
                let token = token.unwrap_or_else(|| orig[i..end].iter().collect());
                out.push(Hit {
                    start: i,
                    end,
                    token,
                    kind,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// A placeholder starting at `i` of the folded paragraph: its length, its id
/// token (None = the matched text itself) and its kind.
fn match_at(chars: &[char], i: usize, name_field: bool) -> Option<(usize, Option<String>, Ph)> {
    let c = chars[i];
    let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
    let at = |k: usize| chars.get(k).copied();
    // ASCII ( [ ) ] by escape: the paragraph is folded to ASCII before matching.
    const OPEN: &str = "“‘「『\u{28}\u{5b}【《\"'";
    const CLOSE: &str = "”’」』\u{29}\u{5d}】》\"'";

    // 20xx, 201x, 202X; 201某年.
    if c.is_ascii_digit() {
        if prev.is_some_and(|p| p.is_ascii_digit()) {
            return None;
        }
        let d = run_len(chars, i, |c| c.is_ascii_digit());
        let k = run_len(chars, i + d, is_x);
        if (2..=3).contains(&d) && d + k == 4 && !at(i + 4).is_some_and(is_latin) {
            return Some((4, None, Ph::Year));
        }
        if d <= 4 && at(i + d) == Some('某') {
            let len = if at(i + d + 1) == Some('年') {
                d + 2
            } else {
                d + 1
            };
            return Some((len, None, Ph::Mou));
        }
        return None;
    }
    // xx, XXX, xx年; x月x日, x年.
    if is_x(c) {
        if prev.is_some_and(is_latin) {
            return None;
        }
        let k = run_len(chars, i, is_x);
        let after = at(i + k);
        if after.is_some_and(is_latin) {
            return None;
        }
        if k >= 2 {
            return Some((k, None, Ph::Xs));
        }
        if after == Some('月') && at(i + 2).is_some_and(is_x) && at(i + 3) == Some('日') {
            return Some((4, None, Ph::Xs));
        }
        if after.is_some_and(|a| "年月日届号".contains(a)) {
            return Some((2, None, Ph::Xs));
        }
        return None;
    }
    // ××, ○○, □□; 〇〇 unless inside a Chinese-numeral year (二〇〇八).
    if matches!(c, '×' | '○' | '□' | '〇') && prev != Some(c) {
        let k = run_len(chars, i, |x| x == c);
        if k < 2
            || (c == '〇'
                && (prev.is_some_and(is_cn_numeral) || at(i + k).is_some_and(is_cn_numeral)))
        {
            return None;
        }
        return Some((k, None, Ph::Symbols));
    }
    // Underline blanks, ** masking.
    if c == '_' {
        let k = run_len(chars, i, |x| x == '_');
        return (k >= 2).then(|| (k, Some("__".to_string()), Ph::Blank));
    }
    if c == '*' {
        let k = run_len(chars, i, |x| x == '*');
        return (k >= 2).then(|| (k, Some("**".to_string()), Ph::Stars));
    }
    // 某: 某某, 某年, in a name field; not 某些/某种/…; a lone 某 elsewhere is weak.
    if c == '某' {
        let k = run_len(chars, i, |x| x == '某');
        if k >= 2 {
            return Some((k, None, Ph::Mou));
        }
        if at(i + 1).is_some_and(|a| "年月日届".contains(a)) {
            return Some((2, None, Ph::Mou));
        }
        if MOU_WORDS.iter().any(|w| starts_with(chars, i, w)) {
            return None;
        }
        return Some((1, None, if name_field { Ph::Mou } else { Ph::WeakMou }));
    }
    // Ellipsis (……, ⋯⋯, ..., 。。。): only at the end of the paragraph or
    // as the whole content of quotes/brackets (“……”); mid-sentence it is prose.
    let dots = |x: char| matches!(x, '…' | '⋯');
    if dots(c) || (matches!(c, '.' | '。' | '·') && run_len(chars, i, |x| x == c) >= 3) {
        if prev == Some(c) || (dots(c) && prev.is_some_and(dots)) {
            return None;
        }
        let k = if dots(c) {
            run_len(chars, i, dots)
        } else {
            run_len(chars, i, |x| x == c)
        };
        let rest = chars.get(i + k..).unwrap_or(&[]);
        let at_end = rest
            .iter()
            .all(|x| x.is_whitespace() || "。,.;:!?、".contains(*x) || CLOSE.contains(*x));
        let enclosed =
            prev.is_some_and(|p| OPEN.contains(p)) && at(i + k).is_some_and(|a| CLOSE.contains(a));
        return (at_end || enclosed).then(|| (k, Some("……".to_string()), Ph::Ellipsis));
    }
    // (待定), 待定, 待补充, 待填.
    for w in ["待定", "待补充", "待填"] {
        let wl = w.chars().count();
        if c == '(' && starts_with(chars, i + 1, w) && at(i + 1 + wl) == Some(')') {
            return Some((wl + 2, Some(w.to_string()), Ph::Pending));
        }
        if starts_with(chars, i, w) {
            return Some((wl, Some(w.to_string()), Ph::Pending));
        }
    }
    // Fill-in brackets: 【…】 always; […] and (…) when empty or an instruction.
    if matches!(c, '【' | '[' | '(') {
        let close = match c {
            '【' => '】',
            '[' => ']',
            _ => ')',
        };
        if at(i + 1) == Some(close) {
            return Some((2, None, Ph::EmptyPair));
        }
        let end = (i + 1..chars.len().min(i + 40)).find(|&j| chars[j] == close)?;
        let inner: String = chars[i + 1..end].iter().collect();
        let inner = inner.trim();
        let instruction = ["填写", "请填", "请输入", "输入", "此处填", "在此填"]
            .iter()
            .any(|p| inner.starts_with(p));
        let fill = match c {
            '【' => true,
            '[' => inner.is_empty() || instruction || inner.starts_with('填'),
            _ => instruction,
        };
        let token = match c {
            '【' => "【】",
            '[' => "[]",
            _ => "()",
        };
        return fill.then(|| (end + 1 - i, Some(token.to_string()), Ph::Bracket));
    }
    // Empty quotes and title marks: “”, 「」, 《》.
    ["“”", "「」", "『』", "《》", "‘’"]
        .iter()
        .find(|p| starts_with(chars, i, p))
        .map(|p| (2, Some(p.to_string()), Ph::EmptyPair))
}

/// The hit with up to `n` characters either side, … marking a cut.
fn context(chars: &[char], start: usize, end: usize, n: usize) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Period, ScheduleEntry, Section, Signature};

    fn sec(heading: &str, body: &str) -> Section {
        Section {
            heading: heading.into(),
            body: body.into(),
            ..Default::default()
        }
    }

    fn item(heading: &str, text: &str) -> Item {
        Item {
            heading: heading.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    fn entry(months: &[u8], acts: &[&str]) -> ScheduleEntry {
        ScheduleEntry {
            months: months.to_vec(),
            activities: acts.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        }
    }

    /// A complete school plan written for these tests: every rule should pass.
    fn good_plan() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.title = "实验小学工会2025年工作计划".into();
        p.organization = "实验小学工会".into();
        p.org_type = "school".into();
        p.guiding = "以服务教职工为宗旨，围绕学校中心工作，履行好维护、建设、参与、教育四项职能，团结带领全体教职工办好人民满意的教育。".into();
        p.sections = vec![
            sec("坚持民主管理，开好教代会", "三月召开教职工代表大会，认真征集和办理提案。推进校务公开，重要事项及时向全体教职工通报。"),
            sec("关心教职工生活，做好送温暖工作", "春节前走访看望困难教职工和退休教师，建立帮扶档案，做到情况清楚、帮扶及时。"),
            sec("丰富文体生活，关爱女教职工", "组织教职工健身活动和趣味运动会。三八节组织女教职工参加健康体检。"),
            Section {
                heading: "加强师德建设，做好会员服务".into(),
                items: vec![item("开展师德主题教育", "结合教师节表彰一批优秀教师。"), item("规范会籍管理", "新入职教师及时办理入会手续。")],
                ..Default::default()
            },
        ];
        p.measures = "每学期召开两次工会委员会议，研究部署工作。严格执行工会经费审查制度，账目每半年公开一次。".into();
        p.schedule = vec![
            entry(&[1, 2], &["召开工会委员会议，制定全年计划"]),
            entry(&[3], &["庆祝三八妇女节"]),
            entry(&[4], &["春季教职工健步走"]),
            entry(&[5], &["庆祝五一劳动节"]),
            entry(&[6], &["工会经费年中审查"]),
            entry(&[7, 8], &["组织教职工暑期疗休养"]),
            entry(&[9], &["庆祝教师节"]),
            entry(&[10], &["国庆文艺汇演"]),
            entry(&[11], &["教职工拔河比赛"]),
            entry(&[12], &["迎新年联欢会"]),
        ];
        p.signature = Signature {
            organization: "实验小学工会".into(),
            date: Some("2025-01-10".into()),
            date_style: DateStyle::Arabic,
        };
        p
    }

    fn problems(fs: &[Finding]) -> Vec<&Finding> {
        fs.iter().filter(|f| f.level != Level::Ok).collect()
    }

    fn get<'a>(fs: &'a [Finding], id: &str) -> &'a Finding {
        fs.iter().find(|f| f.id == id).unwrap_or_else(|| {
            panic!(
                "no finding {id} in {:#?}",
                fs.iter().map(|f| &f.id).collect::<Vec<_>>()
            )
        })
    }

    fn has(fs: &[Finding], id: &str) -> bool {
        fs.iter().any(|f| f.id == id)
    }

    fn tokens(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        scan_placeholders(&chars, false)
            .into_iter()
            .map(|h| h.token)
            .collect()
    }

    #[test]
    fn complete_plan_passes_every_rule() {
        let fs = check(&good_plan());
        assert!(problems(&fs).is_empty(), "{:#?}", problems(&fs));
        // 4 basics + 3 parts + months + 2 heading + 2 schedule + placeholder,
        // repeat, 2 years, 8 duties (school), long paragraphs.
        assert_eq!(progress(&fs), Progress { ok: 25, total: 25 });
        assert_eq!(get(&fs, "missing:guiding").message, "指导思想已填写");
        assert!(fs
            .iter()
            .all(|f| !f.why.is_empty() && !f.message.is_empty()));
    }

    #[test]
    fn findings_are_ordered_by_step_then_document_order_with_unique_ids() {
        let mut p = good_plan();
        p.sections[3].items[1].heading = "20xx年会籍管理".into();
        p.sections[0].heading = "20xx年民主管理".into();
        p.guiding = "今年是20xx年。".into();
        p.schedule[2].activities[0] = "20xx年健步走".into();
        p.title = String::new();
        let fs = check(&p);
        let steps: Vec<Step> = fs.iter().map(|f| f.target.step).collect();
        let mut sorted = steps.clone();
        sorted.sort();
        assert_eq!(steps, sorted);
        let ph: Vec<&Finding> = fs
            .iter()
            .filter(|f| f.id.starts_with("placeholder:"))
            .collect();
        let paths: Vec<(Step, Vec<usize>)> = ph
            .iter()
            .map(|f| (f.target.step, f.target.path.clone()))
            .collect();
        assert_eq!(
            paths,
            vec![
                (Step::Guiding, vec![]),
                (Step::Main, vec![0]),
                (Step::Main, vec![3, 1]),
                (Step::Schedule, vec![2, 0])
            ]
        );
        let ids: HashSet<&str> = fs.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), fs.len(), "ids must be unique");
    }

    #[test]
    fn empty_plan_misses_required_parts() {
        let fs = check(&Plan::new(Kind::Plan, 2025));
        for id in [
            "missing:title",
            "missing:organization",
            "missing:guiding",
            "missing:priorities",
            "missing:schedule",
        ] {
            assert_eq!(get(&fs, id).level, Level::Error, "{id}");
        }
        assert_eq!(
            get(&fs, "missing:signature-organization").level,
            Level::Warning
        );
        assert_eq!(get(&fs, "missing:signature-date").level, Level::Warning);
        assert_eq!(
            get(&fs, "missing:guiding").target,
            Target::step(Step::Guiding)
        );
        // No schedule: month coverage is not evaluated.
        assert!(!fs.iter().any(|f| f.id.starts_with("schedule:")));
    }

    #[test]
    fn key_points_without_schedule_is_only_a_warning() {
        let mut p = good_plan();
        p.kind = Kind::KeyPoints;
        p.schedule.clear();
        p.measures.clear();
        assert_eq!(get(&check(&p), "missing:schedule").level, Level::Warning);
        p.kind = Kind::Plan;
        assert_eq!(get(&check(&p), "missing:schedule").level, Level::Error);
        p.measures = "定期检查计划执行情况。".into();
        assert_eq!(get(&check(&p), "missing:schedule").level, Level::Ok);
    }

    #[test]
    fn fewer_than_three_priorities_is_a_warning() {
        let mut p = good_plan();
        p.sections.truncate(2);
        let f = get(&check(&p), "missing:priorities").clone();
        assert_eq!(f.level, Level::Warning);
        assert!(f.message.contains("只列了两项"), "{}", f.message);
    }

    #[test]
    fn a_priority_mentioning_measures_is_still_a_priority() {
        let mut p = good_plan();
        p.measures.clear();
        p.schedule.clear();
        p.sections[0].heading = "抓好职工互助保障工作，完善帮扶措施".into();
        let fs = check(&p);
        assert_eq!(get(&fs, "missing:schedule").level, Level::Error);
        assert!(get(&fs, "missing:priorities").message.contains("四项"));
        p.sections.push(sec("落实措施", "定期检查。"));
        let fs = check(&p);
        assert_eq!(get(&fs, "missing:schedule").level, Level::Ok);
        assert!(
            get(&fs, "missing:priorities").message.contains("四项"),
            "a 落实措施 heading is no priority"
        );
    }

    #[test]
    fn empty_quotes_are_named_in_the_message() {
        let mut p = good_plan();
        p.sections[0].body = "坚定不移地以“”思想武装头脑，学习《》。".into();
        let fs = check(&p);
        assert!(
            get(&fs, "placeholder:main-0:“”")
                .message
                .contains("一对空的引号：“坚定不移地以“”思想武装头脑"),
            "{}",
            get(&fs, "placeholder:main-0:“”").message
        );
        assert!(get(&fs, "placeholder:main-0:《》")
            .message
            .contains("空的书名号"));
    }

    #[test]
    fn guiding_under_a_section_heading_counts() {
        let mut p = good_plan();
        p.guiding.clear();
        p.sections.push(sec("总的要求", "围绕中心，服务大局。"));
        assert_eq!(get(&check(&p), "missing:guiding").level, Level::Ok);
    }

    fn summary() -> Plan {
        let mut p = Plan::new(Kind::Summary, 2025);
        p.title = "实验小学工会2025年工作总结".into();
        p.organization = "实验小学工会".into();
        p.guiding = "一年来，学校工会围绕中心工作，较好地完成了各项任务。".into();
        p.sections = vec![
            sec("民主管理扎实推进", "召开教代会2次，征集提案15件。"),
            sec(
                "送温暖工作温暖人心",
                "春节走访困难教职工12户，发放慰问金1.2万元。",
            ),
            sec(
                "文体活动丰富多彩",
                "举办运动会和读书会共6场，参与教职工300余人次。",
            ),
        ];
        p.problems = "工会活动形式还比较单一，对青年教师的吸引力不够。".into();
        p.signature = Signature {
            organization: String::new(),
            date: Some("2025-12-26".into()),
            date_style: DateStyle::Arabic,
        };
        p
    }

    #[test]
    fn summary_needs_achievements_and_problems() {
        let mut p = summary();
        let fs = check(&p);
        assert_eq!(get(&fs, "missing:achievements").level, Level::Ok);
        assert_eq!(get(&fs, "missing:problems").level, Level::Ok);
        assert!(
            !has(&fs, "missing:guiding"),
            "plan rules do not apply to a summary"
        );
        p.sections.truncate(1);
        assert_eq!(
            get(&check(&p), "missing:achievements").level,
            Level::Warning
        );
        p.sections.clear();
        p.problems.clear();
        let fs = check(&p);
        assert_eq!(get(&fs, "missing:achievements").level, Level::Error);
        assert_eq!(get(&fs, "missing:problems").level, Level::Error);
        p.sections.push(sec("存在的问题和不足", "宣传还不到位。"));
        let fs = check(&p);
        assert_eq!(get(&fs, "missing:problems").level, Level::Ok);
        assert_eq!(
            get(&fs, "missing:achievements").level,
            Level::Error,
            "a problems section is no achievement"
        );
    }

    #[test]
    fn summary_and_plan_checks_next_year_with_plan_rules() {
        let mut p = summary();
        p.kind = Kind::SummaryAndPlan;
        p.title = "实验小学工会2025年工作总结\n暨2026年工作计划".into();
        p.next = Some(Box::new(Plan::new(Kind::Plan, 2026)));
        let fs = check(&p);
        let g = get(&fs, "next:missing:guiding");
        assert_eq!(g.level, Level::Error);
        assert_eq!(g.target, Target::step(Step::Guiding).in_next());
        assert!(g.message.contains("明年计划"));
        assert_eq!(get(&fs, "next:missing:priorities").level, Level::Error);
        assert_eq!(get(&fs, "missing:achievements").level, Level::Ok);
        assert_eq!(
            get(&fs, "year:title").level,
            Level::Ok,
            "title may name year and year+1"
        );
        // The next part's fields are addressed with in_next.
        let n = p.next.as_mut().unwrap();
        n.sections = vec![sec("加强20xx年培训", "办好培训班。")];
        n.schedule = vec![entry(&[3], &["三八节活动"])];
        let fs = check(&p);
        let f = get(&fs, "placeholder:next-main-0:20xx");
        assert_eq!(f.target, Target::at(Step::Main, vec![0]).in_next());
        assert!(f.message.contains("明年计划"), "{}", f.message);
        let m = get(&fs, "next:schedule:missing-month:5");
        assert!(m.target.next);
        // A missing next part is checked as an empty plan, never a panic.
        p.next = None;
        assert_eq!(get(&check(&p), "next:missing:guiding").level, Level::Error);
    }

    #[test]
    fn empty_section_and_item_headings_are_errors() {
        let mut p = good_plan();
        p.sections[1].heading = " ".into();
        p.sections[3].items[0].heading.clear();
        let fs = check(&p);
        let a = get(&fs, "empty-heading:main-1");
        assert_eq!(
            (a.level, a.target.clone()),
            (Level::Error, Target::at(Step::Main, vec![1]))
        );
        let b = get(&fs, "empty-heading:main-3-0");
        assert_eq!(b.target, Target::at(Step::Main, vec![3, 0]));
        assert!(b.message.contains("（一）"), "{}", b.message);
        assert!(!has(&fs, "empty-heading"));
        assert!(has(&check(&good_plan()), "empty-heading"));
    }

    #[test]
    fn priority_with_neither_body_nor_items_is_a_warning() {
        let mut p = good_plan();
        p.sections[2].body.clear();
        let fs = check(&p);
        let f = get(&fs, "empty-section:main-2");
        assert_eq!(f.level, Level::Warning);
        assert!(f.message.contains("丰富文体生活"), "{}", f.message);
        // Items alone are enough.
        assert!(!has(&fs, "empty-section:main-3"));
    }

    #[test]
    fn missing_months_are_warned_one_by_one() {
        let mut p = good_plan();
        p.schedule
            .retain(|e| e.months != vec![5] && e.months != vec![10]);
        let fs = check(&p);
        let missing: Vec<&str> = fs
            .iter()
            .filter(|f| f.id.starts_with("schedule:missing-month"))
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(
            missing,
            vec!["schedule:missing-month:5", "schedule:missing-month:10"]
        );
        assert!(get(&fs, "schedule:missing-month:5")
            .message
            .contains("五月"));
        assert_eq!(get(&fs, "schedule:missing-month:5").level, Level::Warning);
    }

    #[test]
    fn seven_eight_entry_covers_july_and_august() {
        let fs = check(&good_plan());
        assert_eq!(get(&fs, "schedule:missing-month").level, Level::Ok);
        let mut p = good_plan();
        p.schedule[5].months = vec![7];
        assert!(has(&check(&p), "schedule:missing-month:8"));
        assert!(!has(&check(&p), "schedule:missing-month:7"));
    }

    #[test]
    fn school_year_period_needs_its_own_months() {
        let mut p = good_plan();
        p.period = Period { start_month: 9 };
        p.schedule = vec![
            entry(&[9], &["庆祝教师节"]),
            entry(&[10, 11, 12, 1, 2, 3, 4, 5, 6], &["日常工作"]),
        ];
        let fs = check(&p);
        let ids: Vec<&str> = fs
            .iter()
            .filter(|f| f.id.starts_with("schedule:missing-month"))
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(
            ids,
            vec!["schedule:missing-month:7", "schedule:missing-month:8"]
        );
    }

    #[test]
    fn empty_schedule_entry_and_entry_without_month_are_warnings() {
        let mut p = good_plan();
        p.schedule[3].activities = vec!["  ".into()];
        p.schedule.push(entry(&[], &["机动安排"]));
        let fs = check(&p);
        let e = get(&fs, "schedule:empty-entry:schedule-3");
        assert_eq!(
            (e.level, e.target.clone()),
            (Level::Warning, Target::at(Step::Schedule, vec![3]))
        );
        assert!(e.message.contains("五月"), "{}", e.message);
        assert_eq!(
            get(&fs, "schedule:no-month:schedule-10").level,
            Level::Warning
        );
    }

    #[test]
    fn placeholder_patterns_are_recognised() {
        let cases: &[(&str, &[&str])] = &[
            ("今年是20xx年", &["20xx"]),
            ("201x年，机关工会", &["201x"]),
            ("202X年工作要点", &["202X"]),
            ("20XX年", &["20XX"]),
            ("xx年是关键的一年", &["xx"]),
            ("学习党的XX届五中全会精神", &["XX"]),
            ("贯彻xx大精神", &["xx"]),
            ("xx月召开", &["xx"]),
            ("定于x月x日召开", &["x月x日"]),
            ("__年工作要点", &["__"]),
            ("\u{FF3F}\u{FF3F}年", &["__"]),
            ("\u{FF0A}\u{FF0A}工程", &["**"]),
            ("某某学校工会", &["某某"]),
            ("201某年", &["201某年"]),
            ("以**工程为载体", &["**"]),
            ("教师活动。\u{28}待定\u{29}", &["待定"]),
            ("教师活动\u{FF08}待定\u{FF09}", &["待定"]),
            ("时间待定", &["待定"]),
            ("XXX同志", &["XXX"]),
            ("○○小学", &["○○"]),
            ("〇〇单位", &["〇〇"]),
            ("××公司", &["××"]),
            ("[填写单位名称]工会", &["[]"]),
            ("【单位名称】工会", &["【】"]),
            ("以“”思想武装头脑", &["“”"]),
            ("开展读书、演讲……", &["……"]),
            ("开展“……”主题活动", &["……"]),
            ("……", &["……"]),
            ("\u{FF58}\u{FF58}年", &["\u{FF58}\u{FF58}"]),
            ("\u{FF12}\u{FF10}xx年", &["\u{FF12}\u{FF10}xx"]),
        ];
        for (text, want) in cases {
            assert_eq!(tokens(text), *want, "{text}");
        }
    }

    #[test]
    fn ordinary_text_is_not_a_placeholder() {
        for text in [
            "在某些方面还有差距",
            "某种程度上说明了问题",
            "在某一时期",
            "用Excel表格统计",
            "二〇〇八年十一月",
            "2025年12月20日",
            "发放资金1.5万元",
            "开展读书、演讲……等系列活动",
            "x轴表示月份",
            "box",
            "（一）加强学习",
            "“职工之家”建设",
        ] {
            assert!(tokens(text).is_empty(), "{text}: {:?}", tokens(text));
        }
    }

    #[test]
    fn placeholder_is_reported_at_its_field_with_the_snippet() {
        let mut p = good_plan();
        p.sections[2].items = vec![item("组织20xx年春季运动会", "")];
        let fs = check(&p);
        let f = get(&fs, "placeholder:main-2-0:20xx");
        assert_eq!(f.level, Level::Error);
        assert_eq!(f.target, Target::at(Step::Main, vec![2, 0]));
        assert!(
            f.message
                .contains("「第三项工作中的（一）“组织20xx年春季运动会”的标题」"),
            "{}",
            f.message
        );
        assert!(
            f.message.contains("“组织20xx年春季运动会”"),
            "{}",
            f.message
        );
        assert_eq!(get(&check(&good_plan()), "placeholder").level, Level::Ok);
    }

    #[test]
    fn two_same_placeholders_in_one_field_get_distinct_ids_and_snippets() {
        let mut p = good_plan();
        p.measures = "一是深化**工程建设，这是多年来坚持的一项重点。二是推进**机制创新。".into();
        let fs = check(&p);
        let a = get(&fs, "placeholder:measures:**");
        let b = get(&fs, "placeholder:measures:**:2");
        assert!(a.message.contains("深化**工程"), "{}", a.message);
        assert!(b.message.contains("推进**机制"), "{}", b.message);
        assert!(a.message.starts_with("「落实措施」"), "{}", a.message);
    }

    #[test]
    fn lone_mou_is_a_warning_in_prose_but_an_error_in_names() {
        let mut p = good_plan();
        p.sections[1].body = "我们为在某企业受伤的职工讨回补偿金。".into();
        p.organization = "某小学工会".into();
        p.sections[2].body = "在某些方面做得还不够，但组织了教职工健身活动。".into();
        let fs = check(&p);
        assert_eq!(get(&fs, "placeholder:main-1:某").level, Level::Warning);
        assert_eq!(get(&fs, "placeholder:organization:某").level, Level::Error);
        assert!(
            !fs.iter().any(|f| f.id.starts_with("placeholder:main-2")),
            "某些 is an ordinary word"
        );
    }

    #[test]
    fn placeholders_are_found_in_every_kind_of_field() {
        let mut p = good_plan();
        p.title = "20xx年工作计划".into();
        p.goals = "争创xx先进单位".into();
        p.problems = "__".into();
        p.schedule[1].activities.push("（待定）".into());
        p.signature.organization = "某某工会".into();
        let fs = check(&p);
        for (id, step) in [
            ("placeholder:title:20xx", Step::Basic),
            ("placeholder:goals:xx", Step::Goals),
            ("placeholder:problems:__", Step::Problems),
            ("placeholder:schedule-1-1:待定", Step::Schedule),
            ("placeholder:signature:某某", Step::Signature),
        ] {
            assert_eq!(get(&fs, id).target.step, step, "{id}");
        }
        assert_eq!(
            get(&fs, "placeholder:schedule-1-1:待定").target.path,
            vec![1, 1]
        );
    }

    #[test]
    fn repeated_sentence_is_reported_at_its_second_place() {
        let mut p = good_plan();
        let s = "切实维护教职工的合法权益";
        p.guiding = format!("{s}。围绕中心工作。");
        p.sections[1].body = format!("走访困难教职工。{s}！");
        let fs = check(&p);
        let rep: Vec<&Finding> = fs.iter().filter(|f| f.id.starts_with("repeat:")).collect();
        assert_eq!(rep.len(), 1, "{rep:#?}");
        assert_eq!(rep[0].level, Level::Warning);
        assert_eq!(rep[0].target, Target::at(Step::Main, vec![1]));
        assert!(rep[0].id.starts_with("repeat:main-1:"), "{}", rep[0].id);
        assert!(
            rep[0].message.contains(s) && rep[0].message.contains("「指导思想」"),
            "{}",
            rep[0].message
        );
        assert!(!has(&fs, "repeat"));
    }

    #[test]
    fn repeats_ignore_punctuation_spacing_short_sentences_and_schedule() {
        let mut p = good_plan();
        p.guiding = "切实维护 教职工的合法权益。好好学习。".into();
        p.measures = "切实维护教职工的，合法权益；好好学习。".into();
        let fs = check(&p);
        assert_eq!(
            fs.iter()
                .filter(|f| f.id.starts_with("repeat:measures"))
                .count(),
            1
        );
        let mut p = good_plan();
        p.schedule[1].activities.push("召开工会小组长会议".into());
        p.schedule[2].activities.push("召开工会小组长会议".into());
        assert_eq!(get(&check(&p), "repeat").level, Level::Ok);
    }

    #[test]
    fn title_year_must_match_plan_year() {
        let mut p = good_plan();
        p.title = "实验小学工会2024年工作计划".into();
        let f = get(&check(&p), "year:title:2024").clone();
        assert_eq!(f.level, Level::Error);
        assert!(
            f.message.contains("2024") && f.message.contains("2025"),
            "{}",
            f.message
        );
        p.title = "实验小学工会二〇二四年工作计划".into();
        assert!(has(&check(&p), "year:title:2024"));
        p.title = "实验小学工会二〇二五年工作计划".into();
        assert_eq!(get(&check(&p), "year:title").level, Level::Ok);
        p.title = "实验小学工会2025—2026学年工作计划".into();
        assert!(
            has(&check(&p), "year:title:2026"),
            "calendar-year plan names one year"
        );
        p.period = Period { start_month: 9 };
        assert_eq!(
            get(&check(&p), "year:title").level,
            Level::Ok,
            "a school year spans two years"
        );
        let mut s = summary();
        s.kind = Kind::SummaryAndPlan;
        s.title = "2025年工作总结暨2027年工作计划".into();
        assert!(has(&check(&s), "year:title:2027"));
    }

    #[test]
    fn signature_date_window_depends_on_kind() {
        let date = |p: &mut Plan, d: &str| {
            p.signature.date = Some(d.into());
            get(&check(p), "year:signature").level
        };
        let mut p = good_plan();
        assert_eq!(date(&mut p, "2024-09-01"), Level::Ok);
        assert_eq!(date(&mut p, "2024-08-31"), Level::Warning);
        assert_eq!(date(&mut p, "2025-12-31"), Level::Ok);
        assert_eq!(date(&mut p, "2026-01-05"), Level::Warning);
        let mut s = summary();
        assert_eq!(date(&mut s, "2025-01-01"), Level::Ok);
        assert_eq!(date(&mut s, "2024-12-31"), Level::Warning);
        assert_eq!(date(&mut s, "2026-03-31"), Level::Ok);
        assert_eq!(date(&mut s, "2026-04-01"), Level::Warning);
        s.period = Period { start_month: 9 };
        assert_eq!(
            date(&mut s, "2026-11-30"),
            Level::Ok,
            "Sept 2025 – Aug 2026, plus three months"
        );
        assert_eq!(date(&mut s, "2026-12-01"), Level::Warning);
        let msg = {
            s.signature.date = Some("2027-01-01".into());
            get(&check(&s), "year:signature").message.clone()
        };
        assert!(msg.contains("2025年9月1日至2026年11月30日"), "{msg}");
        assert_eq!(date(&mut s, "去年年底"), Level::Warning);
    }

    #[test]
    fn missing_union_duties_are_warned_each_with_its_reason() {
        let mut p = good_plan();
        p.org_type = "enterprise".into();
        p.sections[1].body = "春节前走访看望退休职工。".into();
        let fs = check(&p);
        let h = get(&fs, "duty:hardship");
        assert_eq!(h.level, Level::Warning);
        assert!(h.message.contains("困难职工帮扶"), "{}", h.message);
        let c = get(&fs, "duty:competition");
        assert_eq!(c.level, Level::Warning);
        assert_ne!(c.why, h.why);
        assert!(!has(&fs, "duty:teachers"));
        assert_eq!(get(&fs, "duty:warmth").level, Level::Ok);
        p.measures.push_str("开展岗位技能比武。");
        assert_eq!(get(&check(&p), "duty:competition").level, Level::Ok);
        p.org_type = "medical".into();
        assert_eq!(get(&check(&p), "duty:medical").level, Level::Warning);
        let mut e = Plan::new(Kind::Plan, 2025);
        e.org_type = "organ".into();
        let fs = check(&e);
        let duties: Vec<&str> = fs
            .iter()
            .filter(|f| f.id.starts_with("duty:"))
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(duties.len(), 7, "{duties:?}");
        assert!(get(&fs, "duty:congress").message.contains("职代会"));
    }

    #[test]
    fn summary_sections_without_figures_are_warned() {
        let mut p = summary();
        assert_eq!(get(&check(&p), "figures").level, Level::Ok);
        p.sections[1].body = "组织一次慰问活动，第三次走访困难教职工。".into();
        let fs = check(&p);
        let f = get(&fs, "figures:main-1");
        assert_eq!(
            (f.level, f.target.clone()),
            (Level::Warning, Target::at(Step::Main, vec![1]))
        );
        assert!(f.message.contains("送温暖工作"), "{}", f.message);
        assert!(
            !has(&check(&good_plan()), "figures"),
            "plans are not checked for figures"
        );
        for ok in [
            "慰问240人.",
            "发放13.02万元",
            "建会率达到95.1%",
            "走访三十户",
            "举办两场讲座",
            "资助一百名学生",
        ] {
            assert!(has_figure(ok), "{ok}");
        }
        for no in ["组织一次活动", "第三次会议", "建立一个支点", "5月召开"] {
            assert!(!has_figure(no), "{no}");
        }
    }

    #[test]
    fn long_paragraph_is_warned_with_its_length() {
        let mut p = good_plan();
        let long: String = "加强工会自身建设提高服务水平".repeat(30); // 420 characters
        p.sections[0].body = format!("第一段很短。\n{long}");
        let fs = check(&p);
        let f = get(&fs, "long-paragraph:main-0");
        assert_eq!(f.level, Level::Warning);
        assert!(f.message.contains("第2段有420字"), "{}", f.message);
        p.sections[0].body = "短".repeat(400);
        assert_eq!(get(&check(&p), "long-paragraph").level, Level::Ok);
    }

    #[test]
    fn progress_counts_rules_not_findings() {
        let mk = |id: &str, level| Finding {
            id: id.into(),
            level,
            message: String::new(),
            why: String::new(),
            target: Target::step(Step::Basic),
        };
        let fs = vec![
            mk("missing:title", Level::Ok),
            mk("placeholder:main-0:20xx", Level::Error),
            mk("placeholder:main-0:20xx:2", Level::Error),
            mk("schedule:missing-month:5", Level::Warning),
            mk("schedule:missing-month:6", Level::Warning),
            mk("next:schedule:missing-month:5", Level::Warning),
            mk("next:missing:guiding", Level::Ok),
            mk("repeat", Level::Ok),
        ];
        assert_eq!(progress(&fs), Progress { ok: 3, total: 6 });
        assert_eq!(progress(&[]), Progress { ok: 0, total: 0 });
        let mut p = good_plan();
        p.guiding = "20xx年。__年。".into();
        let all = check(&p);
        let pr = progress(&all);
        assert_eq!((pr.ok, pr.total), (24, 25));
    }

    #[test]
    fn json_form_is_lowercase_and_compact() {
        let f = get(&check(&Plan::new(Kind::Plan, 2025)), "missing:guiding").clone();
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["level"], "error");
        assert_eq!(v["target"]["step"], "guiding");
        assert_eq!(
            serde_json::to_value(Progress { ok: 1, total: 2 }).unwrap(),
            serde_json::json!({"ok": 1, "total": 2})
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let odd = [
            "",
            "某",
            "2",
            "20",
            "x",
            "xx",
            "【",
            "【未闭合",
            "[",
            "(",
            "……",
            "..",
            "。。。",
            "〇",
            "2x",
            "201",
            "某某某",
            "\u{FF08}",
            "_",
            "*",
        ];
        // Plan::new would overflow on year + 1 itself; build the struct directly.
        let mut p = Plan {
            kind: Kind::SummaryAndPlan,
            year: i32::MAX,
            ..Plan::default()
        };
        for (k, t) in odd.iter().enumerate() {
            p.sections.push(Section {
                heading: t.to_string(),
                body: t.to_string(),
                items: vec![item(t, t)],
                track: None,
            });
            p.schedule.push(entry(&[(k % 14) as u8], &[t]));
        }
        p.title = odd.join("\n");
        p.signature.date = Some("9999-12-31".into());
        p.period = Period { start_month: 0 };
        let _ = check(&p);
        p.year = i32::MIN;
        let _ = check(&p);
        for t in odd {
            let _ = tokens(t);
            let _ = title_years(t);
            let _ = has_figure(t);
        }
    }
}
