//! 执行跟踪's body as plain DOM, drawn by the module that has the summary
//! generator (the tools module through `renderTracking`, the full module
//! directly) into the editor's tracking frame (`app::tracking`): each
//! priority item and schedule activity with 完成 / 部分完成 / 未完成 / 取消,
//! a note and figures; progress by priority, by month and by 牵头部门 (with
//! a filter on the lead); the two 生成总结 buttons.
//!
//! Every change goes out as `options.onTrack(key, trackJson)` (`key`:
//! `n:0-1` for priority 一、(二), `a:0-1` for the second activity of the first
//! schedule entry; `trackJson`: the item's whole `Track`, or `null`), and
//! the editor draws the panel again with the changed plan. That redraw
//! keeps what the user is typing: when the same controls are on screen, only
//! the bars and the values of the controls without the focus are updated;
//! otherwise the panel is rebuilt and the focus put back by id.

mod rows;

use crate::app::dom::{add, call, listen, prop, set_options};
use crate::core::model::{Plan, Status, Track};
use crate::core::summarize::{
    plain_number, progress_by_lead, progress_by_month, progress_by_priority, ProgressRow,
};
use js_sys::Reflect;
use rows::{activity_rows, leads, priority_rows, shape, status_id, Row};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// A function that draws the panel again for the plan it was last drawn
/// with (a new 牵头部门 choice), kept on the container.
const REDRAW: &str = "__upRedraw";
const SHAPE: &str = "__upShape";
/// The chosen 牵头部门 (empty: all), kept on the container across redraws.
const LEAD: &str = "data-up-lead";

/// The controls of one group (status select, note, figures) appended to `li`.
fn controls(doc: &Document, li: &Element, row: &Row) -> Result<(), JsValue> {
    let group = add(doc, li, "div", "up-track", None)?;
    group.set_attribute("role", "group")?;
    group.set_attribute("aria-label", &format!("{}执行情况", row.name))?;
    group.set_attribute("data-key", &row.key)?;
    let select = add(doc, &group, "select", "up-input up-track-status", None)?;
    select.set_id(&row.id);
    select.set_attribute("aria-label", &format!("{}完成情况", row.name))?;
    let status = row.track.as_ref().map(|t| t.status);
    let none = add(doc, &select, "option", "", Some("未登记"))?;
    none.set_attribute("value", "")?;
    for s in Status::ALL {
        let o = add(doc, &select, "option", "", Some(s.label()))?;
        o.set_attribute("value", status_id(Some(s)))?;
    }
    if let Some(s) = select.dyn_ref::<HtmlSelectElement>() {
        s.set_value(status_id(status));
    }
    let Some(t) = &row.track else {
        return Ok(());
    };
    let note = add(doc, &group, "input", "up-input up-track-note", None)?;
    note.set_id(&format!("{}-note", row.id));
    note.set_attribute("data-field", "note")?;
    note.set_attribute("aria-label", &format!("{}情况说明", row.name))?;
    note.set_attribute("placeholder", "简要说明（如：已于3月8日举办，效果良好）")?;
    set_value(&note, &t.note);
    for (field, label, step, mode) in [
        ("participants", "人次", "1", "numeric"),
        ("amount", "金额（元）", "0.01", "decimal"),
        ("count", "次数/场次", "1", "numeric"),
    ] {
        let l = add(doc, &group, "label", "up-track-num", Some(label))?;
        let input = add(doc, &l, "input", "up-input", None)?;
        input.set_id(&format!("{}-{field}", row.id));
        input.set_attribute("type", "number")?;
        input.set_attribute("min", "0")?;
        input.set_attribute("step", step)?;
        input.set_attribute("inputmode", mode)?;
        input.set_attribute("data-field", field)?;
        set_value(&input, &figure(t, field));
    }
    Ok(())
}

/// A figure of a track as its number field shows it.
fn figure(t: &Track, field: &str) -> String {
    match field {
        "participants" => t.participants.map(|v| v.to_string()),
        "amount" => t.amount.map(plain_number),
        "count" => t.count.map(|v| v.to_string()),
        _ => Some(t.note.clone()),
    }
    .unwrap_or_default()
}

