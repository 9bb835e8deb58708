//! The faces of the official layout for each `format.fonts` setting, shared
//! by the DOCX (face names) and the HTML export (CSS font-family lists).
//!
//! `gb2312` names the fonts GB/T 9704 names (仿宋_GB2312, 楷体_GB2312);
//! `standard` names the faces every Windows ships (仿宋, 楷体), which many
//! offices prefer because the *_GB2312 fonts lack rare characters. 黑体 and
//! 方正小标宋简体 are the same in both. With `standard`, no `_GB2312` name
//! appears in any file we write.

use crate::core::model::Fonts;

/// The East Asian faces of one setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Faces {
    /// 仿宋: body text, levels 3-4.
    pub fangsong: &'static str,
    /// 楷体: level 2 and month headings.
    pub kaiti: &'static str,
    /// 黑体: level 1.
    pub heiti: &'static str,
    /// 方正小标宋简体: titles.
    pub title: &'static str,
    /// CSS font-family lists of the same faces with their fallbacks.
    pub css_fangsong: &'static str,
    pub css_kaiti: &'static str,
    pub css_heiti: &'static str,
    pub css_title: &'static str,
}

/// 宋体: page numbers (the same in both settings).
pub const SONG: &str = "宋体";
/// Latin letters and digits.
pub const LATIN: &str = "Times New Roman";

const CSS_HEITI: &str = "\"黑体\", SimHei, \"Heiti SC\", \"Noto Sans CJK SC\", sans-serif";
const CSS_TITLE: &str = "\"方正小标宋简体\", \"方正小标宋_GBK\", \"宋体\", SimSun, \"Songti SC\", \"Noto Serif CJK SC\", serif";

const GB2312: Faces = Faces {
    fangsong: "仿宋_GB2312",
    kaiti: "楷体_GB2312",
    heiti: "黑体",
    title: "方正小标宋简体",
    css_fangsong:
        "\"仿宋_GB2312\", \"仿宋\", FangSong, STFangsong, \"华文仿宋\", \"Noto Serif CJK SC\", serif",
    css_kaiti: "\"楷体_GB2312\", \"楷体\", KaiTi, STKaiti, \"华文楷体\", serif",
    css_heiti: CSS_HEITI,
    css_title: CSS_TITLE,
};

const STANDARD: Faces = Faces {
    fangsong: "仿宋",
    kaiti: "楷体",
    heiti: "黑体",
    title: "方正小标宋简体",
    css_fangsong: "\"仿宋\", FangSong, STFangsong, \"华文仿宋\", \"Noto Serif CJK SC\", serif",
    css_kaiti: "\"楷体\", KaiTi, STKaiti, \"华文楷体\", serif",
    css_heiti: CSS_HEITI,
    css_title: CSS_TITLE,
};

/// The faces of a `fonts` setting.
pub fn of(fonts: Fonts) -> &'static Faces {
    match fonts {
        Fonts::Gb2312 => &GB2312,
        Fonts::Standard => &STANDARD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_faces_name_no_gb2312_font() {
        let f = of(Fonts::Standard);
        for s in [
            f.fangsong,
            f.kaiti,
            f.heiti,
            f.title,
            f.css_fangsong,
            f.css_kaiti,
            f.css_heiti,
            f.css_title,
        ] {
            assert!(!s.contains("_GB2312"), "{s}");
        }
        assert_eq!((f.fangsong, f.kaiti), ("仿宋", "楷体"));
        let g = of(Fonts::Gb2312);
        assert_eq!((g.fangsong, g.kaiti), ("仿宋_GB2312", "楷体_GB2312"));
        assert_eq!((g.heiti, g.title), (f.heiti, f.title));
        // Each CSS list starts with its face.
        for f in [f, g] {
            assert!(f.css_fangsong.starts_with(&format!("\"{}\"", f.fangsong)));
            assert!(f.css_kaiti.starts_with(&format!("\"{}\"", f.kaiti)));
        }
    }
}
