//! 导入's body, drawn as plain DOM into the editor's import dialog
//! (`app::import`, the frame with its title and 关闭) by the module that
//! has the importer: the tools module through `renderImport`, the full
//! module directly. So the lite editor carries neither the importer nor
//! this view (ARCHITECTURE.md "Size").
//!
//! Paste text or open .txt/.md/.docx/.json (picker or drag-and-drop); the
//! review shows what was recognised beside the source (`review.rs`), the
//! document on its sheets (`sheets.rs`); 导入为新草稿 hands the plan's JSON
//! to `options.onImport`, 取消 calls `options.onClose`. Nothing is changed
//! before that: a failed import only says why.
//!
//! User text reaches the DOM only as text nodes. The container keeps the
//! options and the recognised plan as properties; one listener per event
//! kind, bound once on the container, reads them.

mod review;
mod sheets;

use crate::app::dom::{add, call, el, listen, prop, set_options};
use crate::core::read::{read_import, ImportedDoc};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, Event, HtmlInputElement, HtmlTextAreaElement};

/// The recognised plan's JSON, handed on by 导入为新草稿.
const PLAN: &str = "__upImported";
/// Larger files are not work plans (and would make the page wait).
const MAX_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
const ACCEPT: &str = ".txt,.md,.docx,.json,text/plain,text/markdown,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The part below the inputs: an error, or the review and its buttons.
fn output(root: &Element) -> Option<Element> {
    let out = root.query_selector(".up-imp-out").ok().flatten()?;
    out.set_text_content(None);
    let _ = Reflect::set(root, &PLAN.into(), &JsValue::UNDEFINED);
    Some(out)
}

fn show_error(root: &Element, msg: &str) {
    let (Some(out), Some(doc)) = (output(root), root.owner_document()) else {
        return;
    };
    if let Ok(p) = el(&doc, "p", "up-notice up-notice-warn", Some(msg)) {
        let _ = p.set_attribute("role", "alert");
        let _ = out.append_child(&p);
    }
}

fn show_result(root: &Element, imp: &ImportedDoc) -> Result<(), JsValue> {
    let (Some(out), Some(doc)) = (output(root), root.owner_document()) else {
        return Ok(());
    };
    let n = review::review(&doc, imp)?;
    out.append_child(&n)?;
    let row = el(&doc, "div", "up-row", None)?;
    for (class, label) in [
        ("up-btn up-btn-primary up-imp-confirm", "导入为新草稿"),
        ("up-btn up-imp-cancel", "取消"),
    ] {
        let b = el(&doc, "button", class, Some(label))?;
        b.set_attribute("type", "button")?;
        row.append_child(&b)?;
    }
    out.append_child(&row)?;
    Reflect::set(root, &PLAN.into(), &imp.plan.to_json().into())?;
    Ok(())
}

/// 识别粘贴的内容.
fn recognise(root: &Element) {
    let text = root
        .query_selector("textarea")
        .ok()
        .flatten()
        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .unwrap_or_default();
    if text.trim().is_empty() {
        return show_error(root, "请先粘贴计划或总结的全文。");
    }
    let imp = crate::core::import::import_text(&text);
    let doc = ImportedDoc {
        plan: imp.plan,
        report: imp.report,
        source: text,
    };
    if show_result(root, &doc).is_err() {
        show_error(root, "识别结果无法显示，请关闭后再试。");
    }
}

fn read_file(root: &Element, file: web_sys::File) {
    let name = file.name();
    if file.size() > MAX_BYTES {
        return show_error(
            root,
            "文件超过 20 MB，不像是一份工作计划。请确认选择的文件。",
        );
    }
    let root = root.clone();
    let file = gloo::file::File::from(file);
    let reader = gloo::file::callbacks::read_as_bytes(&file, move |res| {
        let Ok(bytes) = res else {
            return show_error(&root, &format!("读取“{name}”失败，请重新选择文件。"));
        };
        match read_import(&bytes, &name, crate::gb18030::decode) {
            Ok(doc) => {
                if show_result(&root, &doc).is_err() {
                    show_error(&root, "识别结果无法显示，请关闭后再试。");
                }
            }
            Err(msg) => show_error(&root, &format!("“{name}”无法导入：{msg}")),
        }
    });
    // The read finishes on its own; dropping the handle would cancel it.
    std::mem::forget(reader);
}

