//! The Yew shell: renders the state and dispatches actions to the core.
//! `App` owns one editor instance; `api::mount` creates it with a `Config`
//! (options from the host page) and a `Bridge` (how the JS `Editor` object
//! reads and replaces the plan).

mod checklist;
mod drafts;
mod export_menu;
mod fields;
mod import;
mod preview;
mod schedule;
pub mod state;
mod steps;
pub mod tools;
mod tracking;
mod training;
mod tree;

use crate::core::check::Finding;
use crate::core::edit::{Edit, Op};
use crate::core::model::{Kind, Plan};
use crate::core::steps::{Step, Target};
use crate::storage::{Loaded, Store};
use state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

// Performance marks around the autosave, for scripts/bench. Emitted only when
// the page sets `window.unionPlanPerf = true`, so the timeline does not grow
// with every keystroke in normal use.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn perf_mark(name: &str);
    #[wasm_bindgen(js_namespace = performance, js_name = measure)]
    fn perf_measure(name: &str, start: &str, end: &str);
}

fn perf_marks_on() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("unionPlanPerf"))
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

/// Options given to `mount` (see api.rs for the JS names).
#[derive(Default)]
pub struct Config {
    pub storage_key: String,
    pub initial: Option<Plan>,
    pub org_type: Option<String>,
    pub organization: Option<String>,
    pub lock_org: bool,
    pub steps: Option<Vec<Step>>,
    /// Prepended to every DOM id this instance renders ("" for the first
    /// editor on a page), so two editors never share an id.
    pub id_prefix: String,
    /// Training mode on at start (the `training` option; off by default).
    pub training: bool,
}

/// The instance's DOM id prefix (see `Config::id_prefix`).
#[derive(Clone, PartialEq, Default)]
pub struct IdPrefix(pub Rc<str>);

impl IdPrefix {
    /// The page-unique DOM id for one of the editor's ids.
    pub fn id(&self, id: &str) -> String {
        format!("{}{id}", self.0)
    }
}

/// Shared between the running `App` and the JS `Editor` handle.
#[derive(Default)]
pub struct Bridge {
    /// The current document, updated after every change.
    pub plan: RefCell<Rc<Plan>>,
    /// Set by `App` once mounted: replaces the document (undoable).
    pub dispatch: RefCell<Option<Callback<Plan>>>,
    pub on_change: Option<js_sys::Function>,
    /// `onExport(format, bytes, filename)`: returning true skips the download.
    pub on_export: Option<js_sys::Function>,
    /// Set by `App` once mounted: writes a pending autosave now.
    pub flush: RefCell<Option<Callback<()>>>,
}

#[derive(Properties, Clone)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub bridge: Rc<Bridge>,
}

impl PartialEq for AppProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.config, &o.config) && Rc::ptr_eq(&self.bridge, &o.bridge)
    }
}

/// What step renderers need: the document and a way to edit it.
pub struct Ctx {
    pub plan: Rc<Plan>,
    pub dispatch: UseReducerDispatcher<State>,
    pub epoch: u64,
    pub lock_org: bool,
    pub today: String,
    pub ids: IdPrefix,
}

impl Ctx {
    /// The part a step edits: the document, or its `next` part.
    pub fn part(&self, next: bool) -> &Plan {
        if next {
            self.plan.next.as_deref().unwrap_or(&self.plan)
        } else {
            &self.plan
        }
    }

    /// A callback for a button or shortcut: emits a fixed edit.
    pub fn op_cb<T: 'static, F: Fn(T) -> Op + 'static>(&self, next: bool, f: F) -> Callback<T> {
        let d = self.dispatch.clone();
        Callback::from(move |v: T| {
            d.dispatch(Action::Edit {
                edit: Edit { next, op: f(v) },
                at: js_sys::Date::now(),
            })
        })
    }

    /// A callback that turns a field's new value into an edit.
    pub fn edit_cb<F: Fn(String) -> Op + 'static>(&self, next: bool, f: F) -> Callback<String> {
        let d = self.dispatch.clone();
        Callback::from(move |v: String| {
            d.dispatch(Action::Edit {
                edit: Edit { next, op: f(v) },
                at: js_sys::Date::now(),
            })
        })
    }
}

