//! The drafts panel: list (name, kind, last edited), new, duplicate,
//! rename, delete (undoable from the notice that follows).

use crate::core::model::Plan;
use crate::storage::{DraftMeta, Loaded, Store};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsProps {
    pub store: Rc<Store>,
    pub current: AttrValue,
    /// Changes whenever the current draft is saved, so the list refreshes.
    pub rev: u64,
    /// Opens a draft: (id, plan).
    pub onopen: Callback<(String, Plan)>,
    /// Creates a new empty draft.
    pub onnew: Callback<()>,
    /// Tells the user something (deleted, failed) with an optional undo.
    pub onnotice: Callback<(String, bool)>,
    pub onclose: Callback<()>,
}

fn when(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    format!(
        "{}年{}月{}日 {:02}：{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

#[component]
pub fn Drafts(p: &DraftsProps) -> Html {
    let refresh = use_state(|| 0u32);
    let renaming = use_state(|| None::<String>);
    let mut drafts: Vec<DraftMeta> = p.store.index().drafts;
    drafts.sort_by(|a, b| b.updated.total_cmp(&a.updated));
    let _ = (*refresh, p.rev);

    let open = |id: String| {
        let store = p.store.clone();
        let onopen = p.onopen.clone();
        let onnotice = p.onnotice.clone();
        Callback::from(move |_| match store.load(&id) {
            Loaded::Ok(plan) => onopen.emit((id.clone(), plan)),
            Loaded::Missing => onnotice.emit((
                "这份草稿已不存在（可能在其他标签页中被删除）。".into(),
                false,
            )),
            Loaded::Corrupt {
                error, backup_key, ..
            } => onnotice.emit((
                format!("这份草稿无法读取：{error} 原始内容已另存为“{backup_key}”。"),
                false,
            )),
        })
    };
    let duplicate = |id: String| {
        let store = p.store.clone();
        let onopen = p.onopen.clone();
        let onnotice = p.onnotice.clone();
        Callback::from(move |_| {
            let Loaded::Ok(plan) = store.load(&id) else {
                onnotice.emit(("复制失败：原草稿无法读取。".into(), false));
                return;
            };
            let new_id = store.new_id();
            let name = store
                .index()
                .drafts
                .iter()
                .find(|d| d.id == id)
                .map(|d| {
                    if d.name.is_empty() {
                        d.title.clone()
                    } else {
                        d.name.clone()
                    }
                })
                .unwrap_or_default();
            match store.save(&new_id, &plan, &plan.to_json()) {
                Ok(()) => {
                    let _ = store.rename(&new_id, &format!("{name}（副本）"));
                    onopen.emit((new_id, plan));
                }
                Err(e) => onnotice.emit((e.to_string(), false)),
            }
        })
    };
    let delete = |meta: DraftMeta| {
        let store = p.store.clone();
        let onnotice = p.onnotice.clone();
        let onopen = p.onopen.clone();
        let onnew = p.onnew.clone();
        let current = p.current.to_string();
        let refresh = refresh.clone();
        Callback::from(move |_| {
            if store.trash(&meta.id).is_none() {
                onnotice.emit(("删除失败：浏览器存储不可用。".into(), false));
                return;
            }
            let shown = if meta.name.is_empty() {
                meta.title.clone()
            } else {
                meta.name.clone()
            };
            onnotice.emit((format!("已删除草稿“{shown}”。"), true));
            if meta.id == current {
                // Open the most recent remaining draft, or start a new one.
                let mut rest = store.index().drafts;
                rest.sort_by(|a, b| b.updated.total_cmp(&a.updated));
                match rest.first().map(|d| (d.id.clone(), store.load(&d.id))) {
                    Some((id, Loaded::Ok(plan))) => onopen.emit((id, plan)),
                    _ => onnew.emit(()),
                }
            }
            refresh.set(*refresh + 1);
        })
    };

    html! {
        <section class="up-side up-drafts" aria-label="草稿">
            <div class="up-row">
                <h2 class="up-panel-title">{ "我的草稿" }</h2>
                <button type="button" class="up-btn up-btn-primary" onclick={let n = p.onnew.clone(); Callback::from(move |_| n.emit(()))}>{ "新建草稿" }</button>
                <button type="button" class="up-btn" onclick={let c = p.onclose.clone(); Callback::from(move |_| c.emit(()))}>{ "关闭" }</button>
            </div>
            <p class="up-hint">{ "草稿只保存在本机浏览器中，随改随存。换电脑或清理浏览器前，请先导出 JSON 备份。" }</p>
            if drafts.is_empty() { <p class="up-hint">{ "还没有保存的草稿。开始编写后会自动保存。" }</p> }
            <ul class="up-list">
                { for drafts.into_iter().map(|d| {
                    let shown = if d.name.is_empty() { d.title.clone() } else { d.name.clone() };
                    let is_current = d.id == p.current.as_str();
                    let is_renaming = renaming.as_deref() == Some(d.id.as_str());
                    let rename_input = if is_renaming {
                        let store = p.store.clone();
                        let renaming2 = renaming.clone();
                        let id = d.id.clone();
                        let refresh = refresh.clone();
                        let commit = Callback::from(move |v: String| {
                            let _ = store.rename(&id, &v);
                            renaming2.set(None);
                            refresh.set(*refresh + 1);
                        });
                        let c2 = commit.clone();
                        let r3 = renaming.clone();
                        html! {
                            <input class="up-input" aria-label="草稿名称" value={shown.clone()} autofocus=true
                                onkeydown={Callback::from(move |e: KeyboardEvent| {
                                    if e.is_composing() { return; }
                                    if e.key() == "Enter" { c2.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()); }
                                    if e.key() == "Escape" { r3.set(None); }
                                })}
                                onblur={Callback::from(move |e: FocusEvent| commit.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
                        }
                    } else {
                        html! { <strong>{ shown.clone() }</strong> }
                    };
                    let r = renaming.clone();
                    let id_for_rename = d.id.clone();
                    html! {
                        <li key={d.id.clone()} class="up-finding">
                            { rename_input }
                            <p class="up-hint">{ format!("{} · 最后修改 {}{}", d.kind.label(), when(d.updated), if is_current { " · 正在编辑" } else { "" }) }</p>
                            <div class="up-row">
                                if !is_current { <button type="button" class="up-btn up-btn-small" onclick={open(d.id.clone())} aria-label={format!("打开{shown}")}>{ "打开" }</button> }
                                <button type="button" class="up-btn up-btn-small" onclick={duplicate(d.id.clone())} aria-label={format!("复制{shown}")}>{ "复制" }</button>
                                <button type="button" class="up-btn up-btn-small" onclick={Callback::from(move |_| r.set(Some(id_for_rename.clone())))} aria-label={format!("重命名{shown}")}>{ "重命名" }</button>
                                <button type="button" class="up-btn up-btn-small up-btn-danger" onclick={delete(d.clone())} aria-label={format!("删除{shown}")}>{ "删除" }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
