//! The headless half of the JS API: import, export, checklist, calendar,
//! summary, templates, guidance. Pure functions of their arguments; they
//! never touch the DOM and run in Node 20. Only in the full module
//! (`union_plan.js`); the lite editor module calls them from there
//! (`app::tools`).

use super::{err, get, plan_from_js, plan_to_js, to_js};
use wasm_bindgen::prelude::*;

/// Exports a plan: `"json"`, and the formats listed by `exportFormats()`.
/// Unknown formats throw an Error whose message names the format.
#[wasm_bindgen(js_name = exportPlan)]
pub fn export_plan(plan: JsValue, format: &str) -> Result<Vec<u8>, JsError> {
    let plan = plan_from_js(&plan)?;
    crate::core::export::export(&plan, format).map_err(err)
}

/// The format names `exportPlan` accepts.
#[wasm_bindgen(js_name = exportFormats)]
pub fn export_formats() -> Vec<String> {
    crate::core::export::FORMATS
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// The download file name for a plan in a format (`2025年工会工作计划.docx`).
#[wasm_bindgen(js_name = fileName)]
pub fn file_name(plan: JsValue, format: &str) -> Result<String, JsError> {
    Ok(crate::core::export::file_name(
        &plan_from_js(&plan)?,
        format,
    ))
}

/// Holidays, union days and lunar festivals of a year:
/// `[{ name, date: "YYYY-MM-DD", kind: "holiday" | "union" | "lunar" }]`.
#[wasm_bindgen(js_name = unionCalendar)]
pub fn union_calendar(year: i32) -> JsValue {
    to_js(&crate::core::calendar::union_calendar(year))
}

/// A signature date in `"arabic"` (2025年12月20日) or `"chinese"`
/// (二〇二五年十二月二十日) form. Throws on a date that is not `YYYY-MM-DD`.
#[wasm_bindgen(js_name = formatDate)]
pub fn format_date(iso: &str, style: &str) -> Result<String, JsError> {
    use crate::core::model::DateStyle;
    let style = match style {
        "arabic" | "" => DateStyle::Arabic,
        "chinese" => DateStyle::Chinese,
        other => {
            return Err(err(format!(
                "未知的日期写法 \"{other}\"（可用：arabic、chinese）"
            )))
        }
    };
    crate::core::dates::format_iso(iso, style).map_err(err)
}

/// Usual union activities for a month and organisation type:
/// `[{ id, text }]`.
#[wasm_bindgen(js_name = monthSuggestions)]
pub fn month_suggestions(org_type: &str, month: u8) -> JsValue {
    to_js(&crate::core::suggestions::suggestions(org_type, month))
}

/// Drafts the year-end summary from a tracked plan (the plan is not
/// changed). Options: `{ withNextPlan: bool }`.
#[wasm_bindgen]
pub fn summarize(plan: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let plan = plan_from_js(&plan)?;
    let with_next = get(&options, "withNextPlan").as_bool().unwrap_or(false);
    Ok(plan_to_js(&crate::core::summarize::summarize(
        &plan, with_next,
    )))
}

fn imported_to_js(
    plan: &crate::core::model::Plan,
    report: &crate::core::import::Report,
    source: Option<&str>,
) -> JsValue {
    // Assembled as text so the plan is serialized by its one (compact) serializer.
    let report = serde_json::to_string(report).unwrap_or_else(|_| "null".into());
    let source = source
        .map(|s| format!(",\"source\":{}", serde_json::Value::String(s.to_string())))
        .unwrap_or_default();
    let text = format!(
        "{{\"plan\":{},\"report\":{report}{source}}}",
        plan.to_json()
    );
    js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL)
}

/// Turns the text of an existing plan or summary into a plan (never throws
/// for text; unrecognised lines join the nearest body, nothing is lost).
#[wasm_bindgen(js_name = importText)]
pub fn import_text(text: &str) -> JsValue {
    plan_to_js(&crate::core::import::import_text(text).plan)
}

/// Like `importText`, with what was recognised: `{ plan, report }` where
/// `report` has `title_lines`, `kind_detected`, `sections`, `schedule`
/// (months per entry), `signature` ([organisation, date] or null), `notes`.
#[wasm_bindgen(js_name = importTextWithReport)]
pub fn import_text_with_report(text: &str) -> JsValue {
    let imp = crate::core::import::import_text(text);
    imported_to_js(&imp.plan, &imp.report, None)
}

/// Imports a file's bytes: `.txt`/`.md` (UTF-8, UTF-16 or GB18030),
/// `.docx`, or our own `.json`. Returns `{ plan, report, source }`
/// (`source`: the text that was read, for showing beside the result);
/// throws an Error with a Chinese message saying what is wrong with the file.
#[wasm_bindgen(js_name = importFile)]
pub fn import_file(bytes: &[u8], file_name: &str) -> Result<JsValue, JsError> {
    let doc =
        crate::core::read::read_import(bytes, file_name, crate::gb18030::decode).map_err(err)?;
    Ok(imported_to_js(&doc.plan, &doc.report, Some(&doc.source)))
}

/// The checklist: `[{ id, level: "error"|"warning"|"ok", message, why, target }]`.
/// With `previous` (last year's document), also the `previous:*` rules:
/// text copied unchanged, last year's year or holiday dates left in,
/// unfinished work that disappeared.
// Not in the tools module: the editor links the checklist and the guidance
// itself (they are on its first screen).
#[cfg(not(feature = "tools"))]
#[wasm_bindgen(js_name = checkPlan)]
pub fn check_plan(plan: JsValue, previous: JsValue) -> Result<JsValue, JsError> {
    let plan = plan_from_js(&plan)?;
    let previous = previous_from_js(&previous)?;
    Ok(to_js(&crate::core::check::check_with(
        &plan,
        previous.as_ref(),
    )))
}

/// An optional `previous` plan: absent (undefined or null) is none.
#[cfg(not(feature = "tools"))]
fn previous_from_js(v: &JsValue) -> Result<Option<crate::core::model::Plan>, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    plan_from_js(v)
        .map(Some)
        .map_err(|e| err(format!("上年的材料：{}", super::yoy::msg(e))))
}

/// `checkPlan` as JSON text, for callers that pass the result on rather
/// than read it (skips building ~500 JS objects).
#[cfg(not(feature = "tools"))]
#[wasm_bindgen(js_name = checkPlanJson)]
pub fn check_plan_json(plan: JsValue, previous: JsValue) -> Result<String, JsError> {
    let plan = plan_from_js(&plan)?;
    let previous = previous_from_js(&previous)?;
    serde_json::to_string(&crate::core::check::check_with(&plan, previous.as_ref())).map_err(err)
}

/// Starter templates: `[{ id, org_type, kind, name, plan }]` (a plan and a
/// summary for each organisation type; each passes the checklist once
/// organisation and year are filled in).
#[wasm_bindgen]
pub fn templates() -> JsValue {
    to_js(&crate::core::templates::templates())
}

/// Training-mode guidance for a step: `{ step, purpose, how, mistakes, examples }`.
#[cfg(not(feature = "tools"))]
#[wasm_bindgen]
pub fn guidance(step: &str, kind: &str, org_type: &str) -> Result<JsValue, JsError> {
    let step = crate::core::steps::Step::from_id(step).ok_or_else(|| err(format!("未知的步骤 \"{step}\"（可用：basic、guiding、goals、main、measures、schedule、problems、signature）")))?;
    let kind = crate::core::model::Kind::from_id(kind).unwrap_or_default();
    Ok(to_js(&crate::core::training::guidance(
        step, kind, org_type,
    )))
}
