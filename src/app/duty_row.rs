//! Who does what, by when, in the editor: under each task a compact duty
//! row (牵头部门, 配合部门, 责任人, 完成时限, 量化目标) in a `<details>`,
//! collapsed until used and opened from the keyboard like any button; under
//! each activity, when the schedule prints as a table, its 负责 / 参加范围 /
//! 备注; and the two switches 附任务分解表 and 活动安排用表格.

use super::fields::TextField;
use super::Ctx;
use crate::core::edit::Op;
use crate::core::model::{Duty, DutyField, EntryDuty, EntryDutyField, ScheduleLayout};
use yew::prelude::*;

/// The duty row of the task at `path`; `id` is the task's field id.
pub fn duty_row(
    ctx: &Ctx,
    next: bool,
    path: &[usize],
    duty: Option<&Duty>,
    id: &str,
    name: &str,
) -> Html {
    let d = duty.cloned().unwrap_or_default();
    let shown: Vec<&str> = [d.lead.trim(), d.owner.trim(), d.due.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let summary = if shown.is_empty() {
        "＋ 分工与时限".to_string()
    } else {
        format!("分工：{}", shown.join(" · "))
    };
    html! {
        <details class="up-duty" open={duty.is_some()}>
            <summary>{ summary }<span class="up-sr">{ format!("（{name}）") }</span></summary>
            <div class="up-duty-fields">
                { for DutyField::ALL.iter().map(|f| {
                    let (f, p) = (*f, path.to_vec());
                    let on = ctx.edit_cb(next, move |value| Op::Duty { path: p.clone(), field: f, value });
                    html! {
                        <TextField id={format!("{id}-duty-{f:?}")} label={f.label()} value={d.get(f).to_string()}
                            placeholder={placeholder(f)} onchange={on} />
                    }
                }) }
            </div>
        </details>
    }
}

fn placeholder(f: DutyField) -> &'static str {
    match f {
        DutyField::Lead => "如：工会办公室",
        DutyField::Partners => "如：各分工会",
        DutyField::Owner => "如：张主席",
        DutyField::Due => "如：2027年6月底前",
        DutyField::Target => "如：覆盖全体职工",
    }
}

/// 负责 / 参加范围 / 备注 of activity `j` of entry `i` (table layout only).
pub fn activity_duty(
    ctx: &Ctx,
    next: bool,
    i: usize,
    j: usize,
    duty: Option<&EntryDuty>,
    id: &str,
) -> Html {
    let d = duty.cloned().unwrap_or_default();
    html! {
        <div class="up-duty-fields up-duty-act" role="group" aria-label={format!("第{}项活动的负责部门、参加范围和备注", j + 1)}>
            { for EntryDutyField::ALL.iter().map(|f| {
                let f = *f;
                let on = ctx.edit_cb(next, move |value| Op::EntryDuty { entry: i, index: j, field: f, value });
                let label = if f == EntryDutyField::Owner { "负责" } else { f.label() };
                html! {
                    <TextField id={format!("{id}-duty-{f:?}")} label={label} value={d.get(f).to_string()} onchange={on} />
                }
            }) }
        </div>
    }
}

/// A switch of the top-level `format` (the layout switches of issue 17).
fn switch(
    ctx: &Ctx,
    label: &'static str,
    hint: &'static str,
    on: bool,
    op: fn(bool) -> Op,
) -> Html {
    let cb = ctx.op_cb(false, move |e: Event| {
        let checked = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|i| i.checked());
        op(checked)
    });
    html! {
        <label class="up-switch">
            <input type="checkbox" checked={on} onchange={cb} />
            { format!(" {label}") }
            <span class="up-hint">{ hint }</span>
        </label>
    }
}

/// 附任务分解表: append the 重点工作任务分解表.
pub fn task_table_switch(ctx: &Ctx) -> Html {
    let on = ctx.plan.format_settings().task_table;
    switch(
        ctx,
        "附任务分解表",
        "（在文末附“重点工作任务分解表”，列出牵头部门、责任人和完成时限）",
        on,
        Op::TaskTable,
    )
}

/// 活动安排用表格: the schedule as 时间 | 活动内容 | 负责部门 | 参加范围 | 备注.
pub fn schedule_table_switch(ctx: &Ctx) -> Html {
    let on = !ctx.plan.format_settings().schedule.is_list();
    switch(
        ctx,
        "活动安排用表格",
        "（按“时间、活动内容、负责部门、参加范围、备注”列表）",
        on,
        |t| {
            Op::ScheduleLayout(if t {
                ScheduleLayout::Table
            } else {
                ScheduleLayout::List
            })
        },
    )
}
