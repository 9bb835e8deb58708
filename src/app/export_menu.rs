//! The 导出 menu: every export format, print / PDF, and the host's
//! `onExport` hook. The bytes come from `tools` (the core's exporters);
//! downloads from `download`.

use super::notice::Notice;
use crate::core::export;
use crate::core::model::Plan;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// (format, button text) in menu order; only formats the core offers are shown.
const MENU: [(&str, &str); 5] = [
    ("docx", "Word 文档（.docx）"),
    ("txt", "纯文本（.txt，可粘贴到 OA）"),
    ("html", "网页（.html）"),
    ("md", "Markdown（.md）"),
    ("json", "备份数据（.json，可再导入）"),
];

/// Exports (once the exporters are here) and hands the file to the host
/// hook or the browser.
pub fn run_export(
    plan: Rc<Plan>,
    format: String,
    hook: Option<js_sys::Function>,
    notice: UseStateHandle<Option<Notice>>,
) {
    if !super::tools::ready() {
        notice.set(Some(Notice::Info("正在载入导出功能，请稍候……".into())));
    }
    super::tools::with_tools(
        move |tools| match tools.and_then(|t| t.export(&plan, &format)) {
            Ok(bytes) => deliver(&plan, &format, &bytes, hook.as_ref(), &notice),
            Err(e) => notice.set(Some(Notice::SaveFailed(e))),
        },
    );
}

fn deliver(
    plan: &Plan,
    format: &str,
    bytes: &[u8],
    hook: Option<&js_sys::Function>,
    notice: &UseStateHandle<Option<Notice>>,
) {
    let name = export::file_name(plan, format);
    if let Some(f) = hook {
        let arr = js_sys::Uint8Array::from(bytes);
        match f.call3(
            &JsValue::NULL,
            &JsValue::from_str(format),
            &arr,
            &JsValue::from_str(&name),
        ) {
            Ok(v) if v.as_bool() == Some(true) => {
                notice.set(Some(Notice::Info(format!("已交给所在平台保存：{name}"))));
                return;
            }
            Ok(_) => {}
            Err(_) => {
                notice.set(Some(Notice::SaveFailed(
                    "所在平台的保存功能出错，已改为直接下载。".into(),
                )));
            }
        }
    }
    match crate::download::download(bytes, &name, crate::download::mime(format)) {
        Ok(()) => notice.set(Some(Notice::Info(format!("已生成文件：{name}")))),
        Err(e) => notice.set(Some(Notice::SaveFailed(e))),
    }
}

/// Prints the preview page of the editor `from` is in (the browser's print
/// dialog also saves PDF).
pub fn print(from: Option<web_sys::Element>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else { return };
    let Some(html) = doc.document_element() else {
        return;
    };
    // Mark the page to print and the document root for the print stylesheet.
    let root = from.and_then(|el| el.closest(".union-plan").ok().flatten());
    let page = match root {
        Some(r) => r.query_selector(".up-page").ok().flatten(),
        None => doc.query_selector(".union-plan .up-page").ok().flatten(),
    };
    if let Some(p) = &page {
        let _ = p.class_list().add_1("up-print-target");
    }
    let _ = html.set_attribute("data-up-print", "");
    let _ = window.print();
    // print() blocks until the dialog closes in Chromium and Firefox.
    let _ = html.remove_attribute("data-up-print");
    if let Some(p) = &page {
        let _ = p.class_list().remove_1("up-print-target");
    }
}

/// The menu: its button and, when `open`, its list. Drawn by the toolbar,
/// which keeps `open` (no component of its own: the toolbar is one).
pub fn menu(open: &UseStateHandle<bool>, menu_id: AttrValue, onexport: &Callback<String>) -> Html {
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        })
    };
    html! {
        <div class="up-menu" {onkeydown}>
            <button type="button" class="up-btn up-btn-primary" data-tools="" aria-expanded={open.to_string()} aria-controls={menu_id.clone()} onclick={toggle}>
                { "导出 ▾" }
            </button>
            if **open {
                <div id={menu_id} class="up-menu-list" role="group" aria-label="导出格式">
                    { for MENU.iter().filter(|(f, _)| export::FORMATS.contains(f)).map(|(f, label)| {
                        let cb = onexport.clone();
                        let open = open.clone();
                        let f = f.to_string();
                        html! { <button type="button" class="up-btn" data-format={f.clone()} onclick={Callback::from(move |_| { open.set(false); cb.emit(f.clone()) })}>{ *label }</button> }
                    }) }
                    <button type="button" class="up-btn" onclick={{ let open = open.clone(); Callback::from(move |e: MouseEvent| {
                        open.set(false);
                        print(e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()))
                    }) }}>
                        { "打印 / 导出 PDF" }
                    </button>
                </div>
            }
        </div>
    }
}
