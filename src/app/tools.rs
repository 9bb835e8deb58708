//! The heavy functions the first screen does not need: export, import, the
//! summary draft and 执行跟踪, templates and year over year (next year's draft, the
//! 对比上年 view). The app reaches them only through this module, so they
//! can live in another wasm module. The checklist and training guidance are
//! not here: the first screen shows both, so the editor runs them itself
//! (`core::check`, `core::training`; ARCHITECTURE.md "Size").
//!
//! - Full build (`union_plan.js`, portals, embed.html, the single file):
//!   `Tools` calls the core directly and `with_tools` runs at once.
//! - Lite build (cargo feature `lite`, `union_plan_editor.js`, index.html):
//!   the core's heavy parts are not linked in. `Tools` calls the public
//!   headless API of the tools module (`exportPlan`, `importFile`, …), which
//!   the page loads through the `tools` option of `mount` (a function
//!   returning a promise of the initialised module) on first use, or
//!   earlier when the pointer or the keyboard focus reaches a control that
//!   needs it (`warm`, `data-tools` in the markup). A call made before it
//!   arrives waits for it.
//!
//! Either way the app sees the same owned types and `Result<_, String>`
//! with a Chinese message.

#[cfg(feature = "lite")]
use crate::core::json_read::{list, text, Fields, Read};
use crate::core::model::{Kind, Plan};
use std::rc::Rc;
use yew::prelude::*;

/// A starter template as the picker needs it.
#[derive(Clone, PartialEq)]
pub struct TemplateEntry {
    pub id: String,
    pub org_type: String,
    pub kind: Kind,
    pub name: String,
    pub plan: Plan,
}

#[cfg(feature = "lite")]
impl TemplateEntry {
    /// An entry of the tools module's `templates()`, read by hand.
    fn from_value(v: &serde_json::Value) -> Read<TemplateEntry> {
        let f = Fields::of(v)?;
        Ok(TemplateEntry {
            id: f.need("id", text)?,
            org_type: f.need("org_type", text)?,
            kind: f.need("kind", crate::core::model::reader::kind)?,
            name: f.need("name", text)?,
            plan: f.need("plan", crate::core::model::reader::plan)?,
        })
    }
}

/// What a component sees of the tools: ready, still loading, or failed.
#[derive(Clone)]
pub enum ToolsState {
    Ready(Rc<Tools>),
    Loading,
    Failed(String),
}

/// Runs `f` with the tools: now when they are here, else once they arrive
/// (or with the reason they could not be loaded).
pub fn with_tools(f: impl FnOnce(Result<Rc<Tools>, String>) + 'static) {
    imp::with_tools(Box::new(f))
}

/// Starts loading the tools when they are not here yet (the pointer or the
/// focus reached a control marked `data-tools`): the click that follows
/// then rarely waits.
pub fn warm() {
    if !ready() {
        with_tools(|_| {});
    }
}

/// Starts loading the tools when the pointer or the focus comes to an
/// element inside a control marked `data-tools` (one handler on the app's
/// root for `pointerover` and `focusin`).
pub fn warm_on(e: &Event) {
    use wasm_bindgen::JsCast;
    if ready() {
        return;
    }
    let wants = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[data-tools]").ok().flatten())
        .is_some();
    if wants {
        warm();
    }
}

/// True when a call to `with_tools` would run at once (always in the full
/// module); callers use it to say "loading" when it would not.
pub fn ready() -> bool {
    imp::current().is_some()
}

/// The tools, re-rendering the component once they arrive.
#[hook]
pub fn use_tools() -> ToolsState {
    let state = use_state(|| match imp::current() {
        Some(t) => ToolsState::Ready(t),
        None => ToolsState::Loading,
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if matches!(*state, ToolsState::Loading) {
                with_tools(move |r| {
                    state.set(match r {
                        Ok(t) => ToolsState::Ready(t),
                        Err(e) => ToolsState::Failed(e),
                    })
                });
            }
        });
    }
    (*state).clone()
}

pub use imp::{now, set_loader, ReviewMount, Tools};

#[cfg(not(feature = "lite"))]
mod imp {
    use super::*;

    /// The core, linked into this module.
    pub struct Tools;

    thread_local! {
        static TOOLS: Rc<Tools> = Rc::new(Tools);
    }

    pub fn current() -> Option<Rc<Tools>> {
        Some(TOOLS.with(Rc::clone))
    }

    /// The tools, for a caller that cannot wait (the JS `Editor.export`).
    pub fn now() -> Result<Rc<Tools>, String> {
        Ok(TOOLS.with(Rc::clone))
    }

