//! The notice under the toolbar: a failed save (with a JSON backup), an
//! unreadable stored draft (with its raw text), a deleted draft (with undo),
//! another tab's change to this draft (which version to keep, see
//! `saver`) and plain information.

use super::saver::Saver;
use super::state::{Action, State};
use crate::core::model::Plan;
use crate::storage::{Loaded, Store};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub enum Notice {
    SaveFailed(String),
    Corrupt {
        raw: Rc<str>,
        error: String,
        backup_key: String,
    },
    Info(String),
    /// A draft was deleted; the notice offers to undo.
    Deleted(String),
    /// Another tab changed this draft: their JSON. Autosave is paused until
    /// the user chooses.
    Conflict(Rc<str>),
}

/// The current notice with its buttons, or nothing.
pub fn render_notice(
    notice: &UseStateHandle<Option<Notice>>,
    store: &Rc<Store>,
    state: &UseReducerHandle<State>,
    saver: &Rc<Saver>,
) -> Html {
    let d = &state.dispatcher();
    let Some(n) = (**notice).clone() else {
        return html! {};
    };
    let close = {
        let n = notice.clone();
        Callback::from(move |_| n.set(None))
    };
    match n {
        Notice::SaveFailed(msg) => {
            let plan = state.plan.clone();
            let backup = Callback::from(move |_| {
                let name = crate::core::export::file_name(&plan, "json");
                let _ = crate::download::download(
                    plan.to_json_pretty().as_bytes(),
                    &name,
                    "application/json",
                );
            });
            html! {
                <div class="up-notice up-notice-warn" role="alert">{ msg }
                    <button type="button" class="up-btn up-btn-primary" onclick={backup}>{ "导出备份（JSON）" }</button>
                    <button type="button" class="up-btn" onclick={close}>{ "知道了" }</button></div>
            }
        }
        Notice::Conflict(theirs) => {
            let take_theirs = {
                let d = d.clone();
                let n = notice.clone();
                let saver = saver.clone();
                let id = state.draft.clone();
                let theirs = theirs.clone();
                Callback::from(move |_| match Plan::from_json(&theirs) {
                    Ok(p) => {
                        saver.take_theirs(&id, &theirs);
                        d.dispatch(Action::Open {
                            id: id.clone(),
                            plan: p,
                        });
                        n.set(Some(Notice::Info("已载入另一页的版本。".into())));
                    }
                    Err(e) => n.set(Some(Notice::SaveFailed(format!(
                        "另一页保存的内容无法读取（{e}），已保留本页的版本。"
                    )))),
                })
            };
            let keep_mine = {
                let saver = saver.clone();
                let plan = state.plan.clone();
                let id = state.draft.clone();
                Callback::from(move |_| saver.keep_mine(&id, &plan))
            };
            html! {
                <div class="up-notice up-notice-warn" role="alert">
                    { "这份草稿刚在另一个标签页（或窗口）中被修改。为免互相覆盖，本页已暂停自动保存，请选择：" }
                    <button type="button" class="up-btn up-btn-primary" onclick={take_theirs}>{ "载入另一页的版本" }</button>
                    <button type="button" class="up-btn" onclick={keep_mine}>{ "保留本页的版本" }</button>
                </div>
            }
        }
        Notice::Deleted(msg) => {
            let store = store.clone();
            let d = d.clone();
            let n = notice.clone();
            let undo = Callback::from(move |_| {
                match store
                    .restore_trash()
                    .map(|id| (id.clone(), store.load(&id)))
                {
                    Some((id, Loaded::Ok(plan))) => {
                        d.dispatch(Action::Open { id, plan });
                        n.set(Some(Notice::Info("已恢复草稿。".into())));
                    }
                    _ => n.set(Some(Notice::Info("无法恢复：回收的草稿已不存在。".into()))),
                }
            });
            html! {
                <div class="up-notice" role="status">{ msg }
                    <button type="button" class="up-btn" onclick={undo}>{ "撤销删除" }</button>
                    <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button></div>
            }
        }
        Notice::Info(msg) => html! {
            <div class="up-notice" role="status">{ msg }
                <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button></div>
        },
        Notice::Corrupt {
            raw,
            error,
            backup_key,
        } => {
            let dl = {
                let raw = raw.clone();
                Callback::from(move |_| {
                    let _ = crate::download::download(
                        raw.as_bytes(),
                        "无法读取的草稿备份.txt",
                        "text/plain;charset=utf-8",
                    );
                })
            };
            html! {
                <div class="up-notice up-notice-warn" role="alert">
                    { format!("上次保存的草稿无法读取：{error} 原始内容已另存（“{backup_key}”），没有删除。已为您新建一份草稿。") }
                    <button type="button" class="up-btn" onclick={dl}>{ "下载原始内容" }</button>
                    <button type="button" class="up-btn" onclick={close}>{ "关闭" }</button>
                </div>
            }
        }
    }
}
