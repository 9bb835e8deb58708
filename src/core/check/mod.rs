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
//! How the rules are laid out:
//! - `REGISTRY` lists every rule: the key its finding ids start with and
//!   why it matters (the training text every finding carries). Some rules
//!   explain themselves differently by case, each case one more line:
//!   `year:signature` for a summary, `duty:congress` in a school, and
//!   `placeholder` per kind of placeholder found.
//! - `FAMILIES` runs the rule families in order, one file each:
//!   `structure` (required parts), `schedule` (months and entries),
//!   `headings` (empty headings and sections), `placeholders`, `repeats`,
//!   `years`, `duties`, `figures`, `paragraphs`, `punctuation`; `fields`
//!   collects the text they read. `issuance` checks the 文件 form (only
//!   when the plan has one).
//! - A finding may carry a one-click `fix` (`Fix`): the edit the editor
//!   offers as a button (`halfwidth-punct` → 一键改为全角).
//!
//! Adding a rule: write it in its family's file (or a new file added to
//! `FAMILIES`) and add one line to `REGISTRY`; a finding whose rule is not
//! registered fails a debug assertion (the tests catch it).

mod duties;
mod fields;
mod figures;
mod headings;
mod issuance;
mod paragraphs;
mod placeholders;
mod previous_year;
mod punctuation;
mod repeats;
mod schedule;
mod structure;
mod tasks;
mod years;

use super::edit::Op;
use super::model::{Kind, Plan};
use super::steps::Target;
use fields::{collect_fields, Field};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// A one-click fix the editor offers (JSON `"fix": "fix_punctuation"`;
    /// absent when none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// A one-click fix for a finding: the edit a button dispatches.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Fix {
    /// Half-width punctuation in Chinese text set full-width everywhere.
    FixPunctuation,
}

impl Fix {
    /// The edit (of the whole document) that applies the fix.
    pub fn op(self) -> Op {
        match self {
            Fix::FixPunctuation => Op::FixPunctuation,
        }
    }

    /// The button's text.
    pub fn label(self) -> &'static str {
        match self {
            Fix::FixPunctuation => "一键改为全角",
        }
    }
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

// ---------------------------------------------------------------------------
// The registry.

/// One line of `REGISTRY`.
struct Rule {
    /// The key finding ids start with (`next:` in front marks a part rule
    /// applied to next year's plan).
    id: &'static str,
    /// Empty for the rule itself; otherwise the case this `why` is for.
    case: &'static str,
    /// Why the rule matters (training text), in Chinese.
    why: &'static str,
}

const fn rule(id: &'static str, why: &'static str) -> Rule {
    Rule { id, case: "", why }
}

const fn case(id: &'static str, case: &'static str, why: &'static str) -> Rule {
    Rule { id, case, why }
}

