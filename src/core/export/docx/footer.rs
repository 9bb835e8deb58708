//! Page numbers: `— N —` in 4号 宋体 in the footers `format.page_numbers`
//! asks for.
//!
//! - `outside` (GB/T 9704): two footers, odd pages (the default footer)
//!   right-aligned one character in, even pages left-aligned one character
//!   in; `settings.xml` turns on separate odd and even footers.
//! - `center`: one default footer, centred, on every page.
//! - `none`: no footer part and no footer reference at all.
//!
//! The PAGE field carries a cached result (`1`) between its `separate` and
//! `end` characters, so a reader that does not update fields still shows a
//! number, and Word does not report a field without a result.

use super::{FOOTER_INSET, R_NS, W_NS, XML_DECL};
use crate::core::model::PageNumbers;

/// One footer: its reference type in `w:sectPr`, relationship id and part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Footer {
    /// `default` (every page, or odd pages with odd/even footers) or `even`.
    pub kind: &'static str,
    pub rel_id: &'static str,
    /// The part name under `word/`.
    pub part: &'static str,
    align: Align,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    /// Right, one character in.
    OddOutside,
    /// Left, one character in.
    EvenOutside,
    Center,
    /// No page number (the 版记 page of a 文件).
    Blank,
}

const ODD: Footer = Footer {
    kind: "default",
    rel_id: "rId4",
    part: "footer1.xml",
    align: Align::OddOutside,
};
const EVEN: Footer = Footer {
    kind: "even",
    rel_id: "rId5",
    part: "footer2.xml",
    align: Align::EvenOutside,
};
const CENTER: Footer = Footer {
    kind: "default",
    rel_id: "rId4",
    part: "footer1.xml",
    align: Align::Center,
};

/// The empty footer of the 版记 section of a document issued as a 文件
/// (no page number on the 版记 page, GB/T 9704 7.5); only written when the
/// body has page numbers.
pub const BLANK: Footer = Footer {
    kind: "default",
    rel_id: "rId7",
    part: "footer3.xml",
    align: Align::Blank,
};

/// The footers of a page-number setting, in reference order.
pub fn footers(page_numbers: PageNumbers) -> &'static [Footer] {
    match page_numbers {
        PageNumbers::Outside => &[ODD, EVEN],
        PageNumbers::Center => &[CENTER],
        PageNumbers::None => &[],
    }
}

/// The footer part: one paragraph `— PAGE —` (an empty one for `BLANK`).
pub fn footer_xml(footer: &Footer) -> String {
    if footer.align == Align::Blank {
        return format!(
            "{XML_DECL}<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr></w:p></w:ftr>"
        );
    }
    let off = "w:firstLineChars=\"0\" w:firstLine=\"0\"";
    let (jc, ind) = match footer.align {
        Align::OddOutside => (
            "right",
            format!("<w:ind w:right=\"{FOOTER_INSET}\" {off}/>"),
        ),
        Align::EvenOutside => ("left", format!("<w:ind w:left=\"{FOOTER_INSET}\" {off}/>")),
        Align::Center | Align::Blank => (
            "center",
            format!("<w:ind w:left=\"0\" w:right=\"0\" {off}/>"),
        ),
    };
    format!(
        "{XML_DECL}<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>{ind}<w:jc w:val=\"{jc}\"/></w:pPr>\
         <w:r><w:t xml:space=\"preserve\">\u{2014} </w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
         <w:r><w:t xml:space=\"preserve\"> \u{2014}</w:t></w:r></w:p></w:ftr>"
    )
}

/// The `w:footerReference` elements of the section (they come first in
/// `w:sectPr`).
pub fn references(footers: &[Footer]) -> String {
    footers
        .iter()
        .map(|f| {
            format!(
                "<w:footerReference w:type=\"{}\" r:id=\"{}\"/>",
                f.kind, f.rel_id
            )
        })
        .collect()
}