/// The element with DOM id `id` inside the panel (two editors on one page
/// may both show 执行跟踪).
fn by_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("#{id}")).ok().flatten()
}

fn set_value(e: &Element, v: &str) {
    if let Some(i) = e.dyn_ref::<HtmlInputElement>() {
        if i.value() != v {
            i.set_value(v);
        }
    }
}

fn bars(doc: &Document, into: &Element, title: &str, rows: &[ProgressRow]) -> Result<(), JsValue> {
    if rows.is_empty() {
        return Ok(());
    }
    let div = add(doc, into, "div", "up-bars", None)?;
    add(doc, &div, "h3", "up-check-step", Some(title))?;
    let ul = add(doc, &div, "ul", "up-list", None)?;
    for r in rows {
        let t = &r.tally;
        let base = (t.total() - t.cancelled).max(1);
        // width classes in 5% steps (the app runs under style-src 'self')
        let pct = |n: usize| format!("up-w-{}", ((40 * n + base) / (2 * base) * 5).min(100));
        let li = add(doc, &ul, "li", "up-bar-row", None)?;
        add(
            doc,
            &li,
            "span",
            "up-bar-label",
            Some(&format!("{}：{}", r.label, t.label())),
        )?;
        let bar = add(doc, &li, "span", "up-bar", None)?;
        bar.set_attribute("role", "img")?;
        let said = format!(
            "{}，完成{}项，部分完成{}项，未完成{}项",
            r.label, t.done, t.partial, t.not_done
        );
        bar.set_attribute("aria-label", &said)?;
        add(
            doc,
            &bar,
            "span",
            &format!("up-bar-done {}", pct(t.done)),
            None,
        )?;
        add(
            doc,
            &bar,
            "span",
            &format!("up-bar-partial {}", pct(t.partial)),
            None,
        )?;
    }
    Ok(())
}

/// The three progress views, into their container.
fn all_bars(doc: &Document, into: &Element, plan: &Plan) -> Result<(), JsValue> {
    into.set_text_content(None);
    bars(doc, into, "按重点工作", &progress_by_priority(plan))?;
    bars(doc, into, "按月份", &progress_by_month(plan))?;
    let by_lead = progress_by_lead(plan);
    if by_lead.len() > 1 {
        bars(doc, into, "按牵头部门", &by_lead)?;
    }
    Ok(())
}

