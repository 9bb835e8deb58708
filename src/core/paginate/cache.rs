//! Line breaking remembered between two paginations: typing changes one
//! paragraph, so the preview breaks that one into lines again and takes the
//! other few hundred from the last run (on a 4× slower CPU, breaking every
//! paragraph on each key was about a fifth of a keystroke's cost).
//!
//! A list in block order, not a map: a key leaves the blocks where they
//! were or shifts them by the few an edit added or removed, so the block
//! is found at its old place give or take `WINDOW`; and a map type of its
//! own would cost the editor's wasm ~5 KB gzip.

use super::{lines_of, widths};
use crate::core::layout::Block;

/// How far from its old place a block is looked for.
const WINDOW: usize = 8;

struct Entry {
    text: String,
    widths: (u32, u32),
    starts: Vec<usize>,
}

/// The lines of the blocks of the last run, in block order.
#[derive(Default)]
pub struct LineCache {
    last: Vec<Entry>,
    now: Vec<Entry>,
    /// Where the last match was, relative to the block asked for.
    shift: isize,
}

impl LineCache {
    /// Starts a run: the blocks of the run that just ended are the ones kept.
    pub fn begin(&mut self) {
        self.last = std::mem::take(&mut self.now);
        self.shift = 0;
    }

    /// `lines_of(b)` for the next block of the run, from the last run when
    /// a block near the same place had the same text and widths.
    pub fn lines(&mut self, b: &Block) -> Vec<usize> {
        let i = self.now.len() as isize;
        let text = b.full_text();
        let widths = widths(b);
        let same = |e: &Entry| e.widths == widths && e.text == text;
        let near = (0..=WINDOW as isize)
            .flat_map(|d| [self.shift + d, self.shift - d])
            .map(|d| i + d)
            .find(|&j| j >= 0 && self.last.get(j as usize).is_some_and(same));
        let starts = match near {
            Some(j) => {
                self.shift = j - i;
                self.last[j as usize].starts.clone()
            }
            None => lines_of(b),
        };
        self.now.push(Entry {
            text,
            widths,
            starts: starts.clone(),
        });
        starts
    }
}
