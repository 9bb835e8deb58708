//! The step list (编写步骤) and the step screens that are plain forms:
//! 基本信息, the free-text parts and 署名.

use super::fields::{SelectField, TextField};
use super::state::Action;
use super::Ctx;
use crate::core::edit::{Op, TextField as TF};
use crate::core::model::{org_type_label, DateStyle, Kind, Period, Plan, ORG_TYPES};
use crate::core::steps::{Step, Target};
use crate::core::title;
use yew::prelude::*;

/// The step's name as the editor shows it for this kind of document.
pub fn step_label(step: Step, kind: Kind, next: bool) -> &'static str {
    let summary = kind.is_summary() && !next;
    match step {
        Step::Guiding if summary => "开头概述",
        Step::Main if summary => "主要成绩",
        Step::Problems => "存在问题",
        s => s.label(),
    }
}

/// Whether a step has content (the step list marks it done).
pub fn step_filled(plan: &Plan, step: Step) -> bool {
    let t = |s: &str| !s.trim().is_empty();
    match step {
        Step::Basic => t(&plan.organization) && !plan.org_type.is_empty(),
        Step::Guiding => t(&plan.guiding),
        Step::Goals => t(&plan.goals),
        Step::Main => !plan.sections.is_empty() && plan.sections.iter().all(|s| t(&s.heading)),
        Step::Measures => t(&plan.measures),
        Step::Schedule => plan
            .schedule
            .iter()
            .any(|e| e.activities.iter().any(|a| t(a))),
        Step::Problems => t(&plan.problems),
        Step::Signature => t(&plan.signature.organization) && plan.signature.date.is_some(),
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

/// The step list: the steps the host allows (`only`, all when `None`), the
/// `current` one marked, each marked filled or with errors (`error_steps`).
pub fn step_nav(
    ctx: &Ctx,
    only: Option<&[Step]>,
    current: (Step, bool),
    error_steps: &[(Step, bool)],
) -> Html {
    let plan = &ctx.plan;
    html! {
        <nav class="up-steps" aria-label="编写步骤">
            <ol>
                { for visible_steps(plan, only).iter().map(|(s, next)| {
                    let active = (*s, *next) == current;
                    let filled = step_filled(ctx.part(*next), *s);
                    let d = ctx.dispatch.clone();
                    let (s2, n2) = (*s, *next);
                    html! {
                        <li>
                            <button type="button" class={classes!("up-step", active.then_some("up-step-active"), filled.then_some("up-step-done"))}
                                aria-current={active.then_some("step")}
                                onclick={Callback::from(move |_| d.dispatch(Action::GoTo { step: s2, next: n2 }))}>
                                if *next { <span class="up-step-part">{ "明年" }</span> }
                                { step_label(*s, plan.kind, *next) }
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
    }
}

pub fn basic(ctx: &Ctx) -> Html {
    let plan = &ctx.plan;
    let kinds: Vec<(AttrValue, AttrValue)> = Kind::ALL
        .iter()
        .map(|k| (k.id().into(), k.label().into()))
        .collect();
    let mut types: Vec<(AttrValue, AttrValue)> = vec![("".into(), "请选择…".into())];
    types.extend(
        ORG_TYPES
            .iter()
            .map(|(k, v)| (AttrValue::from(*k), AttrValue::from(*v))),
    );
    let periods: Vec<(AttrValue, AttrValue)> = (1..=12u8)
        .map(|m| {
            let l = match m {
                1 => "自然年（1月—12月）".to_string(),
                2 => "学年（2月—次年1月）".to_string(),
                9 => "学年（9月—次年8月）".to_string(),
                m => format!("自定（{m}月起，共十二个月）"),
            };
            (AttrValue::from(m.to_string()), AttrValue::from(l))
        })
        .collect();
    let suggestion = title::suggest(plan);
    let e = |f: fn(String) -> Op| ctx.edit_cb(false, f);
    let year_cb = ctx.edit_cb(false, |v: String| Op::Year(v.trim().parse().unwrap_or(0)));
    html! {
        <div class="up-step-body">
            <SelectField id={ctx.ids.id(&Target::step(Step::Basic).dom_id())} label="文档类型" value={plan.kind.id()} options={kinds}
                onchange={ctx.edit_cb(false, |v: String| Op::Kind(Kind::from_id(&v).unwrap_or_default()))} />
            <TextField id={ctx.ids.id("f-basic-org")} label="单位（工会）名称" value={plan.organization.clone()}
                placeholder="例如：第一实验小学工会" disabled={ctx.lock_org}
                hint={if ctx.lock_org { "单位名称由门户设定" } else { "写全称，标题和署名会自动使用" }}
                onchange={e(Op::Organization)} />
            <SelectField id={ctx.ids.id("f-basic-type")} label="单位类型" value={plan.org_type.clone()} options={types}
                onchange={e(Op::OrgType)} />
            <div class="up-row">
                <div class="up-field">
                    <label for={ctx.ids.id("f-basic-year")} class="up-label">{ if plan.kind.is_summary() { "总结年度" } else { "计划年度" } }</label>
                    <input id={ctx.ids.id("f-basic-year")} class="up-input up-year" type="number" min="2000" max="2100"
                        value={plan.year.to_string()} onchange={
                            let cb = year_cb.clone();
                            Callback::from(move |ev: Event| {
                                let v = ev.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                                if v.trim().parse::<i32>().is_ok_and(|y| (1900..=2200).contains(&y)) { cb.emit(v) }
                            })
                        } />
                </div>
                <SelectField id={ctx.ids.id("f-basic-period")} label="计划周期" value={plan.period.start().to_string()} options={periods}
                    onchange={ctx.edit_cb(false, |v: String| Op::Period(Period { start_month: v.parse().unwrap_or(1) }))} />
            </div>
            <TextField id={ctx.ids.id("f-basic-title")} label="标题" value={plan.title.clone()} multiline=true rows={2}
                placeholder={suggestion.clone()}
                hint="按单位、年度和类型自动生成；可以修改，标题较长时可分两行（回车换行）。"
                onchange={e(Op::Title)} />
            if plan.title != suggestion {
                <button type="button" class="up-btn up-btn-link" onclick={
                    let cb = ctx.edit_cb(false, Op::Title);
                    let s = suggestion.clone();
                    Callback::from(move |_| cb.emit(s.clone()))
                }>{ format!("使用建议标题：{}", suggestion.replace('\n', " ")) }</button>
            }
            <p class="up-hint">{ format!("单位类型：{}。类型决定检查清单提醒的常规工作和活动建议。", org_type_label(&plan.org_type)) }</p>
        </div>
    }
}

/// A free-text step (指导思想, 工作目标, 落实措施, 存在问题).
pub fn text(ctx: &Ctx, step: Step, next: bool) -> Html {
    let plan = ctx.part(next);
    let (field, value, label, placeholder) = match step {
        Step::Guiding if plan.kind.is_summary() && !next => (
            TF::Guiding,
            &plan.guiding,
            "开头概述",
            "概括全年工作的总体情况，最后一句可写“现将一年来的工作总结如下：”。",
        ),
        Step::Guiding => (
            TF::Guiding,
            &plan.guiding,
            "指导思想",
            "写明工作依据和总体要求，一段或几段均可。",
        ),
        Step::Goals => (
            TF::Goals,
            &plan.goals,
            "工作目标",
            "写出今年要达到的目标，可以分条，每行一条。",
        ),
        Step::Measures => (
            TF::Measures,
            &plan.measures,
            "落实措施",
            "写清组织、制度、经费等保障措施，每段一行。",
        ),
        _ => (
            TF::Problems,
            &plan.problems,
            "存在问题和不足",
            "如实写出工作中的不足和原因，每个问题一段。",
        ),
    };
    let mut target = Target::step(step);
    if next {
        target = target.in_next();
    }
    // the author's own heading of this part, kept by import
    let h = &plan.headings;
    let kept = match field {
        TF::Guiding => &h.guiding,
        TF::Goals => &h.goals,
        TF::Measures => &h.measures,
        TF::Problems => &h.problems,
    }
    .as_deref()
    .filter(|k| !k.trim().is_empty());
    html! {
        <div class="up-step-body">
            <TextField key={format!("{}-{}", target.dom_id(), ctx.epoch)} id={ctx.ids.id(&target.dom_id())} label={label} value={value.clone()} multiline=true rows={12}
                placeholder={placeholder} hint="每段一行，回车另起一段；段首缩进和编号在导出时自动处理。"
                onchange={ctx.edit_cb(next, move |value: String| Op::Text { field, value })} />
            if let Some(k) = kept {
                <p class="up-hint up-row">
                    { format!("标题照原文：“{k}”。") }
                    <button type="button" class="up-btn up-btn-link"
                        title={format!("不用原文标题“{k}”，改用“{label}”")}
                        onclick={ctx.op_cb(next, move |_: MouseEvent| Op::StandardHeading(field))}>{ "用标准标题" }</button>
                </p>
            }
        </div>
    }
}

pub fn signature(ctx: &Ctx) -> Html {
    let plan = &ctx.plan;
    let sig = &plan.signature;
    let styles: Vec<(AttrValue, AttrValue)> = vec![
        ("arabic".into(), "2025年12月20日（GB/T 9704-2012）".into()),
        ("chinese".into(), "二〇二五年十二月二十日".into()),
    ];
    let style_id = if sig.date_style == DateStyle::Chinese {
        "chinese"
    } else {
        "arabic"
    };
    let today = ctx.today.clone();
    html! {
        <div class="up-step-body">
            <TextField id={ctx.ids.id(&Target::step(Step::Signature).dom_id())} label="署名单位" value={sig.organization.clone()}
                placeholder={plan.organization.clone()} onchange={ctx.edit_cb(false, Op::SignatureOrg)} />
            <div class="up-row">
                <div class="up-field">
                    <label for={ctx.ids.id("f-signature-date")} class="up-label">{ "成文日期" }</label>
                    <input id={ctx.ids.id("f-signature-date")} class="up-input" type="date" value={sig.date.clone().unwrap_or_default()}
                        onchange={
                            let cb = ctx.edit_cb(false, |v: String| Op::SignatureDate(Some(v)));
                            Callback::from(move |ev: Event| cb.emit(ev.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
                        } />
                </div>
                <SelectField id={ctx.ids.id("f-signature-style")} label="日期写法" value={style_id} options={styles}
                    onchange={ctx.edit_cb(false, |v: String| Op::DateStyle(if v == "chinese" { DateStyle::Chinese } else { DateStyle::Arabic }))} />
            </div>
            <div class="up-row">
                <button type="button" class="up-btn" onclick={
                    let cb = ctx.edit_cb(false, |v: String| Op::SignatureDate(Some(v)));
                    Callback::from(move |_| cb.emit(today.clone()))
                }>{ "填入今天" }</button>
                if sig.date.is_some() {
                    <button type="button" class="up-btn" onclick={
                        let cb = ctx.edit_cb(false, |_: String| Op::SignatureDate(None));
                        Callback::from(move |_| cb.emit(String::new()))
                    }>{ "不写日期" }</button>
                }
            </div>
            { super::settings::settings(ctx) }
        </div>
    }
}
