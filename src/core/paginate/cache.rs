//! Line breaking remembered between two paginations: typing changes one
//! paragraph, so the preview breaks that one into lines again and takes the
//! other few hundred from the last run (on a 4× slower CPU, breaking every
//! paragraph on each key was about a fifth of a keystroke's cost).
//!
//! A list in block order, not a map: a key leaves the blocks where they
//! were or shifts them by the few an edit added or removed, so the block
//! is found at its old place give or take `WINDOW`; and a map type of its
//! own would cost the editor's wasm ~5 KB gzip.

use super::{char_len, lines_of, widths};
use crate::core::layout::Block;
use crate::core::model::Shared;
use std::rc::Rc;

/// How far from its old place a block is looked for.
const WINDOW: usize = 8;

struct Entry {
    block: Shared<Block>,
    widths: (u32, u32),
    starts: Rc<[usize]>,
    /// `char_len` of the block.
    len: usize,
}

impl Entry {
    /// Breaks into the same lines as `b`: the very same block (the layout
    /// hands on the blocks of sections a key did not touch), or one with
    /// the same text and widths.
    fn fits(&self, b: &Shared<Block>, widths: (u32, u32)) -> bool {
        Shared::same(&self.block, b)
            || (self.widths == widths
                && self.block.label == b.label
                && self.block.text == b.text
                && self.block.tail == b.tail)
    }
}

/// The lines of the blocks of the last run, in block order (an entry taken
/// by this run is `None`).
#[derive(Default)]
pub struct LineCache {
    last: Vec<Option<Entry>>,
    now: Vec<Option<Entry>>,
    /// Where the last match was, relative to the block asked for.
    shift: isize,
}

impl LineCache {
    /// Starts a run: the blocks of the run that just ended are the ones kept.
    pub fn begin(&mut self) {
        self.last = std::mem::take(&mut self.now);
        self.shift = 0;
    }

    /// `lines_of(b)` and `char_len(b)` for the next block of the run, from
    /// the last run when a block near the same place breaks the same way.
    pub fn lines(&mut self, b: &Shared<Block>) -> (Rc<[usize]>, usize) {
        let i = self.now.len() as isize;
        let widths = widths(b);
        let near = (0..=WINDOW as isize)
            .flat_map(|d| [self.shift + d, self.shift - d])
            .map(|d| i + d)
            .find(|&j| {
                j >= 0
                    && self
                        .last
                        .get(j as usize)
                        .is_some_and(|e| e.as_ref().is_some_and(|e| e.fits(b, widths)))
            });
        let entry = match near.and_then(|j| Some((j, self.last[j as usize].take()?))) {
            Some((j, mut e)) => {
                self.shift = j - i;
                e.block = b.clone();
                e
            }
            None => Entry {
                block: b.clone(),
                widths,
                starts: lines_of(b).into(),
                len: char_len(b),
            },
        };
        let out = (entry.starts.clone(), entry.len);
        self.now.push(Some(entry));
        out
    }
}
