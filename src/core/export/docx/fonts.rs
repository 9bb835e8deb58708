//! `word/fontTable.xml`: every face the styles name, with the face Windows
//! ships as its `altName` (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体,
//! 方正小标宋简体 → 宋体), charset 86 (GB2312) and its panose, so Word and
//! WPS substitute the standard Windows face and LibreOffice at least picks
//! a Chinese font of the right family. With `fonts: "standard"` the
//! *_GB2312 entries are left out.

use super::{W_NS, XML_DECL};
use crate::core::model::Fonts;

/// (name, altName, panose, family, pitch, charset)
pub const FONTS: [(&str, &str, &str, &str, &str, &str); 8] = [
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

pub fn font_table_xml(fonts: Fonts) -> String {
    let mut s = format!("{XML_DECL}<w:fonts xmlns:w=\"{W_NS}\">");
    for (name, alt, panose, family, pitch, charset) in FONTS {
        if fonts == Fonts::Standard && name.contains("_GB2312") {
            continue;
        }
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
