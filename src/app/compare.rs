//! Year over year in the editor: 新建下一年度 (`start_next_year`), the
//! document last year's text is compared with (`load_previous`: the draft
//! `previous` names, read from storage), and the 对比上年 panel's frame:
//! its content (pick a draft or import a file, the comparison, the HTML
//! export) is drawn by the full module (`tools::show_comparison`), so the
//! lite editor carries only this frame.

use super::notice::Notice;
use super::state::Action;
use super::tools::{ready, with_tools};
use super::Shell;
use crate::core::edit::{Edit, Op};
use crate::core::model::{Plan, Previous};
use crate::core::steps::Target;
use crate::storage::{Loaded, Store};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

fn previous_of(p: &Plan, draft: &str) -> Previous {
    Previous {
        draft: draft.to_string(),
        title: crate::core::title::effective(p).replace('\n', ""),
        year: p.year,
    }
}

/// 新建下一年度: next year's draft of the current document, as a new draft
/// remembering this one (which stays as it is).
pub fn start_next_year(t: &super::toolbar::ToolbarProps) -> Callback<MouseEvent> {
    let d = t.dispatch.clone();
    let store = t.store.clone();
    let notice = t.notice.clone();
    let bridge = t.bridge.clone();
    let config = t.config.clone();
    let draft = t.draft.clone();
    Callback::from(move |_| {
        // The source must be in storage for the new draft to find it.
        bridge.flush(&config);
        // The document as it is now (the bridge follows every change).
        let plan = bridge.plan.borrow().clone();
        let (d, store, notice, draft) = (d.clone(), store.clone(), notice.clone(), draft.clone());
        with_tools(move |t| match t.and_then(|t| t.next_year(&plan)) {
            Ok(mut next) => {
                next.previous = Some(previous_of(&plan, &draft));
                let year = next.year;
                d.dispatch(Action::Open {
                    id: store.new_id(),
                    plan: next,
                });
                notice.set(Some(Notice::Info(format!(
                    "已新建{year}年度的草稿，原稿仍在“草稿”中。年份、标题、成文日期和节日日期已改为新年度，执行跟踪已清空；正文沿用上年，请逐段改写。“对比上年”可以查看改了哪些，检查清单会提示照搬的文字。"
                ))));
            }
            Err(e) => notice.set(Some(Notice::Info(format!("无法新建下一年度：{e}")))),
        });
    })
}

/// Last year's document for `plan`: the draft its `previous` names, read
/// from storage when asked (the checklist after a pause, the panel).
pub fn load_previous(plan: &Plan, store: &Store) -> Option<Plan> {
    let id = &plan.previous.as_ref()?.draft;
    match store.load(id) {
        Loaded::Ok(p) if !id.is_empty() => Some(p),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub plan: Rc<Plan>,
    /// The document's revision: the panel is drawn again when it changes.
    pub rev: u64,
    pub store: Rc<Store>,
    pub draft: AttrValue,
    /// Last year's document chosen: its draft id (the plan remembers it).
    pub onpick: Callback<String>,
    pub onjump: Callback<Target>,
}

/// A JS function `(text) => f(text)` for the panel's options.
pub(super) fn js_fn(f: impl Fn(String) + 'static) -> JsValue {
    Closure::<dyn Fn(String)>::new(f).into_js_value()
}

pub(super) fn set(o: &js_sys::Object, key: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &key.into(), v);
}

/// The panel's frame; its content (the choice of last year's document and
/// the comparison) is drawn by the full module (`tools::show_comparison`).
#[component]
pub fn ComparePanel(p: &CompareProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let (store, draft) = (p.store.clone(), p.draft.to_string());
        let (onpick, onjump) = (p.onpick.clone(), p.onjump.clone());
        let cur = p.plan.clone();
        use_effect_with(p.rev, move |_| {
            let Some(el) = host.cast::<web_sys::Element>() else {
                return;
            };
            let prev = load_previous(&cur, &store);
            let opts = js_sys::Object::new();
            let drafts = js_sys::Array::new();
            for d in store.index().drafts.into_iter().filter(|d| d.id != draft) {
                let o = js_sys::Object::new();
                set(&o, "id", &d.id.into());
                set(&o, "title", &d.title.into());
                drafts.push(&o);
            }
            set(&opts, "drafts", &drafts);
            let chosen = cur
                .previous
                .as_ref()
                .map(|x| x.draft.clone())
                .unwrap_or_default();
            set(&opts, "chosen", &chosen.into());
            set(
                &opts,
                "onJump",
                &js_fn(move |t| {
                    if let Ok(t) = crate::core::json_read::from_text(&t, Target::from_value) {
                        onjump.emit(t)
                    }
                }),
            );
            let pick = onpick.clone();
            set(&opts, "onPick", &js_fn(move |id| pick.emit(id)));
            set(
                &opts,
                "onImport",
                &js_fn(move |json| {
                    // Kept as a draft of its own, so the comparison survives a reload.
                    if let Ok(plan) = Plan::from_json(&json) {
                        let id = store.new_id();
                        if store.save(&id, &plan, &json).is_ok() {
                            onpick.emit(id);
                        }
                    }
                }),
            );
            if !ready() {
                el.set_text_content(Some("正在载入对比功能，请稍候……"));
            }
            with_tools(move |t| {
                if let Err(e) = t.and_then(|t| t.show_comparison(&el, prev.as_ref(), &cur, &opts)) {
                    el.set_text_content(Some(&e));
                }
            });
        });
    }
    html! {
        <section class="up-side up-compare" aria-label="对比上年">
            <h2 class="up-panel-title">{ "对比上年" }</h2>
            <div class="up-cmp-view" ref={host}></div>
        </section>
    }
}

/// The panel as the right-hand column shows it.
pub fn panel(s: &Shell) -> Html {
    let state = s.state;
    let onpick = {
        let d = state.dispatcher();
        let store = s.store.clone();
        let plan = state.plan.clone();
        Callback::from(move |id: String| {
            let Loaded::Ok(prev) = store.load(&id) else {
                return;
            };
            let mut p = (*plan).clone();
            p.previous = Some(previous_of(&prev, &id));
            d.dispatch(Action::Edit {
                edit: Edit::main(Op::Replace(Box::new(p))),
                at: js_sys::Date::now(),
            });
        })
    };
    let onjump = {
        let d = state.dispatcher();
        Callback::from(move |t: Target| d.dispatch(Action::Jump(t)))
    };
    html! {
        <ComparePanel plan={state.plan.clone()} rev={state.rev} store={s.store.clone()}
            draft={AttrValue::from(state.draft.clone())} {onpick} {onjump} />
    }
}
