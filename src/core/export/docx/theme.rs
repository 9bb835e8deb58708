//! `word/theme/theme1.xml`: the theme Word expects behind every document
//! (the validator requires the main part's theme relationship). Its font
//! scheme names the document's own faces, so no reader falls back to a
//! theme face the document never uses (Calibri, 等线) and WPS does not warn
//! about fonts the document does not need: minor (body) = 仿宋 or
//! 仿宋_GB2312 per `format.fonts`, major (headings) = 黑体, Latin = Times New
//! Roman. The colours and formats are Office's defaults; nothing in the
//! document refers to them. Children are in the schema's order
//! (CT_OfficeStyleSheet, CT_BaseStyles, CT_FontCollection).

use super::XML_DECL;
use crate::core::export::faces::{Faces, LATIN};

const A_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

/// Office's default colour scheme.
const COLORS: &str = concat!(
    "<a:clrScheme name=\"Office\">",
    "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>",
    "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>",
    "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2>",
    "<a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>",
    "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1>",
    "<a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>",
    "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3>",
    "<a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>",
    "<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5>",
    "<a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>",
    "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink>",
    "<a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>",
    "</a:clrScheme>"
);

/// The smallest format scheme the schema allows: three plain entries in
/// each list.
const FORMATS: &str = concat!(
    "<a:fmtScheme name=\"Office\"><a:fillStyleLst>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "</a:fillStyleLst><a:lnStyleLst>",
    "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>",
    "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>",
    "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>",
    "</a:lnStyleLst><a:effectStyleLst>",
    "<a:effectStyle><a:effectLst/></a:effectStyle>",
    "<a:effectStyle><a:effectLst/></a:effectStyle>",
    "<a:effectStyle><a:effectLst/></a:effectStyle>",
    "</a:effectStyleLst><a:bgFillStyleLst>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "</a:bgFillStyleLst></a:fmtScheme>"
);

/// One font collection: Latin, East Asian, complex script, and the face for
/// Simplified Chinese (`Hans`), which Word prefers over `ea` for zh-CN.
fn font_collection(tag: &str, ea: &str) -> String {
    format!(
        "<a:{tag}><a:latin typeface=\"{LATIN}\"/><a:ea typeface=\"{ea}\"/><a:cs typeface=\"{LATIN}\"/>\
         <a:font script=\"Hans\" typeface=\"{ea}\"/></a:{tag}>"
    )
}

pub fn theme_xml(faces: &Faces) -> String {
    format!(
        "{XML_DECL}<a:theme xmlns:a=\"{A_NS}\" name=\"union-plan\"><a:themeElements>{COLORS}\
         <a:fontScheme name=\"union-plan\">{}{}</a:fontScheme>{FORMATS}</a:themeElements>\
         <a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        font_collection("majorFont", faces.heiti),
        font_collection("minorFont", faces.fangsong),
    )
}
