//! 批量审阅: the page where a higher-level union reviews many member units'
//! files at once (full module only; the lite editor reaches it through
//! `tools::Tools::mount_review`, embed.html with `?view=review`, a portal
//! with `mountReview`). Its parts, one file each:
//! - `intake` — pick or drop files or a folder, read and check them in
//!   chunks between frames with a progress bar;
//! - `table` — the review table with sorting and filtering;
//! - `detail` — one row opened: the document read-only with its findings
//!   beside it, the links to other rows, the unit's 反馈意见;
//! - `saved` — saved reviews (autosaved like drafts): open, delete, undo.

mod detail;
mod intake;
mod saved;
mod table;

use crate::core::review::{export_review, file_name, parse_expected, Options, Review};
use crate::storage::{Saved, Store};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub storage_key: AttrValue,
    /// Inside the editor: the 返回编写 button.
    #[prop_or_default]
    pub onclose: Option<Callback<()>>,
}

/// A review page mounted into an element of the host page.
pub struct Mounted(yew::AppHandle<ReviewPage>);

impl Mounted {
    pub fn unmount(self) {
        self.0.destroy();
    }
}

/// Mounts the review page into `element`.
pub fn mount(
    element: web_sys::Element,
    storage_key: &str,
    onclose: Option<Callback<()>>,
) -> Mounted {
    let props = ReviewProps {
        storage_key: AttrValue::from(storage_key.to_string()),
        onclose,
    };
    Mounted(yew::Renderer::<ReviewPage>::with_root_and_props(element, props).render())
}

/// What the page shows: the review, its saved id and name.
#[derive(Clone, PartialEq)]
struct Current {
    id: String,
    name: String,
    review: Rc<Review>,
}

fn options_of(year: &str, expected: &str) -> Options {
    Options {
        year: year
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2200).contains(y)),
        expected: parse_expected(expected),
    }
}

/// Saves the review; the message for the page when it did not go as planned.
fn autosave(store: &Store, cur: &Current) -> Option<String> {
    match store.save_review(&cur.id, &cur.name, &cur.review) {
        Ok(Saved::Whole) => None,
        Ok(Saved::WithoutText) => Some("浏览器存储空间不足，这次审阅已保存表格、问题和反馈意见，但没有保存各文件的原文；重新打开后看不到原文。".into()),
        Err(e) => Some(e.to_string()),
    }
}

