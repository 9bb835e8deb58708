//! `issuance`: the optional 文件 form of a document (GB/T 9704-2012): the
//! 版头 (发文机关标志, 发文字号, 签发人), the 主送机关, the 附件说明, how
//! the signature sits (with or without a seal) and the 版记 (抄送, 印发机关,
//! 印发日期). Absent (`null` or missing in JSON) is today's document.
//!
//! Loaded leniently like `format`: an object is read field by field, and a
//! field of the wrong type takes its default (a lone string for
//! `attachments` is one attachment); anything but an object is no
//! `issuance`. Never an error. Written with every field, so a present object
//! round-trips exactly.

use serde::Serialize;
use serde_json::Value;

/// The 文件 settings of a document (`issuance` in JSON).
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct Issuance {
    /// 发文机关标志, as typed (`某某市总工会文件` or `某某市总工会`); one
    /// line per issuing organ when several issue together.
    pub issuer: String,
    /// 发文字号 (`某工发〔2027〕1号`); `[2027]`, `(2027)`, `【2027】` print
    /// as `〔2027〕` (`layout::issuance::normalize_number`).
    pub number: String,
    /// 签发人 of a 上行文 (report to a higher body): `Some` prints
    /// `签发人：姓名` to the right of the 发文字号; `None` centres the number.
    pub signer: Option<String>,
    /// 主送机关, printed under the title with a full-width colon.
    pub addressee: String,
    /// 附件 names, in order (附件说明 after the body).
    pub attachments: Vec<String>,
    /// 抄送机关 (版记).
    pub cc: String,
    /// 印发机关 (版记).
    pub printer: String,
    /// 印发日期, ISO `YYYY-MM-DD`, or null.
    pub print_date: Option<String>,
    /// True when the document is sealed (GB/T 9704 7.3.5.1: the date four
    /// characters from the right, the organisation centred over it);
    /// false places the signature as 7.3.5.2 (no seal) does.
    pub seal: bool,
}

impl Issuance {
    /// Reads an `issuance` object leniently (see the module docs).
    pub fn from_value(v: &Value) -> Issuance {
        let s = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
        Issuance {
            issuer: s("issuer").unwrap_or_default(),
            number: s("number").unwrap_or_default(),
            signer: s("signer"),
            addressee: s("addressee").unwrap_or_default(),
            attachments: match v.get("attachments") {
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect(),
                Some(Value::String(one)) => vec![one.clone()],
                _ => Vec::new(),
            },
            cc: s("cc").unwrap_or_default(),
            printer: s("printer").unwrap_or_default(),
            print_date: s("print_date"),
            seal: v.get("seal").and_then(Value::as_bool).unwrap_or(false),
        }
    }

