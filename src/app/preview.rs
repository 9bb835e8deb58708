//! The live preview: the document as it will print (A4 proportions, GB/T
//! 9704 fonts and margins from styles/), rendered from `core::layout` so it
//! is exactly what the exporters write. Clicking a block jumps to its field.

use crate::core::layout::{blocks, Block, BlockKind};
use crate::core::model::Plan;
use crate::core::steps::Target;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub plan: Rc<Plan>,
    pub onjump: Callback<Target>,
}

fn class_of(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Title => "up-doc-title",
        BlockKind::PartTitle => "up-doc-part",
        BlockKind::Heading(1) => "up-doc-h1",
        BlockKind::Heading(2) => "up-doc-h2",
        BlockKind::Heading(3) => "up-doc-h3",
        BlockKind::Heading(_) => "up-doc-h4",
        BlockKind::Body => "up-doc-body",
        BlockKind::Month => "up-doc-month",
        BlockKind::Activity => "up-doc-activity",
        BlockKind::SignatureOrg => "up-doc-sig-org",
        BlockKind::SignatureDate => "up-doc-sig-date",
        BlockKind::Issuer => "up-doc-issuer",
        BlockKind::DocNumber => "up-doc-number",
        BlockKind::Addressee => "up-doc-addressee",
        BlockKind::Attachment => "up-doc-attachment",
        BlockKind::CopyTo => "up-doc-cc",
        BlockKind::Imprint => "up-doc-imprint",
        BlockKind::AnnexLabel => "up-doc-annex",
        BlockKind::AnnexTitle => "up-doc-title",
        BlockKind::Row { .. } => "up-doc-row",
    }
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    index: usize,
    block: Block,
}

/// One paragraph. A component so that Yew skips the ones whose block did
/// not change: typing re-renders one paragraph, not the whole page.
#[component]
fn BlockView(p: &BlockProps) -> Html {
    let b = &p.block;
    let first_sig = b.kind == BlockKind::SignatureOrg;
    html! {
        <p class={classes!(class_of(b.kind), first_sig.then_some("up-doc-sig-first"))} data-i={p.index.to_string()}>
            if !b.label.is_empty() { <span class="up-doc-label">{ b.label.clone() }</span> }
            { b.text.clone() }
            if !b.tail.is_empty() { <span class="up-doc-tail">{ b.tail.clone() }</span> }
        </p>
    }
}

#[component]
pub fn Preview(p: &PreviewProps) -> Html {
    let blocks = use_memo(p.plan.clone(), |plan| blocks(plan));
    let onclick = {
        let blocks = blocks.clone();
        let onjump = p.onjump.clone();
        Callback::from(move |e: MouseEvent| {
            let el = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let Some(el) = el.and_then(|el| el.closest("[data-i]").ok().flatten()) else {
                return;
            };
            if let Some(b) = el
                .get_attribute("data-i")
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| blocks.get(i))
            {
                onjump.emit(b.target.clone());
            }
        })
    };
    let empty = blocks.iter().all(|b| b.kind == BlockKind::Title);
    html! {
        <section class="up-preview" aria-label="文档预览">
            <div class="up-page" {onclick}>
                { for blocks.iter().enumerate().filter_map(|(i, b)| match b.kind {
                    // A table is one child at its header row (`table_view`).
                    BlockKind::Row { .. } => super::table_view::table(&blocks, i),
                    _ => Some(html! { <BlockView key={i} index={i} block={b.clone()} /> }),
                }) }
                if empty { <p class="up-doc-empty">{ "在左侧填写内容，这里会按公文格式实时显示全文。" }</p> }
            </div>
        </section>
    }
}
