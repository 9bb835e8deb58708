//! Importing an existing plan or summary: plain text (pasted, .txt, .md),
//! a Word .docx, or a plan JSON this tool exported, turned into a `Plan`.
//!
//! The text parser works line by line: title at the top, signature at the
//! end, numbered headings in the forms offices really use (`一、` `(一)`
//! `1、` `(1)` `①` …, levels assigned per document by which forms occur),
//! the named parts (指导思想, 工作目标, 落实措施, 存在问题, 活动安排) into
//! their fields, month headings into the schedule, and next year's plan of a
//! combined summary into `next`. Numbering is never stored (it is derived
//! when rendering), so labels and month headings are consumed; every other
//! character of the input ends up somewhere in the plan.

mod docx;
mod lines;
#[cfg(test)]
mod tests;

use super::model::{DateStyle, Item, Kind, LoadError, Plan, ScheduleEntry, Section, Signature};
use super::numbering::month_name;
use lines::{
    char_len, find_placeholder_year, find_year, fold, has_sentence_punct, is_page_number,
    norm_heading, parse_date, parse_label, parse_month_line, split_heading, trim,
};

pub use docx::docx_to_text;

/// The imported document and what the importer found.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub plan: Plan,
    pub report: Report,
}

/// What the importer recognised, for the import preview.
#[derive(Default, Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Report {
    /// The title line(s) as found at the top (empty: no title).
    pub title_lines: Vec<String>,
    /// True when the kind was read from the title or the content, false
    /// when the importer fell back to 工作计划.
    pub kind_detected: bool,
    /// Level-1 headings as found (without their numbers), including the
    /// named parts that went into their own fields.
    pub sections: Vec<String>,
    /// The months of each schedule entry, in document order.
    pub schedule: Vec<Vec<u8>>,
    /// Signature: organisation, ISO date.
    pub signature: Option<(String, Option<String>)>,
    /// Notes for the user, in Chinese.
    pub notes: Vec<String>,
}

/// Why a file could not be imported. `Display` says, in Chinese, what
/// happened and what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// No text at all.
    Empty,
    /// A text file that is not UTF-8 (the browser shell then decodes it as
    /// GB18030 and calls `import_text`).
    NotUtf8,
    /// A .docx that could not be read; the detail is for the message.
    BadDocx(String),
    /// A .json that is not a plan of this tool.
    BadJson(LoadError),
    /// A file type the importer cannot read (the extension, e.g. ".doc").
    Unsupported(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(f, "文件里没有读到任何文字。请确认选对了文件，或者直接把原文复制粘贴进来。"),
            ImportError::NotUtf8 => write!(
                f,
                "无法识别这个文本文件的编码。请用记事本或 WPS 打开后“另存为”UTF-8 编码再导入，或者直接把原文复制粘贴进来。"
            ),
            ImportError::BadDocx(d) => write!(
                f,
                "这个 Word 文件读取失败（{d}）。请用 Word 或 WPS 打开后另存为 .docx 再试，或者直接把全文复制粘贴进来。"
            ),
            ImportError::BadJson(e) => write!(f, "{e}"),
            ImportError::Unsupported(ext) => {
                let e = ext.trim_start_matches('.').to_ascii_lowercase();
                match e.as_str() {
                    "doc" | "wps" => write!(
                        f,
                        "暂时读不了旧版 Word/WPS 文件（{ext}）。请在 Word 或 WPS 中“另存为”.docx 格式再导入，或者直接把全文复制粘贴进来。"
                    ),
                    _ => write!(
                        f,
                        "暂不支持导入 {ext} 文件。请导入 .docx、.txt 或本工具导出的 .json 文件，或者直接把全文复制粘贴进来。"
                    ),
                }
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Imports a file by its extension: `.json` (a plan this tool exported),
/// `.docx`, and anything else as UTF-8 text (a UTF-8 BOM is skipped; text
/// with a UTF-16 BOM is decoded too).
pub fn import_bytes(bytes: &[u8], file_name: &str) -> Result<Imported, ImportError> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let is_ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    match ext.as_str() {
        "json" => {
            let text = decode_text(bytes)?;
            if trim(&text).is_empty() {
                return Err(ImportError::Empty);
            }
            let plan = Plan::from_json(&text).map_err(ImportError::BadJson)?;
            let report = report_of_plan(&plan);
            Ok(Imported { plan, report })
        }
        "docx" | "docm" | "dotx" | "dotm" | "wps" | "doc" if is_zip => from_docx(bytes),
        "docx" | "docm" | "dotx" | "dotm" if is_ole => Err(ImportError::Unsupported(".doc".into())),
        "docx" | "docm" | "dotx" | "dotm" => from_docx(bytes),
        "doc" | "wps" | "pdf" | "xls" | "xlsx" | "et" | "ppt" | "pptx" | "dps" | "odt" | "rtf"
        | "zip" | "rar" | "7z" | "png" | "jpg" | "jpeg" | "gif" | "bmp" | "webp" => {
            Err(ImportError::Unsupported(format!(".{ext}")))
        }
        _ if is_zip => from_docx(bytes),
        _ if is_ole => Err(ImportError::Unsupported(".doc".into())),
        _ if bytes.starts_with(b"{\\rtf") => Err(ImportError::Unsupported(".rtf".into())),
        _ => {
            let text = decode_text(bytes)?;
            if trim(&text).is_empty() {
                return Err(ImportError::Empty);
            }
            Ok(import_text(&text))
        }
    }
}

fn from_docx(bytes: &[u8]) -> Result<Imported, ImportError> {
    let text = docx_to_text(bytes)?;
    if trim(&text).is_empty() {
        return Err(ImportError::Empty);
    }
    let mut imported = import_text(&text);
    imported
        .report
        .notes
        .push("Word 自动生成的编号读不出来，只保留了文字；如果原文的标题用的是自动编号，请核对各级标题是否归对了位置。".into());
    Ok(imported)
}

/// UTF-8 (BOM skipped), or UTF-16 with a BOM; anything else is `NotUtf8`.
fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).map_err(|_| ImportError::NotUtf8);
    }
    let utf16 = |rest: &[u8], le: bool| -> Result<String, ImportError> {
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| ImportError::NotUtf8)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| ImportError::NotUtf8)
}

