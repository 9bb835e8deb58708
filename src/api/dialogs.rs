//! `renderImport`: 导入's body (paste or open a file, the review beside the
//! source, 导入为新草稿) drawn as plain DOM into an element, for the lite
//! editor's import dialog, which has no importer of its own
//! (`app::import_view`; full and tools modules only).

use super::err;
use wasm_bindgen::prelude::*;

/// Draws the import form into `element` (replacing its content): a file
/// input and drop area, a text box for pasted text, and after 识别 the review
/// (the source beside what was recognised, each decision, the document on
/// its sheets). `options`: `{ onImport(planJson), onClose() }`; 导入为新草稿
/// calls `onImport` with the recognised plan, 取消 calls `onClose`. Errors
/// (a broken file, an empty paste) are shown in the element in Chinese.
#[wasm_bindgen(js_name = renderImport)]
pub fn render_import(element: web_sys::Element, options: JsValue) -> Result<(), JsError> {
    crate::app::import_view::render(&element, &options).map_err(|_| err("导入界面无法显示。"))
}
