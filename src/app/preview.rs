//! The live preview: the document as it will print, cut into A4 sheets by
//! `core::paginate` (22 lines of 28 characters, a heading kept with its next
//! line, a 文件's 版记 on an even page of its own) with `— N —` page numbers
//! where `format.page_numbers` puts them, in the faces of `format.fonts`
//! (GB/T 9704 sizes and margins from styles/20-document.css). Rendered from
//! `core::layout`, so it is exactly what the exporters write. Clicking a
//! block jumps to its field.
//!
//! A paragraph cut by a page break is drawn twice: its first piece (with
//! `data-i`) holds the rest of the text in a `up-doc-rest` span, hidden on
//! screen and shown when printing, and the piece on the next sheet (with
//! `data-c`) is hidden when printing; so the print, which flows freely,
//! and the element's text both keep whole paragraphs.

use super::sheet_parts::{class_of, cut, issuer_class, page_number};
use crate::core::layout::{blocks_cached, Block, BlockKind, SectionCache};
use crate::core::model::{Fonts, PageNumbers, Plan, Shared};
use crate::core::paginate::{lines_of, paginate_cached, LineCache, Page, Sheet};
use crate::core::steps::Target;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub plan: Rc<Plan>,
    pub onjump: Callback<Target>,
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    index: usize,
    block: Shared<Block>,
    /// The chars of `block.full_text()` on this sheet.
    from: usize,
    to: usize,
}

/// Chars `from..to` of the block's label, text and tail, each in its span.
fn parts(b: &Block, from: usize, to: usize) -> Html {
    let nl = b.label.chars().count();
    let nt = nl + b.text.chars().count();
    let label = cut(&b.label, 0, from, to);
    let text = cut(&b.text, nl, from, to);
    let tail = cut(&b.tail, nt, from, to);
    html! {
        <>
            if !label.is_empty() { <span class="up-doc-label">{ label.to_string() }</span> }
            { text.to_string() }
            if !tail.is_empty() { <span class="up-doc-tail">{ tail.to_string() }</span> }
        </>
    }
}

/// Chars `from..to` of the block in its printed lines (`paginate::lines_of`),
/// each a `up-ln` span: the browser breaks where LibreOffice and Word do
/// (hanging punctuation included, which Chromium cannot do itself).
fn lines(b: &Block, starts: &[usize], from: usize, to: usize) -> Html {
    let ends = starts
        .iter()
        .skip(1)
        .copied()
        .chain(std::iter::once(usize::MAX));
    let shown = starts.iter().copied().zip(ends);
    let shown = shown.filter(|&(s, _)| s >= from && s < to.max(from + 1));
    html! {
        <>{ for shown.map(|(s, e)| html! { <span class="up-ln">{ parts(b, s, e.min(to)) }</span> }) }</>
    }
}

/// One paragraph, or the part of it on one sheet. A component so that Yew
/// skips the ones whose block did not change: typing re-renders one
/// paragraph, not the whole document.
#[component]
fn BlockView(p: &BlockProps) -> Html {
    let b = &p.block;
    let kind = class_of(b.kind);
    // The 版记 (4号 in its own box) wraps by itself.
    let starts = if b.kind.is_record() {
        vec![0]
    } else {
        lines_of(b)
    };
    if p.from > 0 {
        return html! {
            <p class={classes!(kind, "up-doc-cont")} data-c={p.index.to_string()}>{ lines(b, &starts, p.from, p.to) }</p>
        };
    }
    let first_sig = b.kind == BlockKind::SignatureOrg;
    let issuer = (b.kind == BlockKind::Issuer).then(|| issuer_class(&b.text));
    let len = b.label.chars().count() + b.text.chars().count() + b.tail.chars().count();
    html! {
        <p class={classes!(kind, first_sig.then_some("up-doc-sig-first"), issuer)} data-i={p.index.to_string()}>
            { lines(b, &starts, 0, p.to) }
            if p.to < len { <span class="up-doc-rest">{ lines(b, &starts, p.to, len) }</span> }
        </p>
    }
}

