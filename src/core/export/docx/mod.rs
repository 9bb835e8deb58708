//! Word (.docx) export laid out as offices apply GB/T 9704-2012: hand-written
//! OOXML parts in a stored ZIP (see `zip`), no docx library.
//!
//! Page and grid (1 mm = 1440/25.4 ≈ 56.7 twips, rounded to whole twips):
//! - A4 11906 × 16838; margins top 37 mm = 2098, bottom 35 mm = 1984,
//!   left 28 mm = 1587, right 26 mm = 1474. Text block 8845 × 12756 twips
//!   (156.0 × 225.0 mm, 442.25 × 637.8 pt).
//! - 22 lines: 12756 / 22 = 579.8, and a line of 580 would let only 21 fit,
//!   so every paragraph has exact line spacing of 579 twips (28.95 pt), the
//!   same as the grid's `linePitch`: 22 × 579 = 12738 ≤ 12756 < 23 × 579.
//! - 28 characters: the grid's `charSpace` is (desired pitch − Normal font
//!   size) × 4096 (ECMA-376 17.6.5). 442.25 pt / 28 = 15.795 pt, minus 16 pt
//!   = −0.2054 pt, × 4096 = −841.2, rounded down to −842 so that
//!   28 × (16 − 842/4096) = 442.24 pt fits the 442.25 pt line. Word's Page
//!   Setup then reports 22 lines × 28 characters.
//! - But paragraphs do not snap to that character grid (`snapToGrid` 0 in
//!   Normal): LibreOffice gives every 16 pt character that is wider than a
//!   15.79 pt grid cell two cells, i.e. 14 characters a line (measured).
//!   Instead Normal condenses characters by 0.3 pt (`w:spacing w:val="-6"`),
//!   so text flows at 15.7 pt a character in every application:
//!   28 × 15.7 = 439.6 ≤ 442.25 < 29 × 15.7, 28 a line with justification
//!   (measured in LibreOffice: -5 still gave 27, -6 gives 28).
//! - Page number: footer distance 25 mm (1417 twips) and an exact 18 pt
//!   footer line, so the number's line spans 25.0–31.35 mm above the page
//!   edge; its centre (where the em dashes sit) is ≈ 28.2 mm up, ≈ 6.8 mm
//!   below the text block's bottom edge at 35 mm (GB/T: 7 mm).
//! - Widow control is off in Normal: it would pull lines to the next page
//!   and break the 22-line count.
//!
//! Fonts (`format.fonts`, see `faces`): East Asian text in the GB fonts
//! offices expect (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体, 宋体 for page
//! numbers), or with `standard` the faces Windows ships (仿宋, 楷体) and no
//! `_GB2312` name in any part; Latin letters and digits in Times New Roman,
//! as most office templates set them (GB/T 9704 names no Latin face, and
//! 仿宋_GB2312's digits are poor). `fonts` gives each face a Windows
//! fallback; `theme` names the same faces.
//!
//! Validity: every file passes `openxml-audit -f microsoft365` (Word's
//! schema and semantic rules; tests/node/docx-valid.test.mjs): a theme part
//! behind the main part, children in schema order, compatibility mode 15,
//! PAGE fields with a cached result.
//!
//! Parts: `mod` (package, content types, relationships, properties),
//! `styles` (styles and settings), `fonts`, `theme`, `footer`, `body`;
//! `issued` writes the 文件 form (版头, 主送, 附件说明, 版记 section).
//!
//! Blocks: one paragraph each. The schedule is month headings (楷体, like a
//! level-2 heading) followed by numbered activities, not a table: a table
//! breaks the 22-line grid (cell padding and borders add height), and text
//! copied from a table into an OA editor loses its structure, while
//! paragraphs paste cleanly.

mod body;
pub(crate) mod fonts;
pub(crate) mod footer;
mod issued;
pub(crate) mod styles;
mod tables;
#[cfg(test)]
mod tests;
pub(crate) mod theme;