/// Today as `YYYY-MM-DD` in local time.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// A new document: plans written in the last quarter are for next year.
fn fresh_plan(config: &Config) -> Plan {
    let d = js_sys::Date::new_0();
    let year = d.get_full_year() as i32 + if d.get_month() >= 9 { 1 } else { 0 };
    let mut p = Plan::new(Kind::Plan, year);
    if let Some(o) = &config.organization {
        p.organization = o.clone();
        p.signature.organization = o.clone();
    }
    if let Some(t) = &config.org_type {
        p.org_type = t.clone();
    }
    p.title = crate::core::title::suggest(&p);
    p.schedule = schedule::default_for(p.period);
    p
}

/// Startup: the host's plan, else the current stored draft, else a new one.
/// Returns the state and a notice for the user (unreadable data).
fn initial_state(config: &Config, store: &Store) -> (State, Option<Notice>) {
    if let Some(p) = &config.initial {
        return (State::new(p.clone(), store.new_id()), None);
    }
    let index = store.index();
    let mut notice = None;
    if !index.current.is_empty() {
        match store.load(&index.current) {
            Loaded::Ok(p) => return (State::new(p, index.current.clone()), None),
            Loaded::Missing => {}
            Loaded::Corrupt {
                raw,
                error,
                backup_key,
            } => {
                notice = Some(Notice::Corrupt {
                    raw: Rc::from(raw),
                    error,
                    backup_key,
                });
            }
        }
    }
    // A corrupt draft keeps its key untouched; the new draft gets a new id.
    (State::new(fresh_plan(config), store.new_id()), notice)
}

#[derive(Clone, PartialEq)]
pub enum Notice {
    SaveFailed(String),
    Corrupt {
        raw: Rc<str>,
        error: String,
        backup_key: String,
    },
    Info(String),
    /// A draft was deleted; the notice offers to undo.
    Deleted(String),
    /// Another tab changed this draft: their JSON. Autosave is paused until
    /// the user chooses.
    Conflict(Rc<str>),
}

/// What the right-hand column shows.
#[derive(Clone, Copy, PartialEq)]
pub enum Panel {
    Preview,
    Templates,
    Check,
    Drafts,
}

fn apply_locks(config: &Config, plan: &mut Plan) {
    if config.lock_org {
        if let Some(o) = &config.organization {
            plan.organization = o.clone();
        }
    }
}

/// The draft this tab last wrote or opened and its stored text (a JS string,
/// compared in JS), to tell our writes from another tab's.
type Written = Rc<RefCell<Option<(String, JsValue)>>>;

/// The stored text of a draft as the baseline `Saver` compares with.
fn stored_value(store: &Store, draft: &str) -> Option<(String, JsValue)> {
    store
        .get_raw(&store.draft_key(draft))
        .map(|raw| (draft.to_string(), JsValue::from_str(&raw)))
}

/// Autosave. `schedule` keeps the newest document and writes it after the
/// next frame has been painted (with a timer as a fallback for hidden tabs,
/// where frames do not run); `flush` writes it now. One pending document at
/// a time: opening another draft writes the previous one's first.
pub struct Saver {
    pending: RefCell<Option<(String, Rc<Plan>)>>,
    store: Rc<Store>,
    notice: UseStateHandle<Option<Notice>>,
    last_written: Written,
    paused: Rc<RefCell<bool>>,
    /// The last write failed (its notice is showing).
    failed: std::cell::Cell<bool>,
}

