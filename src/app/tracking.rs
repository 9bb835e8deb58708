//! 执行跟踪: during the year, mark each priority item and schedule activity
//! 完成 / 部分完成 / 未完成 / 取消 with a note and figures; see progress by
//! month, by priority and by 牵头部门; then draft the year-end summary from
//! it (`core::summarize`, into a new draft; the plan itself is not changed).
//!
//! The editor keeps only this frame: the panel itself is drawn as plain DOM
//! by the module that has the summary generator (`app::tracking_view`,
//! through `tools::show_tracking`), again after every change of the plan;
//! each mark comes back here as an edit (undo, autosave).

use super::notice::Notice;
use super::state::{Action, State};
use super::{tools, Shell};
use crate::core::edit::{Edit, Op};
use crate::core::model::Plan;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// 生成总结 (`true`: with next year's plan): drafts the summary through
/// `tools` into a new draft, leaves tracking and says so.
pub fn ongenerate(s: &Shell) -> Callback<bool> {
    let d = s.state.dispatcher();
    let store = s.store.clone();
    let notice = s.notice.clone();
    let plan = s.state.plan.clone();
    let t = s.tracking_mode.clone();
    Callback::from(move |with_next: bool| {
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
        tools::with_tools(
            move |tools| match tools.and_then(|x| x.summarize(&plan, with_next)) {
                Ok(summary) => {
                    d.dispatch(Action::Open {
                        id: store.new_id(),
                        plan: summary,
                    });
                    t.set(false);
                    notice.set(Some(Notice::Info("已生成总结初稿（新草稿），原计划保持不变，可在“草稿”中打开。初稿中的说明文字请逐段核对、补充后再导出。".into())));
                }
                Err(e) => notice.set(Some(Notice::SaveFailed(e))),
            },
        );
    })
}

/// The edit for a mark of the panel: `key` `n:0-1` (priority 一、(二)) or
/// `a:0-1` (the first entry's second activity), `json` its `Track` or `null`.
fn track_op(key: &str, json: &str) -> Option<Op> {
    let track = if json == "null" {
        None
    } else {
        Some(crate::core::json_read::from_text(json, crate::core::model::reader::track).ok()?)
    };
    let (kind, at) = key.split_once(':')?;
    let nums: Option<Vec<usize>> = at.split('-').map(|n| n.parse().ok()).collect();
    match (kind, nums?.as_slice()) {
        ("n", path) if !path.is_empty() => Some(Op::TrackNode {
            path: path.to_vec(),
            track,
        }),
        ("a", &[entry, index]) => Some(Op::TrackActivity {
            entry,
            index,
            track,
        }),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct TrackingProps {
    pub plan: Rc<Plan>,
    pub dispatch: UseReducerDispatcher<State>,
    pub ongenerate: Callback<bool>,
}

#[component]
pub fn TrackingPanel(p: &TrackingProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let (plan, d, ongenerate) = (p.plan.clone(), p.dispatch.clone(), p.ongenerate.clone());
        // drawn again whenever the plan is another one (an edit, undo)
        use_effect_with(Rc::as_ptr(&p.plan) as usize, move |_| {
            let Some(el) = host.cast::<web_sys::Element>() else {
                return;
            };
            let opts = js_sys::Object::new();
            let on_track =
                Closure::<dyn Fn(String, String)>::new(move |key: String, json: String| {
                    if let Some(op) = track_op(&key, &json) {
                        d.dispatch(Action::Edit {
                            edit: Edit { next: false, op },
                            at: js_sys::Date::now(),
                        })
                    }
                });
            super::compare::set(&opts, "onTrack", &on_track.into_js_value());
            let on_generate =
                Closure::<dyn Fn(bool)>::new(move |with_next| ongenerate.emit(with_next));
            super::compare::set(&opts, "onGenerate", &on_generate.into_js_value());
            if !tools::ready() {
                el.set_text_content(Some("正在载入执行跟踪功能，请稍候……"));
            }
            tools::with_tools(move |t| {
                if let Err(e) = t.and_then(|t| t.show_tracking(&el, &plan, &opts)) {
                    el.set_text_content(Some(&e));
                }
            });
        });
    }
    html! { <div class="up-step-body up-tracking" ref={host}></div> }
}

/// The panel as the editor's body shows it.
pub fn tracking(s: &Shell) -> Html {
    html! {
        <TrackingPanel plan={s.state.plan.clone()} dispatch={s.state.dispatcher()} ongenerate={ongenerate(s)} />
    }
}
