//! The 对比上年 panel's content, full module only: the choice of last
//! year's document (a draft, or a file through the importer), the HTML
//! export for the chair, and the comparison (last year | this year,
//! sentence by sentence), drawn as plain DOM into an element the editor
//! gives. The lite editor reaches it through `app::tools` (the JS export
//! `renderComparison`), so none of this is in its module.
//!
//! User text reaches the DOM only as text nodes. The container keeps the
//! latest options and plans as properties (replaced on each render) and
//! one click and one change listener read them: a difference is a button
//! with its field's `Target` as JSON (`data-target`) → `onJump(json)`; the
//! draft list → `onPick(id)`; a file → the importer → `onImport(planJson)`.

use super::dom::{call, el, listen, prop, set_options};
use crate::core::model::Plan;
use crate::core::yoy::{compare, comparison_html, summary, Comparison, PartDiff, Status};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

const PREV: &str = "__upPrev";
const CUR: &str = "__upCur";

/// Shows `msg` at the top of the panel (one message at a time).
fn show_error(root: &Element, msg: &str) {
    let e = match root.query_selector(".up-cmp-error") {
        Ok(Some(e)) => e,
        _ => {
            let Some(doc) = root.owner_document() else {
                return;
            };
            let Ok(e) = el(&doc, "p", "up-notice up-notice-warn up-cmp-error", None) else {
                return;
            };
            let _ = e.set_attribute("role", "alert");
            let _ = root.prepend_with_node_1(&e);
            e
        }
    };
    e.set_text_content(Some(msg));
}

fn plan_prop(root: &Element, key: &str) -> Option<Plan> {
    prop(root, key)
        .as_string()
        .and_then(|s| Plan::from_json(&s).ok())
}

fn on_click(root: &Element, e: web_sys::Event) {
    let Some(hit) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if let Ok(Some(b)) = hit.closest("[data-target]") {
        if let Some(t) = b.get_attribute("data-target") {
            call(root, "onJump", &[t.into()]);
        }
    } else if let Ok(Some(_)) = hit.closest(".up-cmp-export") {
        let (Some(p), Some(c)) = (plan_prop(root, PREV), plan_prop(root, CUR)) else {
            return;
        };
        let html = comparison_html(&compare(&p, &c));
        let name = format!("{}年与{}年对比.html", p.year, c.year);
        if let Err(msg) =
            crate::download::download(html.as_bytes(), &name, "text/html;charset=utf-8")
        {
            show_error(root, &msg);
        }
    }
}

fn on_change(root: &Element, e: web_sys::Event) {
    let Some(t) = e.target() else { return };
    if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
        if !s.value().is_empty() {
            call(root, "onPick", &[s.value().into()]);
        }
        return;
    }
    let Some(input) = t.dyn_ref::<web_sys::HtmlInputElement>() else {
        return;
    };
    let Some(file) = input.files().and_then(|l| l.get(0)) else {
        return;
    };
    input.set_value("");
    let name = file.name();
    let root = root.clone();
    let file = gloo::file::File::from(file);
    let reader = gloo::file::callbacks::read_as_bytes(&file, move |res| {
        let r = res
            .map_err(|_| "读取失败，请重新选择文件。".to_string())
            .and_then(|b| crate::core::read::read_import(&b, &name, crate::gb18030::decode));
        match r {
            Ok(doc) => call(&root, "onImport", &[doc.plan.to_json().into()]),
            Err(msg) => show_error(&root, &format!("“{name}”无法导入：{msg}")),
        }
    });
    // The read finishes on its own; dropping the handle would cancel it.
    std::mem::forget(reader);
}

/// Binds the container's two listeners, once per container.
fn bind(root: &Element) -> Result<(), JsValue> {
    listen(root, &[("click", on_click), ("change", on_change)])
}

/// Draws the panel into `root` (replacing what was there). `options`:
/// `{ drafts: [{ id, title }], chosen, onJump, onPick, onImport }`; without
/// `drafts` or `onPick` no choice is offered (the comparison alone).
pub fn render(
    root: &Element,
    previous: Option<&Plan>,
    current: &Plan,
    options: &JsValue,
) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    bind(root)?;
    set_options(root, options)?;
    Reflect::set(
        root,
        &PREV.into(),
        &previous.map_or(JsValue::NULL, |p| p.to_json().into()),
    )?;
    Reflect::set(root, &CUR.into(), &JsValue::from_str(&current.to_json()))?;
    root.set_text_content(None);
    if prop(options, "onPick").is_function() {
        choice(&doc, root, options)?;
    }
    let Some(prev) = previous else {
        let hint = el(&doc, "p", "up-hint", Some("选择上年的草稿，或导入上年的文件，即可逐段对比今年改了哪些；检查清单也会提示照搬上年的段落、遗留的年份和节日日期，以及上年未完成却没有交代的工作。"))?;
        root.append_child(&hint)?;
        return Ok(());
    };
    let export = el(
        &doc,
        "button",
        "up-btn up-cmp-export",
        Some("导出对比（HTML，供审阅）"),
    )?;
    export.set_attribute("type", "button")?;
    root.append_child(&export)?;
    view(&doc, root, &compare(prev, current))
}

