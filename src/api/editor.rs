//! The editor's JS API: `mount`, the `Editor` it returns, and the crash
//! notice of a panic (full and lite modules; not in the tools module).

use super::{err, get, plan_from_js, plan_to_js, to_js};
use crate::app::{App, AppProps, Bridge, Config};
use crate::core::steps::Step;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    /// Editors mounted so far on this page (for unique DOM ids).
    static MOUNTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A mounted editor.
#[wasm_bindgen]
pub struct Editor {
    handle: Option<yew::AppHandle<App>>,
    bridge: Rc<Bridge>,
    config: Rc<Config>,
    root: Option<web_sys::Element>,
    ready: js_sys::Promise,
}

#[wasm_bindgen]
impl Editor {
    /// Resolves after the first render. Every method works before it:
    /// calls made earlier take effect in order and the first render shows
    /// their result.
    #[wasm_bindgen(getter)]
    pub fn ready(&self) -> js_sys::Promise {
        self.ready.clone()
    }

    /// The current document as a plan object (right after `mount`: the
    /// mounted plan, else the stored draft, else the new document).
    pub fn plan(&self) -> JsValue {
        plan_to_js(&self.bridge.plan.borrow())
    }

    /// Replaces the document (an undoable edit). Throws on invalid plans;
    /// then nothing changes.
    #[wasm_bindgen(js_name = setPlan)]
    pub fn set_plan(&self, plan: JsValue) -> Result<(), JsError> {
        let plan = plan_from_js(&plan)?;
        self.bridge.set_plan(&self.config, plan).map_err(err)
    }

    /// Exports the current document (`"docx"`, `"txt"`, … as `exportPlan`).
    /// In the lite editor module this needs the tools module, which loads on
    /// first use; until it is here this starts the load and throws (try
    /// again a moment later).
    pub fn export(&self, format: &str) -> Result<Vec<u8>, JsError> {
        let tools = crate::app::tools::now().map_err(err)?;
        tools
            .export(&self.bridge.plan.borrow(), format)
            .map_err(err)
    }

    /// The checklist of the current document (as `checkPlan`); every
    /// module links the checklist, so this never waits.
    pub fn check(&self) -> Result<JsValue, JsError> {
        Ok(to_js(&crate::core::check::check(
            &self.bridge.plan.borrow(),
        )))
    }

    /// Writes the pending autosave now. The editor saves by itself after
    /// each change (once the change is on screen) and when the page is
    /// hidden or closed; call this before reading its storage directly.
    pub fn flush(&self) {
        self.bridge.flush(&self.config);
    }

    /// Removes the editor: every node and listener it added.
    pub fn unmount(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.bridge.start.borrow_mut().take();
        if let Some(root) = self.root.take() {
            root.remove();
        }
    }
}

/// Mounts an editor inside `element`. Options (all optional):
/// `plan` (initial document), `storageKey` (namespace for drafts),
/// `orgType`, `organization`, `lockOrganization`, `steps` (step ids),
/// `onChange(plan)` (debounced), `onExport(format, bytes, filename)`,
/// `training`, and `tools`: a function returning a promise of the
/// initialised `union_plan.js` module, which the lite editor module
/// (`union_plan_editor.js`) uses for the checklist, export, import, summary,
/// templates and guidance (the full module ignores it).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<Editor, JsError> {
    install_panic_hook();
    crate::app::tools::set_loader(get(&options, "tools").dyn_into::<js_sys::Function>().ok());
    let initial = match get(&options, "plan") {
        v if v.is_undefined() || v.is_null() => None,
        v => Some(plan_from_js(&v)?),
    };
    let steps = {
        let v = get(&options, "steps");
        if js_sys::Array::is_array(&v) {
            Some(
                js_sys::Array::from(&v)
                    .iter()
                    .filter_map(|s| s.as_string())
                    .filter_map(|s| Step::from_id(&s))
                    .collect(),
            )
        } else {
            None
        }
    };
    // Ids stay as they are for the first editor on a page; later ones get a
    // prefix so labels, jumps and ARIA references stay within their editor.
    let n = MOUNTS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let config = Config {
        storage_key: get(&options, "storageKey")
            .as_string()
            .unwrap_or_else(|| "union-plan".into()),
        initial,
        org_type: get(&options, "orgType").as_string(),
        organization: get(&options, "organization").as_string(),
        lock_org: get(&options, "lockOrganization").as_bool().unwrap_or(false),
        steps,
        training: get(&options, "training").as_bool().unwrap_or(false),
        id_prefix: if n == 1 {
            String::new()
        } else {
            format!("up{n}-")
        },
    };
    let bridge = Rc::new(Bridge {
        on_change: get(&options, "onChange")
            .dyn_into::<js_sys::Function>()
            .ok(),
        on_export: get(&options, "onExport")
            .dyn_into::<js_sys::Function>()
            .ok(),
        ..Bridge::default()
    });
    // Our own root inside the host's element: unmount removes exactly it.
    let document = element
        .owner_document()
        .ok_or_else(|| err("挂载点不在文档中。"))?;
    let root = document
        .create_element("div")
        .map_err(|_| err("无法创建编辑器节点。"))?;
    root.set_class_name("union-plan");
    element
        .append_child(&root)
        .map_err(|_| err("无法插入编辑器节点。"))?;
    // The first state now, so the Editor works before Yew's first render.
    bridge.prepare(&config);
    let mut resolve_ready = None;
    let ready = js_sys::Promise::new(&mut |resolve, _| resolve_ready = Some(resolve));
    *bridge.on_ready.borrow_mut() = resolve_ready;
    let config = Rc::new(config);
    let props = AppProps {
        config: config.clone(),
        bridge: bridge.clone(),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(Editor {
        handle: Some(handle),
        bridge,
        config,
        root: Some(root),
        ready,
    })
}