    pub(super) fn with_tools(f: Box<dyn FnOnce(Result<Rc<Tools>, String>)>) {
        f(Ok(TOOLS.with(Rc::clone)))
    }

    /// The full build has its tools linked in; the loader is not needed.
    pub fn set_loader(_loader: Option<js_sys::Function>) {}

    /// The review page mounted by `mount_review`.
    pub struct ReviewMount(crate::app::review::Mounted);

    impl ReviewMount {
        pub fn unmount(self) {
            self.0.unmount();
        }
    }

    impl Tools {
        /// Mounts the 批量审阅 page into `el` (`onclose`: 返回编写) and
        /// tells `done`.
        pub fn mount_review(
            &self,
            el: web_sys::Element,
            storage_key: &str,
            onclose: Callback<()>,
            done: impl FnOnce(Result<ReviewMount, String>) + 'static,
        ) {
            done(Ok(ReviewMount(crate::app::review::mount(
                el,
                storage_key,
                Some(onclose),
            ))))
        }

        pub fn next_year(&self, plan: &Plan) -> Result<Plan, String> {
            Ok(crate::core::yoy::next_year(plan))
        }

        /// Draws the 对比上年 panel into `el` (`app::compare_view`; `options`
        /// as `renderComparison` takes them).
        pub fn show_comparison(
            &self,
            el: &web_sys::Element,
            previous: Option<&Plan>,
            current: &Plan,
            options: &wasm_bindgen::JsValue,
        ) -> Result<(), String> {
            crate::app::compare_view::render(el, previous, current, options)
                .map_err(|_| "对比视图无法显示。".to_string())
        }

        pub fn export(&self, plan: &Plan, format: &str) -> Result<Vec<u8>, String> {
            crate::core::export::export(plan, format).map_err(|e| e.to_string())
        }

        /// Draws 执行跟踪 for `plan` into `el` (`app::tracking_view`;
        /// `options` as `renderTracking` takes them).
        pub fn show_tracking(
            &self,
            el: &web_sys::Element,
            plan: &Plan,
            options: &wasm_bindgen::JsValue,
        ) -> Result<(), String> {
            crate::app::tracking_view::render(el, plan, options)
                .map_err(|_| "执行跟踪无法显示，请刷新页面后再试。".to_string())
        }

        /// Draws 导入's body into `el` (`app::import_view`; `options` as
        /// `renderImport` takes them).
        pub fn show_import(
            &self,
            el: &web_sys::Element,
            options: &wasm_bindgen::JsValue,
        ) -> Result<(), String> {
            crate::app::import_view::render(el, options)
                .map_err(|_| "导入界面无法显示，请刷新页面后再试。".to_string())
        }

        pub fn summarize(&self, plan: &Plan, with_next: bool) -> Result<Plan, String> {
            Ok(crate::core::summarize::summarize(plan, with_next))
        }

        pub fn templates(&self) -> Result<Vec<TemplateEntry>, String> {
            Ok(crate::core::templates::templates()
                .into_iter()
                .map(|t| TemplateEntry {
                    id: t.id.to_string(),
                    org_type: t.org_type.to_string(),
                    kind: t.kind,
                    name: t.name,
                    plan: t.plan,
                })
                .collect())
        }
    }
}

#[cfg(feature = "lite")]
mod imp {
    use super::*;
    use js_sys::{Function, Reflect, Uint8Array, JSON};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The initialised `union_plan.js` module namespace.
    pub struct Tools {
        module: JsValue,
    }

    type Waiter = Box<dyn FnOnce(Result<Rc<Tools>, String>)>;

    enum Slot {
        /// Not asked for yet; the loader from `mount`'s `tools` option.
        Idle(Option<Function>),
        Loading(Vec<Waiter>),
        Ready(Rc<Tools>),
        Failed(String),
    }

    thread_local! {
        static SLOT: RefCell<Slot> = const { RefCell::new(Slot::Idle(None)) };
    }

    const NO_LOADER: &str =
        "本页面没有提供导出、导入等功能的模块（缺少 tools 选项），请改用完整版 union_plan.js。";

    pub fn current() -> Option<Rc<Tools>> {
        SLOT.with(|s| match &*s.borrow() {
            Slot::Ready(t) => Some(t.clone()),
            _ => None,
        })
    }

    /// The tools, for a caller that cannot wait (the JS `Editor.export`):
    /// an error while they are loading (and the load is started) or failed.
    pub fn now() -> Result<Rc<Tools>, String> {
        if let Some(t) = current() {
            return Ok(t);
        }
        let failed = SLOT.with(|s| match &*s.borrow() {
            Slot::Failed(e) => Some(e.clone()),
            _ => None,
        });
        if let Some(e) = failed {
            return Err(e);
        }
        with_tools(Box::new(|_| {}));
        Err("导出功能还在加载，请稍候再试。".into())
    }