fn report_of_plan(plan: &Plan) -> Report {
    Report {
        title_lines: plan
            .title
            .lines()
            .map(|l| trim(l).to_string())
            .filter(|l| !l.is_empty())
            .collect(),
        kind_detected: true,
        sections: plan.sections.iter().map(|s| s.heading.clone()).collect(),
        schedule: plan.schedule.iter().map(|e| e.months.clone()).collect(),
        signature: if plan.signature.organization.trim().is_empty() && plan.signature.date.is_none()
        {
            None
        } else {
            Some((
                plan.signature.organization.clone(),
                plan.signature.date.clone(),
            ))
        },
        notes: vec!["已读取本工具导出的文件，内容原样载入。".into()],
    }
}

/// Parses a plan or summary text. Never panics; every non-blank character
/// is kept except page-number lines and what numbering derives again
/// (labels, month headings, the names of the standard parts, the date).
pub fn import_text(text: &str) -> Imported {
    import_traced(text).0
}

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
    /// Markdown heading marks (`## `).
    Markup,
    /// The name of a standard part (指导思想, 活动安排 …).
    Keyword,
    /// The signature date (kept as ISO).
    Date,
}

#[derive(Default)]
struct Ctx {
    dropped: Vec<(Dropped, String)>,
    unplaced: usize,
}

impl Ctx {
    fn drop(&mut self, what: Dropped, s: &str) {
        if !trim(s).is_empty() {
            self.dropped.push((what, s.to_string()));
        }
    }
}

// ---------------------------------------------------------------- keywords

