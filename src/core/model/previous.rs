//! `previous`: the draft a document was started from (新建下一年度), so the
//! editor can compare the two and check the new text against the old one.
//!
//! Read leniently like `format`: an object is read field by field (a field
//! of the wrong type takes its default); anything but an object is no
//! `previous`. Never an error. Absent in documents that were not started
//! from another one, and in every document written before it existed.

use serde::Serialize;
use serde_json::Value;

/// Where a document came from (`previous` in JSON).
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct Previous {
    /// The id of the source draft in the browser's storage ("" when the
    /// source was not a stored draft, e.g. the headless `nextYear`).
    pub draft: String,
    /// The source's title and year, to name it when the draft is gone.
    pub title: String,
    pub year: i32,
}

impl Previous {
    /// Reads a `previous` object leniently (see the module docs).
    pub fn from_value(v: &Value) -> Previous {
        let s = |key: &str| {
            v.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        Previous {
            draft: s("draft"),
            title: s("title"),
            year: v
                .get("year")
                .and_then(Value::as_i64)
                .and_then(|y| i32::try_from(y).ok())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::model::Plan;

    #[test]
    fn previous_round_trips_and_is_read_leniently() {
        let p = Plan::from_json(
            r#"{"kind":"plan","previous":{"draft":"d1","title":"2026年工作计划","year":2026}}"#,
        )
        .unwrap();
        let prev = p.previous.clone().unwrap();
        assert_eq!((prev.draft.as_str(), prev.year), ("d1", 2026));
        assert_eq!(Plan::from_json(&p.to_json()).unwrap(), p);
        for text in [
            r#"{"kind":"plan","previous":null}"#,
            r#"{"kind":"plan","previous":"x"}"#,
            r#"{"kind":"plan"}"#,
        ] {
            let p = Plan::from_json(text).unwrap();
            assert_eq!(p.previous, None, "{text}");
            assert!(!p.to_json().contains("previous"));
        }
        let p = Plan::from_json(r#"{"kind":"plan","previous":{"year":"x","draft":3}}"#).unwrap();
        assert_eq!(p.previous.unwrap().year, 0);
    }
}
