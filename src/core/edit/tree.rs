//! The priorities tree: adding, deleting, restoring, indenting, outdenting
//! and moving nodes (depth ≤ `MAX_DEPTH`), setting a node's heading, text or
//! tracking or duty (carried along by every move), and reading a node by path.
//!
//! Sections are items at level 1 with `body` for `text`; tree operations run
//! on a uniform `Vec<Item>` and convert back, so every rule is written once.

use super::{changed, Outcome};
use crate::core::model::{Duty, DutyField, Item, Plan, Section, Shared, Track, MAX_DEPTH};

fn to_items(sections: Vec<Shared<Section>>) -> Vec<Item> {
    sections
        .into_iter()
        .map(Shared::into_inner)
        .map(|s| Item {
            heading: s.heading,
            text: s.body,
            items: s.items,
            track: s.track,
            duty: s.duty,
        })
        .collect()
}

fn to_sections(items: Vec<Item>) -> Vec<Shared<Section>> {
    items
        .into_iter()
        .map(|i| Section {
            heading: i.heading,
            body: i.text,
            items: i.items,
            track: i.track,
            duty: i.duty,
        })
        .map(Shared::new)
        .collect()
}

pub(super) fn tree_op(
    plan: &mut Plan,
    f: impl FnOnce(&mut Vec<Item>) -> Option<Vec<usize>>,
) -> Outcome {
    let mut tree = to_items(std::mem::take(&mut plan.sections));
    let focus = f(&mut tree);
    plan.sections = to_sections(tree);
    match focus {
        Some(p) => changed(Some(p)),
        None => Outcome::default(),
    }
}

fn node_mut<'a>(list: &'a mut [Item], path: &[usize]) -> Option<&'a mut Item> {
    let (first, rest) = path.split_first()?;
    let node = list.get_mut(*first)?;
    if rest.is_empty() {
        Some(node)
    } else {
        node_mut(&mut node.items, rest)
    }
}

/// The list that holds the node at `path` (its siblings).
fn parent_list<'a>(tree: &'a mut Vec<Item>, path: &[usize]) -> Option<&'a mut Vec<Item>> {
    match path.len() {
        0 => None,
        1 => Some(tree),
        _ => node_mut(tree, &path[..path.len() - 1]).map(|n| &mut n.items),
    }
}

/// Levels below and including a node (a leaf is 1).
fn height(item: &Item) -> usize {
    1 + item.items.iter().map(height).max().unwrap_or(0)
}

pub(super) fn set_node(
    plan: &mut Plan,
    path: &[usize],
    f: impl FnOnce(&mut String, &mut String),
) -> Outcome {
    match path {
        [] => return Outcome::default(),
        [s] => match plan.sections.get_mut(*s).map(|sec| &mut **sec) {
            Some(sec) => f(&mut sec.heading, &mut sec.body),
            None => return Outcome::default(),
        },
        [s, rest @ ..] => match plan
            .sections
            .get_mut(*s)
            .and_then(|sec| node_mut(&mut sec.items, rest))
        {
            Some(it) => f(&mut it.heading, &mut it.text),
            None => return Outcome::default(),
        },
    }
    changed(None)
}

/// Runs `f` on the tracking and duty of the section or item at `path`.
fn with_node(
    plan: &mut Plan,
    path: &[usize],
    f: impl FnOnce(&mut Option<Track>, &mut Option<Duty>),
) -> Outcome {
    let Some((&first, rest)) = path.split_first() else {
        return Outcome::default();
    };
    let Some(s) = plan.sections.get_mut(first).map(|s| &mut **s) else {
        return Outcome::default();
    };
    if rest.is_empty() {
        f(&mut s.track, &mut s.duty);
    } else {
        match node_mut(&mut s.items, rest) {
            Some(it) => f(&mut it.track, &mut it.duty),
            None => return Outcome::default(),
        }
    }
    changed(None)
}

/// Sets (or clears) the tracking of the section or item at `path`.
pub(super) fn track_node(plan: &mut Plan, path: &[usize], track: Option<Track>) -> Outcome {
    with_node(plan, path, |t, _| *t = track)
}

