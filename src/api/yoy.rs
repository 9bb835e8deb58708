//! Year over year in the JS API (full module only): `nextYear`, `compare`,
//! `comparisonHtml`, and `renderComparison` (the 对比上年 view, which the
//! lite editor shows through `app::tools`). `checkPlan(plan, previous)`
//! lives with the checklist in `headless.rs`.

use super::{err, plan_from_js, plan_to_js, to_js};
use crate::core::yoy;
use wasm_bindgen::prelude::*;

/// 新建下一年度: next year's draft of a plan or summary (the argument is
/// not changed). Year and period +1, title and signature date follow,
/// schedule dates of the moving holidays become next year's, tracking is
/// cleared, `previous` names the source. A 总结暨明年计划 with a next
/// year's plan starts from that plan.
#[wasm_bindgen(js_name = nextYear)]
pub fn next_year(plan: JsValue) -> Result<JsValue, JsError> {
    let plan = plan_from_js(&plan)?;
    Ok(plan_to_js(&yoy::next_year(&plan)))
}

/// What changed from last year's document to this one: a `Comparison`
/// (see union_plan.d.ts): per part and per priority `added`, `removed`,
/// `changed` or `unchanged`, with sentence-level differences.
#[wasm_bindgen]
pub fn compare(previous: JsValue, current: JsValue) -> Result<JsValue, JsError> {
    let (p, c) = two(&previous, &current)?;
    Ok(to_js(&yoy::compare(&p, &c)))
}

/// The comparison as a standalone HTML page (UTF-8 text) for the chair's
/// review: the two years side by side, part by part.
#[wasm_bindgen(js_name = comparisonHtml)]
pub fn comparison_html(previous: JsValue, current: JsValue) -> Result<String, JsError> {
    let (p, c) = two(&previous, &current)?;
    Ok(yoy::comparison_html(&yoy::compare(&p, &c)))
}

fn two(
    previous: &JsValue,
    current: &JsValue,
) -> Result<(crate::core::model::Plan, crate::core::model::Plan), JsError> {
    let p = plan_from_js(previous).map_err(|e| err(format!("上年的材料：{}", msg(e))))?;
    let c = plan_from_js(current).map_err(|e| err(format!("今年的材料：{}", msg(e))))?;
    Ok((p, c))
}

/// The message of an error made by `err`.
pub(super) fn msg(e: JsError) -> String {
    let v: JsValue = e.into();
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

use wasm_bindgen::JsCast;

/// Draws the 对比上年 panel into `element` (replacing its content): with
/// `previous` (null: none chosen yet) the comparison, last year | this year
/// sentence by sentence, and an HTML export button. `options` (optional):
/// `{ onJump(targetJson), drafts: [{ id, title }], chosen, onPick(id),
/// onImport(planJson) }`; with `onPick` the panel offers the drafts and a
/// file (read by the importer) as last year's document. The lite editor
/// draws its panel through this.
#[wasm_bindgen(js_name = renderComparison)]
pub fn render_comparison(
    element: web_sys::Element,
    previous: JsValue,
    current: JsValue,
    options: JsValue,
) -> Result<(), JsError> {
    let c = plan_from_js(&current).map_err(|e| err(format!("今年的材料：{}", msg(e))))?;
    let p = if previous.is_null() || previous.is_undefined() {
        None
    } else {
        Some(plan_from_js(&previous).map_err(|e| err(format!("上年的材料：{}", msg(e))))?)
    };
    crate::app::compare_view::render(&element, p.as_ref(), &c, &options)
        .map_err(|_| err("对比视图无法显示。"))
}
