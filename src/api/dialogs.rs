//! The views the lite editor has drawn by the tools module, as plain DOM
//! into an element it gives (full and tools modules only): `renderImport`,
//! 导入's body (paste or open a file, the review beside the source, 导入为新草稿;
//! `app::import_view`), and `renderTracking`, 执行跟踪 (`app::tracking_view`).

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

/// Draws 执行跟踪 for `plan` into `element`: each priority item and schedule
/// activity with its status (完成, 部分完成, 未完成, 取消), a note and figures
/// (人次, 金额, 场次), progress by priority, month and 牵头部门, and the two
/// 生成总结 buttons. `options`: `{ onTrack(key, trackJson), onGenerate(withNextPlan) }`;
/// `key` is `n:0-1` (priority 一、(二)) or `a:0-1` (the first schedule entry's
/// second activity), `trackJson` the whole `Track` or `null`. Call it again
/// with the changed plan: what the user is typing is kept.
#[wasm_bindgen(js_name = renderTracking)]
pub fn render_tracking(
    element: web_sys::Element,
    plan: JsValue,
    options: JsValue,
) -> Result<(), JsError> {
    let plan = super::plan_from_js(&plan)?;
    crate::app::tracking_view::render(&element, &plan, &options)
        .map_err(|_| err("执行跟踪无法显示。"))
}
