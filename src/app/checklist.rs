//! The checklist panel: progress, findings grouped by step, click to jump
//! to the field. Findings come from `core::check`, linked into the editor
//! (recomputed after a pause in typing, `use_check`).

use crate::core::check::{check_with, progress, Finding, Fix, Level};
use crate::core::model::{Kind, Plan};
use crate::core::steps::{Step, Target};
use crate::storage::Store;
use std::rc::Rc;
use yew::prelude::*;

/// The DOM id of the input a finding is about (finer than its step).
pub fn focus_id(f: &Finding) -> String {
    let t = &f.target;
    let pre = if t.next { "f-next-" } else { "f-" };
    match t.step {
        Step::Basic if f.id.contains("organization") => "f-basic-org".into(),
        Step::Basic if f.id.contains("title") => {
            format!("{pre}basic-title").replace("f-next-basic-title", "f-basic-title")
        }
        Step::Signature if f.id.contains("date") || f.id.contains("year") => {
            "f-signature-date".into()
        }
        _ => t.dom_id(),
    }
}

/// Steps that have at least one error (the step list marks them).
pub fn steps_with_errors(findings: &[Finding]) -> Vec<(Step, bool)> {
    let mut v: Vec<(Step, bool)> = findings
        .iter()
        .filter(|f| f.level == Level::Error)
        .map(|f| (f.target.step, f.target.next))
        .collect();
    v.dedup();
    v
}

/// The latest checklist result, or none yet (the first check runs in the
/// task after the first screen).
#[derive(Clone, PartialEq)]
pub enum CheckState {
    Pending,
    Done(Rc<Vec<Finding>>),
}

impl CheckState {
    /// The findings of the latest result (none while pending).
    pub fn findings(&self) -> &[Finding] {
        match self {
            CheckState::Done(f) => f,
            _ => &[],
        }
    }
}

/// The checklist of the document, run after a short pause in typing, not on
/// every key (it reads the whole document: ~12 ms on a large plan, ~50 ms on
/// a PC four times slower). The pause grows with what the last check cost
/// (8×, from 200 ms up to 1.5 s), so that on a slow PC a check does not run
/// between two keys and hold up the second. A new document (opened,
/// imported, undone: a new `epoch`) is checked in the next task, so the
/// first screen is not held up by it: `Pending` until the first result,
/// then the latest one.
#[hook]
pub fn use_check(plan: &Rc<Plan>, rev: u64, epoch: u64, store: &Rc<Store>) -> CheckState {
    let state = use_state(|| CheckState::Pending);
    let check_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let checked_epoch = use_mut_ref(|| None::<u64>);
    let last_cost = use_mut_ref(|| 0.0f64);
    {
        let state = state.clone();
        let plan = plan.clone();
        let store = store.clone();
        use_effect_with(rev, move |_| {
            let delay = if *checked_epoch.borrow() != Some(epoch) {
                0
            } else {
                pause_after(*last_cost.borrow())
            };
            *checked_epoch.borrow_mut() = Some(epoch);
            *check_timer.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(delay, move || {
                    // Results arrive in the order asked, so the last is the newest.
                    // Last year's document, when the draft names one, adds the
                    // `previous:*` rules.
                    let previous = super::compare::load_previous(&plan, &store);
                    let start = js_sys::Date::now();
                    let findings = check_with(&plan, previous.as_ref());
                    *last_cost.borrow_mut() = js_sys::Date::now() - start;
                    state.set(CheckState::Done(Rc::new(findings)));
                }));
        });
    }
    (*state).clone()
}

/// The pause in typing before the next check, in ms: 8× what the last one
/// took, within 200 ms to 1.5 s.
fn pause_after(cost_ms: f64) -> u32 {
    (cost_ms * 8.0).clamp(200.0, 1500.0) as u32
}

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub state: CheckState,
    pub kind: Kind,
    /// Jump: the target and the DOM id to focus.
    pub onjump: Callback<(Target, String)>,
    /// A finding's one-click fix (一键改为全角): the parent dispatches
    /// `fix.op()` as one undoable edit of the whole document.
    #[prop_or_default]
    pub onfix: Callback<Fix>,
}

