//! 活动安排: schedule entries in period order, each one month or several
//! (七、八月), with the month's holidays and union days beside it and
//! one-click suggestions of usual union activities.

use super::fields::TextField;
use super::Ctx;
use crate::core::calendar;
use crate::core::edit::Op;
use crate::core::model::{Period, Plan};
use crate::core::numbering::{month_name, months_heading};
use crate::core::steps::{Step, Target};
use crate::core::suggestions::suggestions;
use yew::prelude::*;

pub fn schedule(ctx: &Ctx, next: bool) -> Html {
    let plan = ctx.part(next);
    let covered = calendar::covered_months(&plan.schedule);
    let missing: Vec<u8> = plan
        .period
        .months()
        .into_iter()
        .filter(|m| !covered.contains(m))
        .collect();
    let fill = {
        let defaults = calendar::default_schedule(plan.period);
        let mut p = plan.clone();
        p.schedule = defaults.into();
        ctx.op_cb(next, move |_: ()| Op::Replace(Box::new(p.clone())))
    };
    // the author's wording kept by import: the part's heading, the month labels
    let kept_heading = plan
        .headings
        .schedule
        .clone()
        .filter(|k| !k.trim().is_empty());
    let kept_months: Vec<&str> = plan
        .headings
        .months
        .iter()
        .map(|(_, l)| l.as_str())
        .take(3)
        .collect();
    html! {
        <div class="up-step-body">
            <p class="up-hint">{ "按月份列出全年活动。相邻月份可合并（如“七、八月”）；每月右侧列出当月节日和工会常规活动，点一下即可加入。" }</p>
            if let Some(k) = kept_heading {
                <p class="up-hint up-row">
                    { format!("标题照原文：“{k}”。") }
                    <button type="button" class="up-btn up-btn-link" title={format!("不用原文标题“{k}”，改用“活动安排”")}
                        onclick={ctx.op_cb(next, |_: MouseEvent| Op::StandardScheduleHeading)}>{ "用标准标题" }</button>
                </p>
            }
            if !kept_months.is_empty() {
                <p class="up-hint up-row">
                    { format!("月份照原文写法（{}）。", kept_months.join("、")) }
                    <button type="button" class="up-btn up-btn-link" title="月份改用标准写法，如“一月”“七、八月”"
                        onclick={ctx.op_cb(next, |_: MouseEvent| Op::StandardMonthLabels)}>{ "改用标准写法" }</button>
                </p>
            }
            if plan.schedule.is_empty() {
                <button type="button" class="up-btn up-btn-primary" onclick={Callback::from(move |_| fill.emit(()))}>
                    { "按计划周期生成各月" }
                </button>
            }
            <ol class="up-list" aria-label="月份安排">
                { for plan.schedule.iter().enumerate().map(|(i, _)| html! { <li key={i}>{ entry(ctx, next, plan, i) }</li> }) }
            </ol>
            if !missing.is_empty() {
                <div class="up-row">
                    <span class="up-hint">{ "添加月份：" }</span>
                    { for missing.iter().map(|m| {
                        let m = *m;
                        let cb = ctx.op_cb(next, move |_: ()| Op::AddEntry { months: vec![m] });
                        html! { <button type="button" class="up-btn up-btn-small" onclick={Callback::from(move |_| cb.emit(()))}>{ month_name(m) }</button> }
                    }) }
                </div>
            }
        </div>
    }
}

