//! 导入: paste text or open .txt/.md/.docx/.json (picker or drag-and-drop);
//! review what was recognised beside the source; confirm into a NEW draft.
//! The current draft is never touched; a failed import changes nothing.
//! The importer itself is reached through `tools`.

use super::preview::Preview;
use super::tools::{ready, with_tools, ImportedDoc};
use crate::core::model::Plan;
use crate::core::numbering::months_heading;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub onimport: Callback<Plan>,
    pub onclose: Callback<()>,
}

#[component]
pub fn ImportDialog(p: &ImportProps) -> Html {
    let text = use_state(String::new);
    let result = use_state(|| None::<Rc<ImportedDoc>>);
    let error = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let dragging = use_state(|| false);
    // Set while a file or the pasted text waits for the importer to load.
    let waiting = use_state(|| false);

    let read_file = {
        let result = result.clone();
        let error = error.clone();
        let reader = reader.clone();
        let waiting = waiting.clone();
        Rc::new(move |file: web_sys::File| {
            let name = file.name();
            let result = result.clone();
            let error = error.clone();
            let file = gloo::file::File::from(file);
            if file.size() > 20 * 1024 * 1024 {
                error.set(Some(
                    "文件超过 20 MB，不像是一份工作计划。请确认选择的文件。".into(),
                ));
                return;
            }
            if !ready() {
                waiting.set(true);
            }
            let waiting = waiting.clone();
            let handle = gloo::file::callbacks::read_as_bytes(&file, move |res| match res {
                Ok(bytes) => with_tools(move |tools| {
                    waiting.set(false);
                    match tools.and_then(|t| t.import_file(&bytes, &name)) {
                        Ok(r) => {
                            error.set(None);
                            result.set(Some(Rc::new(r)));
                        }
                        Err(msg) => {
                            result.set(None);
                            error.set(Some(format!("“{name}”无法导入：{msg}")));
                        }
                    }
                }),
                Err(_) => {
                    waiting.set(false);
                    error.set(Some(format!("读取“{name}”失败，请重新选择文件。")));
                }
            });
            *reader.borrow_mut() = Some(handle);
        })
    };
    let onfile = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                read_file(f);
            }
            input.set_value("");
        })
    };
    let ondrop = {
        let read_file = read_file.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0))
            {
                read_file(f);
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let recognise = {
        let text = text.clone();
        let result = result.clone();
        let error = error.clone();
        let waiting = waiting.clone();
        Callback::from(move |_| {
            if text.trim().is_empty() {
                error.set(Some("请先粘贴计划或总结的全文。".into()));
                return;
            }
            let (result, error, text) = (result.clone(), error.clone(), (*text).clone());
            if !ready() {
                waiting.set(true);
            }
            let waiting = waiting.clone();
            with_tools(
                move |tools| match tools.and_then(|t| t.import_text(&text)) {
                    Ok(r) => {
                        waiting.set(false);
                        error.set(None);
                        result.set(Some(Rc::new(r)));
                    }
                    Err(msg) => {
                        waiting.set(false);
                        error.set(Some(msg));
                    }
                },
            );
        })
    };
    let confirm = {
        let result = result.clone();
        let onimport = p.onimport.clone();
        Callback::from(move |_| {
            if let Some(r) = &*result {
                onimport.emit(r.plan.clone());
            }
        })
    };
    let close = {
        let c = p.onclose.clone();
        Callback::from(move |_| c.emit(()))
    };
    let onkeydown = {
        let c = p.onclose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                c.emit(())
            }
        })
    };
    let _keep: &RefCell<_> = &reader;

    html! {
        <div class="up-dialog-backdrop" {onkeydown}>
            <div class="up-dialog" role="dialog" aria-modal="true" aria-labelledby="up-import-title">
                <div class="up-row">
                    <h2 id="up-import-title" class="up-panel-title">{ "导入已有的计划或总结" }</h2>
                    <button type="button" class="up-btn" onclick={close.clone()}>{ "关闭" }</button>
                </div>
                <p class="up-hint">{ "把去年的计划、总结或收集到的范文粘贴进来，或打开 .txt、.md、.docx、.json 文件。识别结果会另存为一份新草稿，当前草稿不受影响。" }</p>
                <div class={classes!("up-drop", dragging.then_some("up-drop-active"))} {ondrop} {ondragover} {ondragleave}>
                    <label for="up-import-file" class="up-label">{ "打开文件（也可以把文件拖到这里）" }</label>
                    <input id="up-import-file" type="file" accept=".txt,.md,.docx,.json,text/plain,text/markdown,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onchange={onfile} />
                </div>
                <div class="up-field">
                    <label for="up-import-text" class="up-label">{ "或粘贴全文" }</label>
                    <textarea id="up-import-text" class="up-input up-textarea" rows="8" value={(*text).clone()} {oninput}
                        placeholder="从 Word、WPS 或网页复制全文后粘贴到这里" />
                </div>
                <div class="up-row">
                    <button type="button" class="up-btn" onclick={recognise}>{ "识别粘贴的内容" }</button>
                </div>
                if *waiting { <p class="up-hint" role="status">{ "正在载入导入功能，请稍候……" }</p> }
                if let Some(msg) = &*error { <p class="up-notice up-notice-warn" role="alert">{ msg.clone() }</p> }
                if let Some(r) = &*result { { review(r) } }
                if result.is_some() {
                    <div class="up-row">
                        <button type="button" class="up-btn up-btn-primary" onclick={confirm}>{ "导入为新草稿" }</button>
                        <button type="button" class="up-btn" onclick={close}>{ "取消" }</button>
                    </div>
                }
            </div>
        </div>
    }
}

