//! `word/styles.xml` and `word/settings.xml`: the paragraph styles of the
//! official layout (faces from `format.fonts`, sizes, exact line spacing,
//! indents) and the document settings (compatibility mode 15, odd/even
//! footers when page numbers sit outside).

use super::{
    BODY_SZ, CHAR_CONDENSE, CHAR_TWIPS, FOOTER_LINE, FOOTER_SZ, LINE_PITCH, PART_TITLE_SZ,
    TITLE_SZ, W_NS, XML_DECL,
};
use crate::core::export::faces::{Faces, LATIN, SONG};
use crate::core::model::PageNumbers;

fn east_asia(face: &str) -> String {
    format!("<w:rFonts w:ascii=\"{LATIN}\" w:hAnsi=\"{LATIN}\" w:eastAsia=\"{face}\" w:cs=\"{LATIN}\"/>")
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

pub fn styles_xml(faces: &Faces) -> String {
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
    // Defaults: 16 pt 仿宋(_GB2312), exact 28.95 pt lines, Chinese language.
    // `w:hint="eastAsia"` sets quotes, dashes and ellipses in the Chinese face.
    s.push_str(&format!(
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" \
         w:eastAsia=\"{}\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/><w:kern w:val=\"2\"/>{}\
         <w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{lp}\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>\
         </w:docDefaults>",
        faces.fangsong,
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
            east_asia(faces.fangsong),
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
        &format!("{}{no_condense}{}", east_asia(faces.title), sz(TITLE_SZ)),
    ));
    s.push_str(&style(
        "PartTitle",
        "部分标题",
        Some("Normal"),
        &format!(
            "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"{lp}\" w:after=\"{lp}\"/>{no_indent}<w:jc w:val=\"center\"/>"
        ),
        &format!("{}{no_condense}{}", east_asia(faces.title), sz(PART_TITLE_SZ)),
    ));
    s.push_str(&style(
        "Heading1",
        "heading 1",
        Some("Normal"),
        &heading(0),
        &format!("{}{}", east_asia(faces.heiti), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Heading2",
        "heading 2",
        Some("Normal"),
        &heading(1),
        &format!("{}{}", east_asia(faces.kaiti), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Heading3",
        "heading 3",
        Some("Normal"),
        &outline(2),
        &format!("{}<w:b/><w:bCs/>{}", east_asia(faces.fangsong), sz(BODY_SZ)),
    ));
    s.push_str(&style(
        "Heading4",
        "heading 4",
        Some("Normal"),
        &outline(3),
        &format!("{}{}", east_asia(faces.fangsong), sz(BODY_SZ)),
    ));
    // Month headings of the schedule sit under 活动安排 like level-2 headings.
    s.push_str(&style(
        "MonthHeading",
        "月份标题",
        Some("Normal"),
        "<w:keepNext/><w:outlineLvl w:val=\"1\"/>",
        &format!("{}{}", east_asia(faces.kaiti), sz(BODY_SZ)),
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
        &format!("<w:rFonts w:ascii=\"{SONG}\" w:hAnsi=\"{SONG}\" w:eastAsia=\"{SONG}\" w:cs=\"{SONG}\"/>{no_condense}{}", sz(FOOTER_SZ)),
    ));
    s.push_str(&super::issued::styles(faces));
    s.push_str("</w:styles>");
    s
}

/// Settings, children in the schema's order (CT_Settings): separate odd and
/// even footers only for outside page numbers; compatibility mode 15 (Word
/// 2013 and later) so Word does not open the file in compatibility mode;
/// theme font language and colour mapping as Word writes them.
pub fn settings_xml(page_numbers: PageNumbers) -> String {
    let even_odd = if page_numbers == PageNumbers::Outside {
        "<w:evenAndOddHeaders/>"
    } else {
        ""
    };
    format!(
        "{XML_DECL}<w:settings xmlns:w=\"{W_NS}\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"{CHAR_TWIPS}\"/>\
         {even_odd}<w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>\
         <w:clrSchemeMapping w:bg1=\"light1\" w:t1=\"dark1\" w:bg2=\"light2\" w:t2=\"dark2\" w:accent1=\"accent1\" w:accent2=\"accent2\" \
         w:accent3=\"accent3\" w:accent4=\"accent4\" w:accent5=\"accent5\" w:accent6=\"accent6\" w:hyperlink=\"hyperlink\" \
         w:followedHyperlink=\"followedHyperlink\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"
    )
}
