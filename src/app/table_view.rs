//! A table of the preview (the schedule table, the 任务分解表; see
//! `core::layout::tables`): the run of row blocks that starts at a header
//! row, as one HTML table (plain markup, not a component: it is cheap to
//! rebuild and keeps the editor module small). Each row carries its block's
//! `data-i`, so a click jumps to the task or activity it came from.

use crate::core::layout::{Block, BlockKind};
use yew::prelude::*;

/// The table whose header row is `blocks[i]`, or None for other blocks.
pub fn table(blocks: &[Block], i: usize) -> Option<Html> {
    let BlockKind::Row {
        table,
        header: true,
    } = blocks[i].kind
    else {
        return None;
    };
    let n = 1 + blocks[i + 1..]
        .iter()
        .take_while(|b| {
            b.kind
                == BlockKind::Row {
                    table,
                    header: false,
                }
        })
        .count();
    let rows = blocks[i..i + n].iter().enumerate().map(|(k, r)| {
        let tag = if k == 0 { "th" } else { "td" };
        html! {
            <tr data-i={(i + k).to_string()}>
                { for r.cells.iter().map(|c| html! { <@{tag}>{ c.clone() }</@> }) }
            </tr>
        }
    });
    Some(html! { <table key={i} class="up-doc-table"><tbody>{ for rows }</tbody></table> })
}