/// Sets one field of the duty at `path`; a duty left empty is removed.
pub(super) fn duty_node(
    plan: &mut Plan,
    path: &[usize],
    field: DutyField,
    value: String,
) -> Outcome {
    with_node(plan, path, |_, d| {
        let duty = d.get_or_insert_with(Duty::default);
        *duty.get_mut(field) = value;
        if duty.is_empty() {
            *d = None;
        }
    })
}

pub(super) fn add_after(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    if path.is_empty() {
        tree.push(Item::default());
        return Some(vec![tree.len() - 1]);
    }
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    if idx >= list.len() {
        return None;
    }
    list.insert(idx + 1, Item::default());
    let mut p = path.to_vec();
    *p.last_mut()? += 1;
    Some(p)
}

pub(super) fn add_child(tree: &mut [Item], path: &[usize]) -> Option<Vec<usize>> {
    if path.len() >= MAX_DEPTH {
        return None;
    }
    let node = node_mut(tree, path)?;
    node.items.push(Item::default());
    let mut p = path.to_vec();
    p.push(node.items.len() - 1);
    Some(p)
}

pub(super) fn delete(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    if idx >= list.len() {
        return None;
    }
    list.remove(idx);
    let mut p = path.to_vec();
    if list.is_empty() {
        p.pop();
    } else if idx >= list.len() {
        *p.last_mut()? = list.len() - 1;
    }
    Some(p)
}

pub(super) fn restore(tree: &mut Vec<Item>, path: &[usize], item: Item) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    let idx = idx.min(list.len());
    list.insert(idx, item);
    let mut p = path.to_vec();
    *p.last_mut()? = idx;
    Some(p)
}

/// Makes the node the last child of its previous sibling.
pub(super) fn indent(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    if idx == 0 {
        return None;
    }
    let list = parent_list(tree, path)?;
    let node = list.get(idx)?;
    if path.len() + height(node) > MAX_DEPTH {
        return None; // would go deeper than (1)
    }
    let node = list.remove(idx);
    let prev = &mut list[idx - 1];
    prev.items.push(node);
    let mut p = path[..path.len() - 1].to_vec();
    p.push(idx - 1);
    p.push(prev.items.len() - 1);
    Some(p)
}

/// Makes the node the next sibling of its parent.
pub(super) fn outdent(tree: &mut Vec<Item>, path: &[usize]) -> Option<Vec<usize>> {
    if path.len() < 2 {
        return None;
    }
    let idx = *path.last()?;
    let parent_path = &path[..path.len() - 1];
    let node = {
        let list = parent_list(tree, path)?;
        if idx >= list.len() {
            return None;
        }
        list.remove(idx)
    };
    let pidx = *parent_path.last()?;
    let grand = parent_list(tree, parent_path)?;
    grand.insert(pidx + 1, node);
    let mut p = parent_path.to_vec();
    *p.last_mut()? = pidx + 1;
    Some(p)
}

pub(super) fn move_by(tree: &mut Vec<Item>, path: &[usize], up: bool) -> Option<Vec<usize>> {
    let idx = *path.last()?;
    let list = parent_list(tree, path)?;
    let other = if up { idx.checked_sub(1)? } else { idx + 1 };
    if other >= list.len() || idx >= list.len() {
        return None;
    }
    list.swap(idx, other);
    let mut p = path.to_vec();
    *p.last_mut()? = other;
    Some(p)
}

/// The node at a path, for reading (sections as items).
pub fn node_at(plan: &Plan, path: &[usize]) -> Option<Item> {
    let (s, rest) = path.split_first()?;
    let sec = plan.sections.get(*s)?;
    if rest.is_empty() {
        return Some(Item {
            heading: sec.heading.clone(),
            text: sec.body.clone(),
            items: sec.items.clone(),
            track: sec.track.clone(),
            duty: sec.duty.clone(),
        });
    }
    let mut list = &sec.items;
    let mut node = None;
    for i in rest {
        let n = list.get(*i)?;
        list = &n.items;
        node = Some(n);
    }
    node.cloned()
}
