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
//! Fonts: East Asian text in the GB fonts offices expect (仿宋_GB2312,
//! 楷体_GB2312, 黑体, 方正小标宋简体, 宋体 for page numbers); Latin letters
//! and digits in Times New Roman, as most office templates set them (GB/T
//! 9704 names no Latin face, and 仿宋_GB2312's digits are poor). fontTable.xml
//! gives each GB font an `altName` of the face Windows ships (仿宋_GB2312 →
//! 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体) with charset 86 (GB2312)
//! and its panose, so Word and WPS substitute the standard Windows face and
//! LibreOffice at least picks a Chinese font of the right family.
//!
//! Blocks: one paragraph each. The schedule is month headings (楷体, like a
//! level-2 heading) followed by numbered activities, not a table: a table
//! breaks the 22-line grid (cell padding and borders add height), and text
//! copied from a table into an OA editor loses its structure, while
//! paragraphs paste cleanly.

use super::escape::{is_dropped, signature_indents};
use super::zip::ZipWriter;
use crate::core::layout::{self, Block, BlockKind};
use crate::core::model::Plan;
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

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Exports the plan as a .docx package.
pub fn docx(plan: &Plan) -> Vec<u8> {
    let blocks = layout::blocks(plan);
    let doc_title: String = title::effective(plan).lines().map(str::trim).collect();
    let org = if plan.signature.organization.trim().is_empty() {
        plan.organization.trim()
    } else {
        plan.signature.organization.trim()
    };
    let mut z = ZipWriter::new();
    z.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
    z.add("_rels/.rels", ROOT_RELS.as_bytes());
    z.add("docProps/core.xml", core_xml(&doc_title, org).as_bytes());
    z.add("docProps/app.xml", app_xml(org).as_bytes());
    z.add("word/document.xml", document_xml(&blocks).as_bytes());
    z.add("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes());
    z.add("word/styles.xml", styles_xml().as_bytes());
    z.add("word/settings.xml", settings_xml().as_bytes());
    z.add("word/fontTable.xml", font_table_xml().as_bytes());
    z.add("word/footer1.xml", footer_xml(false).as_bytes());
    z.add("word/footer2.xml", footer_xml(true).as_bytes());
    z.finish()
}

/// Every part name in the package, in archive order.
pub const PARTS: [&str; 11] = [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "docProps/app.xml",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/settings.xml",
    "word/fontTable.xml",
    "word/footer1.xml",
    "word/footer2.xml",
];

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    "</Types>"
);

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>",
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>",
    "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>",
    "</Relationships>"
);

fn core_xml(title: &str, creator: &str) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>",
        super::escape::xml(title),
        super::escape::xml(creator)
    )
}

fn app_xml(company: &str) -> String {
    format!(
        "{XML_DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>union-plan</Application><DocSecurity>0</DocSecurity><Company>{}</Company></Properties>",
        super::escape::xml(company)
    )
}

/// Run properties for the GB fonts (East Asian face; Latin stays Times New Roman).
fn east_asia(face: &str) -> String {
    format!("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{face}\" w:cs=\"Times New Roman\"/>")
}

