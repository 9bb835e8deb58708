//! Year over year in the editor: 新建下一年度 (`start_next_year`), the
//! document last year's text is compared with (`use_previous`: the draft
//! `previous` names, loaded from storage), and the 对比上年 panel (pick a
//! draft or import a file; the view itself is drawn by the full module,
//! `tools::show_comparison`, so the lite editor carries only this frame).

use super::notice::Notice;
use super::state::Action;
use super::tools::{ready, with_tools};
use super::Shell;
use crate::core::edit::{Edit, Op};
use crate::core::model::{Plan, Previous};
use crate::core::steps::Target;
use crate::storage::{Loaded, Store};
use std::rc::Rc;
use yew::prelude::*;

fn previous_of(p: &Plan, draft: &str) -> Previous {
    Previous {
        draft: draft.to_string(),
        title: crate::core::title::effective(p).replace('\n', ""),
        year: p.year,
    }
}

/// 新建下一年度: next year's draft of the current document, as a new draft
/// remembering this one (which stays as it is).
pub fn start_next_year(s: &Shell) -> Callback<MouseEvent> {
    let d = s.state.dispatcher();
    let store = s.store.clone();
    let notice = s.notice.clone();
    let bridge = s.bridge.clone();
    let config = s.config.clone();
    let plan = s.state.plan.clone();
    let draft = s.state.draft.clone();
    Callback::from(move |_| {
        // The source must be in storage for the new draft to find it.
        bridge.flush(&config);
        let (d, store, notice, plan, draft) =
            (d.clone(), store.clone(), notice.clone(), plan.clone(), draft.clone());
        with_tools(move |t| match t.and_then(|t| t.next_year(&plan)) {
            Ok(mut next) => {
                next.previous = Some(previous_of(&plan, &draft));
                let year = next.year;
                d.dispatch(Action::Open { id: store.new_id(), plan: next });
                notice.set(Some(Notice::Info(format!(
                    "已新建{year}年度的草稿，原稿仍在“草稿”中。年份、标题、成文日期和节日日期已改为新年度，执行跟踪已清空；正文沿用上年，请逐段改写。“对比上年”可以查看改了哪些，检查清单会提示照搬的文字。"
                ))));
            }
            Err(e) => notice.set(Some(Notice::Info(format!("无法新建下一年度：{e}")))),
        });
    })
}

/// Last year's document for the current draft: the draft its `previous`
/// names (loaded again when that changes), or none.
#[hook]
pub fn use_previous(plan: &Rc<Plan>, draft: &str, store: &Rc<Store>) -> Option<Rc<Plan>> {
    let previous = use_state(|| None::<Rc<Plan>>);
    let id = plan
        .previous
        .as_ref()
        .map(|p| p.draft.clone())
        .unwrap_or_default();
    {
        let previous = previous.clone();
        let store = store.clone();
        use_effect_with((draft.to_string(), id), move |(_, id)| {
            previous.set(match (id.is_empty(), store.load(id)) {
                (false, Loaded::Ok(p)) => Some(Rc::new(p)),
                _ => None,
            });
        });
    }
    (*previous).clone()
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub plan: Rc<Plan>,
    pub previous: Option<Rc<Plan>>,
    pub store: Rc<Store>,
    pub draft: AttrValue,
    /// Last year's document chosen: its draft id (the plan remembers it).
    pub onpick: Callback<String>,
    pub onjump: Callback<Target>,
}

