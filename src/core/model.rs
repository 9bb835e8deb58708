//! The document model: a plan, summary or both, as plain data.
//!
//! This is also the public JSON form (the "plan JSON" of the JS API): field
//! names are snake_case and are a contract. Add fields, never rename them.
//! Numbering is never stored: `一、` `(一)` `1.` `(1)` are derived when
//! rendering (see `numbering`).

use serde::Serialize;

mod duty;
pub use duty::*;
mod surrogates;
use surrogates::replace_lone_surrogates;
mod headings;
mod issuance;
pub use headings::{months_key, Headings};
pub use issuance::Issuance;
mod previous;
pub(crate) mod reader;
pub use previous::Previous;
mod shared;
pub use shared::Shared;

/// The schema this build writes. Loading a higher one is refused.
pub const SCHEMA: u32 = 1;

/// The deepest level of the priorities tree (一、 / (一) / 1. / (1)).
pub const MAX_DEPTH: usize = 4;

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 工作计划
    #[default]
    Plan,
    /// 工作总结
    Summary,
    /// 工作总结暨明年工作计划: summary here, next year's plan in `next`.
    SummaryAndPlan,
    /// 工作要点
    KeyPoints,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Plan,
        Kind::Summary,
        Kind::SummaryAndPlan,
        Kind::KeyPoints,
    ];

    /// The name shown in the editor.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Plan => "工作计划",
            Kind::Summary => "工作总结",
            Kind::SummaryAndPlan => "总结暨明年计划",
            Kind::KeyPoints => "工作要点",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Kind::Plan => "plan",
            Kind::Summary => "summary",
            Kind::SummaryAndPlan => "summary_and_plan",
            Kind::KeyPoints => "key_points",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// True for the kinds whose main body reports on a past year.
    pub fn is_summary(self) -> bool {
        matches!(self, Kind::Summary | Kind::SummaryAndPlan)
    }
}

/// Organisation types. Stored as the string ids below (`org_type` in JSON).
pub const ORG_TYPES: [(&str, &str); 7] = [
    ("school", "学校"),
    ("organ", "机关"),
    ("enterprise", "企业"),
    ("community", "街道社区"),
    ("medical", "医疗卫生"),
    ("institution", "事业单位"),
    ("other", "其他"),
];

/// The display name of an `org_type` id ("" or unknown ids show as 其他).
pub fn org_type_label(id: &str) -> &'static str {
    ORG_TYPES
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, v)| *v)
        .unwrap_or("其他")
}

/// The twelve months a plan covers, starting at `start_month`
/// (1 = calendar year, 2 or 9 = school year, anything else = custom).
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(default)]
pub struct Period {
    pub start_month: u8,
}

impl Default for Period {
    fn default() -> Self {
        Period { start_month: 1 }
    }
}

impl Period {
    /// A start month in 1..=12 whatever was loaded.
    pub fn start(self) -> u8 {
        if (1..=12).contains(&self.start_month) {
            self.start_month
        } else {
            1
        }
    }

    /// Months in period order, e.g. [9,10,11,12,1,...,8] for a September school year.
    pub fn months(self) -> [u8; 12] {
        let s = self.start();
        std::array::from_fn(|i| ((s as usize - 1 + i) % 12) as u8 + 1)
    }

    /// Position of a month in the period (0..12); unknown months sort last.
    pub fn position(self, month: u8) -> usize {
        if !(1..=12).contains(&month) {
            return 12;
        }
        (month as usize + 12 - self.start() as usize) % 12
    }

    /// The calendar year a month of plan year `year` falls in: for a period
    /// starting in February, January belongs to `year + 1`.
    pub fn calendar_year(self, year: i32, month: u8) -> i32 {
        if (1..=12).contains(&month) && month < self.start() {
            year.saturating_add(1)
        } else {
            year
        }
    }
}

/// A level-1 priority (一、): heading sentence, body paragraphs, sub-items.
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
#[serde(default)]
pub struct Section {
    pub heading: String,
    pub body: String,
    pub items: Vec<Item>,
    /// Execution tracking during the year (absent until the user marks it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<Track>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duty: Option<Duty>,
}