fn entry(ctx: &Ctx, next: bool, plan: &Plan, i: usize) -> Html {
    let e = &plan.schedule[i];
    let mut target = Target::at(Step::Schedule, vec![i]);
    if next {
        target = target.in_next();
    }
    let heading = months_heading(&e.months);
    let events: Vec<String> = e
        .months
        .iter()
        .flat_map(|m| calendar::events_in_month(plan.period.calendar_year(plan.year, *m), *m))
        .map(|ev| {
            format!(
                "{} {}",
                ev.name,
                ev.date.get(5..).unwrap_or(&ev.date).replacen('-', "/", 1)
            )
        })
        .collect();
    let mut sugg: Vec<&'static str> = Vec::new();
    for m in &e.months {
        for s in suggestions(&plan.org_type, *m) {
            if !sugg.contains(&s.text) {
                sugg.push(s.text);
            }
        }
    }
    let merge = ctx.op_cb(next, move |_: ()| Op::MergeNext { entry: i });
    let split = ctx.op_cb(next, move |_: ()| Op::Split { entry: i });
    let del = ctx.op_cb(next, move |_: ()| Op::DeleteEntry { entry: i });
    let add = ctx.op_cb(next, move |_: ()| Op::AddActivity {
        entry: i,
        text: String::new(),
    });
    let has_next = i + 1 < plan.schedule.len();
    let table = !ctx.plan.format_settings().schedule.is_list();
    let next_heading = plan
        .schedule
        .get(i + 1)
        .map(|n| months_heading(&n.months))
        .unwrap_or_default();
    html! {
        <div class="up-entry" role="group" aria-label={heading.clone()}>
            <div class="up-entry-head">
                <span class="up-entry-title" id={ctx.ids.id(&target.dom_id())} tabindex="-1">{ heading.clone() }</span>
                if has_next {
                    <button type="button" class="up-btn up-btn-small" onclick={Callback::from(move |_| merge.emit(()))}
                        aria-label={format!("{heading}与{next_heading}合并")}>{ format!("与{next_heading}合并") }</button>
                }
                if e.months.len() > 1 {
                    <button type="button" class="up-btn up-btn-small" onclick={Callback::from(move |_| split.emit(()))}
                        aria-label={format!("把{heading}拆成单月")}>{ "拆分" }</button>
                }
                <button type="button" class="up-btn up-btn-small up-btn-danger" onclick={Callback::from(move |_| del.emit(()))}
                    aria-label={format!("删除本月（{heading}，可撤销）")}>{ "删除本月" }</button>
            </div>
            if !events.is_empty() { <p class="up-events">{ format!("本月：{}", events.join("，")) }</p> }
            { for e.activities.iter().enumerate().map(|(j, a)| html! { <>
                { activity(ctx, next, i, j, a, e.activities.len(), &target) }
                if table {
                    { super::duty_row::activity_duty(ctx, next, i, j, e.duties.get(j).and_then(|d| d.as_ref()),
                        &ctx.ids.id(&format!("{}-{j}", target.dom_id()))) }
                }
            </> }) }
            if e.activities.is_empty() { { activity(ctx, next, i, 0, "", 1, &target) } }
            <div class="up-row">
                <button type="button" class="up-btn up-btn-small" onclick={Callback::from(move |_| add.emit(()))}>{ "＋ 添加活动" }</button>
            </div>
            if !sugg.is_empty() {
                <div class="up-suggest" aria-label={format!("{heading}常规活动建议")}>
                    { for sugg.iter().map(|text| {
                        let used = e.activities.iter().any(|a| a.contains(text));
                        let t = text.to_string();
                        let cb = ctx.op_cb(next, move |_: ()| Op::AddActivity { entry: i, text: t.clone() });
                        html! {
                            <button type="button" class={classes!("up-chip", used.then_some("up-chip-used"))}
                                aria-pressed={used.to_string()} title={if used { "已在安排中" } else { "点击加入本月安排" }}
                                onclick={Callback::from(move |_| cb.emit(()))}>
                                { if used { format!("✓ {text}") } else { format!("＋ {text}") } }
                            </button>
                        }
                    }) }
                </div>
            }
        </div>
    }
}

fn activity(
    ctx: &Ctx,
    next: bool,
    i: usize,
    j: usize,
    text: &str,
    len: usize,
    target: &Target,
) -> Html {
    let mut t = target.clone();
    t.path.push(j);
    let on = ctx.edit_cb(next, move |value| Op::Activity {
        entry: i,
        index: j,
        value,
    });
    let up = ctx.op_cb(next, move |_: ()| Op::MoveActivity {
        entry: i,
        index: j,
        up: true,
    });
    let down = ctx.op_cb(next, move |_: ()| Op::MoveActivity {
        entry: i,
        index: j,
        up: false,
    });
    let del = ctx.op_cb(next, move |_: ()| Op::DeleteActivity { entry: i, index: j });
    let add = ctx.op_cb(next, move |_: ()| Op::AddActivity {
        entry: i,
        text: String::new(),
    });
    let onkeydown = {
        let (up, down, add) = (up.clone(), down.clone(), add.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            let cb = match (e.key().as_str(), e.alt_key()) {
                ("Enter", false) => &add,
                ("ArrowUp", true) => &up,
                ("ArrowDown", true) => &down,
                _ => return,
            };
            e.prevent_default();
            cb.emit(());
        })
    };
    html! {
        <div class="up-activity">
            <span class="up-node-label" aria-hidden="true">{ format!("{}.", j + 1) }</span>
            <TextField id={ctx.ids.id(&t.dom_id())} label={format!("第{}项活动", j + 1)} label_hidden=true value={text.to_string()}
                placeholder="活动内容，如：组织女职工健康体检" onchange={on} onkeydown={Some(onkeydown)} />
            <button type="button" class="up-btn up-btn-small" aria-label={format!("上移第{}项", j + 1)} disabled={j == 0}
                onclick={Callback::from(move |_| up.emit(()))}>{ "↑" }</button>
            <button type="button" class="up-btn up-btn-small" aria-label={format!("下移第{}项", j + 1)} disabled={j + 1 >= len}
                onclick={Callback::from(move |_| down.emit(()))}>{ "↓" }</button>
            <button type="button" class="up-btn up-btn-small up-btn-danger" aria-label={format!("删除第{}项", j + 1)}
                onclick={Callback::from(move |_| del.emit(()))}>{ "删除" }</button>
        </div>
    }
}

/// The default schedule a brand-new plan starts with.
pub fn default_for(period: Period) -> Vec<crate::core::model::ScheduleEntry> {
    calendar::default_schedule(period)
}
