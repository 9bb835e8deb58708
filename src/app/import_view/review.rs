//! What the import recognised, beside the text it was read from: the facts
//! (kind, title, level-1 headings, schedule, signature), the importer's
//! notes, each decision (`识别依据`) and the document on its sheets.

use super::sheets;
use crate::app::dom::{add, el};
use crate::core::numbering::months_heading;
use crate::core::read::ImportedDoc;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

fn facts(doc: &Document, imp: &ImportedDoc) -> Result<Element, JsValue> {
    let r = &imp.report;
    let kind = format!(
        "{}{}",
        imp.plan.kind.label(),
        if r.kind_detected {
            ""
        } else {
            "（未能判断，按工作计划处理）"
        }
    );
    let title = if r.title_lines.is_empty() {
        "未找到（可在基本信息中填写）".to_string()
    } else {
        r.title_lines.join(" ")
    };
    let sections = format!("{} 个：{}", r.sections.len(), r.sections.join("；"));
    let schedule = if r.schedule.is_empty() {
        "无".to_string()
    } else {
        let months: Vec<String> = r.schedule.iter().map(|m| months_heading(m)).collect();
        format!("{} 个月份条目：{}", r.schedule.len(), months.join("、"))
    };
    let signature = match &r.signature {
        Some((org, date)) => format!("{org} {}", date.as_deref().unwrap_or("（无日期）")),
        None => "未找到".into(),
    };
    let dl = el(doc, "dl", "up-facts", None)?;
    for (term, value) in [
        ("类型", kind.as_str()),
        ("标题", &title),
        ("一级标题", &sections),
        ("活动安排", &schedule),
        ("署名", &signature),
    ] {
        add(doc, &dl, "dt", "", Some(term))?;
        add(doc, &dl, "dd", "", Some(value))?;
    }
    Ok(dl)
}

/// A list of hints (`ul` or `ol`).
fn hints(doc: &Document, tag: &str, items: &[String]) -> Result<Element, JsValue> {
    let list = el(doc, tag, "up-list", None)?;
    for n in items {
        add(doc, &list, "li", "up-hint", Some(n))?;
    }
    Ok(list)
}

/// The review: the source on the left, what was recognised on the right.
pub fn review(doc: &Document, imp: &ImportedDoc) -> Result<Element, JsValue> {
    let r = &imp.report;
    let review = el(doc, "div", "up-review", None)?;
    review.set_attribute("aria-label", "识别结果")?;
    let left = el(doc, "div", "up-review-col", None)?;
    add(doc, &left, "h3", "up-check-step", Some("原文"))?;
    add(doc, &left, "pre", "up-source", Some(&imp.source))?;
    review.append_child(&left)?;
    let right = el(doc, "div", "up-review-col", None)?;
    add(doc, &right, "h3", "up-check-step", Some("识别结果"))?;
    let n = facts(doc, imp)?;
    right.append_child(&n)?;
    if !r.notes.is_empty() {
        let n = hints(doc, "ul", &r.notes)?;
        right.append_child(&n)?;
    }
    if !r.decisions.is_empty() {
        let details = el(doc, "details", "up-decisions", None)?;
        if r.decisions.len() <= 8 {
            details.set_attribute("open", "")?;
        }
        let n = r.decisions.len();
        let summary = format!("识别依据（{n} 条）：原文的哪一处当作了什么");
        add(doc, &details, "summary", "", Some(&summary))?;
        let n = hints(doc, "ol", &r.decisions)?;
        details.append_child(&n)?;
        right.append_child(&details)?;
    }
    let n = sheets::preview(doc, &imp.plan)?;
    right.append_child(&n)?;
    review.append_child(&right)?;
    Ok(review)
}
