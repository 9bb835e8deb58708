//! A plan read by hand from a `serde_json::Value`.
//!
//! The derived `Deserialize` it replaced cost the editor module 14 KB gzip: a
//! visitor per type, each with a map and a sequence form, and a second copy
//! for the templates' plans (ARCHITECTURE.md "Size"). The rules are the
//! derive's, so every document loads as before:
//! - a missing field takes its default, a field nobody knows is ignored;
//! - a field of the wrong type is an error naming where it is
//!   (`sections[2].heading：应为文字`), which `Plan::from_value` reports as
//!   `LoadError::Shape`; `null` is "none" only where the field is optional;
//! - `format`, `issuance`, `headings`, `previous` and the fields of a duty
//!   are lenient: a wrongly typed setting takes its default, never an error.
//!
//! Writing stays with the derived `Serialize` (the same bytes as ever).

use super::duty::{DUTY_KEYS, ENTRY_KEYS};
use super::*;
use crate::core::json_read::*;
use serde_json::Value;

pub(crate) fn kind(v: &Value) -> Read<Kind> {
    let ids = Kind::ALL.map(|k| (k.id(), k));
    one_of(v, &ids)
}

fn status(v: &Value) -> Read<Status> {
    let ids = [
        ("done", Status::Done),
        ("partial", Status::Partial),
        ("not_done", Status::NotDone),
        ("cancelled", Status::Cancelled),
    ];
    one_of(v, &ids)
}

fn date_style(v: &Value) -> Read<DateStyle> {
    let ids = [
        ("arabic", DateStyle::Arabic),
        ("chinese", DateStyle::Chinese),
    ];
    one_of(v, &ids)
}

fn period(v: &Value) -> Read<Period> {
    let mut p = Period::default();
    Fields::of(v)?.set(&mut p.start_month, "start_month", whole)?;
    Ok(p)
}

pub(crate) fn track(v: &Value) -> Read<Track> {
    let f = Fields::of(v)?;
    let mut t = Track::default();
    f.set(&mut t.status, "status", status)?;
    f.set(&mut t.note, "note", text)?;
    f.set_some(&mut t.participants, "participants", whole)?;
    f.set_some(&mut t.amount, "amount", number)?;
    f.set_some(&mut t.count, "count", whole)?;
    Ok(t)
}

/// The text fields of a duty, leniently: anything but text is empty.
fn duty_texts<const N: usize>(v: &Value, keys: [&str; N]) -> Read<[String; N]> {
    let f = Fields::of(v)?;
    Ok(keys.map(|k| f.get(k).and_then(Value::as_str).unwrap_or("").to_string()))
}

fn duty(v: &Value) -> Read<Duty> {
    let [lead, partners, owner, due, target] = duty_texts(v, DUTY_KEYS)?;
    Ok(Duty {
        lead,
        partners,
        owner,
        due,
        target,
    })
}

fn entry_duty(v: &Value) -> Read<EntryDuty> {
    let [owner, scope, note] = duty_texts(v, ENTRY_KEYS)?;
    Ok(EntryDuty { owner, scope, note })
}

fn item(v: &Value) -> Read<Item> {
    let f = Fields::of(v)?;
    let mut it = Item::default();
    f.set(&mut it.heading, "heading", text)?;
    f.set(&mut it.text, "text", text)?;
    f.set(&mut it.items, "items", |v| list(v, item))?;
    f.set_some(&mut it.track, "track", track)?;
    f.set_some(&mut it.duty, "duty", duty)?;
    Ok(it)
}

fn section(v: &Value) -> Read<Shared<Section>> {
    let f = Fields::of(v)?;
    let mut s = Section::default();
    f.set(&mut s.heading, "heading", text)?;
    f.set(&mut s.body, "body", text)?;
    f.set(&mut s.items, "items", |v| list(v, item))?;
    f.set_some(&mut s.track, "track", track)?;
    f.set_some(&mut s.duty, "duty", duty)?;
    Ok(Shared::new(s))
}

fn entry(v: &Value) -> Read<ScheduleEntry> {
    let f = Fields::of(v)?;
    let mut e = ScheduleEntry::default();
    f.set(&mut e.months, "months", |v| list(v, whole))?;
    f.set(&mut e.activities, "activities", |v| list(v, text))?;
    f.set(&mut e.tracking, "tracking", |v| {
        list(v, |v| maybe(v, track))
    })?;
    f.set(&mut e.duties, "duties", |v| {
        list(v, |v| maybe(v, entry_duty))
    })?;
    Ok(e)
}

