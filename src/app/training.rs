//! Training mode and starter templates: `TrainingPanel` explains the current
//! step (what it is for, how it is usually written, common mistakes, an
//! example for the organisation type) from `core::training`; `TemplatePicker`
//! lists the starter documents of `core::templates`. The guidance is linked
//! into the editor (training mode is on in index.html's first screen); the
//! templates come through `tools` (in the lite module, loaded when the
//! 模板 tab is reached).

use super::tools::{use_tools, TemplateEntry, ToolsState};
use crate::core::model::{org_type_label, Kind, Plan};
use crate::core::steps::Step;
use yew::prelude::*;

/// What a panel shows while its text is loading or could not be loaded.
fn not_ready(state: &ToolsState, what: &str) -> Html {
    match state {
        ToolsState::Failed(e) => {
            html! { <p class="up-notice up-notice-warn" role="alert">{ e.clone() }</p> }
        }
        _ => html! { <p class="up-hint" role="status">{ format!("正在载入{what}……") }</p> },
    }
}

#[derive(Properties, PartialEq)]
pub struct TrainingPanelProps {
    pub step: Step,
    /// The document's kind; next year's part (`in_next`) is read as a plan.
    pub kind: Kind,
    pub org_type: AttrValue,
    pub in_next: bool,
}

#[component]
pub fn TrainingPanel(p: &TrainingPanelProps) -> Html {
    let kind = if p.in_next { Kind::Plan } else { p.kind };
    let label = super::steps::step_label(p.step, p.kind, p.in_next);
    let title = if p.in_next {
        format!("写作指导 · 明年计划 · {label}")
    } else {
        format!("写作指导 · {label}")
    };
    let org = if p.org_type.is_empty() {
        "示例按通用写法给出；在“基本信息”中选择单位类型后，示例会换成该类单位的写法。".to_string()
    } else {
        format!("示例按“{}”类单位的写法给出。", org_type_label(&p.org_type))
    };
    let g = crate::core::training::guidance(p.step, kind, &p.org_type);
    html! {
        <section class="up-side up-training" aria-label={title.clone()}>
            <h2 class="up-panel-title">{ title }</h2>
            <h3 class="up-training-h">{ "这一部分写什么" }</h3>
            <p class="up-training-text">{ g.purpose }</p>
            <h3 class="up-training-h">{ "一般怎么写" }</h3>
            <p class="up-training-text">{ g.how }</p>
            <h3 class="up-training-h">{ "常见问题" }</h3>
            <ul class="up-list up-training-mistakes">
                { for g.mistakes.iter().map(|m| html! { <li>{ *m }</li> }) }
            </ul>
            <h3 class="up-training-h">{ "示例" }</h3>
            <p class="up-hint">{ org }</p>
            { for g.examples.iter().map(|e| html! { <blockquote class="up-training-example">{ *e }</blockquote> }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TemplatePickerProps {
    /// Templates of this organisation type are listed first.
    pub org_type: AttrValue,
    /// The chosen template's document (no organisation, title or date yet:
    /// the app fills them with `core::templates::fill_plan`).
    pub onpick: Callback<Plan>,
}

/// A one-line description of a template's contents.
fn outline(t: &TemplateEntry) -> String {
    let p = &t.plan;
    if t.kind.is_summary() {
        format!(
            "{} · 开头概述、{}个方面的成绩、存在问题和不足",
            t.kind.label(),
            p.sections.len()
        )
    } else {
        format!(
            "{} · 指导思想、工作目标、{}项主要工作、落实措施、{}段月份安排",
            t.kind.label(),
            p.sections.len(),
            p.schedule.len()
        )
    }
}

#[component]
pub fn TemplatePicker(p: &TemplatePickerProps) -> Html {
    let tools = use_tools();
    let phase = match &tools {
        ToolsState::Loading => 0u8,
        ToolsState::Ready(_) => 1,
        ToolsState::Failed(_) => 2,
    };
    let all = use_memo(phase, move |_| match &tools {
        ToolsState::Ready(t) => t.templates().map_err(ToolsState::Failed),
        other => Err(other.clone()),
    });
    let all = match &*all {
        Ok(all) => all,
        Err(state) => {
            return html! {
                <section class="up-side up-templates" aria-label="模板">
                    <h2 class="up-panel-title">{ "从模板开始" }</h2>
                    { not_ready(state, "模板") }
                </section>
            };
        }
    };
    let (own, others): (Vec<&TemplateEntry>, Vec<&TemplateEntry>) =
        all.iter().partition(|t| t.org_type == p.org_type.as_str());
    let item = |t: &TemplateEntry| {
        let onpick = p.onpick.clone();
        let plan = t.plan.clone();
        let name_id = format!("up-template-{}", t.id);
        html! {
            <li class="up-template" key={t.id.clone()}>
                <div class="up-template-info">
                    <span id={name_id.clone()} class="up-template-name">{ t.name.clone() }</span>
                    <span class="up-hint">{ outline(t) }</span>
                </div>
                <button type="button" class="up-btn up-btn-small" aria-describedby={name_id}
                    onclick={Callback::from(move |_| onpick.emit(plan.clone()))}>{ "使用此模板" }</button>
            </li>
        }
    };
    html! {
        <section class="up-side up-templates" aria-label="模板">
            <h2 class="up-panel-title">{ "从模板开始" }</h2>
            <p class="up-hint">{ "每份模板都是完整的范本，可在此基础上逐段修改。选用后，单位名称、年度和标题按当前设置填入。" }</p>
            if own.is_empty() {
                <ul class="up-list up-template-list">{ for others.iter().map(|t| item(t)) }</ul>
            } else {
                <h3 class="up-training-h">{ format!("{}类单位", org_type_label(&p.org_type)) }</h3>
                <ul class="up-list up-template-list">{ for own.iter().map(|t| item(t)) }</ul>
                <details class="up-template-more">
                    <summary>{ "其他类型单位的模板" }</summary>
                    <ul class="up-list up-template-list">{ for others.iter().map(|t| item(t)) }</ul>
                </details>
            }
        </section>
    }
}