/// A level-2..4 node ((一) / 1. / (1)).
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
#[serde(default)]
pub struct Item {
    pub heading: String,
    pub text: String,
    pub items: Vec<Item>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<Track>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duty: Option<Duty>,
}

/// One schedule entry: one month, or several written together (七、八月).
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
#[serde(default)]
pub struct ScheduleEntry {
    pub months: Vec<u8>,
    pub activities: Vec<String>,
    /// Tracking of `activities`, index for index (shorter or empty when
    /// nothing is tracked; edits that move activities move these too).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tracking: Vec<Option<Track>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<Option<EntryDuty>>,
}

/// How far a planned item or activity got (execution tracking).
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 完成
    #[default]
    Done,
    /// 部分完成
    Partial,
    /// 未完成
    NotDone,
    /// 取消
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Done,
        Status::Partial,
        Status::NotDone,
        Status::Cancelled,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Status::Done => "完成",
            Status::Partial => "部分完成",
            Status::NotDone => "未完成",
            Status::Cancelled => "取消",
        }
    }
}

/// Tracking data for one item or activity.
#[derive(Serialize, Clone, PartialEq, Debug, Default)]
#[serde(default)]
pub struct Track {
    pub status: Status,
    pub note: String,
    /// Participants (人次 / 人).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    /// Amount in 元.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// A count (次, 场, 户 …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

// f64 has no Eq; amounts are finite by construction (JSON has no NaN).
impl Eq for Track {}

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// 2025年12月20日 (GB/T 9704-2012)
    #[default]
    Arabic,
    /// 二〇二五年十二月二十日
    Chinese,
}

#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
#[serde(default)]
pub struct Signature {
    pub organization: String,
    /// ISO date `YYYY-MM-DD`, or null for none.
    pub date: Option<String>,
    pub date_style: DateStyle,
}

/// Which faces the official layout uses (`format.fonts`).
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Fonts {
    /// 仿宋_GB2312 / 楷体_GB2312 / 黑体 / 方正小标宋简体, as GB/T 9704 names them.
    #[default]
    Gb2312,
    /// 仿宋 / 楷体 / 黑体 / 方正小标宋简体: the faces Windows ships, which
    /// hold the rare characters the *_GB2312 fonts lack. No `_GB2312` name
    /// appears anywhere in the files.
    Standard,
}

/// Where page numbers `— N —` print (`format.page_numbers`).
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum PageNumbers {
    /// Odd pages right, even pages left, one character in (GB/T 9704).
    #[default]
    Outside,
    /// Centred on every page.
    Center,
    /// No page numbers.
    None,
}

/// `from_id` for a setting (`Format::from_value` reads an unknown id, a
/// number or null as the default, never an error).
macro_rules! setting_ids {
    ($t:ty { $($id:literal => $v:expr),+ $(,)? }) => {
        impl $t {
            pub fn from_id(id: &str) -> Option<$t> {
                match id { $($id => Some($v),)+ _ => None }
            }
        }
    };
}
setting_ids!(Fonts { "gb2312" => Fonts::Gb2312, "standard" => Fonts::Standard });
setting_ids!(PageNumbers {
    "outside" => PageNumbers::Outside,
    "center" => PageNumbers::Center,
    "none" => PageNumbers::None,
});

/// Format settings of the printed document (`format` in JSON), used by the
/// DOCX and HTML exports. Absent means every default: today's layout. A new
/// setting is a new field with a default, read leniently like these two.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
#[serde(default)]
pub struct Format {
    pub fonts: Fonts,
    pub page_numbers: PageNumbers,
    /// Append the 任务分解表 (see `duty`); written only when on.
    #[serde(skip_serializing_if = "duty::no")]
    pub task_table: bool,
    #[serde(skip_serializing_if = "ScheduleLayout::is_list")]
    pub schedule: ScheduleLayout,
}

