//! Who does what, by when: the `duty` of a section or item (牵头部门,
//! 配合部门, 责任人, 完成时限, 量化目标), the `duties` of a schedule entry's
//! activities (负责部门/人, 参加范围, 备注) and how the schedule prints
//! (`format.schedule`). JSON names are a contract: add, never rename.

use serde::Serialize;

/// The duty of a task (a section or an item): `duty` in JSON.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Duty {
    /// 牵头部门
    pub lead: String,
    /// 配合部门
    pub partners: String,
    /// 责任人
    pub owner: String,
    /// 完成时限, free text (`2027年6月底前`, `三季度`).
    pub due: String,
    /// 量化目标
    pub target: String,
}

/// One field of a `Duty` (the editor's inputs, `Op::Duty`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DutyField {
    Lead,
    Partners,
    Owner,
    Due,
    Target,
}

impl DutyField {
    pub const ALL: [DutyField; 5] = [
        DutyField::Lead,
        DutyField::Partners,
        DutyField::Owner,
        DutyField::Due,
        DutyField::Target,
    ];

    /// The column name in the 任务分解表.
    pub fn label(self) -> &'static str {
        match self {
            DutyField::Lead => "牵头部门",
            DutyField::Partners => "配合部门",
            DutyField::Owner => "责任人",
            DutyField::Due => "完成时限",
            DutyField::Target => "量化目标",
        }
    }
}

impl Duty {
    pub fn get(&self, f: DutyField) -> &str {
        match f {
            DutyField::Lead => &self.lead,
            DutyField::Partners => &self.partners,
            DutyField::Owner => &self.owner,
            DutyField::Due => &self.due,
            DutyField::Target => &self.target,
        }
    }

    pub fn get_mut(&mut self, f: DutyField) -> &mut String {
        match f {
            DutyField::Lead => &mut self.lead,
            DutyField::Partners => &mut self.partners,
            DutyField::Owner => &mut self.owner,
            DutyField::Due => &mut self.due,
            DutyField::Target => &mut self.target,
        }
    }

    /// True when nothing is written.
    pub fn is_empty(&self) -> bool {
        DutyField::ALL
            .iter()
            .all(|f| self.get(*f).trim().is_empty())
    }
}

/// The duty of one schedule activity: an entry of `duties` in JSON.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct EntryDuty {
    /// 负责部门/人
    pub owner: String,
    /// 参加范围
    pub scope: String,
    /// 备注
    pub note: String,
}

/// One field of an `EntryDuty` (`Op::EntryDuty`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EntryDutyField {
    Owner,
    Scope,
    Note,
}

impl EntryDutyField {
    pub const ALL: [EntryDutyField; 3] = [
        EntryDutyField::Owner,
        EntryDutyField::Scope,
        EntryDutyField::Note,
    ];

    /// The column name in the schedule table.
    pub fn label(self) -> &'static str {
        match self {
            EntryDutyField::Owner => "负责部门",
            EntryDutyField::Scope => "参加范围",
            EntryDutyField::Note => "备注",
        }
    }
}

impl EntryDuty {
    pub fn get(&self, f: EntryDutyField) -> &str {
        match f {
            EntryDutyField::Owner => &self.owner,
            EntryDutyField::Scope => &self.scope,
            EntryDutyField::Note => &self.note,
        }
    }

    pub fn get_mut(&mut self, f: EntryDutyField) -> &mut String {
        match f {
            EntryDutyField::Owner => &mut self.owner,
            EntryDutyField::Scope => &mut self.scope,
            EntryDutyField::Note => &mut self.note,
        }
    }

    pub fn is_empty(&self) -> bool {
        EntryDutyField::ALL
            .iter()
            .all(|f| self.get(*f).trim().is_empty())
    }
}

// JSON by hand, one small writer for both types: the derives cost several
// KB in the editor module. Written in declaration order; read leniently by
// `model::reader` (a missing or wrongly typed field is empty text).
fn write<S: serde::Serializer>(
    s: S,
    keys: &[&'static str],
    values: &[&str],
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut m = s.serialize_struct("Duty", keys.len())?;
    for (k, v) in keys.iter().zip(values) {
        m.serialize_field(k, v)?;
    }
    m.end()
}

impl Serialize for Duty {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        write(s, &DUTY_KEYS, &DutyField::ALL.map(|f| self.get(f)))
    }
}

