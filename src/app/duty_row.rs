//! Who does what, by when, in the editor: under each task a compact duty
//! row (牵头部门, 配合部门, 责任人, 完成时限, 量化目标) in a `<details>`,
//! collapsed until used and opened from the keyboard like any button; under
//! each activity, when the schedule prints as a table, its 负责 / 参加范围 /
//! 备注. The switches 附任务分解表 and 活动安排用表格 are in 版式与发文
//! (`settings`).

use super::fields::TextField;
use super::Ctx;
use crate::core::edit::Op;
use crate::core::model::{Duty, DutyField, EntryDuty, EntryDutyField};
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
                        <TextField id={format!("{id}-duty-{}", f as u8)} label={f.label()} value={d.get(f).to_string()}
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
                    <TextField id={format!("{id}-duty-{}", f as u8)} label={label} value={d.get(f).to_string()} onchange={on} />
                }
            }) }
        </div>
    }
}
