//! A table of the preview (the schedule table, the 任务分解表; see
//! `core::layout::tables`): the run of row blocks that starts at a header
//! row, as one HTML table. Each row carries its block's `data-i`, so a click
//! jumps to the task or activity it came from.

use crate::core::layout::{Block, BlockKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The index of the header row in the preview's blocks.
    pub start: usize,
    pub rows: Vec<Block>,
}

/// The rows of the table whose header row is `blocks[i]`, or None.
pub fn rows_at(blocks: &[Block], i: usize) -> Option<Vec<Block>> {
    let BlockKind::Row {
        table,
        header: true,
    } = blocks[i].kind
    else {
        return None;
    };
    let body = blocks[i + 1..].iter().take_while(|b| {
        b.kind
            == BlockKind::Row {
                table,
                header: false,
            }
    });
    Some(std::iter::once(&blocks[i]).chain(body).cloned().collect())
}

#[component]
pub fn TableView(p: &TableProps) -> Html {
    let row = |(k, r): (usize, &Block)| {
        let cells = r.cells.iter().map(|c| {
            if k == 0 {
                html! { <th>{ c.clone() }</th> }
            } else {
                html! { <td>{ c.clone() }</td> }
            }
        });
        html! { <tr data-i={(p.start + k).to_string()}>{ for cells }</tr> }
    };
    let mut rows = p.rows.iter().enumerate();
    let head = rows.next().map(row);
    html! {
        <table class="up-doc-table">
            <thead>{ for head }</thead>
            <tbody>{ for rows.map(row) }</tbody>
        </table>
    }
}