fn level_text(l: Level) -> &'static str {
    match l {
        Level::Error => "需修改",
        Level::Warning => "建议",
        Level::Ok => "已完成",
    }
}

#[component]
pub fn Checklist(p: &ChecklistProps) -> Html {
    let show_ok = use_state(|| false);
    let findings = match &p.state {
        CheckState::Done(f) => f.clone(),
        CheckState::Pending => {
            return html! {
                <section class="up-side up-checklist" aria-label="检查清单">
                    <h2 class="up-panel-title">{ "检查清单" }</h2>
                    <p class="up-hint" role="status">{ "正在检查……" }</p>
                </section>
            }
        }
    };
    let prog = progress(&findings);
    let errors = findings.iter().filter(|f| f.level == Level::Error).count();
    let warnings = findings
        .iter()
        .filter(|f| f.level == Level::Warning)
        .count();
    // Group by (step, next) in the order findings come (already step order).
    let mut groups: Vec<((Step, bool), Vec<&Finding>)> = Vec::new();
    for f in findings.iter().filter(|f| *show_ok || f.level != Level::Ok) {
        let key = (f.target.step, f.target.next);
        match groups.last_mut() {
            Some((k, v)) if *k == key => v.push(f),
            _ => groups.push((key, vec![f])),
        }
    }
    let toggle = {
        let s = show_ok.clone();
        Callback::from(move |_| s.set(!*s))
    };
    html! {
        <section class="up-side up-checklist" aria-label="检查清单">
            <h2 class="up-panel-title">{ "检查清单" }</h2>
            <p class="up-progress" aria-live="polite">
                { format!("已完成 {} / {}", prog.ok, prog.total) }
                <span class="up-counts">{ format!(" · {errors} 处需修改 · {warnings} 条建议") }</span>
            </p>
            <progress class="up-progressbar" max={prog.total.max(1).to_string()} value={prog.ok.to_string()} aria-label="检查进度"></progress>
            <label class="up-check-ok"><input type="checkbox" checked={*show_ok} onchange={toggle} />{ " 同时显示已通过的项目" }</label>
            if errors == 0 && warnings == 0 { <p class="up-hint">{ "没有发现问题。导出前再通读一遍全文即可。" }</p> }
            { for groups.into_iter().map(|((step, next), fs)| html! {
                <div class="up-check-group">
                    <h3 class="up-check-step">{ if next { format!("明年计划 · {}", step.label()) } else { crate::app::steps::step_label(step, p.kind, false).to_string() } }</h3>
                    <ul class="up-list">
                        { for fs.into_iter().map(|f| {
                            let onjump = p.onjump.clone();
                            let t = f.target.clone();
                            let id = focus_id(f);
                            let cls = match f.level { Level::Error => "up-finding-error", Level::Warning => "up-finding-warning", Level::Ok => "up-finding-ok" };
                            html! {
                                <li class={classes!("up-finding", cls)}>
                                    <button type="button" class="up-btn-link up-finding-msg" onclick={Callback::from(move |_| onjump.emit((t.clone(), id.clone())))}>
                                        <span class="up-level">{ format!("【{}】", level_text(f.level)) }</span>{ f.message.clone() }
                                    </button>
                                    if let Some(fix) = f.fix.filter(|_| f.level != Level::Ok) {
                                        <button type="button" class="up-btn up-btn-small up-finding-fix"
                                            onclick={{ let onfix = p.onfix.clone(); Callback::from(move |_| onfix.emit(fix)) }}>{ fix.label() }</button>
                                    }
                                    if f.level != Level::Ok && !f.why.is_empty() {
                                        <details class="up-why"><summary>{ "为什么" }</summary><p>{ f.why.clone() }</p></details>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