fn review(imp: &ImportedDoc) -> Html {
    let r = &imp.report;
    let source = &imp.source;
    let plan = Rc::new(imp.plan.clone());
    let sig = match &r.signature {
        Some((org, date)) => format!(
            "{org} {}",
            date.clone().unwrap_or_else(|| "（无日期）".into())
        ),
        None => "未找到".into(),
    };
    html! {
        <div class="up-review" aria-label="识别结果">
            <div class="up-review-col">
                <h3 class="up-check-step">{ "原文" }</h3>
                <pre class="up-source">{ source.to_string() }</pre>
            </div>
            <div class="up-review-col">
                <h3 class="up-check-step">{ "识别结果" }</h3>
                <dl class="up-facts">
                    <dt>{ "类型" }</dt><dd>{ format!("{}{}", imp.plan.kind.label(), if r.kind_detected { "" } else { "（未能判断，按工作计划处理）" }) }</dd>
                    <dt>{ "标题" }</dt><dd>{ if r.title_lines.is_empty() { "未找到（可在基本信息中填写）".to_string() } else { r.title_lines.join(" ") } }</dd>
                    <dt>{ "一级标题" }</dt><dd>{ format!("{} 个：{}", r.sections.len(), r.sections.join("；")) }</dd>
                    <dt>{ "活动安排" }</dt><dd>{ if r.schedule.is_empty() { "无".to_string() } else { format!("{} 个月份条目：{}", r.schedule.len(), r.schedule.iter().map(|m| months_heading(m)).collect::<Vec<_>>().join("、")) } }</dd>
                    <dt>{ "署名" }</dt><dd>{ sig }</dd>
                </dl>
                if !r.notes.is_empty() { <ul class="up-list">{ for r.notes.iter().map(|n| html! { <li class="up-hint">{ n.clone() }</li> }) }</ul> }
                if !r.decisions.is_empty() {
                    <details class="up-decisions" open={r.decisions.len() <= 8}>
                        <summary>{ format!("识别依据（{} 条）：原文的哪一处当作了什么", r.decisions.len()) }</summary>
                        <ol class="up-list">{ for r.decisions.iter().map(|d| html! { <li class="up-hint">{ d.clone() }</li> }) }</ol>
                    </details>
                }
                <Preview plan={plan} onjump={Callback::noop()} />
            </div>
        </div>
    }
}
