//! The pure pieces of the preview's markup, shared by the editor's Yew
//! preview (`preview.rs`) and the import review the tools module draws as
//! plain DOM (`import_view/sheets.rs`): a block's class, a `— N —` page
//! number, and the characters of a block on one sheet.

use crate::core::layout::BlockKind;

/// The class of a block in the preview (styles/20-document.css).
pub fn class_of(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Title => "up-doc-title",
        BlockKind::PartTitle => "up-doc-part",
        BlockKind::Heading(1) => "up-doc-h1",
        BlockKind::Heading(2) => "up-doc-h2",
        BlockKind::Heading(3) => "up-doc-h3",
        BlockKind::Heading(_) => "up-doc-h4",
        BlockKind::Body => "up-doc-body",
        BlockKind::Month => "up-doc-month",
        BlockKind::Activity => "up-doc-activity",
        BlockKind::SignatureOrg => "up-doc-sig-org",
        BlockKind::SignatureDate => "up-doc-sig-date",
        BlockKind::Issuer => "up-doc-issuer",
        BlockKind::DocNumber => "up-doc-number",
        BlockKind::Addressee => "up-doc-addressee",
        BlockKind::Attachment => "up-doc-attachment",
        BlockKind::CopyTo => "up-doc-cc",
        BlockKind::Imprint => "up-doc-imprint",
        BlockKind::AnnexLabel => "up-doc-annex",
        BlockKind::AnnexTitle => "up-doc-title",
        BlockKind::Row { .. } => "up-doc-row",
    }
}

/// The size class of a 发文机关标志 line (`up-issuer-84` for 初号): the
/// size `export::issuance::issuer_size` gives the DOCX, in half-points.
pub fn issuer_class(text: &str) -> String {
    // Even sizes only (styles/20-document.css): half a point is invisible.
    let (sz, _) = crate::core::export::issuance::issuer_size(text);
    let sz = sz & !1;
    let mut c = String::from("up-issuer-");
    c.push(char::from(b'0' + (sz / 10 % 10) as u8));
    c.push(char::from(b'0' + (sz % 10) as u8));
    c
}

/// Chars `from..to` of `s`, where `s` starts at char `at` of its block.
pub fn cut(s: &str, at: usize, from: usize, to: usize) -> &str {
    let byte = |c: usize| {
        let c = c.saturating_sub(at);
        s.char_indices().nth(c).map_or(s.len(), |(b, _)| b)
    };
    &s[byte(from)..byte(to.max(from))]
}

/// `— 3 —`, without `format!` (this runs for every sheet on each key).
pub fn page_number(n: u32) -> String {
    let mut s = String::with_capacity(12);
    s.push_str("— ");
    s.push_str(&n.to_string());
    s.push_str(" —");
    s
}
