//! Saved reviews: every finished review is saved at once (and again after
//! each change of the year or the expected units), listed here newest
//! first, reopened with a click, deleted with an undo.

use crate::storage::Store;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SavedProps {
    pub store: Rc<Store>,
    /// Changes whenever a review is saved, so the list refreshes.
    pub rev: u32,
    pub current: Option<String>,
    /// Opens a saved review: (id, name).
    pub onopen: Callback<(String, String)>,
    /// A review was deleted (its id).
    pub ondeleted: Callback<String>,
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
pub fn SavedReviews(p: &SavedProps) -> Html {
    let refresh = use_state(|| 0u32);
    let deleted = use_state(|| None::<String>);
    let _ = (*refresh, p.rev);
    let list = p.store.reviews();
    let undo = {
        let (store, refresh, deleted, onopen) = (
            p.store.clone(),
            refresh.clone(),
            deleted.clone(),
            p.onopen.clone(),
        );
        Callback::from(move |_| {
            if let Some(id) = store.restore_review() {
                let name = store
                    .reviews()
                    .into_iter()
                    .find(|r| r.id == id)
                    .map(|r| r.name)
                    .unwrap_or_default();
                onopen.emit((id, name));
            }
            deleted.set(None);
            refresh.set(*refresh + 1);
        })
    };
    html! {
        <section class="up-rv-saved" aria-label="已保存的审阅">
            <h3 class="up-panel-title">{ "已保存的审阅" }</h3>
            if let Some(name) = &*deleted {
                <p class="up-notice" role="status">
                    { format!("已删除“{name}”。") }
                    <button type="button" class="up-btn up-btn-small" onclick={undo}>{ "撤销删除" }</button>
                </p>
            }
            if list.is_empty() {
                <p class="up-hint">{ "还没有保存的审阅。审阅完成后会自动保存在本机浏览器中。" }</p>
            }
            <ul class="up-list up-rv-saved-list">
                { for list.into_iter().map(|m| {
                    let open = { let (id, name) = (m.id.clone(), m.name.clone()); p.onopen.reform(move |_: MouseEvent| (id.clone(), name.clone())) };
                    let delete = {
                        let (store, refresh, deleted, ondeleted, id) = (p.store.clone(), refresh.clone(), deleted.clone(), p.ondeleted.clone(), m.id.clone());
                        Callback::from(move |_: MouseEvent| {
                            if let Some(meta) = store.trash_review(&id) {
                                deleted.set(Some(meta.name));
                                ondeleted.emit(id.clone());
                            }
                            refresh.set(*refresh + 1);
                        })
                    };
                    let current = p.current.as_deref() == Some(m.id.as_str());
                    html! {
                        <li class={classes!("up-rv-saved-item", current.then_some("up-rv-selected"))}>
                            <button type="button" class="up-btn up-btn-small" onclick={open} aria-current={current.then_some("true")}>{ "打开" }</button>
                            <span>{ format!(" {}（{} 份，{}）", m.name, m.files, when(m.updated)) }</span>
                            <button type="button" class="up-btn up-btn-small" onclick={delete} aria-label={format!("删除{}", m.name)}>{ "删除" }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
