//! 导入: the dialog's frame (title, 关闭, Escape). Its body, paste or open a
//! file, the review beside the source and 导入为新草稿, is drawn as plain
//! DOM by the module that has the importer (`app::import_view`, through
//! `tools::show_import`), so the lite editor carries neither. The plan it
//! hands back becomes a NEW draft; the current draft is never touched.

use super::compare::{js_fn, set};
use super::tools::{ready, with_tools};
use crate::core::model::Plan;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub onimport: Callback<Plan>,
    pub onclose: Callback<()>,
}

/// A message in the dialog's body (the tools did not load, or their
/// answer could not be read).
fn say(host: &web_sys::Element, msg: &str, alert: bool) {
    let Some(doc) = host.owner_document() else {
        return;
    };
    let Ok(p) = doc.create_element("p") else {
        return;
    };
    p.set_class_name(if alert {
        "up-notice up-notice-warn"
    } else {
        "up-hint"
    });
    let _ = p.set_attribute("role", if alert { "alert" } else { "status" });
    p.set_text_content(Some(msg));
    host.set_text_content(None);
    let _ = host.append_child(&p);
}

#[component]
pub fn ImportDialog(p: &ImportProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let (onimport, onclose) = (p.onimport.clone(), p.onclose.clone());
        use_effect_with((), move |_| {
            let Some(el) = host.cast::<web_sys::Element>() else {
                return;
            };
            let opts = js_sys::Object::new();
            let shown = el.clone();
            set(
                &opts,
                "onImport",
                &js_fn(move |json| match Plan::from_json(&json) {
                    Ok(plan) => onimport.emit(plan),
                    Err(e) => say(
                        &shown,
                        &format!("识别结果无法读取（{e}），请关闭后重试。"),
                        true,
                    ),
                }),
            );
            let close = Closure::<dyn Fn()>::new(move || onclose.emit(()));
            set(&opts, "onClose", &close.into_js_value());
            if !ready() {
                say(&el, "正在载入导入功能，请稍候……", false);
            }
            with_tools(move |t| {
                if let Err(e) = t.and_then(|t| t.show_import(&el, &opts)) {
                    say(&el, &e, true);
                }
            });
        });
    }
    let close = {
        let c = p.onclose.clone();
        Callback::from(move |_| c.emit(()))
    };
    let onkeydown = {
        let c = p.onclose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                c.emit(())
            }
        })
    };
    html! {
        <div class="up-dialog-backdrop" {onkeydown}>
            <div class="up-dialog" role="dialog" aria-modal="true" aria-labelledby="up-import-title">
                <div class="up-row">
                    <h2 id="up-import-title" class="up-panel-title">{ "导入已有的计划或总结" }</h2>
                    <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button>
                </div>
                <div class="up-import-body" ref={host}></div>
            </div>
        </div>
    }
}
