//! The right-hand column: its tabs (预览, 检查清单, 草稿, 模板, 对比上年) and the
//! panel the selected one shows. Opening a draft or a template from here
//! starts it in the editor.

use super::checklist::{CheckState, Checklist};
use super::config::{apply_locks, fresh_plan};
use super::notice::Notice;
use super::state::Action;
use super::{drafts, preview, training, Shell};
use crate::core::check::Fix;
use crate::core::edit::Edit;
use crate::core::model::Plan;
use crate::core::steps::Target;
use yew::prelude::*;

/// What the right-hand column shows.
#[derive(Clone, Copy, PartialEq)]
pub enum Panel {
    Preview,
    Templates,
    Check,
    Drafts,
    /// 对比上年 (`compare`).
    Compare,
}

fn tab(panel: &UseStateHandle<Panel>, which: Panel, label: String) -> Html {
    let panel = panel.clone();
    let selected = *panel == which;
    // the 模板 and 对比上年 panels need the tools module: the pointer or the
    // focus on their tab starts its load (`tools::warm_on`)
    let tools = matches!(which, Panel::Templates | Panel::Compare).then_some("");
    html! {
        <button type="button" role="tab" class="up-tab" aria-selected={selected.to_string()} data-tools={tools}
            onclick={Callback::from(move |_| panel.set(which))}>{ label }</button>
    }
}

/// The tabs and the selected panel; `check` is the latest checklist result
/// with `error_count` errors.
pub fn right_column(s: &Shell, check: CheckState, error_count: usize) -> Html {
    let (panel, state, store, notice, config) = (s.panel, s.state, s.store, s.notice, s.config);
    let plan = &state.plan;
    let onjump = {
        let d = state.dispatcher();
        Callback::from(move |t: Target| d.dispatch(Action::Jump(t)))
    };
    let onjump_id = {
        let d = state.dispatcher();
        Callback::from(move |(t, id): (Target, String)| d.dispatch(Action::JumpId(t, id)))
    };
    let onfix = {
        let d = state.dispatcher();
        Callback::from(move |fix: Fix| {
            d.dispatch(Action::Edit {
                edit: Edit::main(fix.op()),
                at: js_sys::Date::now(),
            })
        })
    };
    html! {
        <div class="up-right">
            <div class="up-tabs" role="tablist" aria-label="右侧面板">
                { tab(panel, Panel::Preview, "预览".into()) }
                { tab(panel, Panel::Check, if error_count > 0 { format!("检查清单（{error_count}）") } else { "检查清单".into() }) }
                { tab(panel, Panel::Drafts, "草稿".into()) }
                { tab(panel, Panel::Templates, "模板".into()) }
                { tab(panel, Panel::Compare, "对比上年".into()) }
            </div>
        if **panel == Panel::Templates {
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
        } else if **panel == Panel::Drafts {
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
        } else if **panel == Panel::Compare {
            { super::compare::panel(s) }
        } else if **panel == Panel::Check {
            <Checklist state={check} kind={plan.kind} onjump={onjump_id} {onfix} />
        } else {
            <preview::Preview plan={plan.clone()} {onjump} />
        }
        </div>
    }
}
