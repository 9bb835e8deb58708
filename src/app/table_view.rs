//! A table of the preview (the schedule table, the 任务分解表; see
//! `core::layout::tables`): the rows of one table on one sheet, as one HTML
//! table (plain markup, not a component: it is cheap to rebuild and keeps
//! the editor module small). Each row carries its block's `data-i`, so a
//! click jumps to the task or activity it came from.

use crate::core::layout::{Block, BlockKind};
use crate::core::model::Shared;
use crate::core::paginate::Piece;
use yew::prelude::*;

/// The table that starts at piece `j` of a sheet (the run of row pieces of
/// the same table from there), or None for its other rows and for a row's
/// continuation from the previous sheet.
pub fn table(blocks: &[Shared<Block>], pieces: &[Piece], j: usize) -> Option<Html> {
    let kind_of = |k: usize| match blocks[pieces[k].block].kind {
        BlockKind::Row { table, .. } => Some(table),
        _ => None,
    };
    let t = kind_of(j)?;
    let first = j == 0
        || kind_of(j - 1) != Some(t)
        || blocks[pieces[j].block].kind
            == (BlockKind::Row {
                table: t,
                header: true,
            });
    if !first || pieces[j].from > 0 {
        return None;
    }
    let n = 1
        + (j + 1..pieces.len())
            .take_while(|k| {
                blocks[pieces[*k].block].kind
                    == BlockKind::Row {
                        table: t,
                        header: false,
                    }
            })
            .count();
    let rows = pieces[j..j + n].iter().filter(|pc| pc.from == 0).map(|pc| {
        let r = &blocks[pc.block];
        let tag = if matches!(r.kind, BlockKind::Row { header: true, .. }) {
            "th"
        } else {
            "td"
        };
        html! {
            <tr data-i={pc.block.to_string()}>
                { for r.cells.iter().map(|c| html! { <@{tag}>{ c.clone() }</@> }) }
            </tr>
        }
    });
    let key = pieces[j].block;
    Some(html! { <table key={key} class="up-doc-table"><tbody>{ for rows }</tbody></table> })
}