use super::escape::xml;
use super::faces;
use super::zip::ZipWriter;
use crate::core::layout;
use crate::core::model::{Format, Plan};
use crate::core::title;

pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;
pub const MARGIN_TOP: u32 = 2098;
pub const MARGIN_BOTTOM: u32 = 1984;
pub const MARGIN_LEFT: u32 = 1587;
pub const MARGIN_RIGHT: u32 = 1474;
/// Distance of the footer's bottom from the page edge (25 mm).
pub const FOOTER_DISTANCE: u32 = 1417;
/// Header distance (15 mm; there is no header, Word requires the value).
pub const HEADER_DISTANCE: u32 = 851;
/// Exact line spacing and grid line pitch in twips (28.95 pt): 22 lines a page.
pub const LINE_PITCH: u32 = 579;
/// Grid character spacing in 1/4096 pt relative to 16 pt: 28 characters a line.
pub const CHAR_SPACE: i32 = -842;
/// Character spacing of body text in twentieths of a point (−0.3 pt): 28
/// characters of 15.7 pt fill the 442.25 pt line without a character grid.
pub const CHAR_CONDENSE: i32 = -6;
/// Body font size in half-points (3号 = 16 pt).
pub const BODY_SZ: u32 = 32;
/// Title font size in half-points (2号 = 22 pt).
pub const TITLE_SZ: u32 = 44;
/// Part title (next year's plan in a 总结暨计划) in half-points (小二 = 18 pt).
pub const PART_TITLE_SZ: u32 = 36;
/// Page-number font size in half-points (4号 = 14 pt).
pub const FOOTER_SZ: u32 = 28;
/// One body character in twips (16 pt), the fallback where Word's
/// character-unit indents (`firstLineChars`, `rightChars`) are not read.
pub const CHAR_TWIPS: u32 = 320;
/// Footer line height in twips (exact 18 pt).
pub const FOOTER_LINE: u32 = 360;
/// The footer's one-character inset (one 14 pt character).
pub const FOOTER_INSET: u32 = 280;

pub(crate) const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(crate) const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(crate) const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Exports the plan as a .docx package, laid out per `plan.format`.
pub fn docx(plan: &Plan) -> Vec<u8> {
    docx_paged(plan, None)
}

/// `docx`, told how many pages the body takes (everything before the 版记
/// of a document issued as a 文件), when a paginator knows it. The 版记's
/// section starts on the next even page either way (Word and LibreOffice
/// insert a blank page when the body ends on an even page), but
/// LibreOffice's PDF export leaves such automatically inserted pages out
/// unless told otherwise (`IsSkipEmptyPages`), which makes the PDF's page
/// count odd. With an even `body_pages` the blank page is written as a
/// page of its own (without a page number), so every reader and every PDF
/// shows it. A wrong count costs two blank pages in print but never an odd
/// count there: the 版记 still starts on an even page.
pub fn docx_paged(plan: &Plan, body_pages: Option<usize>) -> Vec<u8> {
    let format = plan.format_settings();
    let faces = faces::of(format.fonts);
    let footers = footer::footers(format.page_numbers);
    let blocks = layout::blocks(plan);
    let parts = footer_parts(footers, blocks.iter().any(|b| b.kind.is_record()));
    let doc_title: String = crate::core::punct::fullwidth(&title::effective(plan))
        .lines()
        .map(str::trim)
        .collect();
    let org = if plan.signature.organization.trim().is_empty() {
        plan.organization.trim()
    } else {
        plan.signature.organization.trim()
    };
    let mut z = ZipWriter::new();
    z.add("[Content_Types].xml", content_types(&parts).as_bytes());
    z.add("_rels/.rels", ROOT_RELS.as_bytes());
    z.add("docProps/core.xml", core_xml(&doc_title, org).as_bytes());
    z.add("docProps/app.xml", app_xml(org).as_bytes());
    z.add(
        "word/document.xml",
        body::document_xml(
            plan,
            &blocks,
            footers,
            body_pages.is_some_and(|n| n % 2 == 0),
        )
        .as_bytes(),
    );
    z.add(
        "word/_rels/document.xml.rels",
        document_rels(&parts).as_bytes(),
    );
    z.add("word/styles.xml", styles::styles_xml(faces).as_bytes());
    z.add(
        "word/settings.xml",
        styles::settings_xml(format.page_numbers).as_bytes(),
    );
    z.add(
        "word/fontTable.xml",
        fonts::font_table_xml(format.fonts).as_bytes(),
    );
    z.add("word/theme/theme1.xml", theme::theme_xml(faces).as_bytes());
    for f in &parts {
        z.add(
            &format!("word/{}", f.part),
            footer::footer_xml(f).as_bytes(),
        );
    }
    z.finish()
}

