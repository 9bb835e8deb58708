//! The 审阅意见汇总表 as a DOCX: the plan exporter's package parts (styles,
//! settings, font table, theme, a centred page-number footer; see
//! `export::docx`) around a landscape A4 page holding the title, the
//! summary, one table and the shared passages.
//!
//! The table is written here (a small writer of its own): `w:tblGrid` with
//! every column, `w:tcW` on every cell, each cell ending with a paragraph,
//! children in schema order, so it passes `openxml-audit -f microsoft365`.

use super::export::{cells, links, summary, title, COLUMNS};
use super::Review;
use crate::core::export::docx::{
    app_xml, core_xml, fonts, footer, styles, theme, ROOT_RELS, R_NS, W_NS, XML_DECL,
};
use crate::core::export::escape::push_xml;
use crate::core::export::faces;
use crate::core::export::zip::ZipWriter;
use crate::core::model::{Fonts, PageNumbers};

/// Landscape A4 and 20 mm / 18 mm margins (twips).
const PAGE_W: u32 = 16838;
const PAGE_H: u32 = 11906;
const MARGIN_V: u32 = 1134;
const MARGIN_H: u32 = 1020;
/// Table text: 小四 (12 pt) on exact 18 pt lines.
const CELL_SZ: u32 = 24;
const CELL_LINE: u32 = 360;

/// The package.
pub(super) fn docx(review: &Review) -> Vec<u8> {
    let faces = faces::of(Fonts::Gb2312);
    let footers = footer::footers(PageNumbers::Center);
    let t = title(review);
    let mut z = ZipWriter::new();
    z.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
    z.add("_rels/.rels", ROOT_RELS.as_bytes());
    z.add("docProps/core.xml", core_xml(&t, "").as_bytes());
    z.add("docProps/app.xml", app_xml("").as_bytes());
    z.add(
        "word/document.xml",
        document_xml(review, &footer::references(footers)).as_bytes(),
    );
    z.add("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes());
    z.add("word/styles.xml", styles::styles_xml(faces).as_bytes());
    z.add(
        "word/settings.xml",
        styles::settings_xml(PageNumbers::Center).as_bytes(),
    );
    z.add(
        "word/fontTable.xml",
        fonts::font_table_xml(Fonts::Gb2312).as_bytes(),
    );
    z.add("word/theme/theme1.xml", theme::theme_xml(faces).as_bytes());
    for f in footers {
        z.add(
            &format!("word/{}", f.part),
            footer::footer_xml(f).as_bytes(),
        );
    }
    z.finish()
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>",
    "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    "</Types>"
);

/// rId4 is the centred footer (`footer::CENTER`), rId6 the theme, as in
/// the plan's package.
const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>",
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>",
    "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>",
    "</Relationships>"
);

fn document_xml(review: &Review, references: &str) -> String {
    let mut s = String::with_capacity(8192 + review.rows.len() * 1500);
    s.push_str(XML_DECL);
    s.push_str(&format!(
        "<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"
    ));
    paragraph(&mut s, "<w:pStyle w:val=\"Title\"/>", "", &title(review));
    for line in summary(review) {
        paragraph(&mut s, "", "", &line);
    }
    table(&mut s, review);
    let links = links(review);
    if !links.is_empty() {
        paragraph(&mut s, "<w:pStyle w:val=\"Heading1\"/>", "", "文字雷同情况");
        for l in links {
            paragraph(&mut s, "", "", &l);
        }
    }
    s.push_str(&format!(
        "<w:sectPr>{references}<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\" w:orient=\"landscape\"/>\
         <w:pgMar w:top=\"{MARGIN_V}\" w:right=\"{MARGIN_H}\" w:bottom=\"{MARGIN_V}\" w:left=\"{MARGIN_H}\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"425\"/></w:sectPr>"
    ));
    s.push_str("</w:body></w:document>");
    s
}

/// One paragraph: `ppr` and `rpr` are inner XML (may be empty).
fn paragraph(out: &mut String, ppr: &str, rpr: &str, text: &str) {
    out.push_str("<w:p>");
    if !ppr.is_empty() {
        out.push_str("<w:pPr>");
        out.push_str(ppr);
        out.push_str("</w:pPr>");
    }
    if !text.is_empty() {
        out.push_str("<w:r>");
        if !rpr.is_empty() {
            out.push_str("<w:rPr>");
            out.push_str(rpr);
            out.push_str("</w:rPr>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        push_xml(out, text);
        out.push_str("</w:t></w:r>");
    }
    out.push_str("</w:p>");
}

const BORDER: &str = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";

/// The table: a header row repeated on every page, then one row per file.
fn table(out: &mut String, review: &Review) {
    let width: u32 = COLUMNS.iter().map(|c| c.1).sum();
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>\
         <w:top {BORDER}/><w:left {BORDER}/><w:bottom {BORDER}/><w:right {BORDER}/>\
         <w:insideH {BORDER}/><w:insideV {BORDER}/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>\
         <w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>\
         </w:tblPr><w:tblGrid>"
    ));
    for (_, w) in COLUMNS {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    let head: Vec<String> = COLUMNS.iter().map(|c| c.0.to_string()).collect();
    row(out, &head, true);
    for r in &review.rows {
        row(out, &cells(r), false);
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between a table and what follows.
    paragraph(out, "", "", "");
}

fn row(out: &mut String, cells: &[String], header: bool) {
    out.push_str("<w:tr>");
    if header {
        out.push_str("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    }
    let line = format!(
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{CELL_LINE}\" w:lineRule=\"exact\"/>\
         <w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
    );
    for (i, (text, (_, w))) in cells.iter().zip(COLUMNS.iter()).enumerate() {
        let centred = header || matches!(i, 0 | 3 | 4 | 5);
        let jc = if centred {
            "<w:jc w:val=\"center\"/>"
        } else {
            "<w:jc w:val=\"left\"/>"
        };
        let shade = if header {
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>"
        } else {
            ""
        };
        out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/>{shade}<w:vAlign w:val=\"{}\"/></w:tcPr>",
            if header { "center" } else { "top" }
        ));
        let face = if header {
            "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\" w:cs=\"Times New Roman\"/>"
        } else {
            ""
        };
        let rpr = format!(
            "{face}<w:spacing w:val=\"0\"/><w:sz w:val=\"{CELL_SZ}\"/><w:szCs w:val=\"{CELL_SZ}\"/>"
        );
        let ppr = format!("{line}{jc}");
        // Every cell ends with a paragraph, one per line of its text.
        let lines: Vec<&str> = text.lines().collect();
        if lines.is_empty() {
            paragraph(out, &ppr, &rpr, "");
        }
        for l in lines {
            paragraph(out, &ppr, &rpr, l);
        }
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
}
