//! The document cut into A4 pages as the DOCX prints them (GB/T 9704-2012:
//! 22 lines of 28 characters in the 156 × 225 mm text block). The preview
//! draws these pages and the DOCX export asks how many pages the body
//! takes, so a 文件's 版记 lands on an even page.
//!
//! Pure arithmetic over `layout::blocks`, mirroring what
//! `export::docx::{body, styles, issued}` set and LibreOffice does with it:
//! - Heights in twips: the text block is 12756 twips, every line an exact
//!   579 (28.95 pt, 22 a page), the title's 22 pt lines too (exact spacing
//!   from Normal). Spacing: one line after the last title line, one before
//!   and after the next year's part title, one before the 附件说明, one or
//!   two before the signature (`issuance::lines_before_signature`); the
//!   版头's heights as `docx::issued` writes them (the 发文机关标志 35 mm
//!   down, two lines around the 发文字号, its red rule's border).
//! - Lines (`lines`): body, headings, months and activities 28 characters
//!   with a first-line indent of two; the title 20 a line (2号), the part
//!   title 24 (小二); 主送 flush left; 附件说明 with its hanging indent;
//!   the signature a short right-indented line.
//! - Keeps: widow control is off (Normal), so a paragraph breaks after any
//!   line; the title lines, the next year's part title, level-1 and level-2
//!   headings, month headings and the 版头 keep with the next paragraph's
//!   first line (`keepNext`, chained); signature lines and 附件说明 lines
//!   keep their lines together (`keepLines`). A chain taller than a page
//!   breaks as if there were no keep.
//! - A 文件 with a 版记: the body's pages are numbered 1…N; the 版记 has a
//!   page of its own that is even (a blank page first when N is even), and
//!   neither carries a page number (7.5).

mod cache;
pub mod lines;
#[cfg(test)]
mod tests;

use crate::core::export::issuance::issuer_size;
use crate::core::layout::{issuance, Block, BlockKind};
use crate::core::model::{Plan, Shared};
pub use cache::LineCache;
use lines::line_starts;
use std::rc::Rc;

/// One line (twips): 28.95 pt, as `docx::LINE_PITCH`.
pub const LINE: u32 = 579;
/// Height of the text block (twips): A4 less 37 mm and 35 mm.
pub const TEXT_H: u32 = 16838 - 2098 - 1984;
/// Lines of body text on a page.
pub const LINES_PER_PAGE: u32 = TEXT_H / LINE;
/// Half characters on a body line (28 characters).
pub const LINE_HALVES: u32 = 56;

/// What a page holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sheet {
    /// Part of the document's body (numbered).
    Body,
    /// The blank page before a 版记 that would otherwise fall on an odd page.
    Blank,
    /// The 版记 page, the document's last (even) page.
    Record,
}

/// A run of one block's lines on one page: chars `from..to` of the block's
/// `full_text()` (label, text and tail).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Piece {
    pub block: usize,
    pub from: usize,
    pub to: usize,
    /// True when the block continues on the next page.
    pub cut: bool,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Page {
    pub sheet: Sheet,
    /// The page number printed on it (`— N —`), none on blank and 版记 pages.
    pub number: Option<u32>,
    pub pieces: Vec<Piece>,
}

/// How one block sits on the page.
struct Shape {
    /// Char offsets where its lines start (shared with the line cache: no
    /// copy per block on each key).
    starts: Rc<[usize]>,
    /// Total chars.
    len: usize,
    /// Height of one line.
    line: u32,
    before: u32,
    after: u32,
    keep_next: bool,
    keep_lines: bool,
}

impl Shape {
    fn height(&self) -> u32 {
        self.before + self.starts.len() as u32 * self.line + self.after
    }
}

/// The pages of a document (at least one).
pub fn paginate(plan: &Plan, blocks: &[Shared<Block>]) -> Vec<Page> {
    paginate_with(plan, blocks, &mut |b| (lines_of(b).into(), char_len(b)))
}