/// A whole document. `next` holds next year's plan of a 总结暨明年计划.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(default)]
pub struct Plan {
    pub schema: u32,
    pub kind: Kind,
    /// May hold a line break: a two-line title.
    pub title: String,
    pub organization: String,
    pub org_type: String,
    pub year: i32,
    pub period: Period,
    /// 指导思想 for a plan; the opening paragraph(s) for a summary.
    pub guiding: String,
    pub goals: String,
    /// Shared with the versions kept for undo until edited (`Shared`).
    pub sections: Vec<Shared<Section>>,
    pub measures: String,
    /// Shared with the versions kept for undo until edited, like `sections`.
    pub schedule: Shared<Vec<ScheduleEntry>>,
    pub problems: String,
    pub next: Option<Box<Plan>>,
    pub signature: Signature,
    /// Format settings; `None` (absent in JSON) is the default layout. Only
    /// the top-level plan's count (a `next` part's is dropped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// The 文件 form (版头, 主送, 附件说明, 版记); `None` (absent in JSON) is
    /// a document without it. Only the top-level plan's counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuance: Option<Issuance>,
    /// The author's wording of the named parts' headings and month labels
    /// (`headings` in JSON, see `model::headings`); empty (absent in JSON)
    /// prints the standard headings.
    #[serde(skip_serializing_if = "Headings::is_empty")]
    pub headings: Headings,
    /// The draft this one was started from (新建下一年度); `None` (absent
    /// in JSON) otherwise. Only the top-level plan's counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Previous>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            schema: SCHEMA,
            kind: Kind::Plan,
            title: String::new(),
            organization: String::new(),
            org_type: String::new(),
            year: 2025,
            period: Period::default(),
            guiding: String::new(),
            goals: String::new(),
            sections: Vec::new(),
            measures: String::new(),
            schedule: Vec::new().into(),
            problems: String::new(),
            next: None,
            signature: Signature::default(),
            format: None,
            issuance: None,
            headings: Headings::default(),
            previous: None,
        }
    }
}

/// Why a stored or supplied plan JSON could not be loaded. Messages are for
/// the user, in Chinese, and say what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all, or not an object.
    Syntax(String),
    /// Written by a newer version of union-plan.
    NewerSchema(u32),
    /// JSON, but a field has the wrong type.
    Shape(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Syntax(m) => write!(f, "这不是有效的计划文件（JSON 格式错误：{m}）。请确认选择的是本工具导出的 .json 文件。"),
            LoadError::NewerSchema(n) => write!(f, "这个文件由更新版本的工具保存（格式版本 {n}，本版本只认识 {SCHEMA} 及以下）。请升级后再打开。"),
            LoadError::Shape(m) => write!(f, "文件内容与计划格式不符（{m}）。请确认选择的是本工具导出的 .json 文件。"),
        }
    }
}

impl std::error::Error for LoadError {}

impl Plan {
    /// A new, empty document of a kind for a year.
    pub fn new(kind: Kind, year: i32) -> Plan {
        let mut p = Plan {
            kind,
            year,
            ..Plan::default()
        };
        if kind == Kind::SummaryAndPlan {
            p.next = Some(Box::new(Plan {
                kind: Kind::Plan,
                year: year.saturating_add(1),
                ..Plan::default()
            }));
        }
        p
    }

    /// Loads a plan JSON. Missing fields take defaults; a higher schema, a
    /// non-object or a wrongly typed field is a typed error, never a panic.
    pub fn from_json(text: &str) -> Result<Plan, LoadError> {
        let text = replace_lone_surrogates(text);
        let value = super::json_parse::parse(&text).map_err(LoadError::Syntax)?;
        Plan::from_value(&value)
    }

    /// `from_json` for JSON already parsed (a template, an answer of the
    /// tools module); read by reference, so a part of a larger value is read
    /// where it is.
    pub fn from_value(value: &serde_json::Value) -> Result<Plan, LoadError> {
        let obj = value
            .as_object()
            .ok_or_else(|| LoadError::Syntax("顶层不是对象".into()))?;
        match obj.get("schema") {
            None => {} // written before the schema field existed: schema 1 shape
            Some(s) => match s.as_u64() {
                Some(n) if n > SCHEMA as u64 => {
                    return Err(LoadError::NewerSchema(n.min(u32::MAX as u64) as u32))
                }
                Some(_) => {}
                None => return Err(LoadError::Shape("schema 应为数字".into())),
            },
        }
        // Plans carry no other identifying field, so require at least one
        // known one: an arbitrary object under our key is not a plan.
        if !obj.contains_key("kind") && !obj.contains_key("sections") && !obj.contains_key("title")
        {
            return Err(LoadError::Shape(
                "缺少 kind、title、sections 等计划字段".into(),
            ));
        }
        let mut plan = reader::plan(value).map_err(LoadError::Shape)?;
        plan.normalize();
        Ok(plan)
    }

