//! 主要工作: the priorities tree (一、 / （一） / 1. / （1）). Each node has a
//! heading and optional body; buttons and keyboard shortcuts add, delete,
//! move and indent/outdent. Labels are derived, so they renumber at once.

use super::fields::TextField;
use super::state::State;
use super::Ctx;
use crate::core::edit::Op;
use crate::core::model::{Duty, Item, Plan, MAX_DEPTH};
use crate::core::numbering::label;
use crate::core::steps::{Step, Target};
use std::rc::Rc;
use yew::prelude::*;

pub const KEYS_HINT: &str = "快捷键（在标题框内）：Enter 在后面新增一条；Alt+↑/↓ 上移/下移；Alt+→ 降一级；Alt+← 升一级；标题为空时按 Backspace 删除本条。";

/// The words the node buttons' names are made of (see `node`), in order:
/// 上移, 下移, 降一级, 升一级, 在, 后面添加同级条目, 下添加子项, 删除.
const VERBS: [&str; 8] = [
    "上移",
    "下移",
    "降一级",
    "升一级",
    "在",
    "后面添加同级条目",
    "下添加子项",
    "删除",
];

/// A node's classes by level (no `classes!` set built on every key).
const NODE_CLASSES: [&str; 5] = [
    "up-node",
    "up-node up-node-l1",
    "up-node up-node-l2",
    "up-node up-node-l3",
    "up-node up-node-l4",
];

/// The page-unique ids of one tree's `VERBS`.
fn verb_ids(ctx: &Ctx, next: bool) -> Vec<String> {
    let part = if next { "next-" } else { "" };
    (0..VERBS.len())
        .map(|k| ctx.ids.id(&format!("{part}tree-verb-{k}")))
        .collect()
}

/// The hidden words of `VERBS`, once per tree.
fn verbs(ctx: &Ctx, next: bool) -> Html {
    let ids = verb_ids(ctx, next);
    html! {
        <div hidden=true>
            { for VERBS.iter().zip(ids).map(|(v, id)| html! { <span {id}>{ *v }</span> }) }
        </div>
    }
}

pub fn main_tree(ctx: &Ctx, next: bool) -> Html {
    let plan = ctx.part(next);
    let summary = plan.kind.is_summary() && !next;
    let add = ctx.op_cb(next, |_: ()| Op::AddAfter { path: vec![] });
    html! {
        <div class="up-step-body">
            <p class="up-hint">{ if summary {
                "按工作板块逐条写出全年成绩，每条标题概括一个方面，正文写做法和数字（人次、金额、场次）。"
            } else {
                "每个一级标题是一项重点工作，可在其下添加（一）、1.、（1）各级子项。编号自动生成，无需手写。"
            } }</p>
            <p class="up-hint">{ KEYS_HINT }</p>
            { verbs(ctx, next) }
            <div class="up-tree">
                { for (0..plan.sections.len()).map(|i| html! {
                    <TreeNode key={i} plan={ctx.plan.clone()} {next} path={vec![i]} dispatch={ctx.dispatch.clone()} epoch={ctx.epoch} ids={ctx.ids.clone()} />
                }) }
            </div>
            <div class="up-row">
                <button type="button" class="up-btn up-btn-primary" onclick={Callback::from(move |_| add.emit(()))}>
                    { format!("添加一级标题（{}）", label(1, plan.sections.len())) }
                </button>
            </div>
        </div>
    }
}

/// A node of the tree as a component: Yew re-renders it only when its own
/// subtree changed (see `PartialEq`), so typing in one heading does not
/// re-render the other few hundred fields of a large plan.
#[derive(Properties, Clone)]
pub struct TreeNodeProps {
    pub plan: Rc<Plan>,
    pub next: bool,
    pub path: Vec<usize>,
    pub dispatch: UseReducerDispatcher<State>,
    pub epoch: u64,
    pub ids: super::IdPrefix,
}

