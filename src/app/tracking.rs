//! 执行跟踪: during the year, mark each priority item and schedule activity
//! 完成 / 部分完成 / 未完成 / 取消 with a note and figures; see progress by
//! month and by priority; then draft the year-end summary from it
//! (`core::summarize`, into a new draft; the plan itself is not changed).

use super::notice::Notice;
use super::state::Action;
use super::{tools, Ctx, Shell};
use crate::core::edit::Op;
use crate::core::model::{Item, Plan, Status, Track};
use crate::core::numbering::{label, months_heading};
use crate::core::summarize::{
    activity_track, progress_by_month, progress_by_priority, ProgressRow,
};
use yew::prelude::*;

fn status_id(s: Option<Status>) -> &'static str {
    match s {
        None => "",
        Some(Status::Done) => "done",
        Some(Status::Partial) => "partial",
        Some(Status::NotDone) => "not_done",
        Some(Status::Cancelled) => "cancelled",
    }
}

fn parse_status(v: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| status_id(Some(*s)) == v)
}

/// Status, note and figures for one item or activity.
fn controls(id: String, name: &str, track: Option<&Track>, on: Callback<Option<Track>>) -> Html {
    let cur = track.cloned();
    let status = cur.as_ref().map(|t| t.status);
    let set = {
        let on = on.clone();
        let cur = cur.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            on.emit(parse_status(&v).map(|st| Track {
                status: st,
                ..cur.clone().unwrap_or_default()
            }))
        })
    };
    let text_cb = |f: fn(&mut Track, String)| {
        let on = on.clone();
        let cur = cur.clone();
        Callback::from(move |e: InputEvent| {
            if e.is_composing() {
                return;
            }
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut t = cur.clone().unwrap_or_default();
            f(&mut t, v);
            on.emit(Some(t))
        })
    };
    let note = text_cb(|t, v| t.note = v);
    let people = text_cb(|t, v| t.participants = v.trim().parse().ok());
    let amount = text_cb(|t, v| {
        t.amount = v
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|a| a.is_finite() && *a >= 0.0)
    });
    let count = text_cb(|t, v| t.count = v.trim().parse().ok());
    let num = |v: Option<String>| v.unwrap_or_default();
    html! {
        <div class="up-track" role="group" aria-label={format!("{name}执行情况")}>
            <select id={id.clone()} class="up-input up-track-status" aria-label={format!("{name}完成情况")} onchange={set}>
                <option value="" selected={status.is_none()}>{ "未登记" }</option>
                { for Status::ALL.iter().map(|s| html! {
                    <option value={status_id(Some(*s))} selected={status == Some(*s)}>{ s.label() }</option>
                }) }
            </select>
            if let Some(t) = &cur {
                <input class="up-input up-track-note" aria-label={format!("{name}情况说明")} placeholder="简要说明（如：已于3月8日举办，效果良好）"
                    value={t.note.clone()} oninput={note} />
                <label class="up-track-num">{ "人次" }<input class="up-input" type="number" min="0" inputmode="numeric"
                    value={num(t.participants.map(|v| v.to_string()))} oninput={people} /></label>
                <label class="up-track-num">{ "金额（元）" }<input class="up-input" type="number" min="0" step="0.01" inputmode="decimal"
                    value={num(t.amount.map(crate::core::summarize::plain_number))} oninput={amount} /></label>
                <label class="up-track-num">{ "次数/场次" }<input class="up-input" type="number" min="0" inputmode="numeric"
                    value={num(t.count.map(|v| v.to_string()))} oninput={count} /></label>
            }
        </div>
    }
}

