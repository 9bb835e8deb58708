//! The review table: one row per file, sortable by its columns (buttons in
//! the headers, `aria-sort`), filtered by words and by what is wrong.
//! Clicking a row (or Enter on it) opens it below the table.

use crate::core::check::Level;
use crate::core::review::{Review, Row};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Sort {
    Index,
    Unit,
    Kind,
    Year,
    Errors,
    Warnings,
}

#[derive(Clone, Copy, PartialEq)]
enum Show {
    All,
    Errors,
    Unreadable,
    Shared,
    Clean,
}

const SHOW: [(Show, &str); 5] = [
    (Show::All, "全部"),
    (Show::Errors, "有需要修改的问题"),
    (Show::Unreadable, "无法读取"),
    (Show::Shared, "文字雷同或重复报送"),
    (Show::Clean, "未发现问题"),
];

fn shows(row: &Row, show: Show) -> bool {
    match show {
        Show::All => true,
        Show::Errors => row.problems.iter().any(|p| p.level == Level::Error),
        Show::Unreadable => !row.readable,
        Show::Shared => !row.linked.is_empty() || row.duplicate_of.is_some(),
        Show::Clean => row.readable && row.problems.is_empty(),
    }
}

fn matches_words(row: &Row, words: &str) -> bool {
    let w = words.trim();
    w.is_empty()
        || row.unit.contains(w)
        || row.name.contains(w)
        || row.title.contains(w)
        || row.reason.contains(w)
        || row.problems.iter().any(|p| p.text.contains(w))
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub review: Rc<Review>,
    pub selected: Option<usize>,
    pub onselect: Callback<Option<usize>>,
}

#[component]
pub fn ReviewTable(p: &TableProps) -> Html {
    let sort = use_state(|| (Sort::Index, false));
    let show = use_state(|| Show::All);
    let words = use_state(String::new);

    let mut rows: Vec<&Row> = p
        .review
        .rows
        .iter()
        .filter(|r| shows(r, *show) && matches_words(r, &words))
        .collect();
    let (key, desc) = *sort;
    rows.sort_by(|a, b| {
        let o = match key {
            Sort::Index => a.index.cmp(&b.index),
            Sort::Unit => a.unit.cmp(&b.unit),
            Sort::Kind => a.kind_label.cmp(&b.kind_label),
            Sort::Year => a.year.cmp(&b.year),
            Sort::Errors => a.errors.cmp(&b.errors),
            Sort::Warnings => a.warnings.cmp(&b.warnings),
        };
        let o = o.then(a.index.cmp(&b.index));
        if desc {
            o.reverse()
        } else {
            o
        }
    });

    let head = |label: &'static str, which: Sort| {
        let sort = sort.clone();
        let (cur, desc) = *sort;
        let aria = if cur == which {
            if desc {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="up-rv-sort" onclick={Callback::from(move |_| {
                    let (cur, desc) = *sort;
                    sort.set((which, cur == which && !desc));
                })}>{ label }{ match aria { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</button>
            </th>
        }
    };
    let onwords = {
        let words = words.clone();
        Callback::from(move |e: InputEvent| {
            words.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let onshow = {
        let show = show.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let i: usize = v.parse().unwrap_or(0);
            show.set(SHOW.get(i).map_or(Show::All, |s| s.0));
        })
    };

    html! {
        <div class="up-rv-table-wrap">
            <div class="up-row up-rv-filters">
                <label class="up-label" for="up-rv-words">{ "查找" }</label>
                <input id="up-rv-words" class="up-input" type="search" placeholder="单位、文件名或问题" value={(*words).clone()} oninput={onwords} />
                <label class="up-label" for="up-rv-show">{ "显示" }</label>
                <select id="up-rv-show" class="up-input" onchange={onshow}>
                    { for SHOW.iter().enumerate().map(|(i, (s, label))| html! {
                        <option value={i.to_string()} selected={*s == *show}>{ *label }</option>
                    }) }
                </select>
                <span class="up-hint" role="status">{ format!("显示 {} / {} 份", rows.len(), p.review.rows.len()) }</span>
            </div>
            <table class="up-rv-table">
                <thead><tr>
                    { head("序号", Sort::Index) }
                    { head("单位", Sort::Unit) }
                    <th scope="col">{ "文件" }</th>
                    { head("文种", Sort::Kind) }
                    { head("年度", Sort::Year) }
                    { head("错误", Sort::Errors) }
                    { head("提醒", Sort::Warnings) }
                    <th scope="col">{ "主要问题" }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|r| row(r, p.selected == Some(r.index), &p.onselect)) }
                </tbody>
            </table>
        </div>
    }
}

fn row(r: &Row, selected: bool, onselect: &Callback<Option<usize>>) -> Html {
    let i = r.index;
    let onclick = onselect.reform(move |_: MouseEvent| Some(i));
    let onkeydown = {
        let onselect = onselect.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                onselect.emit(Some(i));
            }
        })
    };
    let problems: Html = if !r.readable {
        html! { <span class="up-rv-bad">{ format!("无法读取：{}", r.reason) }</span> }
    } else if r.problems.is_empty() {
        html! { <span class="up-rv-good">{ "未发现问题" }</span> }
    } else {
        html! {
            <ul class="up-rv-problems">
                { for r.problems.iter().take(3).map(|p| html! {
                    <li class={classes!((p.level == Level::Error).then_some("up-rv-bad"))}>{ p.text.clone() }</li>
                }) }
                if r.problems.len() > 3 { <li class="up-hint">{ format!("另有 {} 项", r.problems.len() - 3) }</li> }
            </ul>
        }
    };
    html! {
        <tr class={classes!("up-rv-row", selected.then_some("up-rv-selected"), (!r.readable).then_some("up-rv-unreadable"))}
            tabindex="0" aria-selected={selected.to_string()} {onclick} {onkeydown}>
            <td>{ i + 1 }</td>
            <td>{ if r.unit.is_empty() { "（未写明）".to_string() } else { r.unit.clone() } }</td>
            <td class="up-rv-name">{ r.name.clone() }</td>
            <td>{ if r.readable { r.kind_label.clone() } else { "—".into() } }</td>
            <td>{ r.year.map_or("—".to_string(), |y| y.to_string()) }</td>
            <td>{ if r.readable { r.errors.to_string() } else { "—".into() } }</td>
            <td>{ if r.readable { r.warnings.to_string() } else { "—".into() } }</td>
            <td>{ problems }</td>
        </tr>
    }
}
