//! The Yew shell: renders the state and dispatches actions to the core.
//! `App` owns one editor instance; `api::mount` creates it with a `Config`
//! (options from the host page) and a `Bridge` (how the JS `Editor` object
//! reads and replaces the plan). `App` only wires the parts together: its
//! hooks (`saver` for autosave, `checklist::use_check`), the toolbar, the
//! notice, the step list, the current step and the right-hand tabs.

mod checklist;
mod compare;
#[cfg(not(feature = "lite"))]
pub mod compare_view;
mod config;
#[cfg(not(feature = "lite"))]
mod dom;
mod drafts;
mod duty_row;
mod export_menu;
mod fields;
mod import;
#[cfg(not(feature = "lite"))]
pub mod import_view;
mod notice;
mod preview;
#[cfg(not(feature = "lite"))]
pub(crate) mod review;
mod review_layer;
mod saver;
mod schedule;
mod settings;
mod sheet_parts;
pub mod state;
mod steps;
mod table_view;
mod tabs;
mod toolbar;
pub mod tools;
mod tracking;
#[cfg(not(feature = "lite"))]
pub mod tracking_view;
mod training;
mod tree;

pub use config::Config;

use crate::core::check::Level;
use crate::core::edit::{Edit, Op};
use crate::core::model::Plan;
use crate::core::steps::Step;
use crate::storage::Store;
use config::{apply_locks, initial_state};
use notice::Notice;
use state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use tabs::Panel;
use yew::functional::Reducible;
use yew::prelude::*;

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
    /// From `mount` until the first render: the first state, so that the
    /// JS `Editor` works at once (`plan()`, `setPlan`, `flush`). `App`
    /// takes it when it renders for the first time.
    pub start: RefCell<Option<(State, Option<Notice>)>>,
    /// Resolves `Editor.ready`; `App` calls it after its first render.
    pub on_ready: RefCell<Option<js_sys::Function>>,
}

impl Bridge {
    /// Computes the first state now (the host's plan, else the current
    /// draft, else a new document), before Yew's first render.
    pub fn prepare(&self, config: &Config) {
        let (state, notice) = initial_state(config, &Store::new(&config.storage_key));
        *self.plan.borrow_mut() = state.plan.clone();
        *self.start.borrow_mut() = Some((state, notice));
    }

    /// `Editor.setPlan`: an undoable edit through the running `App`, or,
    /// before its first render, applied to the first state (which that
    /// render then shows). Calls take effect in order either way.
    pub fn set_plan(&self, config: &Config, mut plan: Plan) -> Result<(), &'static str> {
        let dispatch = self.dispatch.borrow().clone();
        if let Some(cb) = dispatch {
            apply_locks(config, &mut plan);
            *self.plan.borrow_mut() = Rc::new(plan.clone());
            cb.emit(plan);
            return Ok(());
        }
        let mut start = self.start.borrow_mut();
        let Some((state, _)) = start.as_mut() else {
            return Err("编辑器已卸载，无法再更换文档。");
        };
        apply_locks(config, &mut plan);
        let next = Rc::new(state.clone()).reduce(Action::Edit {
            edit: Edit::main(Op::Replace(Box::new(plan))),
            at: js_sys::Date::now(),
        });
        *state = (*next).clone();
        *self.plan.borrow_mut() = state.plan.clone();
        Ok(())
    }

    /// `Editor.flush`: the running `App`'s autosave, or, before the first
    /// render, a document that `setPlan` changed is written now.
    pub fn flush(&self, config: &Config) {
        let flush = self.flush.borrow().clone();
        if let Some(cb) = flush {
            cb.emit(());
            return;
        }
        if let Some((state, _)) = self.start.borrow().as_ref() {
            if state.rev > 0 {
                let store = Store::new(&config.storage_key);
                let _ = store.save(&state.draft, &state.plan, &state.plan.to_json());
            }
        }
    }
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

/// The editor's handles as `App` holds them, lent to the parts it renders
/// (right-hand tabs, tracking).
pub struct Shell<'a> {
    pub config: &'a Rc<Config>,
    pub store: &'a Rc<Store>,
    pub state: &'a UseReducerHandle<State>,
    pub notice: &'a UseStateHandle<Option<Notice>>,
    pub panel: &'a UseStateHandle<Panel>,
    pub tracking_mode: &'a UseStateHandle<bool>,
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
        let bridge = props.bridge.clone();
        use_reducer(move || {
            let first = bridge.start.borrow_mut().take();
            let (s, n) = first.unwrap_or_else(|| initial_state(&config, &store));
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
            // The first render is on screen: `Editor.ready` resolves.
            let ready = bridge.on_ready.borrow_mut().take();
            if let Some(resolve) = ready {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
            move || {
                bridge.dispatch.borrow_mut().take();
            }
        });
    }

    // Autosave and onChange after every document change, and the two-tab
    // rule (see `saver`).
    let saver = saver::use_autosave(&props.bridge, &store, &notice, &state);

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
    // The checklist, after a pause in typing (see `use_check`).
    let check_state = checklist::use_check(&plan, state.rev, state.epoch, &store);
    let error_steps = checklist::steps_with_errors(check_state.findings());
    let error_count = check_state
        .findings()
        .iter()
        .filter(|f| f.level == Level::Error)
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

    let shell = Shell {
        config: &config,
        store: &store,
        state: &state,
        notice: &notice,
        panel: &panel,
        tracking_mode: &tracking_mode,
    };
    let tracking_on = *tracking_mode && !plan.kind.is_summary();
    let body = if tracking_on {
        tracking::tracking(&shell)
    } else {
        match (state.step, state.in_next) {
            (Step::Basic, _) => steps::basic(&ctx),
            (Step::Signature, _) => steps::signature(&ctx),
            (s @ (Step::Guiding | Step::Goals | Step::Measures | Step::Problems), next) => {
                steps::text(&ctx, s, next)
            }
            (Step::Main, next) => tree::main_tree(&ctx, next),
            (Step::Schedule, next) => schedule::schedule(&ctx, next),
        }
    };
    let current_label = if tracking_on {
        "执行跟踪"
    } else {
        steps::step_label(state.step, plan.kind, state.in_next)
    };

    html! {
        <div class="up-app" {onkeydown} onpointerover={Callback::from(|e: PointerEvent| tools::warm_on(&e))}
            onfocusin={Callback::from(|e: FocusEvent| tools::warm_on(&e))}>
            <toolbar::Toolbar config={config.clone()} bridge={props.bridge.clone()} store={store.clone()}
                notice={notice.clone()} panel={panel.clone()} importing={importing.clone()} tracking_mode={tracking_mode.clone()}
                ids={ids.clone()} dispatch={state.dispatcher()} draft={state.draft.clone()} {error_count}
                can_undo={state.can_undo()} can_redo={state.can_redo()} summary={plan.kind.is_summary()} />
            { notice::render_notice(&notice, &store, &state, &saver) }
            if *importing {
                <import::ImportDialog
                    onclose={{
                        let i = importing.clone();
                        let back = ids.id(toolbar::IMPORT_ID);
                        Callback::from(move |_| {
                            i.set(false);
                            // the focus goes back to 导入, as after any dialog
                            if let Some(b) = gloo::utils::document().get_element_by_id(&back) {
                                if let Ok(b) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b) {
                                    let _ = b.focus();
                                }
                            }
                        })
                    }}
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
                { steps::step_nav(&ctx, config.steps.as_deref(), (state.step, state.in_next), &error_steps) }
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
                { tabs::right_column(&shell, check_state, error_count) }
            </div>
        </div>
    }
}