/// Every rule, with why it matters, and the cases some rules explain apart.
#[rustfmt::skip]
const REGISTRY: &[Rule] = &[
    rule("missing:title", "标题由单位名称、年度和文种组成，读者靠它判断这是谁、哪一年的什么材料。没有填写时预览会暂用自动生成的标题，请核对后正式填上。"),
    rule("missing:organization", "单位名称会用在标题和落款里，检查清单也按单位类型提示该写的常规工作。"),
    rule("missing:signature-organization", "正式材料的落款要写明发文单位，没有落款的材料不便印发和归档。"),
    rule("missing:signature-date", "成文日期写在落款单位下方，是材料印发和归档的依据，也能让人看出写于年度的什么时候。"),
    rule("missing:guiding", "指导思想（总体要求）交代全年工作以什么为依据、围绕什么中心、要达到什么效果，是计划的开篇，领导和职工往往先读这一段。"),
    rule("missing:priorities", "主要工作是计划的主体，一般分三到六个方面列出，每个方面用一句话概括，再写具体做法。方面太少，计划就显得单薄。"),
    rule("missing:schedule", "只写做什么、不写什么时候做和靠什么保证，计划就难以落实和检查。至少要有按月的活动安排或落实措施中的一项。"),
    rule("missing:achievements", "总结的主体是逐条写清一年做了哪些工作、取得了什么成效，一般分三到五个方面展开，才能全面反映工会工作。"),
    rule("missing:problems", "实事求是地写出存在的问题和不足，是总结的必备内容，也是制定明年计划的出发点；只讲成绩不讲问题，会让人觉得不够客观。"),
    rule("empty-heading", "编号标题是读者浏览全文的路标，标题空着，印出来只剩一个孤零零的序号。请补上一句概括这项工作的话，或删去这一项。"),
    rule("empty-section", "只有标题的工作说明不了要做什么、怎么做。请至少写一段具体做法，或分条列出措施。"),
    rule("schedule:missing-month", "按月安排能让全年工作均衡推进，也方便年底对照检查。如果这个月确实没有集中活动，可以写上日常工作，或与相邻月份合写（如“七、八月”）。"),
    rule("schedule:empty-entry", "只有月份没有活动，读者会以为漏写了。请补上这个月的活动，或删去这个月份。"),
    rule("schedule:no-month", "活动安排按月份排列，没写月份的条目印出来是“（未定月份）”，读者不知道什么时候开展。"),
    rule("placeholder", "从模板或往年材料改写时，20xx、某某、**、待定之类的占位文字很容易漏改；原样印发，读者会看出是套用的模板。"),
    case("placeholder", "year", "年份还是模板里的“20xx”“201x”之类，照此印发，读者一眼就能看出是套用的模板。请改成实际年份。"),
    case("placeholder", "xs", "“xx”是模板留给使用者填写的位置，原样留下读者看不懂，也显得材料没有认真修改。请补上实际内容（如会议名称、届次、年份），或删去。"),
    case("placeholder", "blank", "下划线是纸质表格留给手写的空位，电子文稿里要填上实际内容，否则读者不知道说的是哪一年、哪件事。"),
    case("placeholder", "mou", "“某某”“201某年”这类写法是模板隐去名称或年份的占位，正式材料要写明具体的单位、名称或年份。"),
    case("placeholder", "weak-mou", "“某”可能是模板隐去名称的占位。如果是有意不点名（例如案例中不便公开的企业），可以保留；否则请写明具体名称。"),
    case("placeholder", "stars", "“**”是网上范文隐去词语时留下的星号，照抄会让句子读不通。请补上这里本该有的词语。"),
    case("placeholder", "ellipsis", "段落末尾或引号里只剩省略号，通常说明这里还等着补写内容。正式文稿列举结束时用“等”收尾，一般不用省略号。"),
    case("placeholder", "pending", "“待定”说明这项内容还没有落实。计划印发前应当确定下来；实在定不了的，写明由谁、在什么时候确定。"),
    case("placeholder", "symbols", "圆圈、叉号、方框是模板里代替名称或数字的符号，必须换成实际内容。"),
    case("placeholder", "bracket", "方括号里的文字是模板给填写人的提示。填好内容后应连括号一起删去，正式公文里不使用这类括号。"),
    case("placeholder", "empty-pair", "引号、书名号或括号里是空的，多半是删掉了原来的名称却没有补上新的。请补全，或连同符号一起删去。"),
    rule("repeat", "同一句话在文中出现两次，多半是复制粘贴时留下的，读者会觉得材料空洞、不够用心。请删去或改写其中一处。"),
    rule("year:title", "沿用去年的材料时，标题里的年份最容易漏改，而它恰恰是读者第一眼看到的信息。请核对标题，或在基本信息里改正年度。"),
    rule("year:signature", "计划一般在年度开始前后制定印发，成文日期太早或已过了计划年度，多半是沿用旧稿时没有改日期。"),
    case("year:signature", "summary", "总结要在这一年的工作基本结束后才写得出来，通常在年底或次年初三个月内完成；早于年度开始或拖得太久的日期，多半是填错了。"),
    rule("duty:congress", "职代会是职工参与民主管理的基本形式，工会负责会前筹备和闭会期间的日常工作，上级工会检查时通常会看这一项。"),
    case("duty:congress", "school", "教代会是学校民主管理的基本制度，工会是它的工作机构。计划要安排何时召开、征集哪些提案，总结要交代会议召开和提案办理情况。"),
    rule("duty:warmth", "送温暖和节日慰问是会员感受最直接的工会工作，计划和总结里一般都要写到时间、对象和做法。"),
    rule("duty:audit", "工会经费要接受经费审查委员会的审查，并向会员（代表）大会报告，这是工会章程的要求，材料中应当有所体现。"),
    rule("duty:women", "女职工工作（三八节活动、专项体检、特殊权益保护等）是工会的固定职责，多数上级工会单独考核。"),
    rule("duty:culture", "文体活动是凝聚职工、活跃氛围最常用的载体，也是会员最关心的事，计划里要有安排，总结里要有汇报。"),
    rule("duty:hardship", "帮扶困难职工是工会维护职能的重点，上级工会通常要求建档立卡、动态管理，材料中要写清帮扶的做法或成效。"),
    rule("duty:membership", "发展会员、管好会籍是工会组织建设的基础：新入职的人员要及时入会，调动的人员要办理会籍转移。"),
    rule("duty:teachers", "庆祝教师节、开展师德建设是学校工会每年都有的工作，不写会显得与学校实际脱节。"),
    rule("duty:competition", "劳动竞赛和技能比武是企业工会服务生产经营、提升职工技能的主要抓手，也是上级工会考核企业工会的重点。"),
    rule("duty:medical", "医师节、护士节的慰问和医德医风建设是医疗卫生单位工会的特色工作，写进去才能体现行业特点。"),
    rule("figures", "总结要用数字说话：参加人数、慰问户数、发放金额、活动场次等，能让成绩一目了然，也便于和往年比较。请补上可以核实的数据。"),
    rule("halfwidth-punct", "公文正文中的标点应使用全角。用英文输入法打字或从网页、英文文档复制时，逗号、分号、冒号、问号、叹号和括号常是半角的，夹在汉字中间显得局促、不规范。预览和导出已按全角排印，但原稿仍是半角，复制原文到别处时会带出去；点“一键改为全角”可以一次改好全文，改后仍可撤销。数字、时间、网址和英文里的标点不会改动。"),
    rule("issuance:issuer", "按文件印发时，版头第一行是红色的发文机关标志（发文机关全称或规范化简称，可加“文件”二字），读者据此认出这是哪个机关的正式文件。"),
    rule("issuance:number", "发文字号由发文机关代字、年份和发文顺序号组成，是文件登记、引用和查找的依据；没有文号的文件不便归档，也无法被其他文件引用。"),
    case("issuance:number", "year", "发文字号的年份要写全称，并用六角括号“〔〕”括起来，如“某工发〔2027〕1号”。用方括号、圆括号录入的会自动改为六角括号，但缺了年份就只能补上。"),
    case("issuance:number", "mismatch", "发文字号中的年份一般就是签发、印发的年份。两者不一致，多半是沿用了旧文件的文号，请核对。"),
    rule("issuance:signer", "上报上级机关的文件（上行文）要在版头标注签发人，表明由谁审核签发；选择了上行文却没有姓名，版头会缺这一项。"),
    rule("issuance:attachments", "附件说明列出随文印发的附件名称和顺序，读者据此核对附件是否齐全；名称空着的附件不会列出，正文说“见附件”却没有附件说明，读者会找不到附件。"),
    case("issuance:attachments", "mentioned", "正文提到附件时，要在正文之后用附件说明写明附件名称（如“附件：1. 名单”），否则读者不知道附件是什么、有几个。如果附件已经删去，请同时删去正文里的“见附件”。"),
    rule("issuance:printer", "版记中的印发机关一般是发文机关的办公室（如“某某市总工会办公室”），表明由谁负责印制分发，是文件管理的必备项目。"),
    rule("issuance:print-date", "印发日期是文件送印的日期，写在版记右侧，用阿拉伯数字写全年月日（如“2027年1月10日印发”），和成文日期一起记录文件的办理过程。"),
    rule("issuance:input", "发文信息里的文字会原样印在版头和版记上。网页标记、控制字符、损坏的字符多半来自复制粘贴，印出来会是乱码或被删去；过长的名称会挤满整行。请按要印出的样子改正。"),
    rule("task:lead", "任务分解表要写明每项任务由哪个部门牵头，月度例会逐项检查时才找得到人；没有牵头部门的任务容易无人负责。"),
    rule("task:owner", "责任人是任务落实到人的依据，年底对照分解表检查完成情况时，要能问到具体的人。"),
    rule("task:due", "完成时限应落在计划年度内，超出年度的时限多半是沿用旧表时没有改年份，检查时也无从对照。"),
    rule("task:summary", "对照任务分解表写总结时，要交代各项任务由哪个部门、哪位负责人完成，读者才能看出分工落实的情况。"),
    rule("previous:same", "新年度的材料要写新一年的形势、任务和举措。整段照搬上年的原文，说明这部分没有结合今年的实际重新思考，熟悉情况的领导和职工一眼就能认出来。请按今年的实际改写，或删去已经过时的内容。"),
    rule("previous:unchanged", "超过三分之一的文字与上年一字不差，读者会认为这是把去年的材料改了年份重新印发：既看不出今年的新任务、新要求，也说明去年的问题没有被认真对待。上级工会检查时对此格外敏感。请至少重写指导思想、工作目标和主要工作中已经过时的部分。"),
    rule("previous:year", "从上年的材料改写时，正文里的年份最容易漏改：“2026年”写在新一年的计划里，读者会以为说的是去年的事，或看出是照抄的旧稿。如果确实在回顾上年工作，可以保留。"),
    rule("previous:holiday-date", "春节、元宵、端午、中秋、重阳是农历节日，每年的公历日期都不同。照抄上年的日期，活动就会安排在错误的日子，发出的通知也会误导职工。请按今年的日历改正（活动安排里每月会显示当年的节日）。"),
    rule("previous:dropped", "上年没有完成的工作，今年要么继续推进，要么说明取消或调整的原因。在新计划里悄无声息地消失，上级检查和职工代表询问时就交代不清。请把它写进今年的主要工作或活动安排，或在存在问题中说明。"),
    rule("long-paragraph", "一段超过四百字，在公文版面上要占大半页，读者很难抓住重点。建议按意思拆成几段，或提炼出小标题分条写。"),
];