const TITLE_ENDINGS: [&str; 7] = ["计划", "总结", "要点", "思路", "打算", "设想", "安排"];
const GUIDING_KW: [&str; 8] = [
    "指导思想",
    "总的要求",
    "总体要求",
    "总体思路",
    "总的思路",
    "工作思路",
    "基本思路",
    "指导原则",
];
const GOALS_KW: [&str; 6] = [
    "工作目标",
    "目标任务",
    "总体目标",
    "主要目标",
    "奋斗目标",
    "目标要求",
];
const MEASURES_KW: [&str; 7] = [
    "落实措施",
    "保障措施",
    "工作措施",
    "主要措施",
    "具体措施",
    "保证措施",
    "措施保障",
];
const PROBLEMS_KW: [&str; 10] = [
    "存在问题",
    "存在的问题",
    "问题和不足",
    "问题与不足",
    "不足之处",
    "存在的不足",
    "存在不足",
    "困难和问题",
    "问题和困难",
    "不足和问题",
];
const SCHEDULE_KW: [&str; 9] = [
    "活动安排",
    "工作安排",
    "月份安排",
    "工作行事历",
    "行事历",
    "具体安排",
    "日程安排",
    "工作日程",
    "工作月历",
];
const CONTAINER_KW: [&str; 14] = [
    "主要工作",
    "重点工作",
    "工作重点",
    "工作内容",
    "主要任务",
    "工作任务",
    "具体工作",
    "重点任务",
    "主要做法",
    "主要成绩",
    "工作成效",
    "工作回顾",
    "完成情况",
    "取得的成绩",
];
const NEXT_MARKERS: [&str; 10] = [
    "明年",
    "下一年",
    "下年度",
    "来年",
    "新的一年",
    "新一年",
    "下一步",
    "今后",
    "下阶段",
    "下一阶段",
];
const NEXT_ENDINGS: [&str; 10] = [
    "计划", "打算", "思路", "要点", "设想", "安排", "重点", "目标", "任务", "工作",
];
const PLAN_ENDINGS: [&str; 5] = ["计划", "打算", "思路", "要点", "设想"];
const ORG_ENDINGS: [&str; 40] = [
    "工会",
    "委员会",
    "联合会",
    "协会",
    "分会",
    "学校",
    "小学",
    "中学",
    "大学",
    "学院",
    "幼儿园",
    "公司",
    "集团",
    "医院",
    "卫生院",
    "局",
    "厅",
    "委",
    "办",
    "中心",
    "部",
    "处",
    "院",
    "所",
    "站",
    "社区",
    "街道",
    "机关",
    "厂",
    "队",
    "室",
    "组",
    "科",
    "馆",
    "矿",
    "校",
    "园",
    "办事处",
    "政府",
    "分公司",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Special {
    Guiding,
    Goals,
    Measures,
    Problems,
    Schedule,
}

/// Which standard part a heading names, if it is short enough to be just
/// that name (指导思想, 二〇二五年工作目标, 存在的问题和不足 …).
fn special_of(heading: &str) -> Option<Special> {
    let n = norm_heading(heading);
    if n.is_empty() || has_sentence_punct(&n) {
        return None;
    }
    let len = char_len(&n);
    let lists: [(&[&str], Special); 5] = [
        (&PROBLEMS_KW, Special::Problems),
        (&SCHEDULE_KW, Special::Schedule),
        (&GUIDING_KW, Special::Guiding),
        (&GOALS_KW, Special::Goals),
        (&MEASURES_KW, Special::Measures),
    ];
    for (kws, sp) in lists {
        if kws.iter().any(|k| n.contains(k) && len <= char_len(k) + 6) {
            return Some(sp);
        }
    }
    None
}

/// A plain line that introduces a schedule: `活动安排:` `具体安排如下:`.
fn is_schedule_label(line: &str) -> bool {
    let n = norm_heading(line);
    !has_sentence_punct(&n)
        && SCHEDULE_KW
            .iter()
            .any(|k| n.ends_with(k) && char_len(&n) <= char_len(k) + 4)
}

/// A consumed heading or label names a standard part (used by the tests
/// to check that only such names are consumed).
#[cfg(test)]
pub(crate) fn is_part_name(s: &str) -> bool {
    special_of(s).is_some()
        || is_schedule_label(s)
        || is_container(s)
        || SCHEDULE_KW.iter().any(|k| norm_heading(s).contains(k))
}

fn is_container(heading: &str) -> bool {
    let n = norm_heading(heading);
    !has_sentence_punct(&n)
        && CONTAINER_KW
            .iter()
            .any(|k| (n.starts_with(k) || n.ends_with(k)) && char_len(&n) <= char_len(k) + 6)
}

fn title_ending(line: &str) -> bool {
    let mut n = norm_heading(line);
    // 某某工会2025年工作计划(草案)
    if n.ends_with([')', lines::FW_RPAREN]) {
        if let Some(k) = n.rfind(['(', lines::FW_LPAREN]) {
            n.truncate(k);
        }
    }
    TITLE_ENDINGS.iter().any(|e| n.ends_with(e))
}

/// The heading of next year's part of a combined summary.
fn is_next_heading(h: &str, base_year: Option<i32>, numbered: bool) -> bool {
    let n = norm_heading(h);
    if n.is_empty() || char_len(&n) > 24 || has_sentence_punct(&n) {
        return false;
    }
    let marker = NEXT_MARKERS.iter().any(|m| n.contains(m)) || n.starts_with('暨');
    let year_marker = find_year(&n).is_some_and(|(y, _, _)| base_year.is_none_or(|b| y > b));
    let plan_end = PLAN_ENDINGS.iter().any(|e| n.ends_with(e));
    let any_end = NEXT_ENDINGS.iter().any(|e| n.ends_with(e));
    if marker {
        if numbered {
            any_end
        } else {
            plan_end
        }
    } else if year_marker {
        // a year alone is a weaker sign: only a plan word ends the summary
        plan_end && (base_year.is_some() || !n.contains("总结"))
    } else {
        false
    }
}

fn looks_like_org(line: &str) -> bool {
    let l = trim(line);
    let n = char_len(l);
    (2..=30).contains(&n)
        && !has_sentence_punct(l)
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
        && special_of(l).is_none()
        && !ACTION_STARTS.iter().any(|v| l.starts_with(v))
        && (ORG_ENDINGS.iter().any(|e| l.ends_with(e)) || l.contains("工会"))
}

/// Verbs an activity line starts with (召开工会委员会 is an activity, not a
/// signature).
const ACTION_STARTS: [&str; 24] = [
    "召开", "开展", "组织", "举办", "举行", "成立", "做好", "加强", "慰问", "评选", "参加", "完成",
    "推进", "落实", "建立", "筹备", "制定", "迎接", "协助", "庆祝", "配合", "走访", "选举", "健全",
];

// ------------------------------------------------------------------ tokens

#[derive(Debug)]
enum Tok<'a> {
    Month {
        raw: &'a str,
        head: &'a str,
        months: Vec<u8>,
        rest: &'a str,
    },
    Head {
        raw: &'a str,
        label: &'a str,
        rank: u8,
        text: &'a str,
    },
    Plain(&'a str),
}

impl<'a> Tok<'a> {
    fn of(line: &'a str) -> Tok<'a> {
        if let Some(m) = parse_month_line(line) {
            let head_len = m.head_len.min(line.len());
            if line.is_char_boundary(head_len) {
                return Tok::Month {
                    raw: line,
                    head: &line[..head_len],
                    months: m.months,
                    rest: trim(&line[head_len..]),
                };
            }
        }
        if let Some((rank, len)) = parse_label(line) {
            if line.is_char_boundary(len) {
                return Tok::Head {
                    raw: line,
                    label: &line[..len],
                    rank,
                    text: trim(&line[len..]),
                };
            }
        }
        Tok::Plain(line)
    }

    fn raw(&self) -> &'a str {
        match self {
            Tok::Month { raw, .. } | Tok::Head { raw, .. } => raw,
            Tok::Plain(l) => l,
        }
    }

    fn rank(&self) -> Option<u8> {
        match self {
            Tok::Head { rank, .. } => Some(*rank),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Normal,
    /// The label or heading that opens a schedule (consumed).
    Open,
    /// Inside a schedule: month headings and activities.
    In,
}

/// Marks schedule regions: from a schedule label followed by a month
/// heading (or, without a label, from the first month heading when the part
/// has two or more), up to the next heading of the rank that encloses it.
fn schedule_roles(toks: &[Tok]) -> Vec<Role> {
    let n = toks.len();
    let mut roles = vec![Role::Normal; n];
    let is_label = |t: &Tok| match t {
        Tok::Plain(l) => is_schedule_label(l),
        Tok::Head { text, .. } => special_of(split_heading(text).0) == Some(Special::Schedule),
        Tok::Month { .. } => false,
    };
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
    let labelled = (0..n).any(|i| is_label(&toks[i]) && month_soon(i));
    let mut i = 0;
    while i < n {
        let opener = if is_label(&toks[i]) && month_soon(i) {
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
        let end_rank = match toks[i].rank() {
            Some(r) => r,
            None => (0..i)
                .filter(|k| roles[*k] == Role::Normal)
                .filter_map(|k| toks[k].rank())
                .min()
                .unwrap_or(2),
        };
        roles[i] = role;
        let mut j = i + 1;
        while j < n {
            if let Some(r) = toks[j].rank() {
                if r <= end_rank {
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

/// Level (1..=4) of each rank used outside schedules, by order of rank.
fn level_map(toks: &[Tok], roles: &[Role]) -> [u8; 7] {
    let mut used = [false; 7];
    for (t, r) in toks.iter().zip(roles) {
        if let (Some(rank), Role::Normal | Role::Open) = (t.rank(), r) {
            if let Some(u) = used.get_mut(rank as usize) {
                *u = true;
            }
        }
    }
    let mut map = [4u8; 7];
    let mut level = 1u8;
    for (rank, u) in used.iter().enumerate() {
        if *u {
            map[rank] = level.min(4);
            level += 1;
        }
    }
    map
}

// ------------------------------------------------------------------- parts

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Opening,
    Section,
    Special(Special),
}

#[derive(Default)]
struct Part {
    guiding: String,
    goals: String,
    measures: String,
    problems: String,
    sections: Vec<Section>,
    schedule: Vec<ScheduleEntry>,
    /// Level-1 headings as found.
    found: Vec<String>,
    /// Named parts found under their own headings.
    specials: Vec<Special>,
    /// (container heading, items promoted to priorities)
    promoted: Vec<(String, usize)>,
    any_heading: bool,
}

fn push_para(field: &mut String, s: &str) {
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

    /// Appends a paragraph to the body that is open: the deepest item of
    /// the last section, the section, a named part, or the opening.
    fn append(&mut self, target: Target, chain: &[u8], s: &str) {
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
}

fn parse_part(toks: &[Tok], ctx: &mut Ctx) -> Part {
    let roles = schedule_roles(toks);
    let levels = level_map(toks, &roles);
    let mut part = Part::default();
    let mut target = Target::Opening;
    let mut chain: Vec<u8> = Vec::new();
    let mut region_entries = 0usize;
    for (i, tok) in toks.iter().enumerate() {
        let role = roles[i];
        if role != Role::Normal && (role == Role::Open || i == 0 || roles[i - 1] == Role::Normal) {
            region_entries = 0;
        }
        match role {
            Role::Open => match tok {
                Tok::Head {
                    label, rank, text, ..
                } => {
                    part.any_heading = true;
                    let (h, rest) = split_heading(text);
                    if levels[*rank as usize] == 1 {
                        part.found.push(h.to_string());
                    }
                    ctx.drop(Dropped::Label, label);
                    ctx.drop(Dropped::Keyword, h);
                    if !rest.is_empty() {
                        // 五、活动安排:二月…
                        if let Some(m) =
                            parse_month_line(rest).filter(|m| rest.is_char_boundary(m.head_len))
                        {
                            ctx.drop(Dropped::Months, &rest[..m.head_len]);
                            let mut e = ScheduleEntry {
                                months: m.months,
                                ..Default::default()
                            };
                            push_activity(&mut e, &rest[m.head_len..], ctx);
                            part.schedule.push(e);
                            region_entries += 1;
                        } else {
                            ctx.unplaced += 1;
                            part.append(target, &chain, rest);
                        }
                    }
                }
                _ => ctx.drop(Dropped::Keyword, tok.raw()),
            },
            Role::In => match tok {
                Tok::Month {
                    head, months, rest, ..
                } => {
                    ctx.drop(Dropped::Months, head);
                    let mut e = ScheduleEntry {
                        months: months.clone(),
                        ..Default::default()
                    };
                    push_activity(&mut e, rest, ctx);
                    part.schedule.push(e);
                    region_entries += 1;
                }
                Tok::Head {
                    raw, label, text, ..
                } => {
                    if region_entries > 0 {
                        if let Some(e) = part.schedule.last_mut() {
                            ctx.drop(Dropped::Label, label);
                            e.activities.push(text.to_string());
                            continue;
                        }
                    }
                    ctx.unplaced += 1;
                    part.append(target, &chain, raw);
                }
                Tok::Plain(l) => {
                    if region_entries > 0 {
                        if let Some(e) = part.schedule.last_mut() {
                            e.activities.push(l.to_string());
                            continue;
                        }
                    }
                    ctx.unplaced += 1;
                    part.append(target, &chain, l);
                }
            },
            Role::Normal => match tok {
                Tok::Head {
                    raw,
                    label,
                    rank,
                    text,
                } => {
                    part.any_heading = true;
                    let level = levels[*rank as usize];
                    if level == 1 {
                        let (h, rest) = split_heading(text);
                        part.found.push(h.to_string());
                        ctx.drop(Dropped::Label, label);
                        chain.clear();
                        match special_of(h).filter(|s| *s != Special::Schedule) {
                            Some(sp) => {
                                ctx.drop(Dropped::Keyword, h);
                                part.specials.push(sp);
                                target = Target::Special(sp);
                                push_para(part.field(sp), rest);
                            }
                            None => {
                                part.sections.push(Section {
                                    heading: h.to_string(),
                                    body: rest.to_string(),
                                    ..Default::default()
                                });
                                target = Target::Section;
                            }
                        }
                    } else if target == Target::Section {
                        let (h, rest) = split_heading(text);
                        ctx.drop(Dropped::Label, label);
                        let item = Item {
                            heading: h.to_string(),
                            text: rest.to_string(),
                            ..Default::default()
                        };
                        part.insert_item(&mut chain, level, item);
                    } else {
                        // a numbered line in the opening or in a named part:
                        // those are plain text fields, so keep it as written
                        part.append(target, &chain, raw);
                    }
                }
                other => part.append(target, &chain, other.raw()),
            },
        }
    }
    promote_containers(&mut part, ctx);
    part
}

/// Strips an activity's own numbering (`1、` `(1)` …): numbering is derived.
fn push_activity(e: &mut ScheduleEntry, s: &str, ctx: &mut Ctx) {
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

/// `三、主要工作` holding only numbered sub-items: those are the priorities.
fn promote_containers(part: &mut Part, ctx: &mut Ctx) {
    let mut out = Vec::with_capacity(part.sections.len());
    for s in std::mem::take(&mut part.sections) {
        if is_container(&s.heading) && trim(&s.body).is_empty() && !s.items.is_empty() {
            ctx.drop(Dropped::Keyword, &s.heading);
            part.promoted.push((s.heading.clone(), s.items.len()));
            for it in s.items {
                out.push(Section {
                    heading: it.heading,
                    body: it.text,
                    items: it.items,
                    track: it.track,
                });
            }
        } else {
            out.push(s);
        }
    }
    part.sections = out;
}

impl Part {
    fn into_plan(self, plan: &mut Plan) {
        plan.guiding = self.guiding;
        plan.goals = self.goals;
        plan.measures = self.measures;
        plan.problems = self.problems;
        plan.sections = self.sections;
        plan.schedule = self.schedule;
        if let Some(first) = plan.schedule.iter().find_map(|e| e.months.first().copied()) {
            plan.period.start_month = first;
        }
    }
}

// -------------------------------------------------------------- whole text

/// Lines of the text, trimmed, blank ones left out.
fn split_lines(text: &str) -> Vec<&str> {
    text.split([
        '\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{0b}', '\u{0c}',
    ])
    .map(trim)
    .filter(|l| !l.is_empty())
    .collect()
}

fn title_like(l: &str) -> bool {
    char_len(l) <= 60
        && !has_sentence_punct(l)
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
}

/// How many of the first lines are the title (0, 1 or 2).
fn detect_title(lines: &[&str]) -> usize {
    let Some(l0) = lines.first() else { return 0 };
    let l1 = lines.get(1).copied().filter(|l| title_like(l));
    if !title_like(l0) || special_of(l0).is_some() {
        return 0;
    }
    if title_ending(l0) {
        if let Some(l1) = l1 {
            if l1.starts_with('暨')
                || l1.starts_with("——")
                || l1.starts_with('—') && char_len(l1) > 2
            {
                return 2;
            }
        }
        return 1;
    }
    if char_len(l0) <= 30 {
        if let Some(l1) = l1 {
            if title_ending(l1) && special_of(l1).is_none() {
                return 2;
            }
        }
    }
    0
}

struct SignatureFound {
    /// Lines used from the end (1 or 2).
    lines: usize,
    organization: String,
    date: String,
    chinese: bool,
}

fn detect_signature(lines: &[&str], ctx: &mut Ctx) -> Option<SignatureFound> {
    let last = *lines.last()?;
    if let Some((d, chinese)) = parse_date(last) {
        let org_line = lines
            .len()
            .checked_sub(2)
            .and_then(|k| lines.get(k))
            .filter(|l| looks_like_org(l));
        ctx.drop(Dropped::Date, last);
        return Some(SignatureFound {
            lines: if org_line.is_some() { 2 } else { 1 },
            organization: org_line.map(|l| l.to_string()).unwrap_or_default(),
            date: crate::core::dates::iso(d),
            chinese,
        });
    }
    // "某某工会 2025年12月20日" on one line
    if char_len(last) > 50 {
        return None;
    }
    for (i, _) in last.char_indices().skip(1) {
        let (org, date) = last.split_at(i);
        let org_t = trim(org);
        if org_t.is_empty() || !looks_like_org(org_t) {
            continue;
        }
        let separated = org.len() != org.trim_end_matches(lines::is_space).len();
        let org_end_ok = separated || ORG_ENDINGS.iter().any(|e| org_t.ends_with(e));
        if !org_end_ok {
            continue;
        }
        if let Some((d, chinese)) = parse_date(date) {
            ctx.drop(Dropped::Date, date);
            return Some(SignatureFound {
                lines: 1,
                organization: org_t.to_string(),
                date: crate::core::dates::iso(d),
                chinese,
            });
        }
    }
    None
}

fn kind_from_title(t: &str) -> Option<Kind> {
    let f = fold(t);
    if let Some(p) = f.find("总结") {
        let after = &f[p..];
        if f.contains('暨')
            || PLAN_ENDINGS
                .iter()
                .chain(["要点"].iter())
                .any(|w| after.contains(w))
        {
            return Some(Kind::SummaryAndPlan);
        }
        return Some(Kind::Summary);
    }
    if f.contains("要点") {
        return Some(Kind::KeyPoints);
    }
    if ["计划", "思路", "打算", "设想", "安排"]
        .iter()
        .any(|w| f.contains(w))
    {
        return Some(Kind::Plan);
    }
    None
}

/// Organisation from the title: the text before the year (or before the
/// placeholder year, or before the kind words when there is no year).
fn org_from_title(t: &str) -> String {
    let kind_words = [
        "年度工作",
        "工作计划",
        "工作总结",
        "工作要点",
        "工作思路",
        "工作打算",
        "工作设想",
        "工作安排",
    ];
    let year = find_year(t).map(|(_, s, e)| (s, e));
    let cut = year
        .map(|(s, _)| s)
        .or_else(|| find_placeholder_year(t))
        .or_else(|| {
            let f = fold(t);
            kind_words.iter().filter_map(|w| f.find(w)).min()
        });
    let Some(cut) = cut.filter(|c| t.is_char_boundary(*c)) else {
        return String::new();
    };
    let clean = |s: &str| -> String {
        let s = trim(s);
        let s = s.strip_prefix("关于").unwrap_or(s);
        let s = s.trim_end_matches([
            '(',
            lines::FW_LPAREN,
            '《',
            '“',
            ',',
            lines::FW_COMMA,
            '、',
            '-',
            '—',
        ]);
        trim(s).to_string()
    };
    let org = clean(&t[..cut]);
    if !org.is_empty() {
        return org;
    }
    // 2025年度实验小学工会工作计划: the name follows the year
    let Some((_, end)) = year else { return org };
    let after = t.get(end..).unwrap_or("");
    let after = trim(after);
    let after = ["学年度", "学年", "年度", "年"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    let stop = after
        .find("工作")
        .or_else(|| after.find("的"))
        .unwrap_or(after.len());
    let org = clean(after.get(..stop).unwrap_or(""));
    if org == "工会" || org.chars().count() < 2 {
        String::new()
    } else {
        org
    }
}

fn org_type_of(org: &str) -> &'static str {
    let has = |ws: &[&str]| ws.iter().any(|w| org.contains(w));
    if has(&[
        "学校",
        "小学",
        "中学",
        "大学",
        "学院",
        "幼儿园",
        "教育",
        "一中",
        "二中",
        "职校",
        "实验校",
    ]) {
        "school"
    } else if has(&["医院", "卫生", "疾控", "妇幼", "保健"]) {
        "medical"
    } else if has(&["街道", "社区", "乡镇", "镇总工会"]) {
        "community"
    } else if has(&["公司", "集团", "厂", "企业", "银行", "矿"]) {
        "enterprise"
    } else if has(&[
        "机关",
        "局",
        "委员会办公室",
        "政府",
        "人大",
        "政协",
        "法院",
        "检察院",
        "厅",
    ]) {
        "organ"
    } else if has(&["研究所", "研究院", "中心", "馆", "站"]) {
        "institution"
    } else {
        ""
    }
}

/// The parser with its trace of consumed text (for the property test).
pub(crate) fn import_traced(text: &str) -> (Imported, Vec<(Dropped, String)>) {
    let mut ctx = Ctx::default();
    let mut notes: Vec<String> = Vec::new();
    let mut all = split_lines(text);

    // Markdown heading marks: `## 一、加强建家`
    for l in all.iter_mut() {
        let hashes = l.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) {
            let rest = &l[hashes..];
            if rest.is_empty() || rest.starts_with(lines::is_space) {
                ctx.drop(Dropped::Markup, &l[..hashes]);
                *l = trim(rest);
            }
        }
    }
    all.retain(|l| !l.is_empty());

    // page numbers
    let before = all.len();
    all.retain(|l| {
        if is_page_number(l) {
            ctx.drop(Dropped::PageNumber, l);
            false
        } else {
            true
        }
    });
    let pages = before - all.len();

    // title
    let n_title = detect_title(&all);
    let title_lines: Vec<String> = all[..n_title].iter().map(|l| l.to_string()).collect();
    let body_lines = &all[n_title..];

    // signature
    let sig = detect_signature(body_lines, &mut ctx);
    let body_lines = &body_lines[..body_lines.len() - sig.as_ref().map_or(0, |s| s.lines)];

    let mut plan = Plan {
        title: title_lines.join("\n"),
        ..Plan::default()
    };
    let title_kind = kind_from_title(&plan.title);
    let title_flat: String = title_lines.concat();
    let title_year = find_year(&title_flat).map(|(y, _, _)| y);
    let placeholder_year = title_year.is_none() && find_placeholder_year(&title_flat).is_some();
    if let Some(y) = title_year {
        plan.year = y;
    }
    plan.organization = org_from_title(&title_flat);

    // tokens, and next year's part of a combined summary
    let toks: Vec<Tok> = body_lines.iter().map(|l| Tok::of(l)).collect();
    let may_have_next = !matches!(title_kind, Some(Kind::Plan) | Some(Kind::KeyPoints));
    let top_rank = toks.iter().filter_map(|t| t.rank()).min();
    let mut split_at: Option<usize> = None;
    if may_have_next {
        let mut heads_before = 0;
        for (i, t) in toks.iter().enumerate() {
            let hit = match t {
                Tok::Head { rank, text, .. } => {
                    let r = Some(*rank) == top_rank
                        && heads_before > 0
                        && is_next_heading(split_heading(text).0, title_year, true);
                    heads_before += 1;
                    r
                }
                Tok::Plain(l) => {
                    i > 0 && char_len(l) <= 30 && is_next_heading(l, title_year, false)
                }
                Tok::Month { .. } => false,
            };
            if hit {
                split_at = Some(i);
                break;
            }
        }
    }
    let (main_toks, next_toks) = match split_at {
        Some(k) => toks.split_at(k),
        None => (&toks[..], &toks[..0]),
    };

    let part = parse_part(main_toks, &mut ctx);
    let found = part.found.clone();
    let specials = part.specials.clone();
    let promoted = part.promoted.clone();
    let any_heading = part.any_heading;
    part.into_plan(&mut plan);

    // next year's part
    let mut next_plan: Option<Plan> = None;
    if let Some((head, rest)) = next_toks.split_first() {
        let mut next = Plan {
            kind: Kind::Plan,
            ..Plan::default()
        };
        let mut lead = "";
        match head {
            Tok::Head { label, text, .. } => {
                ctx.drop(Dropped::Label, label);
                let (h, r) = split_heading(text);
                next.title = h.to_string();
                lead = r;
            }
            other => next.title = other.raw().to_string(),
        }
        let np = parse_part(rest, &mut ctx);
        let n_sections = np.sections.len();
        let n_entries = np.schedule.len();
        np.into_plan(&mut next);
        if !lead.is_empty() {
            let g = std::mem::take(&mut next.guiding);
            push_para(&mut next.guiding, lead);
            push_para(&mut next.guiding, &g);
        }
        match find_year(&next.title) {
            Some((y, _, _)) => {
                next.year = y;
                if title_year.is_none() {
                    plan.year = y - 1;
                }
            }
            None => next.year = plan.year + 1,
        }
        let mut what = format!("{n_sections} 项主要工作");
        if n_entries > 0 {
            what.push_str(&format!("、{n_entries} 个月份的活动安排"));
        }
        notes.push(format!(
            "“{}”以下作为明年工作计划单独读入，共 {what}。",
            next.title
        ));
        next_plan = Some(next);
    }

    // kind
    let opening = fold(&plan.guiding);
    let summary_signal =
        opening.contains("如下") && ["总结", "汇报", "回顾"].iter().any(|w| opening.contains(w));
    let plan_signal = !plan.schedule.is_empty()
        || specials
            .iter()
            .any(|s| matches!(s, Special::Guiding | Special::Goals | Special::Measures))
        || GUIDING_KW.iter().any(|k| opening.contains(k));
    let (kind, kind_detected, basis) = if next_plan.is_some() {
        (
            Kind::SummaryAndPlan,
            true,
            if title_kind.is_some() {
                "标题"
            } else {
                "正文"
            },
        )
    } else if let Some(k) = title_kind {
        (k, true, "标题")
    } else if summary_signal {
        (Kind::Summary, true, "正文")
    } else if plan_signal {
        (Kind::Plan, true, "正文")
    } else {
        (Kind::Plan, false, "")
    };
    plan.kind = kind;
    if kind_detected {
        notes.insert(0, format!("根据{basis}判断为“{}”。", kind.label()));
    } else {
        notes.insert(
            0,
            "没能判断这是计划还是总结，暂按“工作计划”读入，请在“基本信息”里确认类型。".into(),
        );
    }
    if kind == Kind::SummaryAndPlan && next_plan.is_none() {
        notes.push("标题写明含有明年计划，但正文里没有找到这一部分，可以在明年计划里补写。".into());
    }
    if let Some(mut n) = next_plan {
        if title_year.is_none() && find_year(&n.title).is_none() {
            n.year = plan.year + 1;
        }
        plan.next = Some(Box::new(n));
    }

    // signature
    let mut report_sig = None;
    if let Some(s) = &sig {
        plan.signature = Signature {
            organization: s.organization.clone(),
            date: Some(s.date.clone()),
            date_style: if s.chinese {
                DateStyle::Chinese
            } else {
                DateStyle::Arabic
            },
        };
        report_sig = Some((s.organization.clone(), Some(s.date.clone())));
        if plan.organization.is_empty() {
            plan.organization = s.organization.clone();
        }
    }

    // year
    if title_lines.is_empty() {
        notes.push(
            "原文没有标题，导出时会按单位、年份和类型自动生成，可在“基本信息”里修改。".into(),
        );
    }
    if title_year.is_none()
        && plan
            .next
            .as_ref()
            .is_none_or(|n| find_year(&n.title).is_none())
    {
        let from_sig = sig.as_ref().and_then(|s| {
            let y: i32 = s.date.get(..4)?.parse().ok()?;
            let m: u32 = s.date.get(5..7)?.parse().ok()?;
            Some(match kind {
                Kind::Summary | Kind::SummaryAndPlan => {
                    if m >= 6 {
                        y
                    } else {
                        y - 1
                    }
                }
                _ => {
                    if m >= 10 {
                        y + 1
                    } else {
                        y
                    }
                }
            })
        });
        match from_sig {
            Some(y) => {
                plan.year = y;
                if let Some(n) = plan.next.as_mut() {
                    n.year = y + 1;
                }
                notes.push(format!("标题里没有年份，按落款日期推定为 {y} 年，请核对。"));
            }
            None if placeholder_year => notes.push(format!(
                "标题里的年份是占位写法（如“20xx”），年份暂定为 {} 年，请在“基本信息”里改正。",
                plan.year
            )),
            None => notes.push(format!(
                "没有找到年份，暂定为 {} 年，请在“基本信息”里改正。",
                plan.year
            )),
        }
    }
    plan.org_type = org_type_of(&plan.organization).to_string();

    // what else the user should know
    if pages > 0 {
        notes.push(format!("已去掉 {pages} 行页码。"));
    }
    if ctx.unplaced > 0 {
        notes.push(format!("{} 行无法归类，已并入上一段正文。", ctx.unplaced));
    }
    for (h, n) in &promoted {
        notes.push(format!("“{h}”下的 {n} 项已分别列为主要工作。"));
    }
    if !any_heading && !plan.guiding.is_empty() {
        notes.push("没有找到带编号的标题，全文暂放在开头部分，请按需要拆分成各项工作。".into());
    }
    if !plan.schedule.is_empty() {
        let s = plan.period.start();
        let span = if s == 1 {
            "一月至十二月".to_string()
        } else {
            format!(
                "{}至次年{}",
                month_name(s),
                month_name(if s == 1 { 12 } else { s - 1 })
            )
        };
        notes.push(format!(
            "活动安排共 {} 项，从{}开始，按{span}的顺序排列。",
            plan.schedule.len(),
            month_name(s)
        ));
    }

    // schema, month ranges, and an empty next part for a combined kind
    plan.normalize();
    let report = Report {
        title_lines,
        kind_detected,
        sections: found
            .iter()
            .map(|h| h.trim_end_matches([':', lines::FW_COLON]).to_string())
            .collect(),
        schedule: plan.schedule.iter().map(|e| e.months.clone()).collect(),
        signature: report_sig,
        notes,
    };
    (Imported { plan, report }, ctx.dropped)
}
