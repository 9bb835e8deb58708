//! 版式与发文: the settings panel at the end of the 落款 step. 版式 sets
//! `format` (fonts, page numbers); 发文 turns the 文件 form (`issuance`) on
//! or off and edits its fields. Every change is an edit (`Op::SetFormat`,
//! `Op::SetIssuance`, `Op::IssuanceText`, `Op::IssuanceSeal`), so it is
//! undoable and autosaved like any other; the preview and every export
//! follow the plan.

use super::fields::{SelectField, TextField};
use super::Ctx;
use crate::core::edit::{IssuanceField, Op};
use crate::core::model::{Fonts, Format, Issuance, PageNumbers, ScheduleLayout};
use yew::prelude::*;

thread_local! {
    /// The 文件 settings last switched off (see `settings`).
    static LAST: std::cell::RefCell<Option<Box<Issuance>>> = const { std::cell::RefCell::new(None) };
}

fn options(list: &[(&'static str, &'static str)]) -> Vec<(AttrValue, AttrValue)> {
    list.iter()
        .map(|(v, l)| (AttrValue::Static(v), AttrValue::Static(l)))
        .collect()
}

/// A checkbox with its label; `onchange` gets the new state.
fn check(id: String, label: &'static str, checked: bool, onchange: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        onchange.emit(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    html! {
        <div class="up-field up-check-field">
            <input id={id.clone()} type="checkbox" {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// The 版式 and 发文 settings of the document.
pub fn settings(ctx: &Ctx) -> Html {
    let plan = &ctx.plan;
    let format = plan.format_settings();
    let fonts_id = match format.fonts {
        Fonts::Gb2312 => "gb2312",
        Fonts::Standard => "standard",
    };
    let numbers_id = match format.page_numbers {
        PageNumbers::Outside => "outside",
        PageNumbers::Center => "center",
        PageNumbers::None => "none",
    };
    let set_fonts = ctx.edit_cb(false, move |v: String| {
        Op::SetFormat(Format {
            fonts: Fonts::from_id(&v).unwrap_or_default(),
            ..format
        })
    });
    let set_numbers = ctx.edit_cb(false, move |v: String| {
        Op::SetFormat(Format {
            page_numbers: PageNumbers::from_id(&v).unwrap_or_default(),
            ..format
        })
    });
    let issued = plan.issuance.is_some();
    // Turning the form off keeps what was typed for this session: on again
    // brings it back (else it starts from the organisation, `edit::settings`).
    let current = plan.issuance.clone().map(Box::new);
    let toggle = ctx.edit_cb(false, move |on: String| {
        if on == "1" {
            Op::SetIssuance(Some(
                LAST.with(|l| l.borrow_mut().take()).unwrap_or_default(),
            ))
        } else {
            LAST.with(|l| *l.borrow_mut() = current.clone());
            Op::SetIssuance(None)
        }
    });
    let id = |s: &str| ctx.ids.id(s);
    html! {
        <section class="up-settings" aria-labelledby={id("up-settings-title")}>
            <h3 id={id("up-settings-title")} class="up-settings-title">{ "版式与发文" }</h3>
            <div class="up-row">
                <SelectField id={id("f-format-fonts")} label="字体" value={fonts_id} onchange={set_fonts}
                    options={options(&[("gb2312", "仿宋_GB2312、楷体_GB2312 等（国标）"), ("standard", "仿宋、楷体 等（系统自带，生僻字更全）")])} />
                <SelectField id={id("f-format-pages")} label="页码位置" value={numbers_id} onchange={set_numbers}
                    options={options(&[("outside", "外侧（单页居右、双页居左）"), ("center", "居中"), ("none", "不显示")])} />
            </div>
            // Issue 17: the 任务分解表 attachment and the schedule as a table.
            { check(id("f-format-task-table"), "附任务分解表（文末附“重点工作任务分解表”：牵头部门、责任人、完成时限）",
                format.task_table, ctx.op_cb(false, Op::TaskTable)) }
            { check(id("f-format-schedule-table"), "活动安排用表格（时间、活动内容、负责部门、参加范围、备注）",
                !format.schedule.is_list(), ctx.op_cb(false, |t: bool| Op::ScheduleLayout(if t { ScheduleLayout::Table } else { ScheduleLayout::List }))) }
            { check(id("f-issuance-on"), "以文件形式印发（加版头、主送机关、附件说明和版记）", issued,
                Callback::from(move |on: bool| toggle.emit(if on { "1".into() } else { String::new() }))) }
            if let Some(i) = plan.issuance.as_ref() { { issuance_fields(ctx, i) } }
        </section>
    }
}

/// The text fields of the form: field, DOM id, label, placeholder, hint,
/// rows (0 for one line). One table, one `html!` (module size).
const FIELDS: &[(IssuanceField, &str, &str, &str, &str, u32)] = &[
    (
        IssuanceField::Issuer,
        "f-issuance-issuer",
        "发文机关标志",
        "如：××市总工会文件",
        "红色套印在首页上方；联合发文时每行写一个机关。",
        2,
    ),
    (
        IssuanceField::Number,
        "f-issuance-number",
        "发文字号",
        "如：×工发〔2027〕1号",
        "年份写在六角括号〔〕内，写成 [2027] 也会自动改正。",
        0,
    ),
    (
        IssuanceField::Signer,
        "f-issuance-signer",
        "签发人",
        "",
        "上行文（向上级报送）才写；其他留空。",
        0,
    ),
    (
        IssuanceField::Addressee,
        "f-issuance-addressee",
        "主送机关",
        "如：各区县总工会，市直各单位工会",
        "",
        0,
    ),
    (
        IssuanceField::Attachments,
        "f-issuance-attachments",
        "附件（每行一个）",
        "",
        "只写附件名称，不加标点；没有附件就留空。",
        3,
    ),
    (IssuanceField::Cc, "f-issuance-cc", "抄送机关", "", "", 0),
    (
        IssuanceField::Printer,
        "f-issuance-printer",
        "印发机关",
        "如：××市总工会办公室",
        "",
        0,
    ),
];

fn value(i: &Issuance, field: IssuanceField) -> String {
    match field {
        IssuanceField::Issuer => i.issuer.clone(),
        IssuanceField::Number => i.number.clone(),
        IssuanceField::Signer => i.signer.clone().unwrap_or_default(),
        IssuanceField::Addressee => i.addressee.clone(),
        IssuanceField::Attachments => i.attachments.join("\n"),
        IssuanceField::Cc => i.cc.clone(),
        IssuanceField::Printer => i.printer.clone(),
        IssuanceField::PrintDate => i.print_date.clone().unwrap_or_default(),
    }
}

fn issuance_fields(ctx: &Ctx, i: &Issuance) -> Html {
    let text = |field: IssuanceField| {
        ctx.edit_cb(false, move |value: String| Op::IssuanceText {
            field,
            value,
        })
    };
    let date = text(IssuanceField::PrintDate);
    let seal = ctx.op_cb(false, Op::IssuanceSeal);
    let date_id = ctx.ids.id("f-issuance-date");
    html! {
        <div class="up-settings-issuance">
            { for FIELDS.iter().map(|&(field, id, label, placeholder, hint, rows)| html! {
                <TextField id={ctx.ids.id(id)} label={label} value={value(i, field)} multiline={rows > 0} rows={rows}
                    placeholder={placeholder} hint={hint} onchange={text(field)} />
            }) }
            <div class="up-field">
                <label for={date_id.clone()} class="up-label">{ "印发日期" }</label>
                <input id={date_id} class="up-input" type="date" value={i.print_date.clone().unwrap_or_default()}
                    onchange={Callback::from(move |ev: Event| date.emit(ev.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
            </div>
            { check(ctx.ids.id("f-issuance-seal"), "加盖印章（署名和日期按用印位置排）", i.seal, seal) }
        </div>
    }
}