/// The footer parts of the package: the page-number footers, and the empty
/// one of the 版记 section when there is a 版记 and the body has numbers.
fn footer_parts(footers: &[footer::Footer], record: bool) -> Vec<footer::Footer> {
    let mut parts = footers.to_vec();
    if record && !footers.is_empty() {
        parts.push(footer::BLANK);
    }
    parts
}

/// Every part name in the package of a plan with these settings, in
/// archive order.
pub fn part_names(format: Format) -> Vec<String> {
    part_names_with(format, false)
}

/// `part_names` of a plan issued as a 文件 with a 版记 (`record`), whose
/// last section has an empty footer.
pub fn part_names_with(format: Format, record: bool) -> Vec<String> {
    let mut names: Vec<String> = [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "docProps/app.xml",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/fontTable.xml",
        "word/theme/theme1.xml",
    ]
    .map(String::from)
    .into();
    for f in footer_parts(footer::footers(format.page_numbers), record) {
        names.push(format!("word/{}", f.part));
    }
    names
}

const CT_MAIN: &str = "application/vnd.openxmlformats-officedocument.";

fn content_types(footers: &[footer::Footer]) -> String {
    let mut s = format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    let mut part = |name: &str, ty: &str| {
        s.push_str(&format!(
            "<Override PartName=\"/{name}\" ContentType=\"{CT_MAIN}{ty}+xml\"/>"
        ))
    };
    part("word/document.xml", "wordprocessingml.document.main");
    part("word/styles.xml", "wordprocessingml.styles");
    part("word/settings.xml", "wordprocessingml.settings");
    part("word/fontTable.xml", "wordprocessingml.fontTable");
    part("word/theme/theme1.xml", "theme");
    for f in footers {
        part(&format!("word/{}", f.part), "wordprocessingml.footer");
    }
    s.push_str(
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>",
    );
    s
}

pub(crate) const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

/// The main part's relationships. Footers keep rId4/rId5 whichever of them
/// exist; the theme is rId6; the 版记's empty footer rId7.
fn document_rels(footers: &[footer::Footer]) -> String {
    let mut s = format!(
        "{XML_DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    let mut rel = |id: &str, ty: &str, target: &str| {
        s.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{ty}\" Target=\"{target}\"/>"
        ))
    };
    rel("rId1", "styles", "styles.xml");
    rel("rId2", "settings", "settings.xml");
    rel("rId3", "fontTable", "fontTable.xml");
    for f in footers {
        rel(f.rel_id, "footer", f.part);
    }
    rel("rId6", "theme", "theme/theme1.xml");
    s.push_str("</Relationships>");
    s
}

pub(crate) fn core_xml(title: &str, creator: &str) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>",
        xml(title),
        xml(creator)
    )
}

pub(crate) fn app_xml(company: &str) -> String {
    format!(
        "{XML_DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>union-plan</Application><DocSecurity>0</DocSecurity><Company>{}</Company></Properties>",
        xml(company)
    )
}