/// `paginate`, breaking lines through `cache` (the preview keeps one
/// between keys); the same pages.
pub fn paginate_cached(plan: &Plan, blocks: &[Shared<Block>], cache: &mut LineCache) -> Vec<Page> {
    cache.begin();
    paginate_with(plan, blocks, &mut |b| cache.lines(b))
}

fn paginate_with(
    plan: &Plan,
    blocks: &[Shared<Block>],
    lines: &mut dyn FnMut(&Shared<Block>) -> (Rc<[usize]>, usize),
) -> Vec<Page> {
    let body_end = blocks
        .iter()
        .position(|b| b.kind.is_record())
        .unwrap_or(blocks.len());
    let shapes: Vec<Shape> = (0..body_end)
        .map(|i| shape(plan, blocks, i, body_end, lines(&blocks[i])))
        .collect();
    let mut pages = vec![new_page(1)];
    let mut used = 0u32;
    for (i, s) in shapes.iter().enumerate() {
        // What must fit on this page: the block's first line (all of its
        // lines with keepLines), after every block it keeps with.
        let mut need = 0;
        let mut j = i;
        loop {
            let t = &shapes[j];
            if t.keep_next && j + 1 < shapes.len() {
                need += t.height();
                j += 1;
                continue;
            }
            need += t.before
                + if t.keep_lines {
                    t.starts.len() as u32
                } else {
                    1
                } * t.line;
            break;
        }
        if used > 0 && used + need > TEXT_H && need <= TEXT_H {
            next_page(&mut pages, &mut used);
        }
        // Place the lines, breaking the page where they no longer fit.
        let mut from = 0usize;
        used += s.before;
        for (k, &start) in s.starts.iter().enumerate() {
            if used + s.line > TEXT_H && used > 0 && (k > 0 || used > s.before) {
                if start > from {
                    push_piece(&mut pages, i, from, start, true);
                    from = start;
                }
                next_page(&mut pages, &mut used);
            }
            used += s.line;
        }
        push_piece(&mut pages, i, from, s.len, false);
        used += s.after;
        if used >= TEXT_H {
            next_page(&mut pages, &mut used);
        }
    }
    // A page opened for nothing (a block that ended exactly at the foot).
    if pages.len() > 1 && pages.last().is_some_and(|p| p.pieces.is_empty()) {
        pages.pop();
    }
    if body_end < blocks.len() {
        let n = pages.len();
        if n % 2 == 0 {
            pages.push(Page {
                sheet: Sheet::Blank,
                number: None,
                pieces: Vec::new(),
            });
        }
        pages.push(Page {
            sheet: Sheet::Record,
            number: None,
            pieces: (body_end..blocks.len())
                .map(|i| Piece {
                    block: i,
                    from: 0,
                    to: blocks[i].full_text().chars().count(),
                    cut: false,
                })
                .collect(),
        });
    }
    pages
}

/// The number of pages the body takes (the pages before a 版记), for
/// `docx::docx_paged`.
pub fn body_pages(pages: &[Page]) -> usize {
    pages.iter().filter(|p| p.sheet == Sheet::Body).count()
}

fn new_page(n: u32) -> Page {
    Page {
        sheet: Sheet::Body,
        number: Some(n),
        pieces: Vec::new(),
    }
}

fn next_page(pages: &mut Vec<Page>, used: &mut u32) {
    let n = pages.len() as u32 + 1;
    pages.push(new_page(n));
    *used = 0;
}

fn push_piece(pages: &mut [Page], block: usize, from: usize, to: usize, cut: bool) {
    if let Some(p) = pages.last_mut() {
        p.pieces.push(Piece {
            block,
            from,
            to,
            cut,
        });
    }
}