fn signature(v: &Value) -> Read<Signature> {
    let f = Fields::of(v)?;
    let mut s = Signature::default();
    f.set(&mut s.organization, "organization", text)?;
    f.set_some(&mut s.date, "date", text)?;
    f.set(&mut s.date_style, "date_style", date_style)?;
    Ok(s)
}

impl Format {
    /// Reads a `format` object leniently: a setting of the wrong type or an
    /// unknown id takes its default.
    pub fn from_value(v: &Value) -> Format {
        let id = |key: &str| v.get(key).and_then(Value::as_str).unwrap_or("");
        Format {
            fonts: Fonts::from_id(id("fonts")).unwrap_or_default(),
            page_numbers: PageNumbers::from_id(id("page_numbers")).unwrap_or_default(),
            task_table: v.get("task_table").and_then(Value::as_bool) == Some(true),
            schedule: match id("schedule") {
                "table" => ScheduleLayout::Table,
                _ => ScheduleLayout::List,
            },
        }
    }
}

/// A plan as written, without `Plan::from_value`'s checks (schema, known
/// fields) or `normalize`: those apply to the top-level document only.
pub(crate) fn plan(v: &Value) -> Read<Plan> {
    let f = Fields::of(v)?;
    let mut p = Plan::default();
    f.set(&mut p.schema, "schema", whole)?;
    f.set(&mut p.kind, "kind", kind)?;
    f.set(&mut p.title, "title", text)?;
    f.set(&mut p.organization, "organization", text)?;
    f.set(&mut p.org_type, "org_type", text)?;
    f.set(&mut p.year, "year", whole)?;
    f.set(&mut p.period, "period", period)?;
    f.set(&mut p.guiding, "guiding", text)?;
    f.set(&mut p.goals, "goals", text)?;
    f.set(&mut p.sections, "sections", |v| list(v, section))?;
    f.set(&mut p.measures, "measures", text)?;
    f.set(&mut p.schedule, "schedule", |v| {
        list(v, entry).map(Shared::new)
    })?;
    f.set(&mut p.problems, "problems", text)?;
    f.set_some(&mut p.next, "next", |v| plan(v).map(Box::new))?;
    f.set(&mut p.signature, "signature", signature)?;
    p.format = f.object("format").map(Format::from_value);
    p.issuance = f.object("issuance").map(Issuance::from_value);
    p.headings = f
        .get("headings")
        .map(Headings::from_value)
        .unwrap_or_default();
    p.previous = f.object("previous").map(Previous::from_value);
    Ok(p)
}

/// For a plan inside other JSON (a template's `plan`, the headless API's
/// arguments): read through `Value` by the reader above, so the wasm holds
/// one plan reader.
impl<'de> serde::Deserialize<'de> for Plan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Plan, D::Error> {
        let v = <Value as serde::Deserialize>::deserialize(d)?;
        plan(&v).map_err(|e| serde::de::Error::custom(e.trim_start_matches('：')))
    }
}

/// For a kind inside other JSON (a draft's entry in the index, a template).
impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        let v = <Value as serde::Deserialize>::deserialize(d)?;
        kind(&v).map_err(|e| serde::de::Error::custom(e.trim_start_matches('：')))
    }
}

#[cfg(test)]
mod tests {
    use crate::core::model::{LoadError, Plan};

    fn shape(json: &str) -> String {
        match Plan::from_json(json) {
            Err(LoadError::Shape(m)) => m,
            other => panic!("{json}: expected a shape error, got {other:?}"),
        }
    }

