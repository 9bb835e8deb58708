//! A part heading whose number the copy lost: under numbered parts
//! (`一、…` over paragraphs), a short topic line of its own (`组织建设,完善
//! 教代会制度`, as `topics` reads one) right above a lower form's first item
//! (`1、…`), where the part before it holds only paragraphs and the next
//! part, if any, skips a number (`一、` … `三、`): the lost `二、`. It ranks
//! with the numbered parts (its number derived again on export); in a
//! flattened copy the part before may hold its paragraphs run on after its
//! heading (`flat_topic` sets the topic on a line of its own). Input:
//! the body's tokens; looks at each plain line's neighbours and the labels
//! of the parts around it.

use super::headings::Tok;
use super::labels::rank;
use super::reflow::label_value;
use super::topics::{counts_one, is_topic_line};

/// Marks topic lines that stand for a lost part number as level-1 heads.
pub(super) fn promote(toks: &mut [Tok]) {
    // the numbered parts' rank, and where they stand with their numbers
    let Some(top) = toks
        .iter()
        .filter_map(|t| match t {
            Tok::Head { label, rank, .. } if !label.is_empty() && *rank > rank::PART => Some(*rank),
            _ => None,
        })
        .min()
    else {
        return;
    };
    if top > rank::PAREN_CN {
        return;
    }
    let parts: Vec<(usize, u32)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Tok::Head { label, rank, .. } if *rank == top => Some((i, label_value(label)?)),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    for i in 1..toks.len() {
        let Tok::Plain(line) = toks[i] else {
            continue;
        };
        let first_item = matches!(toks.get(i + 1),
            Some(Tok::Head { label, rank, .. }) if *rank > top && counts_one(label));
        if !first_item || !is_topic_line(line) {
            continue;
        }
        // the part before: its number, and only paragraphs since it
        let Some(&(p, before)) = parts.iter().rev().find(|(at, _)| *at < i) else {
            continue;
        };
        // (a flattened copy runs the part's paragraphs on after its heading)
        let run_on = matches!(toks[p], Tok::Head { text, .. } if text.contains('。'));
        if (p + 1 == i && !run_on) || toks[p + 1..i].iter().any(|t| !matches!(t, Tok::Plain(_))) {
            continue;
        }
        // the part after, if any, skips the lost number
        let after = parts.iter().find(|(at, _)| *at > i).map(|(_, v)| *v);
        if after.is_none_or(|v| v == before + 2) {
            found.push(i);
        }
    }
    for i in found {
        let raw = toks[i].raw();
        toks[i] = Tok::Head {
            raw,
            label: "",
            rank: top,
            text: raw,
        };
    }
}