#[component]
pub fn ReviewPage(p: &ReviewProps) -> Html {
    let store = use_memo(p.storage_key.clone(), |k| Store::new(k));
    let current = use_state(|| None::<Current>);
    // Empty: no year check until the reviewer enters the year they collect.
    let year = use_state(String::new);
    let expected = use_state(String::new);
    let progress = use_state(|| None::<(usize, usize)>);
    // Where each part of a batch over the limits ends (one part otherwise).
    let part_ends = use_state(Vec::<usize>::new);
    let selected = use_state(|| None::<usize>);
    let message = use_state(|| None::<String>);
    let saved_rev = use_state(|| 0u32);

    let ondone = {
        let (store, current, selected, message, progress, saved_rev) = (
            store.clone(),
            current.clone(),
            selected.clone(),
            message.clone(),
            progress.clone(),
            saved_rev.clone(),
        );
        Callback::from(move |review: Review| {
            let d = js_sys::Date::new_0();
            let cur = Current {
                id: store.new_review_id(),
                name: format!(
                    "{}年{}月{}日 {:02}：{:02} 审阅（{}份）",
                    d.get_full_year(),
                    d.get_month() + 1,
                    d.get_date(),
                    d.get_hours(),
                    d.get_minutes(),
                    review.rows.len()
                ),
                review: Rc::new(review),
            };
            let notes = cur.review.notices.join(" ");
            let save = autosave(&store, &cur);
            message.set(match (save, notes.is_empty()) {
                (Some(s), _) => Some(s),
                (None, false) => Some(notes),
                (None, true) => None,
            });
            progress.set(None);
            selected.set(None);
            current.set(Some(cur));
            saved_rev.set(*saved_rev + 1);
        })
    };
    let onfiles = {
        let part_ends = part_ends.clone();
        let (progress, year, expected, ondone, message) = (
            progress.clone(),
            year.clone(),
            expected.clone(),
            ondone.clone(),
            message.clone(),
        );
        Callback::from(move |files: Vec<intake::Picked>| {
            if files.is_empty() || progress.is_some() {
                return;
            }
            let sizes: Vec<u64> = files.iter().map(|f| f.size).collect();
            let bytes: u64 = sizes.iter().sum();
            message.set(crate::core::review::limits_notice(files.len(), bytes));
            part_ends.set(
                crate::core::review::parts(&sizes)
                    .iter()
                    .map(|r| r.end)
                    .collect(),
            );
            progress.set(Some((0, files.len())));
            let p = progress.clone();
            intake::run(
                files,
                options_of(&year, &expected),
                Callback::from(move |v| p.set(Some(v))),
                ondone.clone(),
            );
        })
    };
    // New year or expected units: applied to the open review at once.
    let recheck = {
        let (current, store, message) = (current.clone(), store.clone(), message.clone());
        move |year: &str, expected: &str| {
            if let Some(cur) = &*current {
                let mut review = (*cur.review).clone();
                review.recheck(options_of(year, expected));
                let cur = Current {
                    review: Rc::new(review),
                    ..cur.clone()
                };
                message.set(autosave(&store, &cur));
                current.set(Some(cur));
            }
        }
    };
    let onyear = {
        let (year, expected, recheck) = (year.clone(), expected.clone(), recheck.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            recheck(&v, &expected);
            year.set(v);
        })
    };
    let onexpected = {
        let (year, expected) = (year.clone(), expected.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            recheck(&year, &v);
            expected.set(v);
        })
    };
    let onopen = {
        let (store, current, selected, message, year, expected) = (
            store.clone(),
            current.clone(),
            selected.clone(),
            message.clone(),
            year.clone(),
            expected.clone(),
        );
        Callback::from(
            move |(id, name): (String, String)| match store.load_review(&id) {
                Ok(review) => {
                    year.set(review.year.map(|y| y.to_string()).unwrap_or_default());
                    expected.set(review.expected.join("\n"));
                    selected.set(None);
                    message.set(None);
                    current.set(Some(Current {
                        id,
                        name,
                        review: Rc::new(review),
                    }));
                }
                Err(e) => message.set(Some(e)),
            },
        )
    };
    let ondeleted = {
        let (current, selected) = (current.clone(), selected.clone());
        Callback::from(move |id: String| {
            if current.as_ref().is_some_and(|c| c.id == id) {
                selected.set(None);
                current.set(None);
            }
        })
    };
    let export = |format: &'static str| {
        let (current, message) = (current.clone(), message.clone());
        Callback::from(move |_| {
            let Some(cur) = &*current else { return };
            let result = export_review(&cur.review, format).and_then(|bytes| {
                crate::download::download(
                    &bytes,
                    &file_name(&cur.review, format),
                    crate::core::export::mime_type(format),
                )
                .map_err(|e| format!("下载失败：{e}"))
            });
            if let Err(e) = result {
                message.set(Some(e));
            }
        })
    };
    let onselect = {
        let selected = selected.clone();
        Callback::from(move |i: Option<usize>| selected.set(i))
    };

    html! {
        <div class="union-plan up-rv-page">
            <header class="up-toolbar up-rv-head">
                <h2 class="up-brand">{ "批量审阅" }</h2>
                <span class="up-hint">{ "一次审阅各基层工会报送的计划和总结。文件只在本机浏览器中读取，不会上传。" }</span>
                if let Some(close) = &p.onclose {
                    <button type="button" class="up-btn" onclick={close.reform(|_| ())}>{ "返回编写" }</button>
                }
            </header>
            <div class="up-rv-setup">
                <div class="up-field">
                    <label class="up-label" for="up-rv-year">{ "审阅年度（不填则不核对）" }</label>
                    <input id="up-rv-year" class="up-input up-rv-year" type="number" inputmode="numeric" min="1900" max="2200"
                        placeholder={(js_sys::Date::new_0().get_full_year() + 1).to_string()}
                        value={(*year).clone()} onchange={onyear} />
                </div>
                <div class="up-field up-rv-expected">
                    <label class="up-label" for="up-rv-expected">{ "应报送单位（每行一个，可从名单中粘贴）" }</label>
                    <textarea id="up-rv-expected" class="up-input up-textarea" rows="3" value={(*expected).clone()} onchange={onexpected}
                        placeholder="如：第一小学工会" />
                </div>
                <intake::Intake busy={progress.is_some()} onfiles={onfiles} />
            </div>
            if let Some((done, total)) = *progress {
                <div class="up-rv-progress" role="status" aria-live="polite">
                    <progress class="up-progressbar" max={total.to_string()} value={done.to_string()}></progress>
                    <span>{ format!("正在读取和检查：{done} / {total}") }</span>
                    if part_ends.len() > 1 {
                        <span>{ format!("（第 {} / {} 部分）", part_ends.iter().take_while(|&&e| e <= done).count().min(part_ends.len() - 1) + 1, part_ends.len()) }</span>
                    }
                </div>
            }
            if let Some(m) = &*message { <p class="up-notice up-notice-warn" role="alert">{ m.clone() }</p> }
            if let Some(cur) = &*current {
                <section class="up-rv-result" aria-label="审阅结果">
                    <div class="up-row">
                        <h3 class="up-panel-title">{ cur.name.clone() }</h3>
                        <button type="button" class="up-btn" onclick={export("docx")}>{ "导出汇总表（Word）" }</button>
                        <button type="button" class="up-btn" onclick={export("html")}>{ "导出汇总表（网页）" }</button>
                        <button type="button" class="up-btn" onclick={export("json")}>{ "导出数据（JSON）" }</button>
                        <detail::AllFeedback review={cur.review.clone()} />
                    </div>
                    { summary(&cur.review) }
                    <table::ReviewTable review={cur.review.clone()} selected={*selected} onselect={onselect.clone()} />
                    if let Some(i) = *selected {
                        if let Some(row) = cur.review.rows.get(i) {
                            <detail::RowDetail review={cur.review.clone()} index={row.index} onselect={onselect.clone()} />
                        }
                    }
                </section>
            }
            <saved::SavedReviews store={store.clone()} rev={*saved_rev} current={current.as_ref().map(|c| c.id.clone())}
                {onopen} {ondeleted} />
        </div>
    }
}

/// The counts, the missing units and the identical files.
fn summary(r: &Review) -> Html {
    let unreadable = r.rows.iter().filter(|x| !x.readable).count();
    let with_errors = r
        .rows
        .iter()
        .filter(|x| {
            x.problems
                .iter()
                .any(|p| p.level == crate::core::check::Level::Error)
        })
        .count();
    html! {
        <div class="up-rv-summary">
            <p>{ format!("共 {} 份：{} 份有需要修改的问题，{} 份无法读取，{} 处文字雷同。", r.rows.len(), with_errors, unreadable, r.links.len()) }</p>
            if !r.expected.is_empty() {
                <p class="up-rv-missing">
                    if r.missing_units.is_empty() {
                        { format!("应报送的 {} 个单位都已报送。", r.expected.len()) }
                    } else {
                        { format!("尚未报送（{} 个）：{}", r.missing_units.len(), r.missing_units.join("、")) }
                    }
                </p>
            }
        </div>
    }
}
