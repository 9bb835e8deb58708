//! 执行跟踪 by 牵头部门: the priorities list with a filter on the lead of
//! each task (its own duty's, else the nearest ancestor's), as a component
//! so the choice survives re-renders (`tracking::node` leaves out the
//! branches the chosen lead does not lead). No duties: no filter.

use super::state::State;
use super::{Ctx, IdPrefix};
use crate::core::model::{Item, Plan};
use crate::core::summarize::progress_by_lead;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct ByLeadProps {
    pub plan: Rc<Plan>,
    pub dispatch: UseReducerDispatcher<State>,
    pub epoch: u64,
    pub ids: IdPrefix,
}

#[component]
pub fn TrackPriorities(p: &ByLeadProps) -> Html {
    let filter = use_state(String::new);
    let ctx = Ctx {
        plan: p.plan.clone(),
        dispatch: p.dispatch.clone(),
        epoch: p.epoch,
        lock_org: false,
        today: String::new(),
        ids: p.ids.clone(),
    };
    let plan = &p.plan;
    let leads: Vec<String> = progress_by_lead(plan)
        .into_iter()
        .map(|r| r.label)
        .filter(|l| !l.starts_with('（'))
        .collect();
    let onchange = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            filter.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let lead = (*filter).clone();
    html! {
        <>
            if !leads.is_empty() {
                <label class="up-row">{ "牵头部门：" }
                    <select class="up-input" aria-label="按牵头部门筛选重点工作" {onchange}>
                        <option value="" selected={lead.is_empty()}>{ "全部" }</option>
                        { for leads.iter().map(|l| html! { <option value={l.clone()} selected={*l == lead}>{ l.clone() }</option> }) }
                    </select>
                </label>
            }
            <ul class="up-list">
                { for plan.sections.iter().enumerate().map(|(i, s)| {
                        let as_item = Item { heading: s.heading.clone(), items: s.items.clone(), track: s.track.clone(), duty: s.duty.clone(), ..Item::default() };
                        super::tracking::node(&ctx, &as_item, vec![i], &lead)
                    }) }
            </ul>
        </>
    }
}
