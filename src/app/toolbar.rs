//! The toolbar: 草稿 and 检查 (toggle their right-hand panels), 导入,
//! 新建下一年度,
//! 执行跟踪, undo / redo, 批量审阅 and the 导出 menu.

use super::config::Config;
use super::export_menu;
use super::notice::Notice;
use super::state::Action;
use super::state::State;
use super::tabs::Panel;
use super::{Bridge, IdPrefix};
use crate::storage::Store;
use std::rc::Rc;
use yew::prelude::*;

/// The DOM id (before the instance's prefix) of 导入, which gets the focus
/// back when the import dialog closes.
pub const IMPORT_ID: &str = "up-import-open";

/// What the toolbar shows and the handles its buttons use. Compared by
/// value and by pointer (`PartialEq`), so that a key typed in a field
/// (which changes none of these) does not draw the toolbar again; the
/// document itself is read from the bridge when a button needs it.
#[derive(Properties)]
pub struct ToolbarProps {
    pub config: Rc<Config>,
    pub bridge: Rc<Bridge>,
    pub store: Rc<Store>,
    pub notice: UseStateHandle<Option<Notice>>,
    pub panel: UseStateHandle<Panel>,
    pub importing: UseStateHandle<bool>,
    pub tracking_mode: UseStateHandle<bool>,
    pub ids: IdPrefix,
    pub dispatch: UseReducerDispatcher<State>,
    /// The open draft's id.
    pub draft: String,
    /// Errors in the latest checklist result.
    pub error_count: usize,
    pub can_undo: bool,
    pub can_redo: bool,
    /// A summary: no 执行跟踪.
    pub summary: bool,
}

impl PartialEq for ToolbarProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.config, &o.config)
            && Rc::ptr_eq(&self.bridge, &o.bridge)
            && Rc::ptr_eq(&self.store, &o.store)
            && self.notice == o.notice
            && self.panel == o.panel
            && self.importing == o.importing
            && self.tracking_mode == o.tracking_mode
            && self.ids == o.ids
            && self.dispatch == o.dispatch
            && self.draft == o.draft
            && self.error_count == o.error_count
            && self.can_undo == o.can_undo
            && self.can_redo == o.can_redo
            && self.summary == o.summary
    }
}

/// The toolbar.
#[component]
pub fn Toolbar(s: &ToolbarProps) -> Html {
    let (panel, tracking_mode, error_count) = (&s.panel, &s.tracking_mode, s.error_count);
    let undo = {
        let d = s.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::Undo))
    };
    let redo = {
        let d = s.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::Redo))
    };
    let menu_open = use_state(|| false);
    let onexport = {
        let bridge = s.bridge.clone();
        let notice = s.notice.clone();
        Callback::from(move |format: String| {
            let plan = bridge.plan.borrow().clone();
            export_menu::run_export(plan, format, bridge.on_export.clone(), notice.clone())
        })
    };
    html! {
        <header class="up-toolbar" role="toolbar" aria-label="编辑工具">
            <span class="up-brand">{ "工会工作计划与总结" }</span>
            <button type="button" class="up-btn" aria-pressed={(**panel == Panel::Drafts).to_string()} onclick={
                let panel = panel.clone();
                Callback::from(move |_| panel.set(if *panel == Panel::Drafts { Panel::Preview } else { Panel::Drafts }))
            }>{ "草稿" }</button>
            <button type="button" class="up-btn" aria-pressed={(**panel == Panel::Check).to_string()} onclick={
                let panel = panel.clone();
                Callback::from(move |_| panel.set(if *panel == Panel::Check { Panel::Preview } else { Panel::Check }))
            }>{ if error_count > 0 { format!("检查（{error_count} 处需修改）") } else { "检查".to_string() } }</button>
            <button type="button" id={s.ids.id(IMPORT_ID)} class="up-btn" data-tools="" onclick={{ let i = s.importing.clone(); Callback::from(move |_| i.set(true)) }}>{ "导入" }</button>
            <button type="button" class="up-btn" data-tools="" title="以本稿为基础新建下一年度的草稿（本稿保持不变）" onclick={super::compare::start_next_year(s)}>{ "新建下一年度" }</button>
            if !s.summary {
                <button type="button" class="up-btn" data-tools="" aria-pressed={tracking_mode.to_string()}
                    onclick={{ let t = tracking_mode.clone(); Callback::from(move |_| t.set(!*t)) }}>
                    { if **tracking_mode { "返回编写" } else { "执行跟踪" } }
                </button>
            }
            <button type="button" class="up-btn" onclick={undo} disabled={!s.can_undo} title="撤销（Ctrl+Z）">{ "撤销" }</button>
            <button type="button" class="up-btn" onclick={redo} disabled={!s.can_redo} title="重做（Ctrl+Shift+Z 或 Ctrl+Y）">{ "重做" }</button>
            { export_menu::menu(&menu_open, s.ids.id("up-export-menu").into(), &onexport) }
            <button type="button" class="up-btn" data-tools="" title="一次审阅各基层工会报送的多份计划和总结"
                onclick={{ let key = s.config.storage_key.clone(); Callback::from(move |_| super::review_layer::open(&key)) }}>{ "批量审阅" }</button>
        </header>
    }
}
