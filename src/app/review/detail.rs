//! One row opened: the document read-only (the same preview as the editor,
//! nothing to click into) with its problems and checklist findings beside
//! it, the other rows it shares text with (and the shared sentences), and
//! the unit's 反馈意见 to copy or download. `AllFeedback` downloads every
//! unit's feedback as one text file.

use crate::core::check::Level;
use crate::core::review::{Review, Row};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub review: Rc<Review>,
    pub index: usize,
    pub onselect: Callback<Option<usize>>,
}

/// Copies text with the async clipboard API (through `Reflect`, so no
/// extra web-sys features); false when the browser offers none.
fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let nav = js_sys::Reflect::get(&w, &"navigator".into()).unwrap_or_default();
    let clip = js_sys::Reflect::get(&nav, &"clipboard".into()).unwrap_or_default();
    let write = js_sys::Reflect::get(&clip, &"writeText".into()).unwrap_or_default();
    match write.dyn_ref::<js_sys::Function>() {
        Some(f) => f.call1(&clip, &text.into()).is_ok(),
        None => false,
    }
}

fn safe_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if "\\/:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

fn download_text(text: &str, name: &str) -> Result<(), String> {
    crate::download::download(text.as_bytes(), name, "text/plain;charset=utf-8")
}

fn who(r: &Row) -> String {
    if r.unit.is_empty() {
        r.name.clone()
    } else {
        format!("{}（{}）", r.unit, r.name)
    }
}

#[component]
pub fn RowDetail(p: &DetailProps) -> Html {
    let status = use_state(|| None::<String>);
    let Some(row) = p.review.rows.get(p.index) else {
        return html! {};
    };
    let feedback = row.feedback.clone();
    let oncopy = {
        let (status, text) = (status.clone(), feedback.clone());
        Callback::from(move |_| {
            status.set(Some(if copy(&text) {
                "已复制反馈意见。".into()
            } else {
                "浏览器不允许复制，请在文本框中全选后复制。".into()
            }))
        })
    };
    let ondownload = {
        let (status, text) = (status.clone(), feedback.clone());
        let name = format!(
            "{}-反馈意见.txt",
            safe_name(if row.unit.is_empty() {
                &row.name
            } else {
                &row.unit
            })
        );
        Callback::from(move |_| {
            if let Err(e) = download_text(&text, &name) {
                status.set(Some(format!("下载失败：{e}")));
            }
        })
    };
    let links: Vec<Html> = p
        .review
        .links
        .iter()
        .filter(|l| l.a == row.index || l.b == row.index)
        .map(|l| {
            let other = if l.a == row.index { l.b } else { l.a };
            let name = p.review.rows.get(other).map(who).unwrap_or_default();
            let open = p.onselect.reform(move |_: MouseEvent| Some(other));
            html! {
                <li class="up-rv-link">
                    <button type="button" class="up-btn up-btn-small" onclick={open}>{ format!("打开 {name}") }</button>
                    <span>{ format!(" 相同 {} 句（约 {} 字）{}", l.shared, l.chars, if l.identical { "，两个文件完全相同" } else { "" }) }</span>
                    <ul class="up-rv-sentences">{ for l.sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                </li>
            }
        })
        .collect();
    let close = p.onselect.reform(|_: MouseEvent| None);
    html! {
        <section class="up-rv-detail" aria-label={format!("{} 的审阅详情", who(row))}>
            <div class="up-row">
                <h3 class="up-panel-title">{ who(row) }</h3>
                <button type="button" class="up-btn" onclick={close}>{ "收起" }</button>
            </div>
            <div class="up-rv-columns">
                <div class="up-rv-doc" aria-label="原文（只读）">
                    if let Some(plan) = &row.plan {
                        <super::super::preview::Preview plan={Rc::new(plan.clone())} onjump={Callback::noop()} />
                    } else if row.readable {
                        <p class="up-hint">{ "这次审阅保存时没有保存原文，请重新选择文件审阅以查看原文。" }</p>
                    } else {
                        <p class="up-notice up-notice-warn">{ format!("无法读取：{}", row.reason) }</p>
                    }
                </div>
                <div class="up-rv-findings">
                    <h4 class="up-check-step">{ "主要问题" }</h4>
                    if row.problems.is_empty() && row.readable { <p class="up-rv-good">{ "未发现问题。" }</p> }
                    <ol class="up-list">
                        { for row.problems.iter().map(|p| html! {
                            <li class={classes!((p.level == Level::Error).then_some("up-rv-bad"))}>{ p.text.clone() }</li>
                        }) }
                    </ol>
                    if !links.is_empty() {
                        <h4 class="up-check-step">{ "文字雷同" }</h4>
                        <ul class="up-list">{ for links }</ul>
                    }
                    if !row.findings.is_empty() {
                        <details>
                            <summary>{ format!("检查清单的全部提示（{} 条）", row.findings.len()) }</summary>
                            <ul class="up-list">{ for row.findings.iter().map(|f| html! {
                                <li>{ format!("{}{}", if f.level == Level::Error { "【需修改】" } else { "【提醒】" }, f.message) }</li>
                            }) }</ul>
                        </details>
                    }
                    <h4 class="up-check-step"><label for="up-rv-feedback">{ "反馈意见" }</label></h4>
                    <textarea id="up-rv-feedback" class="up-input up-textarea" rows="8" readonly=true value={feedback} />
                    <div class="up-row">
                        <button type="button" class="up-btn" onclick={oncopy}>{ "复制反馈意见" }</button>
                        <button type="button" class="up-btn" onclick={ondownload}>{ "下载反馈意见" }</button>
                    </div>
                    if let Some(s) = &*status { <p class="up-hint" role="status">{ s.clone() }</p> }
                </div>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AllProps {
    pub review: Rc<Review>,
}

/// Every unit's feedback in one text file.
#[component]
pub fn AllFeedback(p: &AllProps) -> Html {
    let review = p.review.clone();
    let onclick = Callback::from(move |_| {
        let text = review
            .rows
            .iter()
            .map(|r| r.feedback.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let _ = download_text(&text, "各单位反馈意见.txt");
    });
    html! { <button type="button" class="up-btn" {onclick}>{ "下载全部反馈意见" }</button> }
}
