//! Shared passages between documents, found without comparing texts pair
//! by pair: each document's text is split into sentences (at 。；！？ and
//! line ends), each sentence normalised (only letters, digits and CJK
//! characters, lower case) and hashed; an inverted index maps each hash to
//! the documents holding it. Two documents are linked when they share
//! enough long sentences. The work is linear in characters, plus the pairs
//! of documents that share a sentence (sentences held by very many
//! documents, such as common slogans, are not counted).
//!
//! Identical files are found by their content hash.

use super::row::fnv64;
use super::{Link, Row};
use std::collections::HashMap;

/// Sentences shorter than this (after normalising) are not compared.
pub const MIN_CHARS: usize = 12;
/// Rows are linked when they share at least this many sentences …
pub const MIN_SHARED: usize = 3;
/// … holding at least this many characters.
pub const MIN_SHARED_CHARS: usize = 60;
/// At most this many shared sentences are kept in a link.
pub const SHOWN: usize = 20;

/// One distinct sentence: the documents holding it and its first wording.
struct Entry {
    docs: Vec<u32>,
    text: String,
    chars: usize,
}

/// The inverted index: sentence hash → documents, and each document's
/// distinct sentence hashes in order.
#[derive(Default)]
pub(super) struct Index {
    sentences: HashMap<u64, Entry>,
    docs: Vec<Vec<u64>>,
    /// Characters of each document's compared sentences.
    totals: Vec<usize>,
}

impl Index {
    /// Adds document `doc` (documents come in order, 0, 1, …).
    pub fn add(&mut self, doc: usize, text: &str) {
        debug_assert_eq!(doc, self.docs.len());
        let mut mine: Vec<u64> = Vec::new();
        let mut total = 0;
        for raw in split(text) {
            let norm = normalise(raw);
            let chars = norm.chars().count();
            if chars < MIN_CHARS {
                continue;
            }
            let h = fnv64(norm.as_bytes());
            let e = self.sentences.entry(h).or_insert_with(|| Entry {
                docs: Vec::new(),
                text: raw.trim().to_string(),
                chars,
            });
            if e.docs.last() != Some(&(doc as u32)) {
                e.docs.push(doc as u32);
                mine.push(h);
                total += chars;
            }
        }
        self.docs.push(mine);
        self.totals.push(total);
    }

    /// Links between documents sharing long passages, `a < b`, in order.
    pub fn links(&self, rows: &[Row]) -> Vec<Link> {
        let n = self.docs.len();
        // A sentence in more documents than this is a common phrase.
        let cap = (n / 4).max(10);
        let mut pairs: HashMap<(u32, u32), (usize, usize)> = HashMap::new();
        for e in self.sentences.values() {
            if e.docs.len() < 2 || e.docs.len() > cap {
                continue;
            }
            for (i, &a) in e.docs.iter().enumerate() {
                for &b in &e.docs[i + 1..] {
                    let p = pairs.entry((a, b)).or_insert((0, 0));
                    p.0 += 1;
                    p.1 += e.chars;
                }
            }
        }
        let mut keys: Vec<(u32, u32)> = pairs
            .iter()
            .filter(|(_, (s, c))| *s >= MIN_SHARED && *c >= MIN_SHARED_CHARS)
            .map(|(k, _)| *k)
            .collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|(a, b)| {
                let (shared, chars) = pairs[&(a, b)];
                let (a, b) = (a as usize, b as usize);
                let sentences = self.docs[a]
                    .iter()
                    .filter_map(|h| self.sentences.get(h))
                    .filter(|e| e.docs.binary_search(&(b as u32)).is_ok())
                    .take(SHOWN)
                    .map(|e| e.text.clone())
                    .collect();
                let pct = |d: usize| (chars * 100 / self.totals[d].max(1)).min(100) as u32;
                Link {
                    a,
                    b,
                    sentences,
                    shared,
                    chars,
                    share_a: pct(a),
                    share_b: pct(b),
                    identical: !rows[a].hash.is_empty() && rows[a].hash == rows[b].hash,
                }
            })
            .collect()
    }
}

/// Sentences: split at 。；！？ (and their half-width forms) and line ends.
fn split(text: &str) -> impl Iterator<Item = &str> {
    text.split(['。', '；', '！', '？', ';', '!', '?', '\n'])
        .filter(|s| !s.trim().is_empty())
}

/// Only letters, digits and CJK characters, lower case: the same sentence
/// with other spacing, commas or quotes hashes the same.
fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Groups of rows with the same bytes (each row's `duplicate_of` set to
/// the group's first row).
pub(super) fn duplicates(rows: &mut [Row]) -> Vec<Vec<usize>> {
    let mut by_hash: HashMap<(&str, u64), Vec<usize>> = HashMap::new();
    for r in rows.iter() {
        if r.size > 0 {
            by_hash
                .entry((r.hash.as_str(), r.size))
                .or_default()
                .push(r.index);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_hash.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for g in &groups {
        for &i in &g[1..] {
            rows[i].duplicate_of = Some(g[0]);
        }
    }
    groups
}