    /// The format settings in force (defaults when `format` is absent).
    pub fn format_settings(&self) -> Format {
        self.format.unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Indented JSON. Goes through `serde_json::Value` so the plan's
    /// serializer is instantiated once (compact); a second, pretty copy of it
    /// would cost ~20 KB of wasm.
    pub fn to_json_pretty(&self) -> String {
        let compact = self.to_json();
        super::json_parse::parse(&compact)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or(compact)
    }

    /// Brings loaded data within the model's limits: schema, depth of the
    /// tree, month numbers. Keeps every piece of text.
    pub fn normalize(&mut self) {
        self.schema = SCHEMA;
        if !(1..=12).contains(&self.period.start_month) {
            self.period.start_month = 1;
        }
        for s in &mut self.sections {
            flatten_deep(&mut s.items, 2);
        }
        for e in &mut self.schedule {
            e.months.retain(|m| (1..=12).contains(m));
            e.months.dedup();
            e.tracking.truncate(e.activities.len());
            e.duties.truncate(e.activities.len());
        }
        if self.kind == Kind::SummaryAndPlan && self.next.is_none() {
            self.next = Some(Box::new(Plan {
                kind: Kind::Plan,
                year: self.year.saturating_add(1),
                ..Plan::default()
            }));
        }
        if let Some(i) = &mut self.issuance {
            i.normalize();
        }
        if let Some(n) = &mut self.next {
            n.next = None;
            n.format = None;
            n.issuance = None;
            n.previous = None;
            n.normalize();
        }
    }

    /// Sorts schedule entries into period order (by their first month).
    pub fn sort_schedule(&mut self) {
        let p = self.period;
        self.schedule
            .sort_by_key(|e| e.months.iter().map(|m| p.position(*m)).min().unwrap_or(12));
    }
}

/// Items nested deeper than level 4 become level-4 siblings (text kept).
fn flatten_deep(items: &mut Vec<Item>, level: usize) {
    if level >= MAX_DEPTH {
        let mut out = Vec::with_capacity(items.len());
        for mut it in std::mem::take(items) {
            let mut kids = std::mem::take(&mut it.items);
            out.push(it);
            flatten_deep(&mut kids, level);
            out.extend(kids);
        }
        *items = out;
    } else {
        for it in items.iter_mut() {
            flatten_deep(&mut it.items, level + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.title = "测试单位工会2025年工作计划".into();
        p.organization = "测试单位工会".into();
        p.org_type = "school".into();
        p.guiding = "第一段。\n第二段。".into();
        p.sections.push(
            Section {
                heading: "加强自身建设".into(),
                body: "正文".into(),
                items: vec![Item {
                    heading: "学习".into(),
                    items: vec![Item::default()],
                    ..Default::default()
                }],
                ..Default::default()
            }
            .into(),
        );
        p.schedule.push(ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["暑期疗休养".into()],
            ..Default::default()
        });
        p.signature = Signature {
            organization: "测试单位工会".into(),
            date: Some("2025-01-10".into()),
            date_style: DateStyle::Chinese,
        };
        p
    }

    #[test]
    fn json_round_trip_is_exact() {
        let p = sample();
        let back = Plan::from_json(&p.to_json()).unwrap();
        assert_eq!(back, p);
        assert_eq!(Plan::from_json(&p.to_json_pretty()).unwrap(), p);
    }

    #[test]
    fn json_uses_contract_field_names() {
        let v: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        for key in [
            "schema",
            "kind",
            "title",
            "organization",
            "org_type",
            "year",
            "guiding",
            "goals",
            "sections",
            "measures",
            "schedule",
            "problems",
            "next",
            "signature",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["kind"], "plan");
        assert_eq!(v["schedule"][0]["months"], serde_json::json!([7, 8]));
        assert_eq!(v["sections"][0]["items"][0]["heading"], "学习");
        assert_eq!(v["signature"]["date"], "2025-01-10");
        assert!(v["next"].is_null());
    }

    #[test]
    fn absent_format_stays_absent() {
        let p = Plan::from_json(r#"{"kind":"plan","title":"t"}"#).unwrap();
        assert_eq!(p.format, None);
        assert_eq!(p.format_settings(), Format::default());
        assert!(!p.to_json().contains("format"));
        for text in [
            r#"{"kind":"plan","format":null}"#,
            r#"{"kind":"plan","format":"standard"}"#,
            r#"{"kind":"plan","format":[1]}"#,
        ] {
            let p = Plan::from_json(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(p.format, None, "{text}");
            assert!(!p.to_json().contains("format"));
        }
    }

    #[test]
    fn present_format_round_trips_exactly() {
        for (fonts, page_numbers) in [
            ("gb2312", "outside"),
            ("standard", "center"),
            ("standard", "none"),
            ("gb2312", "none"),
        ] {
            let text = format!(
                r#"{{"kind":"plan","format":{{"fonts":"{fonts}","page_numbers":"{page_numbers}"}}}}"#
            );
            let p = Plan::from_json(&text).unwrap();
            assert!(p.format.is_some());
            let v: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
            assert_eq!(
                v["format"],
                serde_json::json!({ "fonts": fonts, "page_numbers": page_numbers })
            );
            assert_eq!(Plan::from_json(&p.to_json()).unwrap(), p);
            assert_eq!(Plan::from_json(&p.to_json_pretty()).unwrap(), p);
        }
        let p = Plan::from_json(
            r#"{"kind":"plan","format":{"fonts":"standard","page_numbers":"center"}}"#,
        )
        .unwrap();
        assert_eq!(
            p.format,
            Some(Format {
                fonts: Fonts::Standard,
                page_numbers: PageNumbers::Center,
                ..Format::default()
            })
        );
        // Defaults written out stay written out.
        let p = Plan::from_json(r#"{"kind":"plan","format":{}}"#).unwrap();
        assert_eq!(p.format, Some(Format::default()));
        assert!(p
            .to_json()
            .contains(r#""format":{"fonts":"gb2312","page_numbers":"outside"}"#));
    }

    #[test]
    fn unknown_format_values_take_the_default_without_error() {
        for text in [
            r#"{"kind":"plan","format":{"fonts":"comic","page_numbers":"top"}}"#,
            r#"{"kind":"plan","format":{"fonts":3,"page_numbers":null}}"#,
            r#"{"kind":"plan","format":{"fonts":["standard"],"page_numbers":{"x":1},"extra":true}}"#,
            r#"{"kind":"plan","format":{"fonts":"STANDARD","page_numbers":"Center "}}"#,
            r#"{"kind":"plan","format":{"fonts":"<script>\ud800","page_numbers":""}}"#,
        ] {
            let p = Plan::from_json(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(p.format, Some(Format::default()), "{text}");
        }
        let p =
            Plan::from_json(r#"{"kind":"plan","format":{"fonts":"bad","page_numbers":"none"}}"#)
                .unwrap();
        assert_eq!(p.format_settings().fonts, Fonts::Gb2312);
        assert_eq!(p.format_settings().page_numbers, PageNumbers::None);
    }

    #[test]
    fn only_the_top_level_format_is_kept() {
        let p = Plan::from_json(
            r#"{"kind":"summary_and_plan","format":{"fonts":"standard"},"next":{"format":{"fonts":"standard"}}}"#,
        )
        .unwrap();
        assert_eq!(p.format_settings().fonts, Fonts::Standard);
        assert_eq!(p.next.unwrap().format, None);
    }

    #[test]
    fn summary_and_plan_gets_next_year_part() {
        let p = Plan::new(Kind::SummaryAndPlan, 2025);
        assert_eq!(p.next.as_ref().unwrap().year, 2026);
        let v: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
        assert_eq!(v["kind"], "summary_and_plan");
        assert_eq!(v["next"]["kind"], "plan");
    }

    #[test]
    fn lone_surrogate_escapes_become_replacement_characters() {
        let p = Plan::from_json(r#"{"kind":"plan","title":"a\ud800b\udc00c\ud83d\ude00d\\ud800"}"#)
            .unwrap();
        assert_eq!(p.title, "a\u{fffd}b\u{fffd}c\u{1f600}d\\ud800");
    }

    #[test]
    fn newer_schema_is_refused_with_typed_error() {
        assert_eq!(
            Plan::from_json(r#"{"schema": 7, "kind": "plan"}"#),
            Err(LoadError::NewerSchema(7))
        );
    }

    #[test]
    fn malformed_json_is_a_typed_error() {
        assert!(matches!(
            Plan::from_json("{not json"),
            Err(LoadError::Syntax(_))
        ));
        assert!(matches!(
            Plan::from_json("[1,2]"),
            Err(LoadError::Syntax(_))
        ));
        assert!(matches!(
            Plan::from_json(r#"{"kind": "poem"}"#),
            Err(LoadError::Shape(_))
        ));
        assert!(matches!(
            Plan::from_json(r#"{"title": 5}"#),
            Err(LoadError::Shape(_))
        ));
        assert!(matches!(
            Plan::from_json(r#"{"sections": [{"items": "x"}]}"#),
            Err(LoadError::Shape(_))
        ));
        assert!(matches!(
            Plan::from_json(r#"{"foo": 1}"#),
            Err(LoadError::Shape(_))
        ));
        let msg = Plan::from_json("{").unwrap_err().to_string();
        assert!(msg.contains("JSON"), "{msg}");
    }

    #[test]
    fn missing_fields_take_defaults() {
        let p = Plan::from_json(r#"{"kind":"summary","title":"标题"}"#).unwrap();
        assert_eq!(p.kind, Kind::Summary);
        assert_eq!(p.title, "标题");
        assert_eq!(p.schema, SCHEMA);
        assert!(p.sections.is_empty());
    }

    #[test]
    fn too_deep_items_are_lifted_not_lost() {
        let deep = Item {
            heading: "五级".into(),
            ..Default::default()
        };
        let l4 = Item {
            heading: "四级".into(),
            items: vec![deep],
            ..Default::default()
        };
        let l3 = Item {
            heading: "三级".into(),
            items: vec![l4],
            ..Default::default()
        };
        let l2 = Item {
            heading: "二级".into(),
            items: vec![l3],
            ..Default::default()
        };
        let mut p = Plan::default();
        p.sections.push(
            Section {
                heading: "一级".into(),
                items: vec![l2],
                ..Default::default()
            }
            .into(),
        );
        p.normalize();
        let l3 = &p.sections[0].items[0].items[0];
        assert_eq!(l3.items.len(), 2);
        assert_eq!(l3.items[1].heading, "五级");
        assert!(l3.items.iter().all(|i| i.items.is_empty()));
    }

    #[test]
    fn period_orders_months() {
        let sep = Period { start_month: 9 };
        assert_eq!(sep.months(), [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(sep.position(9), 0);
        assert_eq!(sep.position(8), 11);
        let feb = Period { start_month: 2 };
        assert_eq!(feb.calendar_year(2025, 1), 2026);
        assert_eq!(feb.calendar_year(2025, 12), 2025);
        assert_eq!(Period { start_month: 0 }.start(), 1);
    }

    #[test]
    fn sort_schedule_uses_period_order() {
        let mut p = Plan {
            period: Period { start_month: 2 },
            ..Plan::default()
        };
        *p.schedule = vec![
            ScheduleEntry {
                months: vec![1],
                activities: vec!["a".into()],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![7, 8],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![2],
                ..Default::default()
            },
        ];
        p.sort_schedule();
        let firsts: Vec<u8> = p.schedule.iter().map(|e| e.months[0]).collect();
        assert_eq!(firsts, vec![2, 7, 1]);
    }
}