fn bars(title: &str, rows: &[ProgressRow]) -> Html {
    html! {
        <div class="up-bars">
            <h3 class="up-check-step">{ title.to_string() }</h3>
            <ul class="up-list">
                { for rows.iter().map(|r| {
                    let t = &r.tally;
                    let base = (t.total() - t.cancelled).max(1) as f64;
                    // Width classes (5% steps) instead of inline styles: the app runs under style-src 'self'.
                    let pct = |n: usize| format!("up-w-{}", ((100.0 * n as f64 / base / 5.0).round() as u32 * 5).min(100));
                    html! {
                        <li class="up-bar-row">
                            <span class="up-bar-label">{ format!("{}：{}", r.label, t.label()) }</span>
                            <span class="up-bar" role="img" aria-label={format!("{}，完成{}项，部分完成{}项，未完成{}项", r.label, t.done, t.partial, t.not_done)}>
                                <span class={classes!("up-bar-done", pct(t.done))}></span>
                                <span class={classes!("up-bar-partial", pct(t.partial))}></span>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// A node and its children; with a `lead`, only the branches it leads.
pub fn node(ctx: &Ctx, item: &Item, path: Vec<usize>, lead: &str) -> Html {
    if !lead.is_empty() && !subtree_led(&ctx.plan, item, &path, lead) {
        return html! {};
    }
    let level = path.len();
    let lab = label(level, *path.last().unwrap_or(&0));
    let name = format!("{lab}{}", item.heading.trim());
    let p = path.clone();
    let on = ctx.op_cb(false, move |track: Option<Track>| Op::TrackNode {
        path: p.clone(),
        track,
    });
    let id = format!(
        "t-main-{}",
        path.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("-")
    );
    html! {
        <li class={classes!("up-track-item", format!("up-node-l{level}"))}>
            <span class="up-track-name">{ name.clone() }</span>
            { controls(id, &name, item.track.as_ref(), on) }
            if !item.items.is_empty() {
                <ul class="up-list">
                    { for item.items.iter().enumerate().map(|(j, c)| { let mut p = path.clone(); p.push(j); node(ctx, c, p, lead) }) }
                </ul>
            }
        </li>
    }
}

fn subtree_led(plan: &Plan, item: &Item, path: &[usize], lead: &str) -> bool {
    crate::core::summarize::lead_of(plan, path) == lead
        || item.items.iter().enumerate().any(|(j, c)| {
            let mut p = path.to_vec();
            p.push(j);
            subtree_led(plan, c, &p, lead)
        })
}

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

pub fn tracking(ctx: &Ctx, ongenerate: Callback<bool>) -> Html {
    let plan: &Plan = &ctx.plan;
    let by_priority = progress_by_priority(plan);
    let by_month = progress_by_month(plan);
    let by_lead = crate::core::summarize::progress_by_lead(plan);
    let gen = |with_next: bool| {
        let cb = ongenerate.clone();
        Callback::from(move |_| cb.emit(with_next))
    };
    html! {
        <div class="up-step-body up-tracking">
            <p class="up-hint">{ "年中随时登记各项工作的完成情况和数字（参与人次、经费、场次）。年底据此一键生成总结初稿；计划本身不会被改动。" }</p>
            <div class="up-row">
                <button type="button" class="up-btn up-btn-primary" data-tools="" onclick={gen(false)}>{ "生成年终总结" }</button>
                <button type="button" class="up-btn" data-tools="" onclick={gen(true)}>{ "生成总结暨明年计划" }</button>
            </div>
            if !by_priority.is_empty() { { bars("按重点工作", &by_priority) } }
            if !by_month.is_empty() { { bars("按月份", &by_month) } }
            if by_lead.len() > 1 { { bars("按牵头部门", &by_lead) } }
            <h3 class="up-check-step">{ "重点工作" }</h3>
            if plan.sections.is_empty() { <p class="up-hint">{ "还没有重点工作。请先在“主要工作”中列出。" }</p> }
            <super::track_lead::TrackPriorities plan={ctx.plan.clone()} dispatch={ctx.dispatch.clone()} epoch={ctx.epoch} ids={ctx.ids.clone()} />
            <h3 class="up-check-step">{ "活动安排" }</h3>
            <ul class="up-list">
                { for plan.schedule.iter().enumerate().filter(|(_, e)| e.activities.iter().any(|a| !a.trim().is_empty())).map(|(i, e)| html! {
                    <li class="up-track-item">
                        <span class="up-track-name">{ months_heading(&e.months) }</span>
                        <ul class="up-list">
                            { for e.activities.iter().enumerate().filter(|(_, a)| !a.trim().is_empty()).map(|(j, a)| {
                                let on = ctx.op_cb(false, move |track: Option<Track>| Op::TrackActivity { entry: i, index: j, track });
                                let name = format!("{}第{}项“{}”", months_heading(&e.months), j + 1, a.trim());
                                html! {
                                    <li class="up-track-item">
                                        <span class="up-track-name">{ format!("{}. {}", j + 1, a.trim()) }</span>
                                        { controls(format!("t-schedule-{i}-{j}"), &name, activity_track(e, j), on) }
                                    </li>
                                }
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </div>
    }
}