/// A paragraph style. `ppr`/`rpr` are the inner XML of pPr/rPr.
fn style(id: &str, name: &str, based_on: Option<&str>, ppr: &str, rpr: &str) -> String {
    let based = based_on
        .map(|b| format!("<w:basedOn w:val=\"{b}\"/><w:next w:val=\"Normal\"/>"))
        .unwrap_or_default();
    let default = if id == "Normal" {
        " w:default=\"1\""
    } else {
        ""
    };
    format!(
        "<w:style w:type=\"paragraph\"{default} w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{based}<w:qFormat/>\
         <w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )
}

fn styles_xml() -> String {
    let lp = LINE_PITCH;
    let sz = |n: u32| format!("<w:sz w:val=\"{n}\"/><w:szCs w:val=\"{n}\"/>");
    let no_indent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    // Titles and page numbers are not fitted to the 28-character line.
    let no_condense = "<w:spacing w:val=\"0\"/>";
    // Levels 1-2 keep with the next paragraph; levels 3-4 usually carry their
    // body as a tail, so keeping them with the next would chain whole runs
    // of items together and leave pages half empty.
    let heading = |lvl: u8| format!("<w:keepNext/><w:outlineLvl w:val=\"{lvl}\"/>");
    let outline = |lvl: u8| format!("<w:outlineLvl w:val=\"{lvl}\"/>");
    let mut s = String::with_capacity(8192);
    s.push_str(XML_DECL);
    s.push_str(&format!("<w:styles xmlns:w=\"{W_NS}\">"));
    // Defaults: 16 pt 仿宋_GB2312, exact 28.95 pt lines, Chinese language.
    // `w:hint="eastAsia"` sets quotes, dashes and ellipses in the Chinese face.
    s.push_str(&format!(
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" \
         w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/><w:kern w:val=\"2\"/>{}\
         <w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{lp}\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>\
         </w:docDefaults>",
        sz(BODY_SZ)
    ));
    s.push_str(&style(
        "Normal",
        "Normal",
        None,
        &format!(
            "<w:widowControl w:val=\"0\"/><w:snapToGrid w:val=\"0\"/>\
             <w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{lp}\" w:lineRule=\"exact\"/>\
             <w:ind w:firstLineChars=\"200\" w:firstLine=\"{}\"/><w:jc w:val=\"both\"/>",
            2 * CHAR_TWIPS
        ),
        &format!(
            "{}<w:spacing w:val=\"{CHAR_CONDENSE}\"/>{}",
            east_asia("仿宋_GB2312"),
            sz(BODY_SZ)
        ),
    ));
    // Title: 2号 方正小标宋简体, centred. Not snapped to the character grid,
    // or each 22 pt character would take two 15.8 pt grid cells.
    s.push_str(&style(
        "Title",
        "Title",
        Some("Normal"),
        &format!("<w:keepNext/><w:snapToGrid w:val=\"0\"/>{no_indent}<w:jc w:val=\"center\"/>"),
        &format!(
            "{}{no_condense}{}",
            east_asia("方正小标宋简体"),
            sz(TITLE_SZ)
        ),
    ));
    s.push_str(&style(
        "PartTitle",
        "部分标题",
        Some("Normal"),
        &format!(
            "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"{lp}\" w:after=\"{lp}\"/>{no_indent}<w:jc w:val=\"center\"/>"
        ),
        &format!("{}{no_condense}{}", east_asia("方正小标宋简体"), sz(PART_TITLE_SZ)),
    ));
    s.push_str(&style(
        "Heading1",
        "heading 1",
        Some("Normal"),
        &heading(0),
        &format!("{}{}", east_asia("黑体"), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Heading2",
        "heading 2",
        Some("Normal"),
        &heading(1),
        &format!("{}{}", east_asia("楷体_GB2312"), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Heading3",
        "heading 3",
        Some("Normal"),
        &outline(2),
        &format!("{}<w:b/><w:bCs/>{}", east_asia("仿宋_GB2312"), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Heading4",
        "heading 4",
        Some("Normal"),
        &outline(3),
        &format!("{}{}", east_asia("仿宋_GB2312"), sz(BODY_SZ)),
    ));
    // Month headings of the schedule sit under 活动安排 like level-2 headings.
    s.push_str(&style(
        "MonthHeading",
        "月份标题",
        Some("Normal"),
        "<w:keepNext/><w:outlineLvl w:val=\"1\"/>",
        &format!("{}{}", east_asia("楷体_GB2312"), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Signature",
        "Signature",
        Some("Normal"),
        &format!("<w:keepLines/>{no_indent}<w:jc w:val=\"right\"/>"),
        "",
    ));
    s.push_str(&style(
        "Footer",
        "footer",
        Some("Normal"),
        &format!("<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"{FOOTER_LINE}\" w:lineRule=\"exact\"/>{no_indent}"),
        &format!("<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\" w:cs=\"宋体\"/>{no_condense}{}", sz(FOOTER_SZ)),
    ));
    s.push_str("</w:styles>");
    s
}

fn settings_xml() -> String {
    format!(
        "{XML_DECL}<w:settings xmlns:w=\"{W_NS}\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"{CHAR_TWIPS}\"/>\
         <w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"
    )
}

/// (name, altName, panose, family, pitch, charset)
const FONTS: [(&str, &str, &str, &str, &str, &str); 8] = [
    (
        "Times New Roman",
        "",
        "02020603050405020304",
        "roman",
        "variable",
        "00",
    ),
    (
        "仿宋_GB2312",
        "仿宋",
        "02010609030101010101",
        "modern",
        "fixed",
        "86",
    ),
    (
        "仿宋",
        "FangSong",
        "02010609060101010101",
        "modern",
        "fixed",
        "86",
    ),
    (
        "楷体_GB2312",
        "楷体",
        "02010609030101010101",
        "modern",
        "fixed",
        "86",
    ),
    (
        "楷体",
        "KaiTi",
        "02010609060101010101",
        "modern",
        "fixed",
        "86",
    ),
    (
        "黑体",
        "SimHei",
        "02010609060101010101",
        "modern",
        "fixed",
        "86",
    ),
    (
        "宋体",
        "SimSun",
        "02010600030101010101",
        "auto",
        "variable",
        "86",
    ),
    (
        "方正小标宋简体",
        "宋体",
        "02000000000000000000",
        "auto",
        "variable",
        "86",
    ),
];

fn font_table_xml() -> String {
    let mut s = format!("{XML_DECL}<w:fonts xmlns:w=\"{W_NS}\">");
    for (name, alt, panose, family, pitch, charset) in FONTS {
        s.push_str(&format!("<w:font w:name=\"{name}\">"));
        if !alt.is_empty() {
            s.push_str(&format!("<w:altName w:val=\"{alt}\"/>"));
        }
        s.push_str(&format!(
            "<w:panose1 w:val=\"{panose}\"/><w:charset w:val=\"{charset}\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"{pitch}\"/></w:font>"
        ));
    }
    s.push_str("</w:fonts>");
    s
}

/// `— N —` in 4号 宋体: odd pages (default footer) right-aligned one
/// character in, even pages left-aligned one character in.
fn footer_xml(even: bool) -> String {
    let (jc, ind) = if even {
        (
            "left",
            format!("<w:ind w:left=\"{FOOTER_INSET}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"),
        )
    } else {
        (
            "right",
            format!("<w:ind w:right=\"{FOOTER_INSET}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"),
        )
    };
    format!(
        "{XML_DECL}<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>{ind}<w:jc w:val=\"{jc}\"/></w:pPr>\
         <w:r><w:t xml:space=\"preserve\">\u{2014} </w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
         <w:r><w:t xml:space=\"preserve\"> \u{2014}</w:t></w:r></w:p></w:ftr>"
    )
}

/// Appends a run; `rpr` is the inner XML of rPr (may be empty). Tabs become
/// `<w:tab/>`, everything else is escaped text.
fn push_run(out: &mut String, rpr: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if !rpr.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
    }
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            out.push_str("<w:tab/>");
        }
        if !piece.chars().any(|c| !is_dropped(c)) {
            continue;
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        super::escape::push_xml(out, piece);
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// Paragraph-level indent for a signature line `chars` characters from the right.
fn right_indent(chars: f32) -> String {
    let hundredths = (chars * 100.0).round().max(0.0) as u32;
    let twips = (chars * CHAR_TWIPS as f32).round().max(0.0) as u32;
    format!("<w:ind w:rightChars=\"{hundredths}\" w:right=\"{twips}\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>")
}

fn document_xml(blocks: &[Block]) -> String {
    let text_len: usize = blocks
        .iter()
        .map(|b| b.label.len() + b.text.len() + b.tail.len())
        .sum();
    let mut s = String::with_capacity(4096 + text_len + blocks.len() * 160);
    s.push_str(XML_DECL);
    s.push_str(&format!(
        "<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"
    ));

    let org = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureOrg)
        .map(|b| b.text.as_str());
    let date = blocks
        .iter()
        .find(|b| b.kind == BlockKind::SignatureDate)
        .map(|b| b.text.as_str());
    let (org_right, date_right) = signature_indents(org, date);
    let first_sig = blocks
        .iter()
        .position(|b| matches!(b.kind, BlockKind::SignatureOrg | BlockKind::SignatureDate));
    let last_title = blocks.iter().rposition(|b| b.kind == BlockKind::Title);

    for (i, b) in blocks.iter().enumerate() {
        s.push_str("<w:p><w:pPr>");
        let style = match b.kind {
            BlockKind::Title => Some("Title"),
            BlockKind::PartTitle => Some("PartTitle"),
            BlockKind::Heading(1) => Some("Heading1"),
            BlockKind::Heading(2) => Some("Heading2"),
            BlockKind::Heading(3) => Some("Heading3"),
            BlockKind::Heading(_) => Some("Heading4"),
            BlockKind::Month => Some("MonthHeading"),
            BlockKind::Body | BlockKind::Activity => None,
            BlockKind::SignatureOrg | BlockKind::SignatureDate => Some("Signature"),
        };
        if let Some(st) = style {
            s.push_str(&format!("<w:pStyle w:val=\"{st}\"/>"));
        }
        // One blank line after the title, two before the signature: whole
        // grid lines, so the page keeps its 22 lines.
        if Some(i) == last_title && i + 1 < blocks.len() {
            s.push_str(&format!("<w:spacing w:after=\"{LINE_PITCH}\"/>"));
        }
        if Some(i) == first_sig && i > 0 {
            s.push_str(&format!("<w:spacing w:before=\"{}\"/>", 2 * LINE_PITCH));
        }
        match b.kind {
            BlockKind::SignatureOrg => s.push_str(&right_indent(org_right)),
            BlockKind::SignatureDate => s.push_str(&right_indent(date_right)),
            _ => {}
        }
        s.push_str("</w:pPr>");
        let mut head = String::with_capacity(b.label.len() + b.text.len());
        head.push_str(&b.label);
        head.push_str(&b.text);
        push_run(&mut s, "", &head);
        if !b.tail.is_empty() {
            // The body continues in the same paragraph in normal weight.
            push_run(&mut s, "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>", &b.tail);
        }
        s.push_str("</w:p>");
    }
    if blocks.is_empty() {
        s.push_str("<w:p/>");
    }
    s.push_str(&format!(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>\
         <w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" \
         w:header=\"{HEADER_DISTANCE}\" w:footer=\"{FOOTER_DISTANCE}\" w:gutter=\"0\"/>\
         <w:cols w:space=\"425\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"{LINE_PITCH}\" w:charSpace=\"{CHAR_SPACE}\"/>\
         </w:sectPr></w:body></w:document>"
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::super::testxml::{attr, elements, paragraph_texts, parse, Ev};
    use super::super::zip::read_zip;
    use super::*;
    use crate::core::model::{Kind, Plan};

    fn parts(plan: &Plan) -> Vec<(String, String)> {
        read_zip(&docx(plan))
            .expect("docx is a valid stored zip")
            .into_iter()
            .map(|(n, d)| (n, String::from_utf8(d).expect("parts are UTF-8")))
            .collect()
    }

    fn part(plan: &Plan, name: &str) -> Vec<Ev> {
        let all = parts(plan);
        let (_, text) = all
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        parse(text).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    fn style_block<'a>(styles: &'a str, id: &str) -> &'a str {
        let start = styles
            .find(&format!("w:styleId=\"{id}\""))
            .unwrap_or_else(|| panic!("style {id} missing"));
        let end = styles[start..].find("</w:style>").unwrap() + start;
        &styles[start..end]
    }

    fn styles_text() -> String {
        parts(&testdata::fixture())
            .into_iter()
            .find(|(n, _)| n == "word/styles.xml")
            .unwrap()
            .1
    }

    #[test]
    fn docx_has_every_part_and_each_is_well_formed_xml() {
        let all = parts(&testdata::fixture());
        let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, PARTS);
        for (name, text) in &all {
            assert!(text.starts_with("<?xml"), "{name} lacks an XML declaration");
            parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        // Every overridden part exists, every relationship target exists.
        let ct = &all[0].1;
        for name in &names[2..] {
            if name.ends_with(".rels") {
                continue;
            }
            assert!(
                ct.contains(&format!("PartName=\"/{name}\"")),
                "{name} has no content type"
            );
        }
        let rels = part(&testdata::fixture(), "word/_rels/document.xml.rels");
        for a in elements(&rels, "Relationship") {
            let target = format!("word/{}", attr(a, "Target").unwrap());
            assert!(
                names.contains(&target.as_str()),
                "dangling relationship to {target}"
            );
        }
    }

    #[test]
    fn section_is_a4_with_gbt_margins_and_a_22_by_28_grid() {
        let doc = part(&testdata::fixture(), "word/document.xml");
        let pg = elements(&doc, "w:pgSz")[0];
        assert_eq!(
            (attr(pg, "w:w"), attr(pg, "w:h")),
            (Some("11906"), Some("16838"))
        );
        let m = elements(&doc, "w:pgMar")[0];
        let mm = |k: &str| attr(m, k).unwrap().parse::<f64>().unwrap() * 25.4 / 1440.0;
        for (k, want) in [
            ("w:top", 37.0),
            ("w:bottom", 35.0),
            ("w:left", 28.0),
            ("w:right", 26.0),
        ] {
            assert!(
                (mm(k) - want).abs() < 0.03,
                "{k} = {} mm, want {want}",
                mm(k)
            );
        }
        assert_eq!(attr(m, "w:top"), Some("2098"));
        assert_eq!(attr(m, "w:bottom"), Some("1984"));
        assert_eq!(attr(m, "w:left"), Some("1587"));
        assert_eq!(attr(m, "w:right"), Some("1474"));
        // Page number's line centre ≈ 7 mm below the text block.
        let centre_mm = (FOOTER_DISTANCE + FOOTER_LINE / 2) as f64 * 25.4 / 1440.0;
        assert!(
            (35.0 - centre_mm - 7.0).abs() < 0.5,
            "page number {:.1} mm below block",
            35.0 - centre_mm
        );

        let grid = elements(&doc, "w:docGrid")[0];
        assert_eq!(attr(grid, "w:type"), Some("linesAndChars"));
        let pitch: u32 = attr(grid, "w:linePitch").unwrap().parse().unwrap();
        let height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM;
        assert_eq!(pitch, 579);
        assert!(
            22 * pitch <= height && height < 23 * pitch,
            "22 lines of {pitch} in {height}"
        );
        let cs: i32 = attr(grid, "w:charSpace").unwrap().parse().unwrap();
        let pitch_pt = 16.0 + cs as f64 / 4096.0;
        let width_pt = (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) as f64 / 20.0;
        assert_eq!(
            (width_pt / pitch_pt).floor(),
            28.0,
            "chars per line with charSpace {cs}"
        );

        // Footers: odd (default) and even, both referenced.
        let refs = elements(&doc, "w:footerReference");
        let kinds: Vec<_> = refs
            .iter()
            .map(|a| (attr(a, "w:type").unwrap(), attr(a, "r:id").unwrap()))
            .collect();
        assert_eq!(kinds, [("default", "rId4"), ("even", "rId5")]);
    }

    #[test]
    fn styles_carry_gb_fonts_sizes_and_exact_line_spacing() {
        let st = styles_text();
        let normal = style_block(&st, "Normal");
        assert!(normal.contains("w:eastAsia=\"仿宋_GB2312\""));
        assert!(normal.contains("w:ascii=\"Times New Roman\""));
        assert!(normal.contains("<w:sz w:val=\"32\"/>"));
        assert!(normal.contains("w:line=\"579\" w:lineRule=\"exact\""));
        assert!(normal.contains("w:firstLineChars=\"200\" w:firstLine=\"640\""));
        assert!(normal.contains("<w:jc w:val=\"both\"/>"));
        assert!(normal.contains("<w:widowControl w:val=\"0\"/>"));
        // 28 condensed characters fit the line, 29 do not; no grid snapping.
        assert!(
            normal.contains("<w:snapToGrid w:val=\"0\"/>")
                && normal.contains("<w:spacing w:val=\"-6\"/>")
        );
        let advance = 16.0 + CHAR_CONDENSE as f64 / 20.0;
        let line = (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) as f64 / 20.0;
        assert!(
            28.0 * advance <= line && line < 29.0 * advance,
            "{advance} pt a character"
        );
        assert!(style_block(&st, "Title").contains("<w:spacing w:val=\"0\"/>"));
        let title = style_block(&st, "Title");
        assert!(
            title.contains("w:eastAsia=\"方正小标宋简体\"")
                && title.contains("<w:sz w:val=\"44\"/>")
        );
        assert!(title.contains("<w:jc w:val=\"center\"/>") && title.contains("w:firstLine=\"0\""));
        for (id, name, face, lvl) in [
            ("Heading1", "heading 1", "黑体", 0),
            ("Heading2", "heading 2", "楷体_GB2312", 1),
            ("Heading3", "heading 3", "仿宋_GB2312", 2),
            ("Heading4", "heading 4", "仿宋_GB2312", 3),
        ] {
            let h = style_block(&st, id);
            assert!(
                h.contains(&format!("<w:name w:val=\"{name}\"/>")),
                "{id} name"
            );
            assert!(h.contains(&format!("w:eastAsia=\"{face}\"")), "{id} font");
            assert!(h.contains("<w:sz w:val=\"32\"/>"), "{id} size");
            assert!(
                h.contains(&format!("<w:outlineLvl w:val=\"{lvl}\"/>")),
                "{id} outline"
            );
            assert!(
                h.contains("<w:basedOn w:val=\"Normal\"/>"),
                "{id} inherits the indent"
            );
        }
        assert!(style_block(&st, "Heading3").contains("<w:b/>"));
        assert!(!style_block(&st, "Heading4").contains("<w:b/>"));
        let footer = style_block(&st, "Footer");
        assert!(footer.contains("w:eastAsia=\"宋体\"") && footer.contains("<w:sz w:val=\"28\"/>"));
        parse(&st).unwrap();
    }

    #[test]
    fn font_table_declares_gb_fonts_with_windows_fallbacks() {
        let ft = part(&testdata::fixture(), "word/fontTable.xml");
        let mut alt = std::collections::HashMap::new();
        let mut current = String::new();
        for e in &ft {
            if let Ev::Start(n, a) = e {
                match n.as_str() {
                    "w:font" => current = attr(a, "w:name").unwrap().to_string(),
                    "w:altName" => {
                        alt.insert(current.clone(), attr(a, "w:val").unwrap().to_string());
                    }
                    "w:charset" if current != "Times New Roman" => {
                        assert_eq!(attr(a, "w:val"), Some("86"), "{current}")
                    }
                    _ => {}
                }
            }
        }
        assert_eq!(alt["仿宋_GB2312"], "仿宋");
        assert_eq!(alt["楷体_GB2312"], "楷体");
        assert_eq!(alt["方正小标宋简体"], "宋体");
        assert_eq!(alt["黑体"], "SimHei");
        assert_eq!(alt["仿宋"], "FangSong");
        // Every face a style names is declared in the font table.
        let st = parse(&styles_text()).unwrap();
        for a in elements(&st, "w:rFonts") {
            for key in ["w:ascii", "w:eastAsia"] {
                let face = attr(a, key).unwrap();
                assert!(FONTS.iter().any(|f| f.0 == face), "{face} not declared");
            }
        }
    }

    #[test]
    fn footers_put_a_page_field_between_em_dashes_odd_right_even_left() {
        for (name, jc, side) in [
            ("word/footer1.xml", "right", "w:right"),
            ("word/footer2.xml", "left", "w:left"),
        ] {
            let f = part(&testdata::fixture(), name);
            assert_eq!(paragraph_texts(&f), ["\u{2014} 1 \u{2014}"], "{name}");
            assert_eq!(attr(elements(&f, "w:jc")[0], "w:val"), Some(jc), "{name}");
            assert_eq!(attr(elements(&f, "w:ind")[0], side), Some("280"), "{name}");
            let fld: Vec<_> = elements(&f, "w:fldChar")
                .iter()
                .map(|a| attr(a, "w:fldCharType").unwrap())
                .collect();
            assert_eq!(fld, ["begin", "separate", "end"]);
            let instr = f
                .iter()
                .position(|e| matches!(e, Ev::Start(n, _) if n == "w:instrText"))
                .unwrap();
            assert_eq!(f[instr + 1], Ev::Text(" PAGE ".into()));
        }
    }

    #[test]
    fn settings_turn_on_separate_even_and_odd_footers() {
        let s = part(&testdata::fixture(), "word/settings.xml");
        assert_eq!(elements(&s, "w:evenAndOddHeaders").len(), 1);
    }

    #[test]
    fn core_properties_carry_the_one_line_title() {
        let c = part(&testdata::fixture(), "docProps/core.xml");
        let i = c
            .iter()
            .position(|e| matches!(e, Ev::Start(n, _) if n == "dc:title"))
            .unwrap();
        assert_eq!(
            c[i + 1],
            Ev::Text("城东实验学校工会2025年工作总结暨2026年工作计划".into())
        );
    }

    #[test]
    fn every_block_is_one_paragraph_with_its_style() {
        let plan = testdata::fixture();
        let blocks = layout::blocks(&plan);
        let doc = part(&plan, "word/document.xml");
        let texts = paragraph_texts(&doc);
        let want: Vec<String> = blocks.iter().map(|b| b.full_text()).collect();
        assert_eq!(texts, want);
        let styles: Vec<Option<&str>> = {
            let mut v = Vec::new();
            let mut in_p = false;
            for e in &doc {
                match e {
                    Ev::Start(n, _) if n == "w:p" => {
                        in_p = true;
                        v.push(None)
                    }
                    Ev::Start(n, a) if n == "w:pStyle" && in_p => {
                        *v.last_mut().unwrap() = attr(a, "w:val")
                    }
                    Ev::End(n) if n == "w:p" => in_p = false,
                    _ => {}
                }
            }
            v
        };
        for (b, st) in blocks.iter().zip(&styles) {
            let want = match b.kind {
                BlockKind::Title => Some("Title"),
                BlockKind::PartTitle => Some("PartTitle"),
                BlockKind::Heading(n) => {
                    Some(["Heading1", "Heading2", "Heading3", "Heading4"][n as usize - 1])
                }
                BlockKind::Month => Some("MonthHeading"),
                BlockKind::Body | BlockKind::Activity => None,
                BlockKind::SignatureOrg | BlockKind::SignatureDate => Some("Signature"),
            };
            assert_eq!(*st, want, "{}", b.full_text());
        }
    }

    #[test]
    fn level_three_tail_continues_the_paragraph_in_normal_weight() {
        let xml = parts(&testdata::fixture())
            .into_iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1;
        let i = xml.find("1.集中学习").expect("level-3 heading");
        let p_start = xml[..i].rfind("<w:p>").unwrap();
        let p_end = i + xml[i..].find("</w:p>").unwrap();
        let p = &xml[p_start..p_end];
        assert!(p.contains("<w:pStyle w:val=\"Heading3\"/>"));
        assert!(p.contains("<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\">每学期安排两次专题辅导。</w:t>"));
    }

    #[test]
    fn signature_is_right_aligned_two_lines_below_with_the_date_four_characters_in() {
        let xml = parts(&testdata::fixture())
            .into_iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1;
        let org = xml.find(">城东实验学校工会</w:t>").unwrap();
        let org_p = &xml[xml[..org].rfind("<w:p>").unwrap()..org];
        assert!(org_p.contains("<w:spacing w:before=\"1158\"/>"), "{org_p}");
        // Organisation (8 wide) centred over the date 2025年12月26日 (7 wide).
        assert!(
            org_p.contains("w:rightChars=\"350\" w:right=\"1120\""),
            "{org_p}"
        );
        let date = xml.find(">2025年12月26日</w:t>").unwrap();
        let date_p = &xml[xml[..date].rfind("<w:p>").unwrap()..date];
        assert!(date_p.contains("<w:pStyle w:val=\"Signature\"/>"));
        assert!(
            date_p.contains("w:rightChars=\"400\" w:right=\"1280\""),
            "{date_p}"
        );
        let st = styles_text();
        assert!(style_block(&st, "Signature").contains("<w:jc w:val=\"right\"/>"));
    }

    #[test]
    fn title_is_followed_by_one_blank_grid_line() {
        let xml = parts(&testdata::fixture())
            .into_iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1;
        let second = xml.find(">暨2026年工作计划</w:t>").unwrap();
        let p = &xml[xml[..second].rfind("<w:p>").unwrap()..second];
        assert!(p.contains("<w:spacing w:after=\"579\"/>"));
        let first = xml.find(">城东实验学校工会2025年工作总结</w:t>").unwrap();
        assert!(!xml[xml[..first].rfind("<w:p>").unwrap()..first].contains("w:after"));
    }

    #[test]
    fn hostile_text_keeps_every_part_well_formed() {
        let plan = testdata::hostile();
        let all = parts(&plan);
        for (name, text) in &all {
            parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let doc = part(&plan, "word/document.xml");
        let texts = paragraph_texts(&doc);
        assert_eq!(texts[0], "<script>alert('x')</script>&标题");
        assert!(texts
            .iter()
            .any(|t| t.chars().count() == 100_000 && t.starts_with("长长")));
        assert!(texts.iter().any(|t| t.contains("😀🇨🇳 emoji")));
        assert!(texts.iter().any(|t| t == "]]><![CDATA[x]]>"));
        let raw = &all
            .iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1;
        assert!(!raw.contains("<script") && !raw.contains("]]>"));
        let core = &all
            .iter()
            .find(|(n, _)| n == "docProps/core.xml")
            .unwrap()
            .1;
        assert!(core.contains("&lt;script&gt;"));
    }

    #[test]
    fn empty_plan_is_a_valid_document() {
        for plan in [
            Plan::default(),
            Plan::new(Kind::SummaryAndPlan, 2030),
            Plan {
                year: 0,
                ..Plan::default()
            },
        ] {
            let all = parts(&plan);
            assert_eq!(all.len(), PARTS.len());
            for (name, text) in &all {
                parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            let doc = part(&plan, "word/document.xml");
            assert!(!paragraph_texts(&doc).is_empty());
            assert_eq!(elements(&doc, "w:sectPr").len(), 1);
        }
    }
}