fn hit(e: &Event, selector: &str) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest(selector).ok().flatten())
        .is_some()
}

fn on_click(root: &Element, e: Event) {
    if hit(&e, ".up-imp-read") {
        recognise(root);
    } else if hit(&e, ".up-imp-confirm") {
        let plan = prop(root, PLAN);
        if plan.is_string() {
            call(root, "onImport", &[plan]);
        }
    } else if hit(&e, ".up-imp-cancel") {
        call(root, "onClose", &[]);
    }
}

fn on_change(root: &Element, e: Event) {
    let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    if let Some(f) = input.files().and_then(|l| l.get(0)) {
        read_file(root, f);
    }
    input.set_value("");
}

/// Drag-and-drop on the file area: it is marked while a file is over it.
fn on_drag(root: &Element, e: Event) {
    let Some(zone) = root.query_selector(".up-drop").ok().flatten() else {
        return;
    };
    if !hit(&e, ".up-drop") {
        return;
    }
    let active = match e.type_().as_str() {
        "dragover" => {
            e.prevent_default();
            true
        }
        "drop" => {
            e.prevent_default();
            let file = e
                .dyn_ref::<DragEvent>()
                .and_then(|d| d.data_transfer())
                .and_then(|d| d.files())
                .and_then(|l| l.get(0));
            if let Some(f) = file {
                read_file(root, f);
            }
            false
        }
        _ => false,
    };
    let _ = zone
        .class_list()
        .toggle_with_force("up-drop-active", active);
}

/// Binds the container's listeners, once per container.
fn bind(root: &Element) -> Result<(), JsValue> {
    listen(
        root,
        &[
            ("click", on_click),
            ("change", on_change),
            ("dragover", on_drag),
            ("dragleave", on_drag),
            ("drop", on_drag),
        ],
    )
}

/// Draws the import form into `root`, replacing its content. `options`:
/// `{ onImport(planJson), onClose() }`.
pub fn render(root: &Element, options: &JsValue) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    bind(root)?;
    set_options(root, options)?;
    root.set_text_content(None);
    let _ = Reflect::set(root, &PLAN.into(), &JsValue::UNDEFINED);
    let hint = "把去年的计划、总结或收集到的范文粘贴进来，或打开 .txt、.md、.docx、.json 文件。识别结果会另存为一份新草稿，当前草稿不受影响。";
    add(&doc, &root, "p", "up-hint", Some(hint))?;
    let drop = el(&doc, "div", "up-drop", None)?;
    let label = el(
        &doc,
        "label",
        "up-label",
        Some("打开文件（也可以把文件拖到这里）"),
    )?;
    label.set_attribute("for", "up-import-file")?;
    drop.append_child(&label)?;
    let file = el(&doc, "input", "", None)?;
    file.set_attribute("id", "up-import-file")?;
    file.set_attribute("type", "file")?;
    file.set_attribute("accept", ACCEPT)?;
    drop.append_child(&file)?;
    root.append_child(&drop)?;
    let field = el(&doc, "div", "up-field", None)?;
    let label = el(&doc, "label", "up-label", Some("或粘贴全文"))?;
    label.set_attribute("for", "up-import-text")?;
    field.append_child(&label)?;
    let text = el(&doc, "textarea", "up-input up-textarea", None)?;
    text.set_attribute("id", "up-import-text")?;
    text.set_attribute("rows", "8")?;
    text.set_attribute("placeholder", "从 Word、WPS 或网页复制全文后粘贴到这里")?;
    field.append_child(&text)?;
    root.append_child(&field)?;
    let row = el(&doc, "div", "up-row", None)?;
    let read = el(&doc, "button", "up-btn up-imp-read", Some("识别粘贴的内容"))?;
    read.set_attribute("type", "button")?;
    row.append_child(&read)?;
    root.append_child(&row)?;
    add(&doc, &root, "div", "up-imp-out", None)?;
    // Pasting is how most imports start: the cursor waits in the text box.
    if let Some(t) = text.dyn_ref::<web_sys::HtmlElement>() {
        let _ = t.focus();
    }
    Ok(())
}