/// Installs (once) a panic hook that replaces a dead page with a friendly
/// message in Chinese and a button that downloads every saved draft of
/// this browser (they were saved before the error happened).
pub(super) fn install_panic_hook() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Through Yew, which otherwise installs its own console-only hook
        // when an app is rendered.
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&JsValue::from_str(&format!("union-plan: {info}")));
            show_crash_notice();
        }))
    });
}

/// All our drafts in localStorage as one JSON object `{ key: value }`.
fn saved_drafts_json() -> String {
    let mut map = serde_json::Map::new();
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let n = s.length().unwrap_or(0);
        for i in 0..n {
            if let Some(k) = s.key(i).ok().flatten() {
                if k.contains(":draft:") || k.contains(":backup:") || k.ends_with(":index") {
                    if let Some(v) = s.get_item(&k).ok().flatten() {
                        map.insert(k, serde_json::Value::String(v));
                    }
                }
            }
        }
    }
    serde_json::to_string(&serde_json::Value::Object(map)).unwrap_or_default()
}

fn show_crash_notice() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("union-plan-crash").is_some() {
        return;
    }
    let make = |tag: &str, class: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        Some(el)
    };
    let (Some(root), Some(panel), Some(msg), Some(dl), Some(reload)) = (
        make("div", "union-plan", ""),
        make("div", "up-crash", ""),
        make("p", "", "抱歉，编写助手出现了意外错误，当前页面已无法继续编辑。出错前的内容已自动保存在本机浏览器中：请先下载备份，再刷新页面继续。"),
        make("button", "up-btn up-btn-primary", "下载我的数据"),
        make("button", "up-btn", "刷新页面"),
    ) else {
        return;
    };
    root.set_id("union-plan-crash");
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-label", "出现错误");
    let _ = dl.set_attribute("type", "button");
    let _ = reload.set_attribute("type", "button");
    let on_dl = Closure::<dyn FnMut()>::new(move || {
        let _ = crate::download::download(
            saved_drafts_json().as_bytes(),
            "工会工作计划-备份.json",
            "application/json",
        );
    });
    let _ = dl.add_event_listener_with_callback("click", on_dl.as_ref().unchecked_ref());
    on_dl.forget();
    let on_reload = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let _ = reload.add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref());
    on_reload.forget();
    let _ = panel.append_child(&msg);
    let _ = panel.append_child(&dl);
    let _ = panel.append_child(&reload);
    let _ = root.append_child(&panel);
    let _ = body.append_child(&root);
}

/// Diagnostics: panics on purpose so tests (and support staff) can check
/// that the crash notice appears and offers the user's data. Never called
/// by the app itself.
#[wasm_bindgen(js_name = __testPanic)]
pub fn test_panic() {
    install_panic_hook();
    panic!("诊断用的有意错误");
}