    #[test]
    fn a_wrongly_typed_field_is_named_with_its_place() {
        assert_eq!(shape(r#"{"title":5}"#), "title：应为文字");
        assert_eq!(
            shape(r#"{"sections":[{"heading":"一"},{"items":[{"text":null}]}]}"#),
            "sections[1].items[0].text：应为文字"
        );
        assert_eq!(
            shape(r#"{"kind":"plan","schedule":[{"months":[7,"八"]}]}"#),
            "schedule[0].months[1]：应为整数"
        );
        assert_eq!(shape(r#"{"kind":"poem"}"#), "kind：不认识的取值“poem”");
        assert_eq!(shape(r#"{"kind":"plan","year":2025.5}"#), "year：应为整数");
        assert_eq!(
            shape(r#"{"kind":"plan","period":{"start_month":13.0}}"#),
            "period.start_month：应为整数"
        );
        assert_eq!(
            shape(r#"{"kind":"plan","period":{"start_month":300}}"#),
            "period.start_month：应为整数"
        );
        assert_eq!(shape(r#"{"sections":{}}"#), "sections：应为列表");
        assert_eq!(shape(r#"{"sections":[[]]}"#), "sections[0]：应为对象");
        assert_eq!(
            shape(r#"{"sections":[{"track":{"amount":"三千"}}]}"#),
            "sections[0].track.amount：应为数字"
        );
        assert_eq!(
            shape(r#"{"kind":"plan","next":{"title":1}}"#),
            "next.title：应为文字"
        );
        // the user sees it inside the Chinese message of `LoadError`
        let msg = Plan::from_json(r#"{"title":5}"#).unwrap_err().to_string();
        assert!(msg.contains("（title：应为文字）"), "{msg}");
    }

    #[test]
    fn null_is_none_only_where_a_field_is_optional() {
        let p = Plan::from_json(
            r#"{"kind":"plan","next":null,"signature":{"date":null},
                "sections":[{"track":null,"duty":null,"items":[{"track":{"amount":null,"count":3}}]}],
                "schedule":[{"months":[1],"activities":["甲","乙"],"tracking":[null,{"status":"partial"}],"duties":[null]}]}"#,
        )
        .unwrap();
        assert_eq!(p.next, None);
        assert_eq!(p.signature.date, None);
        assert_eq!(p.sections[0].track, None);
        let t = p.sections[0].items[0].track.clone().unwrap();
        assert_eq!((t.amount, t.count), (None, Some(3)));
        assert_eq!(p.schedule[0].tracking.len(), 2);
        assert_eq!(p.schedule[0].tracking[0], None);
        assert_eq!(shape(r#"{"title":null}"#), "title：应为文字");
        assert_eq!(shape(r#"{"sections":null}"#), "sections：应为列表");
        assert_eq!(
            shape(r#"{"kind":"plan","signature":null}"#),
            "signature：应为对象"
        );
    }

    #[test]
    fn missing_fields_keep_their_defaults_and_unknown_ones_are_ignored() {
        let p = Plan::from_json(r#"{"title":"标题","colour":"red","period":{}}"#).unwrap();
        let d = Plan::default();
        assert_eq!((p.year, p.period.start_month, p.kind), (d.year, 1, d.kind));
        assert_eq!(p.title, "标题");
        let p = Plan::from_json(r#"{"kind":"plan","sections":[{}],"schedule":[{}]}"#).unwrap();
        assert_eq!(p.sections[0].heading, "");
        assert!(p.schedule[0].months.is_empty());
    }

    #[test]
    fn lenient_parts_never_fail() {
        let p = Plan::from_json(
            r#"{"kind":"plan","format":{"fonts":3,"page_numbers":"center","task_table":"yes","schedule":"table"},
                "issuance":[1],"headings":"x","previous":{"year":"x"},
                "sections":[{"duty":{"lead":5,"owner":"办公室"}}]}"#,
        )
        .unwrap();
        let f = p.format.unwrap();
        assert_eq!(f.page_numbers, crate::core::model::PageNumbers::Center);
        assert_eq!(f.fonts, crate::core::model::Fonts::default());
        assert!(!f.task_table);
        assert_eq!(f.schedule, crate::core::model::ScheduleLayout::Table);
        assert_eq!(p.issuance, None);
        assert!(p.headings.is_empty());
        assert_eq!(p.previous.unwrap().year, 0);
        let d = p.sections[0].duty.clone().unwrap();
        assert_eq!((d.lead.as_str(), d.owner.as_str()), ("", "办公室"));
        // but a duty that is not an object is an error, as it always was
        assert_eq!(
            shape(r#"{"sections":[{"duty":"工会"}]}"#),
            "sections[0].duty：应为对象"
        );
    }
}
