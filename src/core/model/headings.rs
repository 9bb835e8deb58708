//! `headings`: the author's own wording of the named parts' headings
//! (指导思想, 存在的不足, 主要活动安排 …) and of the month labels of the
//! schedule (`一月份`, `七、八月份`, `1———2月`), kept when a document is
//! imported so that the exports reproduce what the author wrote. Absent (or
//! empty) is today's document: the standard headings (工作目标, 活动安排,
//! 存在问题和不足 …) and month headings derived from `months`.
//!
//! JSON: `"headings": {"guiding": "指导思想", "problems": "存在的不足",
//! "schedule": "主要活动安排", "months": {"7,8": "七、八月份"}}`. A month
//! label is keyed by its entry's months (numbers joined with commas), so a
//! re-dated entry falls back to the derived heading instead of printing a
//! wrong one. Loaded leniently like `format`: fields of the wrong type are
//! left out, never an error; a blank heading prints the standard one.

use serde::Serialize;
use serde_json::Value;

/// The author's headings (`headings` in JSON); every field optional.
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct Headings {
    /// The heading of 指导思想 (a summary's opening has none unless the
    /// author wrote one); `Some` prints it as a level-1 heading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guiding: Option<String>,
    /// Instead of 工作目标.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals: Option<String>,
    /// Instead of 落实措施.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// Instead of 活动安排.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// Instead of 存在问题和不足 / 需要注意的问题.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<String>,
    /// Month labels as written, keyed by the entry's months (`"7,8"`),
    /// sorted by key (a JSON object; a list here, which costs the editor's
    /// wasm less than a map type of its own).
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "months_as_object"
    )]
    pub months: Vec<(String, String)>,
}

fn months_as_object<S: serde::Serializer>(m: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(m.iter().map(|(k, v)| (k, v)))
}

/// The key of a month label: the months joined with commas (`7,8`).
pub fn months_key(months: &[u8]) -> String {
    months
        .iter()
        .map(|m| m.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

impl Headings {
    /// True when nothing is set (then the JSON leaves `headings` out).
    pub fn is_empty(&self) -> bool {
        self == &Headings::default()
    }

    /// Reads a `headings` object leniently (see the module docs).
    pub fn from_value(v: &Value) -> Headings {
        let s = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
        // a JSON object's keys come sorted, as `set_month_label` keeps them
        let months = match v.get("months") {
            Some(Value::Object(m)) => m
                .iter()
                .filter_map(|(k, l)| Some((k.clone(), l.as_str()?.to_string())))
                .collect(),
            _ => Vec::new(),
        };
        Headings {
            guiding: s("guiding"),
            goals: s("goals"),
            measures: s("measures"),
            schedule: s("schedule"),
            problems: s("problems"),
            months,
        }
    }

    /// The heading to print instead of a standard one: the author's, when
    /// set and not blank.
    pub fn or<'a>(h: &'a Option<String>, standard: &'a str) -> &'a str {
        h.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(standard)
    }

    /// The label the author wrote for an entry of these months, if any.
    pub fn month_label(&self, months: &[u8]) -> Option<&str> {
        let key = months_key(months);
        self.months
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, l)| l.as_str())
            .filter(|l| !l.trim().is_empty())
    }

    /// Keeps a month label (sorted by key); false when one is kept already
    /// for these months.
    pub fn set_month_label(&mut self, key: String, label: String) -> bool {
        match self.months.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(_) => false,
            Err(i) => {
                self.months.insert(i, (key, label));
                true
            }
        }
    }

    /// Every text held, for the importer's lossless check.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        [
            &self.guiding,
            &self.goals,
            &self.measures,
            &self.schedule,
            &self.problems,
        ]
        .into_iter()
        .filter_map(|h| h.as_deref())
        .chain(self.months.iter().map(|(_, l)| l.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use crate::core::model::Plan;

    #[test]
    fn absent_headings_stay_absent_and_present_ones_round_trip() {
        let p = Plan::default();
        assert!(!p.to_json().contains("headings"));
        let mut p = Plan::default();
        p.headings.problems = Some("存在的不足".into());
        p.headings
            .set_month_label("7,8".into(), "七、八月份".into());
        let json = p.to_json();
        assert!(
            json.contains(r#""headings":{"problems":"存在的不足","months":{"7,8":"七、八月份"}}"#),
            "{json}"
        );
        assert_eq!(Plan::from_json(&json).unwrap(), p);
    }

    #[test]
    fn wrong_types_are_left_out_without_error() {
        let json = r#"{"schema":1,"kind":"plan","title":"","sections":[],"headings":{"guiding":3,"goals":"工作目标","months":{"1":5,"2":"二月份"}}}"#;
        let p = Plan::from_json(json).unwrap();
        assert_eq!(p.headings.guiding, None);
        assert_eq!(p.headings.goals.as_deref(), Some("工作目标"));
        assert_eq!(p.headings.month_label(&[2]), Some("二月份"));
        assert_eq!(p.headings.month_label(&[1]), None);
        let p = Plan::from_json(
            r#"{"schema":1,"kind":"plan","title":"","sections":[],"headings":"x"}"#,
        )
        .unwrap();
        assert!(p.headings.is_empty());
    }

    #[test]
    fn the_layout_prints_the_authors_headings_and_month_labels() {
        use crate::core::layout::blocks;
        use crate::core::model::{Kind, ScheduleEntry};
        let mut p = Plan::new(Kind::Summary, 2025);
        p.guiding = "以服务职工为宗旨。".into();
        p.problems = "经费偏紧。".into();
        *p.schedule = vec![ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["暑期疗休养".into()],
            ..Default::default()
        }];
        let texts = |p: &Plan| -> Vec<String> { blocks(p).iter().map(|b| b.full_text()).collect() };
        let standard = texts(&p);
        assert!(
            standard.contains(&"二、存在问题和不足".to_string()),
            "{standard:?}"
        );
        assert!(standard.contains(&"七、八月".to_string()), "{standard:?}");
        p.headings.guiding = Some("指导思想".into());
        p.headings.problems = Some("存在的不足".into());
        p.headings.schedule = Some("主要活动安排".into());
        p.headings
            .set_month_label("7,8".into(), "七、八月份".into());
        let authors = texts(&p);
        for want in [
            "一、指导思想",
            "二、主要活动安排",
            "七、八月份",
            "三、存在的不足",
        ] {
            assert!(authors.contains(&want.to_string()), "{want} in {authors:?}");
        }
        // re-dated: the label no longer fits, the derived heading is printed
        p.schedule[0].months = vec![7];
        assert!(texts(&p).contains(&"七月".to_string()));
    }
}