impl Saver {
    fn schedule(this: &Rc<Saver>, draft: String, plan: Rc<Plan>) {
        let other_draft = matches!(&*this.pending.borrow(), Some((d, _)) if *d != draft);
        if other_draft {
            this.flush();
        }
        let was_pending = this.pending.borrow_mut().replace((draft, plan)).is_some();
        if was_pending {
            return;
        }
        let s = this.clone();
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, move || s.flush()).forget();
        });
        let _ = gloo::utils::window()
            .request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&after_frame));
        let s = this.clone();
        gloo::timers::callback::Timeout::new(500, move || s.flush()).forget();
    }

    /// Writes the pending document, if any. While saving is paused because
    /// another tab changed the draft, it is dropped instead: the conflict
    /// notice's buttons decide what is written. Before writing it checks
    /// that the stored draft is still what this tab last wrote or opened;
    /// if another tab wrote in between (its `storage` event may not have
    /// arrived yet), it pauses and asks instead of overwriting.
    pub fn flush(&self) {
        let Some((draft, plan)) = self.pending.borrow_mut().take() else {
            return;
        };
        if *self.paused.borrow() {
            return;
        }
        let perf = perf_marks_on();
        if perf {
            perf_mark("up-autosave-start");
        }
        let changed = match &*self.last_written.borrow() {
            Some((d, ours)) if *d == draft => !self.store.draft_is(&draft, ours),
            _ => false,
        };
        if changed {
            if let Some(theirs) = self.store.get_raw(&self.store.draft_key(&draft)) {
                *self.paused.borrow_mut() = true;
                self.notice.set(Some(Notice::Conflict(Rc::from(theirs))));
                return;
            }
        }
        let json = JsValue::from_str(&plan.to_json());
        let saved = self.store.save_value(&draft, &plan, &json);
        // The baseline is what is stored now: a refused write (storage
        // full) left the previous text in place.
        *self.last_written.borrow_mut() = if saved.is_ok() {
            Some((draft, json))
        } else {
            stored_value(&self.store, &draft)
        };
        if perf {
            perf_mark("up-autosave-end");
            perf_measure("up-autosave", "up-autosave-start", "up-autosave-end");
        }
        match saved {
            Ok(()) => {
                if self.failed.replace(false) {
                    self.notice.set(None);
                }
            }
            Err(e) => {
                self.failed.set(true);
                self.notice.set(Some(Notice::SaveFailed(e.to_string())));
            }
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let store = use_memo(config.storage_key.clone(), |k| Store::new(k));
    let notice = use_state(|| None::<Notice>);
    let panel = use_state(|| Panel::Preview);
    let importing = use_state(|| false);
    let tracking_mode = use_state(|| false);
    let training_on = use_state(|| config.training);
    let state = {
        let store = store.clone();
        let config = config.clone();
        let notice = notice.clone();
        use_reducer(move || {
            let (s, n) = initial_state(&config, &store);
            if n.is_some() {
                notice.set(n);
            }
            s
        })
    };

    // Expose the document to the JS Editor, and accept setPlan.
    {
        let bridge = props.bridge.clone();
        let d = state.dispatcher();
        let config = config.clone();
        use_effect_with((), move |_| {
            *bridge.dispatch.borrow_mut() = Some(Callback::from(move |mut p: Plan| {
                apply_locks(&config, &mut p);
                d.dispatch(Action::Edit {
                    edit: Edit::main(Op::Replace(Box::new(p))),
                    at: js_sys::Date::now(),
                })
            }));
            move || {
                bridge.dispatch.borrow_mut().take();
            }
        });
    }

    // Autosave and onChange after every document change. The save waits
    // until the browser has painted the change (see `Saver`), so a keystroke
    // never waits for the JSON and the storage write.
    let debounce = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // What this tab last wrote (to tell our writes from another tab's) and
    // whether saving is paused because another tab changed the draft.
    let last_written: Written = use_mut_ref(|| None);
    let paused = use_mut_ref(|| false);
    let saver = {
        let store = store.clone();
        let notice = notice.clone();
        let last_written = last_written.clone();
        let paused = paused.clone();
        use_memo((), move |_| Saver {
            pending: RefCell::new(None),
            store,
            notice,
            last_written,
            paused,
            failed: Default::default(),
        })
    };
    // Pending saves are written at once when the page is hidden or closed,
    // on Editor.flush() and when the editor is removed.
    {
        let saver = saver.clone();
        let bridge = props.bridge.clone();
        use_effect_with((), move |_| {
            let s1 = saver.clone();
            let hide =
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                    s1.flush()
                });
            let s2 = saver.clone();
            let vis = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "visibilitychange",
                move |_| {
                    if gloo::utils::document().hidden() {
                        s2.flush();
                    }
                },
            );
            let s3 = saver.clone();
            *bridge.flush.borrow_mut() = Some(Callback::from(move |_| s3.flush()));
            move || {
                drop((hide, vis));
                bridge.flush.borrow_mut().take();
                saver.flush();
            }
        });
    }
    {
        let bridge = props.bridge.clone();
        let store = store.clone();
        let plan = state.plan.clone();
        let draft = state.draft.clone();
        let saver = saver.clone();
        use_effect_with(state.rev, move |rev| {
            *bridge.plan.borrow_mut() = plan.clone();
            // Don't write an untouched new document: opening the page must
            // not create drafts.
            if *rev > 0 || store.index().drafts.iter().any(|d| d.id == draft) {
                Saver::schedule(&saver, draft, plan.clone());
            }
            if *rev > 0 {
                if let Some(f) = bridge.on_change.clone() {
                    let plan = plan.clone();
                    *debounce.borrow_mut() =
                        Some(gloo::timers::callback::Timeout::new(300, move || {
                            if let Ok(v) = js_sys::JSON::parse(&plan.to_json()) {
                                let _ = f.call1(&JsValue::NULL, &v);
                            }
                        }));
                }
            }
        });
    }

    // The stored text of a draft as this tab opens it: the baseline `Saver`
    // checks before its first write (declared after the autosave effect, so
    // a pending save of the previous draft is written first).
    {
        let store = store.clone();
        let last_written = last_written.clone();
        use_effect_with(state.draft.clone(), move |draft| {
            *last_written.borrow_mut() = stored_value(&store, draft);
        });
    }

    // Another tab (same browser) changed our draft: pause saving and ask.
    {
        let store = store.clone();
        let notice = notice.clone();
        let last_written = last_written.clone();
        let paused = paused.clone();
        use_effect_with(state.draft.clone(), move |draft| {
            let key = store.draft_key(draft);
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "storage",
                move |e| {
                    let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(e) else {
                        return;
                    };
                    if e.key().as_deref() != Some(key.as_str()) {
                        return;
                    }
                    let Some(theirs) = e.new_value() else { return };
                    if matches!(&*last_written.borrow(), Some((_, ours)) if ours.as_string().as_deref() == Some(theirs.as_str()))
                    {
                        return;
                    }
                    *paused.borrow_mut() = true;
                    notice.set(Some(Notice::Conflict(Rc::from(theirs))));
                },
            );
            move || drop(listener)
        });
    }

    let ids = IdPrefix(Rc::from(config.id_prefix.as_str()));
    // Focus the field a jump or a tree move asked for.
    {
        let d = state.dispatcher();
        let ids = ids.clone();
        use_effect_with(state.focus.clone(), move |focus| {
            if let Some(id) = focus {
                if let Some(el) = gloo::utils::document().get_element_by_id(&ids.id(id)) {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                        el.scroll_into_view_with_bool(false);
                    }
                }
                d.dispatch(Action::Focused);
            }
        });
    }

    let ctx = Ctx {
        plan: state.plan.clone(),
        dispatch: state.dispatcher(),
        epoch: state.epoch,
        lock_org: config.lock_org,
        today: today_iso(),
        ids: ids.clone(),
    };
    let plan = state.plan.clone();
    let step_list = visible_steps(&plan, config.steps.as_deref());
    // The checklist runs after a short pause in typing, not on every key
    // (it reads the whole document: 5-10 ms on a large plan). A new
    // document (opened, imported, undone) is checked in the next task, so
    // the first screen is not held up by it. It comes through `tools`:
    // `None` until the first result, then the latest one (or why not).
    let findings = use_state(|| None::<Result<Rc<Vec<Finding>>, String>>);
    let check_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let checked_epoch = use_mut_ref(|| None::<u64>);
    {
        let findings = findings.clone();
        let plan = plan.clone();
        let epoch = state.epoch;
        use_effect_with(state.rev, move |_| {
            let delay = if *checked_epoch.borrow() != Some(epoch) {
                0
            } else {
                200
            };
            *checked_epoch.borrow_mut() = Some(epoch);
            *check_timer.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(delay, move || {
                    // Results arrive in the order asked, so the last is the newest.
                    tools::with_tools(move |t| {
                        findings.set(Some(t.and_then(|t| t.check(&plan)).map(Rc::new)))
                    });
                }));
        });
    }
    let check_state: checklist::CheckState = match &*findings {
        None => checklist::CheckState::Pending,
        Some(Ok(f)) => checklist::CheckState::Done(f.clone()),
        Some(Err(e)) => checklist::CheckState::Failed(e.clone()),
    };
    let findings: Rc<Vec<Finding>> = match &*findings {
        Some(Ok(f)) => f.clone(),
        _ => Rc::default(),
    };
    let error_steps = checklist::steps_with_errors(&findings);
    let error_count = findings
        .iter()
        .filter(|f| f.level == crate::core::check::Level::Error)
        .count();

    let onkeydown = {
        let d = state.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            let k = e.key().to_lowercase();
            let action = match k.as_str() {
                "z" if e.shift_key() => Action::Redo,
                "z" => Action::Undo,
                "y" => Action::Redo,
                _ => return,
            };
            e.prevent_default();
            d.dispatch(action);
        })
    };
    let undo = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Undo))
    };
    let redo = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Redo))
    };
    let onjump = {
        let d = state.dispatcher();
        Callback::from(move |t: Target| d.dispatch(Action::Jump(t)))
    };
    let onjump_id = {
        let d = state.dispatcher();
        Callback::from(move |(t, id): (Target, String)| d.dispatch(Action::JumpId(t, id)))
    };
    let tab = |which: Panel, label: String| {
        let panel = panel.clone();
        let selected = *panel == which;
        html! {
            <button type="button" role="tab" class="up-tab" aria-selected={selected.to_string()}
                onclick={Callback::from(move |_| panel.set(which))}>{ label }</button>
        }
    };

    let body = match (state.step, state.in_next) {
        (Step::Basic, _) => steps::basic(&ctx),
        (Step::Signature, _) => steps::signature(&ctx),
        (s @ (Step::Guiding | Step::Goals | Step::Measures | Step::Problems), next) => {
            steps::text(&ctx, s, next)
        }
        (Step::Main, next) => tree::main_tree(&ctx, next),
        (Step::Schedule, next) => schedule::schedule(&ctx, next),
    };
    let tracking_on = *tracking_mode && !plan.kind.is_summary();
    let body = if tracking_on {
        let d = state.dispatcher();
        let store = store.clone();
        let notice = notice.clone();
        let plan = plan.clone();
        let t = tracking_mode.clone();
        let ongenerate = Callback::from(move |with_next: bool| {
            let (d, store, notice, plan, t) = (
                d.clone(),
                store.clone(),
                notice.clone(),
                plan.clone(),
                t.clone(),
            );
            if !tools::ready() {
                notice.set(Some(Notice::Info(
                    "正在载入生成总结的功能，请稍候……".into(),
                )));
            }
            tools::with_tools(move |tools| {
                match tools.and_then(|x| x.summarize(&plan, with_next)) {
                    Ok(summary) => {
                        d.dispatch(Action::Open {
                            id: store.new_id(),
                            plan: summary,
                        });
                        t.set(false);
                        notice.set(Some(Notice::Info("已生成总结初稿（新草稿），原计划保持不变，可在“草稿”中打开。初稿中的说明文字请逐段核对、补充后再导出。".into())));
                    }
                    Err(e) => notice.set(Some(Notice::SaveFailed(e))),
                }
            });
        });
        tracking::tracking(&ctx, ongenerate)
    } else {
        body
    };
    let current_label = if tracking_on {
        "执行跟踪"
    } else {
        steps::step_label(state.step, plan.kind, state.in_next)
    };

    html! {
        <div class="up-app" {onkeydown}>
            <header class="up-toolbar" role="toolbar" aria-label="编辑工具">
                <span class="up-brand">{ "工会工作计划与总结" }</span>
                <button type="button" class="up-btn" aria-pressed={(*panel == Panel::Drafts).to_string()} onclick={
                    let panel = panel.clone();
                    Callback::from(move |_| panel.set(if *panel == Panel::Drafts { Panel::Preview } else { Panel::Drafts }))
                }>{ "草稿" }</button>
                <button type="button" class="up-btn" aria-pressed={(*panel == Panel::Check).to_string()} onclick={
                    let panel = panel.clone();
                    Callback::from(move |_| panel.set(if *panel == Panel::Check { Panel::Preview } else { Panel::Check }))
                }>{ if error_count > 0 { format!("检查（{error_count} 处需修改）") } else { "检查".to_string() } }</button>
                <button type="button" class="up-btn" onclick={{ let i = importing.clone(); Callback::from(move |_| i.set(true)) }}>{ "导入" }</button>
                if !plan.kind.is_summary() {
                    <button type="button" class="up-btn" aria-pressed={tracking_mode.to_string()}
                        onclick={{ let t = tracking_mode.clone(); Callback::from(move |_| t.set(!*t)) }}>
                        { if *tracking_mode { "返回编写" } else { "执行跟踪" } }
                    </button>
                }
                <button type="button" class="up-btn" onclick={undo} disabled={!state.can_undo()} title="撤销（Ctrl+Z）">{ "撤销" }</button>
                <button type="button" class="up-btn" onclick={redo} disabled={!state.can_redo()} title="重做（Ctrl+Shift+Z 或 Ctrl+Y）">{ "重做" }</button>
                <export_menu::ExportMenu plan={plan.clone()} menu_id={ids.id("up-export-menu")} onexport={{
                    let plan = plan.clone();
                    let notice = notice.clone();
                    let bridge = props.bridge.clone();
                    Callback::from(move |format: String| export_menu::run_export(plan.clone(), format, bridge.on_export.clone(), notice.clone()))
                }} />
            </header>
            { render_notice(&notice, &store, &state, &paused, &last_written) }
            if *importing {
                <import::ImportDialog
                    onclose={{ let i = importing.clone(); Callback::from(move |_| i.set(false)) }}
                    onimport={{
                        let i = importing.clone();
                        let d = state.dispatcher();
                        let store = store.clone();
                        let notice = notice.clone();
                        let config = config.clone();
                        Callback::from(move |mut plan: Plan| {
                            apply_locks(&config, &mut plan);
                            d.dispatch(Action::Open { id: store.new_id(), plan });
                            i.set(false);
                            notice.set(Some(Notice::Info("已导入为新草稿。原来的草稿仍在“草稿”列表中。请逐项核对识别结果。".into())));
                        })
                    }} />
            }
            <div class="up-main">
                <nav class="up-steps" aria-label="编写步骤">
                    <ol>
                        { for step_list.iter().map(|(s, next)| {
                            let active = *s == state.step && *next == state.in_next;
                            let filled = steps::step_filled(ctx.part(*next), *s);
                            let d = state.dispatcher();
                            let (s2, n2) = (*s, *next);
                            html! {
                                <li>
                                    <button type="button" class={classes!("up-step", active.then_some("up-step-active"), filled.then_some("up-step-done"))}
                                        aria-current={active.then_some("step")}
                                        onclick={Callback::from(move |_| d.dispatch(Action::GoTo { step: s2, next: n2 }))}>
                                        if *next { <span class="up-step-part">{ "明年" }</span> }
                                        { steps::step_label(*s, plan.kind, *next) }
                                        if error_steps.contains(&(s2, n2)) {
                                            <span class="up-step-err" title="此部分有需要修改的地方" aria-label="有需修改的问题">{ "!" }</span>
                                        } else if filled {
                                            <span class="up-step-mark" aria-label="已填写">{ "✓" }</span>
                                        }
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                </nav>
                <section class="up-editor" aria-label={current_label}>
                    <div class="up-step-head">
                        <h2 class="up-step-title">{ if state.in_next { format!("明年计划 · {current_label}") } else { current_label.to_string() } }</h2>
                        <button type="button" class="up-btn up-btn-small" aria-pressed={training_on.to_string()}
                            title="每一步显示写法说明、常见错误和示例"
                            onclick={{ let t = training_on.clone(); Callback::from(move |_| t.set(!*t)) }}>{ "写作指导" }</button>
                    </div>
                    { body }
                    if *training_on && !tracking_on {
                        <training::TrainingPanel step={state.step} kind={plan.kind} org_type={plan.org_type.clone()} in_next={state.in_next} />
                    }
                </section>
                <div class="up-right">
                    <div class="up-tabs" role="tablist" aria-label="右侧面板">
                        { tab(Panel::Preview, "预览".into()) }
                        { tab(Panel::Check, if error_count > 0 { format!("检查清单（{error_count}）") } else { "检查清单".into() }) }
                        { tab(Panel::Drafts, "草稿".into()) }
                        { tab(Panel::Templates, "模板".into()) }
                    </div>
                if *panel == Panel::Templates {
                    <training::TemplatePicker org_type={plan.org_type.clone()} onpick={{
                        let d = state.dispatcher();
                        let store = store.clone();
                        let notice = notice.clone();
                        let config = config.clone();
                        let cur = plan.clone();
                        let panel = panel.clone();
                        Callback::from(move |t: Plan| {
                            // A template starts a new draft; the current one stays as it is.
                            let org = config.organization.clone().unwrap_or_else(|| cur.organization.clone());
                            let mut p = crate::core::templates::fill_plan(&t, &org, cur.year);
                            apply_locks(&config, &mut p);
                            d.dispatch(Action::Open { id: store.new_id(), plan: p });
                            panel.set(Panel::Preview);
                            notice.set(Some(Notice::Info("已按模板新建草稿（原草稿仍在“草稿”中）。模板只是起点，请逐段改成本单位的实际情况。".into())));
                        })
                    }} />
                } else if *panel == Panel::Drafts {
                    <drafts::Drafts store={store.clone()} current={state.draft.clone()} rev={state.rev}
                        onopen={{ let d = state.dispatcher(); Callback::from(move |(id, plan): (String, Plan)| d.dispatch(Action::Open { id, plan })) }}
                        onnew={{
                            let d = state.dispatcher();
                            let store = store.clone();
                            let config = config.clone();
                            Callback::from(move |_| d.dispatch(Action::Open { id: store.new_id(), plan: fresh_plan(&config) }))
                        }}
                        onnotice={{
                            let notice = notice.clone();
                            Callback::from(move |(msg, undo): (String, bool)| notice.set(Some(if undo { Notice::Deleted(msg) } else { Notice::Info(msg) })))
                        }}
                        onclose={{ let panel = panel.clone(); Callback::from(move |_| panel.set(Panel::Preview)) }} />
                } else if *panel == Panel::Check {
                    <checklist::Checklist state={check_state} kind={plan.kind} onjump={onjump_id} />
                } else {
                    <preview::Preview plan={plan.clone()} {onjump} />
                }
                </div>
            </div>
        </div>
    }
}

/// Steps in the order the step list shows them; `(step, in_next)`.
fn visible_steps(plan: &Plan, only: Option<&[Step]>) -> Vec<(Step, bool)> {
    let keep = |s: &Step| only.is_none_or(|o| o.contains(s));
    let mut v: Vec<(Step, bool)> = Vec::new();
    if plan.kind == Kind::SummaryAndPlan {
        for s in [Step::Basic, Step::Guiding, Step::Main, Step::Problems] {
            v.push((s, false));
        }
        for s in [
            Step::Guiding,
            Step::Goals,
            Step::Main,
            Step::Measures,
            Step::Schedule,
        ] {
            v.push((s, true));
        }
        v.push((Step::Signature, false));
    } else {
        v = Step::ALL.iter().map(|s| (*s, false)).collect();
    }
    v.retain(|(s, _)| keep(s));
    v
}

fn render_notice(
    notice: &UseStateHandle<Option<Notice>>,
    store: &Rc<Store>,
    state: &UseReducerHandle<State>,
    paused: &Rc<RefCell<bool>>,
    last_written: &Written,
) -> Html {
    let d = &state.dispatcher();
    let Some(n) = (**notice).clone() else {
        return html! {};
    };
    let close = {
        let n = notice.clone();
        Callback::from(move |_| n.set(None))
    };
    match n {
        Notice::SaveFailed(msg) => {
            let plan = state.plan.clone();
            let backup = Callback::from(move |_| {
                let name = crate::core::export::file_name(&plan, "json");
                let _ = crate::download::download(
                    plan.to_json_pretty().as_bytes(),
                    &name,
                    "application/json",
                );
            });
            html! {
                <div class="up-notice up-notice-warn" role="alert">{ msg }
                    <button type="button" class="up-btn up-btn-primary" onclick={backup}>{ "导出备份（JSON）" }</button>
                    <button type="button" class="up-btn" onclick={close}>{ "知道了" }</button></div>
            }
        }
        Notice::Conflict(theirs) => {
            let take_theirs = {
                let d = d.clone();
                let n = notice.clone();
                let paused = paused.clone();
                let lw = last_written.clone();
                let id = state.draft.clone();
                let theirs = theirs.clone();
                Callback::from(move |_| match Plan::from_json(&theirs) {
                    Ok(p) => {
                        *lw.borrow_mut() = Some((id.clone(), JsValue::from_str(&theirs)));
                        *paused.borrow_mut() = false;
                        d.dispatch(Action::Open {
                            id: id.clone(),
                            plan: p,
                        });
                        n.set(Some(Notice::Info("已载入另一页的版本。".into())));
                    }
                    Err(e) => n.set(Some(Notice::SaveFailed(format!(
                        "另一页保存的内容无法读取（{e}），已保留本页的版本。"
                    )))),
                })
            };
            let keep_mine = {
                let n = notice.clone();
                let paused = paused.clone();
                let lw = last_written.clone();
                let store = store.clone();
                let plan = state.plan.clone();
                let id = state.draft.clone();
                Callback::from(move |_| {
                    *paused.borrow_mut() = false;
                    let json = plan.to_json();
                    match store.save(&id, &plan, &json) {
                        Ok(()) => {
                            *lw.borrow_mut() = Some((id.clone(), JsValue::from_str(&json)));
                            n.set(Some(Notice::Info(
                                "已保存本页的版本；另一页的修改被替换。".into(),
                            )))
                        }
                        Err(e) => {
                            // Later saves compare with what is stored now.
                            *lw.borrow_mut() = stored_value(&store, &id);
                            n.set(Some(Notice::SaveFailed(e.to_string())))
                        }
                    }
                })
            };
            html! {
                <div class="up-notice up-notice-warn" role="alert">
                    { "这份草稿刚在另一个标签页（或窗口）中被修改。为免互相覆盖，本页已暂停自动保存，请选择：" }
                    <button type="button" class="up-btn up-btn-primary" onclick={take_theirs}>{ "载入另一页的版本" }</button>
                    <button type="button" class="up-btn" onclick={keep_mine}>{ "保留本页的版本" }</button>
                </div>
            }
        }
        Notice::Deleted(msg) => {
            let store = store.clone();
            let d = d.clone();
            let n = notice.clone();
            let undo = Callback::from(move |_| {
                match store
                    .restore_trash()
                    .map(|id| (id.clone(), store.load(&id)))
                {
                    Some((id, Loaded::Ok(plan))) => {
                        d.dispatch(Action::Open { id, plan });
                        n.set(Some(Notice::Info("已恢复草稿。".into())));
                    }
                    _ => n.set(Some(Notice::Info("无法恢复：回收的草稿已不存在。".into()))),
                }
            });
            html! {
                <div class="up-notice" role="status">{ msg }
                    <button type="button" class="up-btn" onclick={undo}>{ "撤销删除" }</button>
                    <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button></div>
            }
        }
        Notice::Info(msg) => html! {
            <div class="up-notice" role="status">{ msg }
                <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button></div>
        },
        Notice::Corrupt {
            raw,
            error,
            backup_key,
        } => {
            let dl = {
                let raw = raw.clone();
                Callback::from(move |_| {
                    let _ = crate::download::download(
                        raw.as_bytes(),
                        "无法读取的草稿备份.txt",
                        "text/plain;charset=utf-8",
                    );
                })
            };
            html! {
                <div class="up-notice up-notice-warn" role="alert">
                    { format!("上次保存的草稿无法读取：{error} 原始内容已另存（“{backup_key}”），没有删除。已为您新建一份草稿。") }
                    <button type="button" class="up-btn" onclick={dl}>{ "下载原始内容" }</button>
                    <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button>
                </div>
            }
        }
    }
}