/// The draft list and the file input.
fn choice(doc: &Document, root: &Element, options: &JsValue) -> Result<(), JsValue> {
    let chosen = prop(options, "chosen").as_string().unwrap_or_default();
    let label = el(doc, "label", "up-row up-label", Some("上年的材料 "))?;
    let select = el(doc, "select", "up-input up-cmp-pick", None)?;
    let first = el(doc, "option", "", Some("选择一份草稿……"))?;
    first.set_attribute("value", "")?;
    select.append_child(&first)?;
    let drafts = js_sys::Array::from(&prop(options, "drafts"));
    for d in drafts.iter() {
        let id = prop(&d, "id").as_string().unwrap_or_default();
        let title = prop(&d, "title").as_string().unwrap_or_default();
        let o = el(doc, "option", "", Some(&title))?;
        o.set_attribute("value", &id)?;
        if id == chosen {
            o.set_attribute("selected", "")?;
        }
        select.append_child(&o)?;
    }
    label.append_child(&select)?;
    root.append_child(&label)?;
    let file = el(
        doc,
        "label",
        "up-row up-label",
        Some("或从文件导入上年的材料（.docx、.txt、.md、.json） "),
    )?;
    let input = el(doc, "input", "up-cmp-file", None)?;
    input.set_attribute("type", "file")?;
    input.set_attribute("accept", ".txt,.md,.docx,.json")?;
    file.append_child(&input)?;
    root.append_child(&file)?;
    Ok(())
}

/// The comparison itself.
pub fn view(doc: &Document, root: &Element, c: &Comparison) -> Result<(), JsValue> {
    let head = el(doc, "p", "up-cmp-summary", Some(&summary(c)))?;
    root.append_child(&head)?;
    let legend = format!(
        "左栏为上年“{}”，右栏为今年。点击有改动的句子可跳到对应的位置修改。",
        c.previous.title.replace('\n', "")
    );
    let hint = el(doc, "p", "up-hint", Some(&legend))?;
    root.append_child(&hint)?;
    for p in &c.parts {
        let sec = part(doc, p)?;
        root.append_child(&sec)?;
    }
    Ok(())
}

fn target_json(t: &crate::core::steps::Target) -> String {
    serde_json::to_string(t).unwrap_or_default()
}

fn part(doc: &Document, p: &PartDiff) -> Result<Element, JsValue> {
    let sec = el(
        doc,
        "section",
        &format!("up-cmp-part up-cmp-{}", p.status.id()),
        None,
    )?;
    let h = el(doc, "h3", "up-cmp-name", None)?;
    let title = format!("{}（{}）", p.name, p.status.label());
    match &p.target {
        Some(t) => {
            let b = el(doc, "button", "up-cmp-jump", Some(&title))?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-target", &target_json(t))?;
            h.append_child(&b)?;
        }
        None => h.set_text_content(Some(&title)),
    }
    sec.append_child(&h)?;
    if p.status == Status::Unchanged {
        let n = p.sentences.len();
        let same = el(
            doc,
            "p",
            "up-cmp-same",
            Some(&format!("与上年相同（{n} 句）")),
        )?;
        sec.append_child(&same)?;
        return Ok(sec);
    }
    let rows = el(doc, "div", "up-cmp-rows", None)?;
    for s in &p.sentences {
        let row = el(
            doc,
            "div",
            &format!("up-cmp-row up-cmp-{}", s.status.id()),
            None,
        )?;
        let (old, new) = match s.status {
            Status::Unchanged => (s.text.as_str(), s.text.as_str()),
            Status::Added => ("", s.text.as_str()),
            Status::Removed => (s.text.as_str(), ""),
            Status::Changed => (s.previous.as_deref().unwrap_or(""), s.text.as_str()),
        };
        let left = el(doc, "div", "up-cmp-old", Some(old))?;
        row.append_child(&left)?;
        let right = el(doc, "div", "up-cmp-new", None)?;
        match (&s.target, s.status) {
            (Some(t), st) if st != Status::Unchanged => {
                let label = if new.is_empty() {
                    "（已删去）"
                } else {
                    new
                };
                let b = el(doc, "button", "up-cmp-jump", None)?;
                b.set_attribute("type", "button")?;
                b.set_attribute("data-target", &target_json(t))?;
                let tag = el(doc, "span", "up-cmp-tag", Some(s.status.label()))?;
                b.append_child(&tag)?;
                b.append_child(&doc.create_text_node(label))?;
                right.append_child(&b)?;
            }
            _ => right.set_text_content(Some(new)),
        }
        row.append_child(&right)?;
        rows.append_child(&row)?;
    }
    sec.append_child(&rows)?;
    Ok(sec)
}
