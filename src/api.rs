//! The one module that defines the JS API (`dist/pkg/union_plan.js`).
//! A public contract: add exports, never rename them. Headless functions
//! (`exportPlan`, `version`, …) never touch the DOM and run in Node 20.

//!
//! Three builds of the one crate share this module (ARCHITECTURE.md "Size"):
//! the full module (everything), the lite editor (`lite`: `mount` and
//! `Editor` only) and the tools module (`tools`: the headless functions the
//! lite editor calls, no editor and no Yew).

use crate::core::model::Plan;
use wasm_bindgen::prelude::*;

#[cfg(not(feature = "lite"))]
mod dialogs;
#[cfg(not(feature = "tools"))]
mod editor;
#[cfg(not(feature = "lite"))]
mod headless;
#[cfg(not(any(feature = "lite", feature = "tools")))]
mod review;
#[cfg(not(feature = "lite"))]
mod yoy;

#[cfg(not(feature = "tools"))]
pub use editor::{mount, test_panic, Editor};

pub(crate) fn err(msg: impl std::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

/// A plan given from JS: an object or a JSON string.
pub(crate) fn plan_from_js(v: &JsValue) -> Result<Plan, JsError> {
    let text = match v.as_string() {
        Some(s) => s,
        None => {
            if v.is_undefined() || v.is_null() {
                return Err(err("缺少计划数据（plan 为空）。"));
            }
            js_sys::JSON::stringify(v)
                .map_err(|_| err("计划数据无法转换为 JSON。"))?
                .as_string()
                .unwrap_or_default()
        }
    };
    Plan::from_json(&text).map_err(err)
}

pub(crate) fn plan_to_js(plan: &Plan) -> JsValue {
    js_sys::JSON::parse(&plan.to_json()).unwrap_or(JsValue::NULL)
}

pub(crate) fn get(obj: &JsValue, key: &str) -> JsValue {
    if obj.is_object() {
        js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// The library version (Cargo.toml).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

pub(crate) fn to_js<T: serde::Serialize>(v: &T) -> JsValue {
    serde_json::to_string(v)
        .ok()
        .and_then(|s| js_sys::JSON::parse(&s).ok())
        .unwrap_or(JsValue::NULL)
}