/// The whole panel, rebuilt.
fn build(
    doc: &Document,
    root: &Element,
    plan: &Plan,
    lead: &str,
    leads: &[String],
) -> Result<(), JsValue> {
    root.set_text_content(None);
    let intro = "年中随时登记各项工作的完成情况和数字（参与人次、经费、场次）。年底据此一键生成总结初稿；计划本身不会被改动。";
    add(doc, root, "p", "up-hint", Some(intro))?;
    let buttons = add(doc, root, "div", "up-row", None)?;
    for (class, text, with_next) in [
        ("up-btn up-btn-primary", "生成年终总结", "0"),
        ("up-btn", "生成总结暨明年计划", "1"),
    ] {
        let b = add(doc, &buttons, "button", class, Some(text))?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-generate", with_next)?;
    }
    let bars = add(doc, root, "div", "up-track-bars", None)?;
    all_bars(doc, &bars, plan)?;
    add(doc, root, "h3", "up-check-step", Some("重点工作"))?;
    if plan.sections.is_empty() {
        add(
            doc,
            root,
            "p",
            "up-hint",
            Some("还没有重点工作。请先在“主要工作”中列出。"),
        )?;
    }
    if !leads.is_empty() {
        let l = add(doc, root, "label", "up-row", Some("牵头部门："))?;
        let select = add(doc, &l, "select", "up-input up-track-lead", None)?;
        // an id, so the focus comes back to it when the choice rebuilds the panel
        select.set_id("t-lead");
        select.set_attribute("aria-label", "按牵头部门筛选重点工作")?;
        let all = add(doc, &select, "option", "", Some("全部"))?;
        all.set_attribute("value", "")?;
        for name in leads {
            let o = add(doc, &select, "option", "", Some(name))?;
            o.set_attribute("value", name)?;
        }
        if let Some(s) = select.dyn_ref::<HtmlSelectElement>() {
            s.set_value(lead);
        }
    }
    // the priorities as a nested list: a `ul` under an item once it has children
    let mut lists: Vec<Element> = vec![add(doc, root, "ul", "up-list", None)?];
    let mut items: Vec<Element> = Vec::new();
    for (level, row) in priority_rows(plan, lead) {
        lists.truncate(level.max(1));
        while lists.len() < level {
            let Some(li) = items.get(lists.len() - 1) else {
                break;
            };
            let ul = add(doc, li, "ul", "up-list", None)?;
            lists.push(ul);
        }
        let Some(parent) = lists.last() else { break };
        let li = add(
            doc,
            parent,
            "li",
            &format!("up-track-item up-node-l{level}"),
            None,
        )?;
        add(doc, &li, "span", "up-track-name", Some(&row.name))?;
        controls(doc, &li, &row)?;
        items.truncate(level.saturating_sub(1));
        items.push(li);
    }
    add(doc, root, "h3", "up-check-step", Some("活动安排"))?;
    let list = add(doc, root, "ul", "up-list", None)?;
    for (month, rows) in activity_rows(plan) {
        let li = add(doc, &list, "li", "up-track-item", None)?;
        add(doc, &li, "span", "up-track-name", Some(&month))?;
        let ul = add(doc, &li, "ul", "up-list", None)?;
        for (shown, row) in rows {
            let item = add(doc, &ul, "li", "up-track-item", None)?;
            add(doc, &item, "span", "up-track-name", Some(&shown))?;
            controls(doc, &item, &row)?;
        }
    }
    Ok(())
}

/// The same controls on screen: new bars, and the values of the controls
/// the user is not in (an undo, a change from elsewhere).
fn update(doc: &Document, root: &Element, plan: &Plan, lead: &str) -> Result<(), JsValue> {
    if let Ok(Some(bars)) = root.query_selector(".up-track-bars") {
        all_bars(doc, &bars, plan)?;
    }
    let focused = doc.active_element();
    let same = |e: &Element| focused.as_ref() == Some(e);
    let rows = priority_rows(plan, lead).into_iter().map(|(_, r)| r).chain(
        activity_rows(plan)
            .into_iter()
            .flat_map(|(_, rows)| rows.into_iter().map(|(_, r)| r)),
    );
    // the same shape: the groups on screen are the rows, in order
    let groups = root.query_selector_all("[data-key]")?;
    for (k, row) in rows.enumerate() {
        let Some(group) = groups
            .item(k as u32)
            .and_then(|g| g.dyn_into::<Element>().ok())
        else {
            break;
        };
        if group.get_attribute("data-key").as_deref() != Some(row.key.as_str()) {
            continue;
        }
        if let Some(s) = group.query_selector("select").ok().flatten() {
            if let (false, Some(s)) = (same(&s), s.dyn_ref::<HtmlSelectElement>()) {
                s.set_value(status_id(row.track.as_ref().map(|t| t.status)));
            }
        }
        let Some(t) = &row.track else { continue };
        for field in ["note", "participants", "amount", "count"] {
            let sel = format!("[data-field={field}]");
            if let Some(e) = group.query_selector(&sel).ok().flatten() {
                if !same(&e) {
                    set_value(&e, &figure(t, field));
                }
            }
        }
    }
    Ok(())
}