#[component]
pub fn ComparePanel(p: &CompareProps) -> Html {
    let host = use_node_ref();
    let error = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    {
        let host = host.clone();
        let error = error.clone();
        let onjump = p.onjump.clone();
        use_effect_with((p.plan.clone(), p.previous.clone()), move |(cur, prev)| {
            if let (Some(prev), Some(el)) = (prev.clone(), host.cast::<web_sys::Element>()) {
                let cur = cur.clone();
                with_tools(move |t| {
                    if let Err(e) = t.and_then(|t| t.show_comparison(&el, &prev, &cur, onjump)) {
                        error.set(Some(e));
                    }
                });
            }
        });
    }
    let drafts: Vec<_> = p
        .store
        .index()
        .drafts
        .into_iter()
        .filter(|d| d.id != p.draft.as_str())
        .collect();
    let chosen = p.plan.previous.as_ref().map(|x| x.draft.clone()).unwrap_or_default();
    let onselect = {
        let onpick = p.onpick.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if !s.value().is_empty() {
                onpick.emit(s.value());
            }
        })
    };
    let onfile = {
        let (store, onpick, error) = (p.store.clone(), p.onpick.clone(), error.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else { return };
            input.set_value("");
            let name = file.name();
            let (store, onpick, error) = (store.clone(), onpick.clone(), error.clone());
            let file = gloo::file::File::from(file);
            let handle = gloo::file::callbacks::read_as_bytes(&file, move |res| {
                let Ok(bytes) = res else {
                    return error.set(Some(format!("读取“{name}”失败，请重新选择文件。")));
                };
                with_tools(move |t| match t.and_then(|t| t.import_file(&bytes, &name)) {
                    Ok(doc) => {
                        // Kept as a draft of its own, so the comparison survives a reload.
                        let id = store.new_id();
                        match store.save(&id, &doc.plan, &doc.plan.to_json()) {
                            Ok(()) => {
                                error.set(None);
                                onpick.emit(id);
                            }
                            Err(e) => error.set(Some(format!("上年的材料无法保存：{e}"))),
                        }
                    }
                    Err(msg) => error.set(Some(format!("“{name}”无法导入：{msg}"))),
                });
            });
            *reader.borrow_mut() = Some(handle);
        })
    };
    let onexport = {
        let (plan, previous, error) = (p.plan.clone(), p.previous.clone(), error.clone());
        Callback::from(move |_| {
            let Some(prev) = previous.clone() else { return };
            let (plan, error) = (plan.clone(), error.clone());
            with_tools(move |t| {
                let r = t.and_then(|t| t.comparison_html(&prev, &plan)).and_then(|html| {
                    let name = format!("{}年与{}年对比.html", prev.year, plan.year);
                    crate::download::download(html.as_bytes(), &name, "text/html;charset=utf-8")
                });
                if let Err(e) = r {
                    error.set(Some(e));
                }
            });
        })
    };
    html! {
        <section class="up-side up-compare" aria-label="对比上年">
            <h2 class="up-panel-title">{ "对比上年" }</h2>
            <div class="up-row">
                <label class="up-label" for="up-compare-pick">{ "上年的材料" }</label>
                <select id="up-compare-pick" class="up-input" onchange={onselect}>
                    <option value="" selected={chosen.is_empty()}>{ "选择一份草稿……" }</option>
                    { for drafts.iter().map(|d| html! {
                        <option value={d.id.clone()} selected={d.id == chosen}>{ d.title.clone() }</option>
                    }) }
                </select>
            </div>
            <div class="up-row">
                <label class="up-label" for="up-compare-file">{ "或从文件导入上年材料（.docx、.txt、.md、.json）" }</label>
                <input id="up-compare-file" type="file" accept=".txt,.md,.docx,.json" onchange={onfile} />
            </div>
            if let Some(msg) = &*error { <p class="up-notice up-notice-warn" role="alert">{ msg.clone() }</p> }
            if p.previous.is_some() {
                <div class="up-row">
                    <button type="button" class="up-btn" onclick={onexport}>{ "导出对比（HTML，供审阅）" }</button>
                </div>
                if !ready() { <p class="up-hint" role="status">{ "正在载入对比功能，请稍候……" }</p> }
                <div class="up-cmp-view" ref={host}></div>
            } else {
                <p class="up-hint">{ "选择上年的草稿，或导入上年的文件，即可逐段对比今年改了哪些；检查清单也会提示照搬上年的段落、遗留的年份和节日日期，以及上年未完成却没有交代的工作。" }</p>
            }
        </section>
    }
}

/// The panel as the right-hand column shows it.
pub fn panel(s: &Shell, previous: Option<Rc<Plan>>) -> Html {
    let state = s.state;
    let onpick = {
        let d = state.dispatcher();
        let store = s.store.clone();
        let plan = state.plan.clone();
        Callback::from(move |id: String| {
            let Loaded::Ok(prev) = store.load(&id) else { return };
            let mut p = (*plan).clone();
            p.previous = Some(previous_of(&prev, &id));
            d.dispatch(Action::Edit {
                edit: Edit::main(Op::Replace(Box::new(p))),
                at: js_sys::Date::now(),
            });
        })
    };
    let onjump = {
        let d = state.dispatcher();
        Callback::from(move |t: Target| d.dispatch(Action::Jump(t)))
    };
    html! {
        <ComparePanel plan={state.plan.clone()} {previous} store={s.store.clone()}
            draft={AttrValue::from(state.draft.clone())} {onpick} {onjump} />
    }
}