/// One A4 sheet. A component whose props compare only the blocks on it, so
/// a key re-renders the sheet being typed on and Yew skips the other 40-odd
/// (on an old PC the diff of every sheet was most of a keystroke's cost).
#[derive(Properties)]
struct SheetProps {
    k: usize,
    /// All the pages (shared: no copy per sheet on each key); this is `pages[k]`.
    pages: Rc<Vec<Page>>,
    blocks: Rc<Vec<Shared<Block>>>,
    numbers: bool,
}

impl PartialEq for SheetProps {
    fn eq(&self, o: &Self) -> bool {
        // Equal pages name the same block indices.
        let Some(page) = self.pages.get(self.k) else {
            return false;
        };
        self.k == o.k
            && self.numbers == o.numbers
            && o.pages.get(o.k) == Some(page)
            && page
                .pieces
                .iter()
                .all(|pc| self.blocks.get(pc.block) == o.blocks.get(pc.block))
    }
}

#[component]
fn SheetView(p: &SheetProps) -> Html {
    let Some(page) = p.pages.get(p.k) else {
        return html! {};
    };
    let blocks = &p.blocks;
    let kind = match page.sheet {
        Sheet::Body => None,
        Sheet::Blank => Some("up-sheet-blank"),
        Sheet::Record => Some("up-sheet-record"),
    };
    let side = if p.k % 2 == 0 {
        "up-sheet-odd"
    } else {
        "up-sheet-even"
    };
    html! {
        <div class={classes!("up-sheet", side, kind)}>
            { for page.pieces.iter().enumerate().filter_map(|(j, pc)| match blocks[pc.block].kind {
                // The rows of a table on this sheet, as one table (`table_view`).
                BlockKind::Row { .. } => super::table_view::table(blocks, &page.pieces, j),
                _ => Some(html! {
                    <BlockView key={pc.block} index={pc.block} block={blocks[pc.block].clone()} from={pc.from} to={pc.to} />
                }),
            }) }
            if let Some(n) = page.number.filter(|_| p.numbers) {
                <div class="up-page-no">{ page_number(n) }</div>
            }
        </div>
    }
}

#[component]
pub fn Preview(p: &PreviewProps) -> Html {
    // Line breaking of the last run, for the paragraphs a key did not touch.
    let cache = use_mut_ref(LineCache::default);
    // And the blocks of the sections a key did not touch.
    let sections = use_mut_ref(SectionCache::default);
    let laid = use_memo(p.plan.clone(), move |plan| {
        let bs = blocks_cached(plan, &mut sections.borrow_mut());
        let pages = paginate_cached(plan, &bs, &mut cache.borrow_mut());
        (Rc::new(bs), Rc::new(pages))
    });
    let onclick = {
        let laid = laid.clone();
        let onjump = p.onjump.clone();
        Callback::from(move |e: MouseEvent| {
            let el = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let Some(el) = el.and_then(|el| el.closest("[data-i],[data-c]").ok().flatten()) else {
                return;
            };
            if let Some(b) = el
                .get_attribute("data-i")
                .or_else(|| el.get_attribute("data-c"))
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| laid.0.get(i))
            {
                onjump.emit(b.target.clone());
            }
        })
    };
    let (blocks, pages) = (&laid.0, &laid.1);
    let format = p.plan.format_settings();
    let fonts = (format.fonts == Fonts::Standard).then_some("up-fonts-standard");
    let numbers = match format.page_numbers {
        PageNumbers::Outside => "up-nums-outside",
        PageNumbers::Center => "up-nums-center",
        PageNumbers::None => "up-nums-none",
    };
    let unsealed = (!crate::core::layout::issuance::sealed(&p.plan)).then_some("up-unsealed");
    let show = format.page_numbers != PageNumbers::None;
    let empty = blocks.iter().all(|b| b.kind == BlockKind::Title);
    html! {
        <section class="up-preview" aria-label="文档预览">
            <div class={classes!("up-page", fonts, numbers, unsealed)} data-pages={pages.len().to_string()} {onclick}>
                { for (0..pages.len()).map(|k| html! {
                    <SheetView key={k} {k} pages={pages.clone()} blocks={blocks.clone()} numbers={show} />
                }) }
            </div>
            if empty { <p class="up-doc-empty">{ "在左侧填写内容，这里会按公文格式实时显示全文。" }</p> }
        </section>
    }
}