/// Draws the panel for `plan` (see the module's comment).
fn draw(root: &Element, plan: &Plan) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    let leads = leads(plan);
    let mut lead = root.get_attribute(LEAD).unwrap_or_default();
    if !leads.contains(&lead) {
        lead.clear();
    }
    let shape = shape(plan, &lead, &leads);
    if prop(root, SHAPE).as_string().as_deref() == Some(shape.as_str()) {
        return update(&doc, root, plan, &lead);
    }
    // rebuilt: the focus (and the caret in a text box) goes back by id
    let focus = doc
        .active_element()
        .filter(|e| root.contains(Some(e)))
        .map(|e| {
            (
                e.id(),
                e.dyn_ref::<HtmlInputElement>()
                    .and_then(|i| i.selection_start().ok().flatten()),
            )
        });
    build(&doc, root, plan, &lead, &leads)?;
    Reflect::set(root, &SHAPE.into(), &shape.into())?;
    if let Some((id, caret)) = focus.filter(|(id, _)| !id.is_empty()) {
        if let Some(e) = by_id(root, &id) {
            if let Some(h) = e.dyn_ref::<HtmlElement>() {
                let _ = h.focus();
            }
            if let (Some(i), Some(c)) = (e.dyn_ref::<HtmlInputElement>(), caret) {
                let _ = i.set_selection_range(c, c);
            }
        }
    }
    Ok(())
}

/// The group's controls as one `Track` (none when the status is 未登记).
fn track_of(group: &Element) -> Option<Track> {
    let value = |sel: &str| {
        group
            .query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default()
    };
    let status = group
        .query_selector("select")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())?;
    let status = Status::ALL
        .into_iter()
        .find(|s| status_id(Some(*s)) == status)?;
    Some(Track {
        status,
        note: value("[data-field=note]"),
        participants: value("[data-field=participants]").trim().parse().ok(),
        amount: value("[data-field=amount]")
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|a| a.is_finite() && *a >= 0.0),
        count: value("[data-field=count]").trim().parse().ok(),
    })
}

fn on_edit(root: &Element, e: Event) {
    if e.dyn_ref::<web_sys::InputEvent>()
        .is_some_and(|i| i.is_composing())
    {
        return; // wait for compositionend
    }
    let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if t.class_list().contains("up-track-lead") {
        if e.type_() == "change" {
            if let Some(s) = t.dyn_ref::<HtmlSelectElement>() {
                let _ = root.set_attribute(LEAD, &s.value());
            }
            if let Some(f) = prop(root, REDRAW).dyn_ref::<js_sys::Function>() {
                let _ = f.call0(&JsValue::NULL);
            }
        }
        return;
    }
    let Some(group) = t.closest("[data-key]").ok().flatten() else {
        return;
    };
    // a select speaks on change, a text box on every input
    let is_select = t.dyn_ref::<HtmlSelectElement>().is_some();
    if is_select != (e.type_() == "change") {
        return;
    }
    let key = group.get_attribute("data-key").unwrap_or_default();
    let track = track_of(&group).map_or("null".to_string(), |t| {
        serde_json::to_string(&t).unwrap_or_default()
    });
    call(root, "onTrack", &[key.into(), track.into()]);
}

fn on_click(root: &Element, e: Event) {
    let button = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("[data-generate]").ok().flatten());
    if let Some(b) = button {
        let with_next = b.get_attribute("data-generate").as_deref() == Some("1");
        call(root, "onGenerate", &[JsValue::from_bool(with_next)]);
    }
}

fn bind(root: &Element) -> Result<(), JsValue> {
    listen(
        root,
        &[
            ("click", on_click),
            ("change", on_edit),
            ("input", on_edit),
            ("compositionend", on_edit),
        ],
    )
}

/// Draws 执行跟踪 for `plan` into `root`. `options`: `{ onTrack(key,
/// trackJson), onGenerate(withNextPlan) }`.
pub fn render(root: &Element, plan: &Plan, options: &JsValue) -> Result<(), JsValue> {
    bind(root)?;
    set_options(root, options)?;
    // the plan itself, not its JSON: a redraw per change must not write it again
    let (r, p) = (root.clone(), plan.clone());
    let redraw = Closure::<dyn Fn()>::new(move || {
        let _ = draw(&r, &p);
    });
    Reflect::set(root, &REDRAW.into(), &redraw.into_js_value())?;
    draw(root, plan)
}