    /// Keeps the page's loader (from `mount`). Nothing is fetched yet: a
    /// visit that only writes and checks never needs the tools module; the
    /// first use, or the pointer or focus on a control that needs it
    /// (`warm`), starts the load.
    pub fn set_loader(loader: Option<Function>) {
        let Some(loader) = loader else { return };
        SLOT.with(|s| {
            let mut s = s.borrow_mut();
            if matches!(&*s, Slot::Idle(_)) {
                *s = Slot::Idle(Some(loader));
            }
        });
    }

    pub(super) fn with_tools(f: Waiter) {
        let start = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            match &mut *s {
                Slot::Ready(t) => {
                    let t = t.clone();
                    drop(s);
                    f(Ok(t));
                    None
                }
                Slot::Failed(e) => {
                    let e = e.clone();
                    drop(s);
                    f(Err(e));
                    None
                }
                Slot::Loading(waiters) => {
                    waiters.push(f);
                    None
                }
                Slot::Idle(loader) => {
                    let loader = loader.take();
                    *s = Slot::Loading(vec![f]);
                    Some(loader)
                }
            }
        });
        if let Some(loader) = start {
            after_paint(move || load(loader));
        }
    }

    /// Runs `f` once the next frame is painted (a 1 s timer when frames do
    /// not run, e.g. in a background tab): fetching and compiling the full
    /// module must not delay the editor's first paint.
    fn after_paint(f: impl FnOnce() + 'static) {
        let f = Rc::new(RefCell::new(Some(f)));
        let run = {
            let f = f.clone();
            move || {
                if let Some(f) = f.borrow_mut().take() {
                    f()
                }
            }
        };
        let run2 = run.clone();
        let after_frame = Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, run).forget();
        });
        let _ = gloo::utils::window().request_animation_frame(after_frame.unchecked_ref());
        gloo::timers::callback::Timeout::new(1000, run2).forget();
    }

    fn message(e: &JsValue) -> String {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "未知错误".into())
    }

    fn finish(result: Result<Rc<Tools>, String>) {
        let waiters = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            let next = match &result {
                Ok(t) => Slot::Ready(t.clone()),
                Err(e) => Slot::Failed(e.clone()),
            };
            match std::mem::replace(&mut *s, next) {
                Slot::Loading(w) => w,
                _ => Vec::new(),
            }
        });
        for w in waiters {
            w(result.clone());
        }
    }

    fn load(loader: Option<Function>) {
        let Some(loader) = loader else {
            return finish(Err(NO_LOADER.into()));
        };
        let promise = match loader.call0(&JsValue::NULL) {
            Ok(p) => js_sys::Promise::resolve(&p),
            Err(e) => return finish(Err(failed(&e))),
        };
        wasm_bindgen_futures::spawn_local(async move {
            let r = wasm_bindgen_futures::JsFuture::from(promise).await;
            finish(match r {
                Ok(module) if module.is_object() => Ok(Rc::new(Tools { module })),
                Ok(_) => Err(failed(&JsValue::from_str("模块为空"))),
                Err(e) => Err(failed(&e)),
            });
        });
    }

    fn failed(e: &JsValue) -> String {
        format!(
            "导出、导入等功能的模块加载失败（{}）。请检查网络后刷新页面；已写的内容保存在本机，不会丢失。",
            message(e)
        )
    }

    /// The review page the full module mounted (its `ReviewView`), and
    /// the 返回编写 callback it holds.
    pub struct ReviewMount {
        view: JsValue,
        _close: Closure<dyn FnMut()>,
    }

    impl ReviewMount {
        pub fn unmount(self) {
            for m in ["unmount", "free"] {
                if let Ok(f) = Reflect::get(&self.view, &JsValue::from_str(m)) {
                    if let Some(f) = f.dyn_ref::<Function>() {
                        let _ = f.call0(&self.view);
                    }
                }
            }
        }
    }

    impl Tools {
        /// Mounts the full module's 批量审阅 page (`mountReview`) into `el`
        /// and tells `done`. The page's loader may answer with a promise:
        /// the tools module has no review page, so boot.js and embed.js
        /// fetch the full module for it when it is first opened.
        pub fn mount_review(
            &self,
            el: web_sys::Element,
            storage_key: &str,
            onclose: Callback<()>,
            done: impl FnOnce(Result<ReviewMount, String>) + 'static,
        ) {
            let close = Closure::<dyn FnMut()>::new(move || onclose.emit(()));
            let opts = js_sys::Object::new();
            let _ = Reflect::set(&opts, &"storageKey".into(), &storage_key.into());
            let _ = Reflect::set(&opts, &"onClose".into(), close.as_ref());
            let view = match self.call("mountReview", &[el.into(), opts.into()]) {
                Ok(v) => v,
                Err(e) => return done(Err(e)),
            };
            match view.dyn_into::<js_sys::Promise>() {
                Err(view) => done(Ok(ReviewMount {
                    view,
                    _close: close,
                })),
                Ok(p) => wasm_bindgen_futures::spawn_local(async move {
                    done(match wasm_bindgen_futures::JsFuture::from(p).await {
                        Ok(view) => Ok(ReviewMount { view, _close: close }),
                        Err(e) => Err(format!(
                            "它所在的模块加载失败（{}），请检查网络后再试；正在编写的文档不受影响。",
                            message(&e)
                        )),
                    })
                }),
            }
        }

        fn call(&self, name: &str, args: &[JsValue]) -> Result<JsValue, String> {
            let f: Function = Reflect::get(&self.module, &JsValue::from_str(name))
                .ok()
                .and_then(|f| f.dyn_into().ok())
                .ok_or_else(|| format!("功能模块缺少 {name}，请刷新页面。"))?;
            let r = match args {
                [] => f.call0(&JsValue::NULL),
                [a] => f.call1(&JsValue::NULL, a),
                [a, b] => f.call2(&JsValue::NULL, a, b),
                [a, b, c] => f.call3(&JsValue::NULL, a, b, c),
                more => f.apply(&JsValue::NULL, &more.iter().collect::<js_sys::Array>()),
            };
            r.map_err(|e| message(&e))
        }

        /// An answer of the tools module as a JSON value, read by hand
        /// (`core::json_read`) rather than by derived readers.
        fn json(v: &JsValue) -> Result<serde_json::Value, String> {
            let text = JSON::stringify(v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            crate::core::json_parse::parse(&text)
                .map_err(|e| format!("功能模块返回的数据无法读取：{e}"))
        }

        fn plan_arg(plan: &Plan) -> JsValue {
            JsValue::from_str(&plan.to_json())
        }

        pub fn next_year(&self, plan: &Plan) -> Result<Plan, String> {
            let v = self.call("nextYear", &[Self::plan_arg(plan)])?;
            Plan::from_value(&Self::json(&v)?).map_err(|e| e.to_string())
        }

        /// Draws the 对比上年 panel into `el` (the full module's `renderComparison`).
        pub fn show_comparison(
            &self,
            el: &web_sys::Element,
            previous: Option<&Plan>,
            current: &Plan,
            options: &JsValue,
        ) -> Result<(), String> {
            let prev = previous.map_or(JsValue::NULL, Self::plan_arg);
            let args = [el.into(), prev, Self::plan_arg(current), options.clone()];
            self.call("renderComparison", &args).map(|_| ())
        }

        pub fn export(&self, plan: &Plan, format: &str) -> Result<Vec<u8>, String> {
            let v = self.call("exportPlan", &[Self::plan_arg(plan), format.into()])?;
            Ok(Uint8Array::new(&v).to_vec())
        }

        /// Draws 执行跟踪 into `el` (the tools module's `renderTracking`).
        pub fn show_tracking(
            &self,
            el: &web_sys::Element,
            plan: &Plan,
            options: &JsValue,
        ) -> Result<(), String> {
            let args = [el.into(), Self::plan_arg(plan), options.clone()];
            self.call("renderTracking", &args).map(|_| ())
        }

        /// Draws 导入's body into `el` (the tools module's `renderImport`).
        pub fn show_import(&self, el: &web_sys::Element, options: &JsValue) -> Result<(), String> {
            self.call("renderImport", &[el.into(), options.clone()])
                .map(|_| ())
        }

        pub fn summarize(&self, plan: &Plan, with_next: bool) -> Result<Plan, String> {
            let opts = js_sys::Object::new();
            let _ = Reflect::set(
                &opts,
                &"withNextPlan".into(),
                &JsValue::from_bool(with_next),
            );
            let v = self.call("summarize", &[Self::plan_arg(plan), opts.into()])?;
            Plan::from_value(&Self::json(&v)?).map_err(|e| e.to_string())
        }

        pub fn templates(&self) -> Result<Vec<TemplateEntry>, String> {
            let v = Self::json(&self.call("templates", &[])?)?;
            list(&v, TemplateEntry::from_value).map_err(|e| format!("模板数据无法读取（{e}）"))
        }
    }
}