/// The rule a finding id belongs to (the longest registered key it starts with).
fn rule_of(id: &str) -> String {
    if let Some(rest) = id.strip_prefix("next:") {
        return format!("next:{}", rule_of(rest));
    }
    REGISTRY
        .iter()
        .filter(|r| r.case.is_empty())
        .map(|r| r.id)
        .filter(|k| id == *k || (id.starts_with(*k) && id[k.len()..].starts_with(':')))
        .max_by_key(|k| k.len())
        .map(|k| k.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// Why a finding matters: the registry text of its rule, for `case` ("" for
/// the rule itself).
fn why(id: &str, case: &str) -> &'static str {
    let rule = rule_of(id);
    let key = rule.trim_start_matches("next:");
    let found = REGISTRY.iter().find(|r| r.id == key && r.case == case);
    debug_assert!(found.is_some(), "{id} ({case}) is not in REGISTRY");
    found.map_or("", |r| r.why)
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

// ---------------------------------------------------------------------------
// Running the rules.

/// The rule families, in the order they run. Findings are then sorted by
/// place; findings at the same place keep this order.
const FAMILIES: &[fn(&mut Checker, &Doc)] = &[
    structure::basics,
    structure::parts,
    schedule::months,
    headings::run,
    schedule::entries,
    placeholders::run,
    repeats::run,
    years::run,
    duties::run,
    figures::run,
    paragraphs::run,
    punctuation::run,
    issuance::run,
    tasks::run,
    previous_year::run,
];

/// Checks a document. Findings are ordered by step (`Step::ALL` order), then
/// by document order.
pub fn check(plan: &Plan) -> Vec<Finding> {
    check_with(plan, None)
}

/// `check`, and when `previous` (last year's document) is given, the
/// `previous:*` rules against it (`previous_year.rs`).
pub fn check_with(plan: &Plan, previous: Option<&Plan>) -> Vec<Finding> {
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
    let doc = Doc {
        plan,
        next,
        fields: collect_fields(plan, next),
        previous,
    };
    let mut c = Checker { out: Vec::new() };
    for family in FAMILIES {
        family(&mut c, &doc);
    }

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

/// What the families read: the document, next year's plan of a
/// 总结暨明年计划 (empty when not written yet), and every field.
struct Doc<'a> {
    plan: &'a Plan,
    next: Option<&'a Plan>,
    fields: Vec<Field<'a>>,
    /// Last year's document, for the `previous:*` rules.
    previous: Option<&'a Plan>,
}

impl<'a> Doc<'a> {
    /// The document and, for a 总结暨明年计划, next year's plan (`true`).
    fn parts(&self) -> Vec<(&'a Plan, bool)> {
        std::iter::once((self.plan, false))
            .chain(self.next.map(|n| (n, true)))
            .collect()
    }

    /// The part checked as a plan: the document itself (计划, 工作要点) or
    /// next year's plan of a 总结暨明年计划 (`true`); none for a summary.
    fn plan_part(&self) -> Option<(&'a Plan, bool)> {
        match self.plan.kind {
            Kind::Plan | Kind::KeyPoints => Some((self.plan, false)),
            Kind::Summary => None,
            Kind::SummaryAndPlan => self.next.map(|n| (n, true)),
        }
    }
}

/// Collects the findings.
struct Checker {
    out: Vec<Finding>,
}

impl Checker {
    /// A finding whose `why` is its rule's registry text.
    fn push(
        &mut self,
        id: impl Into<String>,
        level: Level,
        message: impl Into<String>,
        target: Target,
    ) {
        self.push_case(id, "", level, message, target);
    }

    /// A finding whose `why` is the registry text for `case` of its rule.
    fn push_case(
        &mut self,
        id: impl Into<String>,
        case: &str,
        level: Level,
        message: impl Into<String>,
        target: Target,
    ) {
        let id = id.into();
        let why = why(&id, case).to_string();
        self.out.push(Finding {
            id,
            level,
            message: message.into(),
            why,
            target,
            fix: None,
        });
    }

    /// A finding with a one-click fix.
    fn push_fix(
        &mut self,
        id: impl Into<String>,
        level: Level,
        message: impl Into<String>,
        target: Target,
        fix: Fix,
    ) {
        self.push(id, level, message, target);
        if let Some(f) = self.out.last_mut() {
            f.fix = Some(fix);
        }
    }

    /// The rule's `Ok`.
    fn ok(&mut self, id: &str, message: impl Into<String>, target: Target) {
        self.push(id, Level::Ok, message, target);
    }
}

#[cfg(test)]
mod tests;