impl Serialize for EntryDuty {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        write(s, &ENTRY_KEYS, &EntryDutyField::ALL.map(|f| self.get(f)))
    }
}

/// JSON names of `Duty`'s fields, in `DutyField` order.
pub(super) const DUTY_KEYS: [&str; 5] = ["lead", "partners", "owner", "due", "target"];
/// JSON names of `EntryDuty`'s fields, in `EntryDutyField` order.
pub(super) const ENTRY_KEYS: [&str; 3] = ["owner", "scope", "note"];

/// How the 活动安排 prints (`format.schedule`).
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleLayout {
    /// Month headings with numbered activities.
    #[default]
    List,
    /// 时间 | 活动内容 | 负责部门 | 参加范围 | 备注.
    Table,
}

impl ScheduleLayout {
    pub fn is_list(&self) -> bool {
        *self == ScheduleLayout::List
    }
}

#[doc(hidden)]
pub fn no(b: &bool) -> bool {
    !*b
}

/// Keeps a parallel list (`tracking`, `duties`) aligned when two lists of
/// activities are joined: `a` had `alen` activities, `b` `blen`.
pub fn join_parallel<T: Clone>(
    a: &mut Vec<Option<T>>,
    alen: usize,
    b: Vec<Option<T>>,
    blen: usize,
) {
    if a.is_empty() && b.is_empty() {
        return;
    }
    a.resize(alen, None);
    let mut b = b;
    b.resize(blen, None);
    a.extend(b);
}

#[cfg(test)]
mod tests {
    use crate::core::model::{Plan, ScheduleLayout};
    use serde_json::{json, Value};

    fn round_trip(v: Value) -> Value {
        let p = Plan::from_json(&v.to_string()).unwrap();
        serde_json::from_str(&p.to_json()).unwrap()
    }

    #[test]
    fn duties_and_format_round_trip_exactly() {
        let doc = json!({
            "schema": 1, "kind": "plan", "title": "t", "organization": "", "org_type": "",
            "year": 2027, "period": {"start_month": 1}, "guiding": "", "goals": "",
            "sections": [{
                "heading": "一", "body": "", "track": null,
                "duty": {"lead": "办公室", "partners": "各分会", "owner": "张三", "due": "2027年6月底前", "target": "3次"},
                "items": [{"heading": "子", "text": "", "items": [],
                           "duty": {"lead": "", "partners": "", "owner": "李四", "due": "三季度", "target": ""}}]
            }],
            "measures": "", "problems": "", "next": null,
            "schedule": [{"months": [3], "activities": ["三八", "植树"],
                          "duties": [{"owner": "女工委", "scope": "全体女职工", "note": "室外"}, null]}],
            "signature": {"organization": "", "date": null, "date_style": "arabic"},
            "format": {"fonts": "standard", "page_numbers": "center", "task_table": true, "schedule": "table"}
        });
        let mut want = doc.clone();
        want["sections"][0].as_object_mut().unwrap().remove("track");
        assert_eq!(round_trip(doc), want);
    }

    #[test]
    fn old_documents_round_trip_unchanged() {
        let old = json!({"kind": "plan", "sections": [{"heading": "a", "body": "", "items": []}],
            "schedule": [{"months": [1], "activities": ["x"]}],
            "format": {"fonts": "gb2312", "page_numbers": "outside"}});
        let back = round_trip(old.clone());
        assert_eq!(back["sections"], old["sections"]);
        assert_eq!(back["schedule"], old["schedule"]);
        assert_eq!(back["format"], old["format"]);
    }

    #[test]
    fn odd_settings_read_as_defaults() {
        let p =
            Plan::from_json(r#"{"kind":"plan","format":{"task_table":"yes","schedule":"grid"}}"#)
                .unwrap();
        assert!(!p.format_settings().task_table);
        assert_eq!(p.format_settings().schedule, ScheduleLayout::List);
        let p = Plan::from_json(r#"{"kind":"plan","schedule":[{"months":[1],"activities":["a"],"duties":[null,{"owner":"x"}]}]}"#)
            .unwrap();
        assert_eq!(p.schedule[0].duties, vec![None]);
    }
}
