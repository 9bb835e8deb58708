//! The toolbar: 草稿 and 检查 (toggle their right-hand panels), 导入,
//! 新建下一年度,
//! 执行跟踪, undo / redo, 批量审阅 and the 导出 menu.

use super::export_menu;
use super::state::Action;
use super::tabs::Panel;
use super::Shell;
use yew::prelude::*;

/// The DOM id (before the instance's prefix) of 导入, which gets the focus
/// back when the import dialog closes.
pub const IMPORT_ID: &str = "up-import-open";

/// The toolbar; `error_count` errors in the latest checklist result.
pub fn toolbar(s: &Shell, error_count: usize) -> Html {
    let (panel, state, tracking_mode) = (s.panel, s.state, s.tracking_mode);
    let plan = &state.plan;
    let undo = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Undo))
    };
    let redo = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Redo))
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
            if !plan.kind.is_summary() {
                <button type="button" class="up-btn" data-tools="" aria-pressed={tracking_mode.to_string()}
                    onclick={{ let t = tracking_mode.clone(); Callback::from(move |_| t.set(!*t)) }}>
                    { if **tracking_mode { "返回编写" } else { "执行跟踪" } }
                </button>
            }
            <button type="button" class="up-btn" onclick={undo} disabled={!state.can_undo()} title="撤销（Ctrl+Z）">{ "撤销" }</button>
            <button type="button" class="up-btn" onclick={redo} disabled={!state.can_redo()} title="重做（Ctrl+Shift+Z 或 Ctrl+Y）">{ "重做" }</button>
            <export_menu::ExportMenu plan={plan.clone()} menu_id={s.ids.id("up-export-menu")} onexport={{
                let plan = plan.clone();
                let notice = s.notice.clone();
                let bridge = s.bridge.clone();
                Callback::from(move |format: String| export_menu::run_export(plan.clone(), format, bridge.on_export.clone(), notice.clone()))
            }} />
            <button type="button" class="up-btn" data-tools="" title="一次审阅各基层工会报送的多份计划和总结"
                onclick={{ let key = s.config.storage_key.clone(); Callback::from(move |_| super::review_layer::open(&key)) }}>{ "批量审阅" }</button>
        </header>
    }
}
