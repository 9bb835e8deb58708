//! The 对比上年 view itself, full module only: the comparison drawn as
//! plain DOM (last year | this year, sentence by sentence) into an element
//! the editor gives. The lite editor reaches it through `app::tools` (the
//! JS export `renderComparison`), so none of this is in its module.
//!
//! User text reaches the DOM only as text nodes. Each difference is a
//! button carrying its field's `Target` as JSON (`data-target`); one click
//! listener per container calls the jump function stored on it
//! (`__upJump`, replaced on each render), with that JSON.

use crate::core::yoy::{summary, Comparison, PartDiff, Status};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

const JUMP: &str = "__upJump";
const BOUND: &str = "data-up-bound";

fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

/// Draws `c` into `root` (replacing what was there); a click on a
/// difference calls `on_jump(targetJson)`.
pub fn render(root: &Element, c: &Comparison, on_jump: &js_sys::Function) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    js_sys::Reflect::set(root, &JUMP.into(), on_jump)?;
    if !root.has_attribute(BOUND) {
        root.set_attribute(BOUND, "")?;
        let r = root.clone();
        let click = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let hit = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-target]").ok().flatten());
            let (Some(hit), Ok(f)) = (hit, js_sys::Reflect::get(&r, &JUMP.into())) else {
                return;
            };
            if let (Some(t), Some(f)) = (hit.get_attribute("data-target"), f.dyn_ref::<js_sys::Function>()) {
                let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&t));
            }
        });
        root.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
        // Lives as long as the page: one per container, never re-added.
        click.forget();
    }
    root.set_text_content(None);
    let head = el(&doc, "p", "up-cmp-summary", Some(&summary(c)))?;
    root.append_child(&head)?;
    let legend = format!(
        "左栏为上年“{}”，右栏为今年。点击有改动的句子可跳到对应的位置修改。",
        c.previous.title.replace('\n', "")
    );
    let hint = el(&doc, "p", "up-hint", Some(&legend))?;
    root.append_child(&hint)?;
    for p in &c.parts {
        let sec = part(&doc, p)?;
        root.append_child(&sec)?;
    }
    Ok(())
}

fn target_json(t: &crate::core::steps::Target) -> String {
    serde_json::to_string(t).unwrap_or_default()
}

fn part(doc: &Document, p: &PartDiff) -> Result<Element, JsValue> {
    let sec = el(doc, "section", &format!("up-cmp-part up-cmp-{}", p.status.id()), None)?;
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
        let same = el(doc, "p", "up-cmp-same", Some(&format!("与上年相同（{n} 句）")))?;
        sec.append_child(&same)?;
        return Ok(sec);
    }
    let rows = el(doc, "div", "up-cmp-rows", None)?;
    for s in &p.sentences {
        let row = el(doc, "div", &format!("up-cmp-row up-cmp-{}", s.status.id()), None)?;
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
                let label = if new.is_empty() { "（已删去）" } else { new };
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