/// Half characters on the first and on further lines of a block
/// (`lines::line_starts`), per kind (see the module docs).
pub fn widths(b: &Block) -> (u32, u32) {
    let indent = LINE_HALVES - 4;
    match b.kind {
        // 2号: 20 characters a line (22 pt on 442 pt); 小二: 24.
        BlockKind::Title => (40, 40),
        BlockKind::PartTitle => (48, 48),
        BlockKind::SignatureOrg | BlockKind::SignatureDate => (LINE_HALVES - 8, LINE_HALVES - 8),
        BlockKind::Issuer => {
            // Half-points × scale per character against the 442 pt line.
            let (sz, scale) = issuer_size(&b.text);
            let n = (88_000 / (sz * scale).max(1)).max(1) * 2;
            (n, n)
        }
        BlockKind::DocNumber | BlockKind::Addressee => (LINE_HALVES, LINE_HALVES),
        BlockKind::Attachment => {
            let number = if b.label == "附件：" { 0 } else { 2 };
            (indent, LINE_HALVES - 10 - number)
        }
        _ => (indent, LINE_HALVES),
    }
}

/// Char offsets (of `full_text()`) where the block's printed lines start.
/// The characters of label, text and tail.
pub fn char_len(b: &Block) -> usize {
    b.label.chars().count() + b.text.chars().count() + b.tail.chars().count()
}

pub fn lines_of(b: &Block) -> Vec<usize> {
    let chars: Vec<char> = b.full_text().chars().collect();
    let (first, rest) = widths(b);
    line_starts(&chars, first, rest)
}

/// Lines, spacing and keeps of block `i` (see the module docs).
fn shape(
    plan: &Plan,
    blocks: &[Shared<Block>],
    i: usize,
    body_end: usize,
    (starts, len): (Rc<[usize]>, usize),
) -> Shape {
    let b = &blocks[i];
    let prev = i.checked_sub(1).map(|p| blocks[p].kind);
    let next = blocks
        .get(i + 1)
        .filter(|_| i + 1 < body_end)
        .map(|n| n.kind);
    let mut s = Shape {
        len,
        starts,
        line: LINE,
        before: 0,
        after: 0,
        keep_next: false,
        keep_lines: false,
    };
    match b.kind {
        BlockKind::Title => {
            s.keep_next = true;
            if next.is_some() && next != Some(BlockKind::Title) {
                s.after = LINE;
            }
        }
        BlockKind::PartTitle => {
            s.keep_next = true;
            s.before = if prev == Some(BlockKind::PartTitle) {
                0
            } else {
                LINE
            };
            s.after = if next == Some(BlockKind::PartTitle) {
                0
            } else {
                LINE
            };
        }
        BlockKind::Heading(l) => s.keep_next = l <= 2,
        BlockKind::Month => s.keep_next = true,
        BlockKind::SignatureOrg | BlockKind::SignatureDate => {
            s.keep_lines = true;
            let first = !matches!(
                prev,
                Some(BlockKind::SignatureOrg | BlockKind::SignatureDate)
            );
            if first && i > 0 {
                s.before = issuance::lines_before_signature(plan) * LINE;
            }
        }
        BlockKind::Issuer => {
            let (sz, _) = issuer_size(&b.text);
            s.line = sz * 25 / 2;
            s.keep_next = true;
            if prev.is_none() {
                s.before = 1984u32.saturating_sub(sz * 3 / 2);
            }
            if next != Some(BlockKind::Issuer) && next != Some(BlockKind::DocNumber) {
                s.after = 2 * LINE + RULE;
            }
        }
        BlockKind::DocNumber => {
            s.keep_next = true;
            s.before = if prev == Some(BlockKind::Issuer) {
                2 * LINE
            } else {
                0
            };
            s.after = 2 * LINE + RULE;
        }
        BlockKind::Attachment => {
            s.keep_lines = true;
            if prev != Some(BlockKind::Attachment) {
                s.before = LINE;
            }
        }
        _ => {}
    }
    s
}

/// The red rule under the 版头: its border distance (7 pt) and width (1.5 pt).
const RULE: u32 = 170;
