//! The headless 批量审阅 API: `reviewBatch` and `exportReview` (full module
//! only; they never touch the DOM and run in Node 20).

use super::{err, get};
use crate::core::review::{self, Options, Review};
use wasm_bindgen::prelude::*;

/// The options from JS: `{ year?: number, expected?: string[] | string }`.
fn options(v: &JsValue) -> Options {
    let year = get(v, "year")
        .as_f64()
        .filter(|y| y.is_finite() && y.abs() < 1e6)
        .map(|y| y as i32);
    let expected = get(v, "expected");
    let expected = if let Some(text) = expected.as_string() {
        review::parse_expected(&text)
    } else if js_sys::Array::is_array(&expected) {
        js_sys::Array::from(&expected)
            .iter()
            .filter_map(|e| e.as_string())
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    Options { year, expected }
}

/// The bytes of one file: a `Uint8Array`, an `ArrayBuffer` or an array of numbers.
fn bytes_of(v: &JsValue) -> Vec<u8> {
    if v.is_undefined() || v.is_null() {
        Vec::new()
    } else if v.is_instance_of::<js_sys::ArrayBuffer>()
        || v.is_instance_of::<js_sys::Uint8Array>()
        || js_sys::Array::is_array(v)
    {
        js_sys::Uint8Array::new(v).to_vec()
    } else {
        Vec::new()
    }
}

/// Reviews many files at once: `files` is `[{ name, bytes }]`; every file
/// gives a row, also when it cannot be read (the reason in Chinese).
/// Returns the `Review` (rows, links, duplicates, missing_units, notices).
#[wasm_bindgen(js_name = reviewBatch)]
pub fn review_batch(files: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    if !js_sys::Array::is_array(&files) {
        return Err(err("reviewBatch 需要文件数组：[{ name, bytes }]。"));
    }
    let mut r = review::Reviewer::new(self::options(&options));
    for f in js_sys::Array::from(&files).iter() {
        let name = get(&f, "name")
            .as_string()
            .unwrap_or_else(|| "（未命名文件）".into());
        let bytes = bytes_of(&get(&f, "bytes"));
        r.add(&name, &bytes, crate::gb18030::decode);
    }
    Ok(review_to_js(&r.finish()))
}

fn review_to_js(review: &Review) -> JsValue {
    js_sys::JSON::parse(&review.to_json()).unwrap_or(JsValue::NULL)
}

/// A review from JS: the object `reviewBatch` returned, or its JSON text.
fn review_from_js(v: &JsValue) -> Result<Review, JsError> {
    let text = match v.as_string() {
        Some(s) => s,
        None if v.is_object() => js_sys::JSON::stringify(v)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default(),
        None => return Err(err("缺少审阅结果（review 为空）。")),
    };
    Review::from_json(&text).map_err(err)
}

/// The 审阅意见汇总表: `"html"`, `"docx"` (landscape table) or `"json"`.
#[wasm_bindgen(js_name = exportReview)]
pub fn export_review(review: JsValue, format: &str) -> Result<Vec<u8>, JsError> {
    review::export_review(&review_from_js(&review)?, format).map_err(err)
}

/// The download name of an exported review (`2027年度审阅意见汇总表.docx`).
#[wasm_bindgen(js_name = reviewFileName)]
pub fn review_file_name(review: JsValue, format: &str) -> Result<String, JsError> {
    Ok(review::file_name(&review_from_js(&review)?, format))
}

/// The 批量审阅 page mounted by `mountReview`.
#[wasm_bindgen]
pub struct ReviewView {
    mounted: Option<crate::app::review::Mounted>,
}

#[wasm_bindgen]
impl ReviewView {
    /// Removes the page.
    pub fn unmount(&mut self) {
        if let Some(m) = self.mounted.take() {
            m.unmount();
        }
    }
}

/// Mounts the 批量审阅 page inside `element`. Options: `{ storageKey?,
/// onClose? }` (`onClose` adds a 返回编写 button that calls it). Reviews
/// are saved under `storageKey` like drafts.
#[wasm_bindgen(js_name = mountReview)]
pub fn mount_review(element: web_sys::Element, options: JsValue) -> ReviewView {
    super::editor::install_panic_hook();
    let key = get(&options, "storageKey")
        .as_string()
        .unwrap_or_else(|| "union-plan".into());
    let onclose = get(&options, "onClose")
        .dyn_into::<js_sys::Function>()
        .ok()
        .map(|f| {
            yew::Callback::from(move |_: ()| {
                let _ = f.call0(&JsValue::NULL);
            })
        });
    ReviewView {
        mounted: Some(crate::app::review::mount(element, &key, onclose)),
    }
}