/// The node at `path` of the document or its next part, as borrowed parts:
/// (heading, body text, children).
type Parts<'a> = (&'a str, &'a str, &'a [Item], Option<&'a Duty>);

fn node_parts<'a>(plan: &'a Plan, next: bool, path: &[usize]) -> Option<Parts<'a>> {
    let part = if next { plan.next.as_deref()? } else { plan };
    let (first, rest) = path.split_first()?;
    let s = part.sections.get(*first)?;
    let mut cur = (
        s.heading.as_str(),
        s.body.as_str(),
        s.items.as_slice(),
        s.duty.as_ref(),
    );
    for i in rest {
        let it = cur.2.get(*i)?;
        cur = (
            it.heading.as_str(),
            it.text.as_str(),
            it.items.as_slice(),
            it.duty.as_ref(),
        );
    }
    Some(cur)
}

impl PartialEq for TreeNodeProps {
    fn eq(&self, o: &Self) -> bool {
        self.next == o.next
            && self.path == o.path
            && self.epoch == o.epoch
            && self.ids == o.ids
            && self.dispatch == o.dispatch
            && (Rc::ptr_eq(&self.plan, &o.plan)
                || same_parts(
                    node_parts(&self.plan, self.next, &self.path),
                    node_parts(&o.plan, o.next, &o.path),
                ))
    }
}

/// Equal parts; a subtree both plans share (`Shared` sections) is equal
/// without comparing its items one by one.
fn same_parts(a: Option<Parts<'_>>, b: Option<Parts<'_>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) if std::ptr::eq(a.2, b.2) => a.0 == b.0 && a.1 == b.1 && a.3 == b.3,
        (a, b) => a == b,
    }
}

#[component]
pub fn TreeNode(p: &TreeNodeProps) -> Html {
    let Some((heading, text, items, duty)) = node_parts(&p.plan, p.next, &p.path) else {
        return html! {};
    };
    let item = Item {
        heading: heading.to_string(),
        text: text.to_string(),
        items: Vec::new(),
        track: None,
        duty: duty.cloned(),
    };
    let ctx = Ctx {
        plan: p.plan.clone(),
        dispatch: p.dispatch.clone(),
        epoch: p.epoch,
        lock_org: false,
        today: String::new(),
        ids: p.ids.clone(),
    };
    node(&ctx, p.next, &item, items.len(), p.path.clone())
}