    /// Brings loaded data within the model's limits without dropping text:
    /// an attachment name holding line breaks (a pasted list) becomes one
    /// attachment per non-blank line; a blank `print_date` is none and a
    /// date typed with spaces around it is trimmed. Everything else stays
    /// as typed (the layout prints one-line fields on one line).
    pub fn normalize(&mut self) {
        if self.attachments.iter().any(|a| a.contains(['\n', '\r'])) {
            let mut out = Vec::with_capacity(self.attachments.len());
            for a in std::mem::take(&mut self.attachments) {
                if !a.contains(['\n', '\r']) {
                    out.push(a);
                    continue;
                }
                let before = out.len();
                out.extend(
                    a.split(['\n', '\r'])
                        .filter(|l| !l.trim().is_empty())
                        .map(|l| l.trim_end().to_string()),
                );
                if out.len() == before {
                    out.push(String::new());
                }
            }
            self.attachments = out;
        }
        self.print_date = self
            .print_date
            .take()
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Plan;

    fn full() -> Issuance {
        Issuance {
            issuer: "市总工会文件".into(),
            number: "市工发〔2027〕1号".into(),
            signer: Some("张三".into()),
            addressee: "各区县总工会".into(),
            attachments: vec!["名单".into(), "日程安排".into()],
            cc: "市委办公室".into(),
            printer: "市总工会办公室".into(),
            print_date: Some("2027-01-10".into()),
            seal: true,
        }
    }

    #[test]
    fn present_issuance_round_trips_exactly_with_every_field() {
        for i in [full(), Issuance::default()] {
            let p = Plan {
                issuance: Some(i.clone()),
                ..Plan::default()
            };
            let back = Plan::from_json(&p.to_json()).unwrap();
            assert_eq!(back.issuance.as_ref(), Some(&i));
            assert_eq!(Plan::from_json(&p.to_json_pretty()).unwrap(), p);
            let v: Value = serde_json::from_str(&p.to_json()).unwrap();
            let keys: Vec<&str> = v["issuance"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut want = [
                "issuer",
                "number",
                "signer",
                "addressee",
                "attachments",
                "cc",
                "printer",
                "print_date",
                "seal",
            ];
            want.sort_unstable();
            let mut keys = keys;
            keys.sort_unstable();
            assert_eq!(keys, want);
        }
        let v: Value = serde_json::from_str(
            &Plan {
                issuance: Some(Issuance::default()),
                ..Plan::default()
            }
            .to_json(),
        )
        .unwrap();
        assert!(v["issuance"]["signer"].is_null() && v["issuance"]["print_date"].is_null());
        assert_eq!(v["issuance"]["seal"], false);
    }

    #[test]
    fn absent_or_non_object_issuance_is_none() {
        for text in [
            r#"{"kind":"plan"}"#,
            r#"{"kind":"plan","issuance":null}"#,
            r#"{"kind":"plan","issuance":"市总工会"}"#,
            r#"{"kind":"plan","issuance":[{"issuer":"x"}]}"#,
            r#"{"kind":"plan","issuance":7}"#,
        ] {
            let p = Plan::from_json(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(p.issuance, None, "{text}");
            assert!(!p.to_json().contains("issuance"), "{text}");
        }
    }

    #[test]
    fn wrongly_typed_fields_take_their_defaults_without_error() {
        let p = Plan::from_json(
            r#"{"kind":"plan","issuance":{"issuer":5,"number":["x"],"signer":3,"addressee":null,
                "attachments":[1,"名单",null,{"a":1}],"cc":{},"printer":true,"print_date":20270110,
                "seal":"yes","extra":1}}"#,
        )
        .unwrap();
        assert_eq!(
            p.issuance,
            Some(Issuance {
                attachments: vec!["名单".into()],
                ..Issuance::default()
            })
        );
        let p =
            Plan::from_json(r#"{"kind":"plan","issuance":{"attachments":"一份名单"}}"#).unwrap();
        assert_eq!(p.issuance.unwrap().attachments, vec!["一份名单"]);
        let p = Plan::from_json(r#"{"kind":"plan","issuance":{}}"#).unwrap();
        assert_eq!(p.issuance, Some(Issuance::default()));
    }

    #[test]
    fn hostile_strings_load_and_lone_surrogates_become_replacement_characters() {
        let p = Plan::from_json(
            r#"{"kind":"plan","issuance":{"issuer":"<script>\ud800</script>\u0000","signer":"\udc00",
                "attachments":["a\u0001"]}}"#,
        )
        .unwrap();
        let i = p.issuance.unwrap();
        assert_eq!(i.issuer, "<script>\u{fffd}</script>\u{0}");
        assert_eq!(i.signer.as_deref(), Some("\u{fffd}"));
        assert_eq!(i.attachments, vec!["a\u{1}"]);
    }

    #[test]
    fn normalize_splits_pasted_attachment_lists_and_trims_the_print_date() {
        let mut i = Issuance {
            attachments: vec![
                "名单\r\n\r\n日程  \n".into(),
                "".into(),
                "\n".into(),
                "须知".into(),
            ],
            print_date: Some(" 2027-01-10 ".into()),
            ..Issuance::default()
        };
        i.normalize();
        assert_eq!(i.attachments, vec!["名单", "日程", "", "", "须知"]);
        assert_eq!(i.print_date.as_deref(), Some("2027-01-10"));
        i.print_date = Some("  ".into());
        i.normalize();
        assert_eq!(i.print_date, None);
        // A normalised value is a fixed point.
        let mut j = full();
        j.normalize();
        assert_eq!(j, full());
    }

    #[test]
    fn only_the_top_level_issuance_is_kept() {
        let p = Plan::from_json(
            r#"{"kind":"summary_and_plan","issuance":{"issuer":"甲"},"next":{"issuance":{"issuer":"乙"}}}"#,
        )
        .unwrap();
        assert_eq!(p.issuance.unwrap().issuer, "甲");
        assert_eq!(p.next.unwrap().issuance, None);
    }
}