fn node(ctx: &Ctx, next: bool, item: &Item, children: usize, path: Vec<usize>) -> Html {
    let level = path.len();
    let index = *path.last().unwrap_or(&0);
    let mut target = Target::at(Step::Main, path.clone());
    if next {
        target = target.in_next();
    }
    let id = ctx.ids.id(&target.dom_id());
    let lab = label(level, index);
    let heading_label = format!("{lab}标题");
    let p = path.clone();
    let on_heading = ctx.edit_cb(next, move |value| Op::Heading {
        path: p.clone(),
        value,
    });
    let p = path.clone();
    let on_body = ctx.edit_cb(next, move |value| Op::Body {
        path: p.clone(),
        value,
    });
    let mk = |f: fn(Vec<usize>) -> Op| {
        let p = path.clone();
        ctx.op_cb(next, move |_: ()| f(p.clone()))
    };
    let up = mk(|path| Op::MoveUp { path });
    let down = mk(|path| Op::MoveDown { path });
    let indent = mk(|path| Op::Indent { path });
    let outdent = mk(|path| Op::Outdent { path });
    let add_after = mk(|path| Op::AddAfter { path });
    let add_child = mk(|path| Op::AddChild { path });
    let delete = mk(|path| Op::Delete { path });
    let empty_heading = item.heading.is_empty();
    let onkeydown = {
        let (up, down, indent, outdent, add_after, delete) = (
            up.clone(),
            down.clone(),
            indent.clone(),
            outdent.clone(),
            add_after.clone(),
            delete.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            let cb = match (
                e.key().as_str(),
                e.alt_key(),
                e.ctrl_key() || e.meta_key() || e.shift_key(),
            ) {
                ("Enter", false, false) => &add_after,
                ("ArrowUp", true, false) => &up,
                ("ArrowDown", true, false) => &down,
                ("ArrowRight", true, false) => &indent,
                ("ArrowLeft", true, false) => &outdent,
                ("Backspace", false, false) if empty_heading => &delete,
                _ => return,
            };
            e.prevent_default();
            cb.emit(());
        })
    };
    // The buttons' names join a verb with the node's label and heading as
    // typed (`aria-labelledby`, `verbs`), so no attribute changes while the
    // heading is typed: `上移 二、 加强…`, `在 二、 加强… 下添加子项`.
    let verb = verb_ids(ctx, next);
    let name_ids = format!("{id}-lab {id}");
    let btn = |text: &'static str,
               title: &'static str,
               names: String,
               cb: Callback<()>,
               enabled: bool| {
        html! {
            <button type="button" class="up-btn up-btn-small" {title} aria-labelledby={names}
                disabled={!enabled} onclick={Callback::from(move |_| cb.emit(()))}>{ text }</button>
        }
    };
    let before = |v: &str| format!("{v} {name_ids}");
    let depth_left = MAX_DEPTH - level;
    let name = if item.heading.trim().is_empty() {
        lab.clone()
    } else {
        format!("{lab}{}", item.heading.trim())
    };
    html! {
        <div class={NODE_CLASSES.get(level).copied().unwrap_or("up-node")} role="group" aria-labelledby={name_ids.clone()}>
            <div class="up-node-head">
                <span class="up-node-label" id={format!("{id}-lab")} aria-hidden="true">{ lab.clone() }</span>
                <TextField id={id.clone()} label={heading_label} label_hidden=true value={item.heading.clone()}
                    placeholder={if level == 1 { "一句话概括这项工作，如：加强职工思想政治引领" } else { "子项标题" }}
                    onchange={on_heading} onkeydown={Some(onkeydown)} />
            </div>
            <TextField id={format!("{id}-body")} label={format!("{lab}正文")} label_hidden=true value={item.text.clone()}
                multiline=true rows={2} placeholder="正文（可不填）：具体做法、要求或成效，每段一行" onchange={on_body} />
            if !(ctx.part(next).kind.is_summary() && !next) {
                { super::duty_row::duty_row(ctx, next, &path, item.duty.as_ref(), &id, &name) }
            }
            <div class="up-node-tools">
                { btn("↑", "上移本条", before(&verb[0]), up, index > 0) }
                { btn("↓", "下移本条", before(&verb[1]), down, true) }
                { btn("→ 降一级", "本条降一级", format!("{name_ids} {}", verb[2]), indent, index > 0 && depth_left > 0) }
                { btn("← 升一级", "本条升一级", format!("{name_ids} {}", verb[3]), outdent, level > 1) }
                { btn("＋ 同级", "在本条后面添加同级条目", format!("{} {name_ids} {}", verb[4], verb[5]), add_after, true) }
                { btn("＋ 子项", "在本条下添加子项", format!("{} {name_ids} {}", verb[4], verb[6]), add_child, level < MAX_DEPTH) }
                <button type="button" class="up-btn up-btn-small up-btn-danger" title="删除本条（可撤销）"
                    aria-labelledby={before(&verb[7])} onclick={
                        let d = delete.clone();
                        Callback::from(move |_| d.emit(()))
                    }>{ "删除" }</button>
            </div>
            { for (0..children).map(|j| {
                let mut p = path.clone();
                p.push(j);
                html! { <TreeNode key={j} plan={ctx.plan.clone()} {next} path={p} dispatch={ctx.dispatch.clone()} epoch={ctx.epoch} ids={ctx.ids.clone()} /> }
            }) }
        </div>
    }
}
