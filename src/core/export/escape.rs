//! Sanitising and escaping shared by every exporter, plus the measure of
//! text width that places the signature.
//!
//! User text may hold anything a browser lets through: control characters
//! pasted from old systems, U+FFFE/U+FFFF, stray line breaks in one-line
//! fields. XML 1.0 forbids U+0000-U+001F except tab, line feed and carriage
//! return, and U+FFFE/U+FFFF; those are dropped. (A Rust `str` holds no lone
//! surrogates: the browser has already turned them into U+FFFD, which is kept.)

/// True for characters XML 1.0 (and so OOXML) cannot carry at all, plus
/// carriage return, which never belongs inside a paragraph.
pub fn is_dropped(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{d}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// The text of one printed paragraph: forbidden characters dropped and any
/// line feed that slipped into a one-line field turned into a space (the
/// layout has already split multi-line fields into paragraphs). Tabs stay.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\n' {
            out.push(' ');
        } else if !is_dropped(c) {
            out.push(c);
        }
    }
    out
}

/// Appends `s` to `out` escaped for XML text and attribute values (and so for
/// HTML): `& < > " '` become entities, forbidden characters are dropped,
/// line feeds become spaces. `]]>` cannot survive because `>` is escaped.
pub fn push_xml(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push(' '),
            c if is_dropped(c) => {}
            c => out.push(c),
        }
    }
}

/// `push_xml` into a new string.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_xml(&mut out, s);
    out
}

/// Width of text in characters of the body font: CJK characters and
/// full-width forms count 1, everything narrower (Latin, digits, ASCII
/// punctuation) counts ½. Good enough to place a signature.
pub fn width(s: &str) -> f32 {
    s.chars().map(|c| if is_wide(c) { 1.0 } else { 0.5 }).sum()
}

/// Characters set on a full em in a Chinese font.
pub fn is_wide(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x1100..=0x115F
        | 0x2014 | 0x2026 | 0x2018..=0x201D   // dash, ellipsis, quotes in CJK fonts
        | 0x2E80..=0x303E | 0x3040..=0xA4CF | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF | 0x20000..=0x3FFFD)
}

/// Right indents, in characters, of the signature's organisation and date
/// lines as GB/T 9704-2012 places them: the date four characters from the
/// right margin, the organisation centred over the date. When the
/// organisation is so long that centring would push it nearer than two
/// characters to the margin, it keeps two characters and the date moves left
/// to stay centred under it. Missing lines count as width 0.
pub fn signature_indents(org: Option<&str>, date: Option<&str>) -> (f32, f32) {
    let wo = org.map(width).unwrap_or(0.0);
    let wd = date.map(width).unwrap_or(0.0);
    let date_right = f32::max(4.0, 2.0 + (wo - wd) / 2.0);
    let org_right = date_right + (wd - wo) / 2.0;
    // Round to half characters: what a full-width space pad can show.
    let half = |x: f32| (x * 2.0).round() / 2.0;
    (half(org_right), half(date_right))
}

/// Right indents, in characters, of a signature without a seal (GB/T
/// 9704-2012 7.3.5.2): the organisation two characters from the right
/// margin, the date on the next line starting two characters right of the
/// organisation's first character. A date that would then come nearer than
/// two characters to the margin (a date about as long as the organisation,
/// or longer) keeps two characters, and the organisation moves left to keep
/// the two-character step ("相应增加发文机关署名右空字数").
pub fn signature_indents_unsealed(org: Option<&str>, date: Option<&str>) -> (f32, f32) {
    let wo = org.map(width).unwrap_or(0.0);
    let wd = date.map(width).unwrap_or(0.0);
    let half = |x: f32| (x * 2.0).round() / 2.0;
    if org.is_none() || date.is_none() {
        return (2.0, 2.0);
    }
    let date_right = f32::max(2.0, wo - wd);
    let org_right = date_right + wd + 2.0 - wo;
    (half(org_right), half(date_right))
}

/// The signature's right indents for a sealed document (7.3.5.1, also the
/// placement of a document that is not issued as a 文件) or one without a
/// seal (7.3.5.2).
pub fn signature_indents_for(sealed: bool, org: Option<&str>, date: Option<&str>) -> (f32, f32) {
    if sealed {
        signature_indents(org, date)
    } else {
        signature_indents_unsealed(org, date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_xml_characters_are_dropped_and_tabs_kept() {
        let s: String =
            (0u8..0x20).map(|b| b as char).collect::<String>() + "a\u{fffe}b\u{ffff}c\u{fffd}";
        assert_eq!(one_line(&s), "\t abc\u{fffd}");
        assert_eq!(xml("x\u{0}y\u{1b}z"), "xyz");
    }

    #[test]
    fn xml_escapes_all_five_specials() {
        assert_eq!(
            xml(r#"<a href="x">&'</a>]]>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;]]&gt;"
        );
    }

    #[test]
    fn signature_date_sits_four_characters_in_with_organisation_centred_over_it() {
        // 实验小学工会 = 6 wide; 2025年1月6日 = 4 digits ½ + 3 CJK + 2 digits ½ = 6.
        let (o, d) = signature_indents(Some("实验小学工会"), Some("2025年1月6日"));
        assert_eq!((o, d), (4.0, 4.0));
        // Short organisation: centred over the date, further from the margin.
        let (o, d) = signature_indents(Some("区总工会"), Some("二〇二五年十二月二十日"));
        assert_eq!(d, 4.0);
        assert_eq!(o, 4.0 + (11.0 - 4.0) / 2.0);
        // Very long organisation keeps two characters, the date moves in.
        let (o, d) = signature_indents(
            Some("某某市某某区某某街道社区工会联合会"),
            Some("2025年1月6日"),
        );
        assert_eq!(o, 2.0);
        assert_eq!(d, 2.0 + (17.0 - 6.0) / 2.0);
    }

    #[test]
    fn unsealed_signature_sits_two_characters_in_with_the_date_two_characters_right() {
        // 市交通运输局机关工会委员会 = 13 wide, 2027年1月8日 = 6 wide: the
        // organisation spans 15..2 from the margin, the date starts at 13
        // and ends 7 from the margin.
        let (o, d) =
            signature_indents_unsealed(Some("市交通运输局机关工会委员会"), Some("2027年1月8日"));
        assert_eq!((o, d), (2.0, 7.0));
        // A date longer than the organisation keeps two characters; the
        // organisation moves left to keep the two-character step.
        let (o, d) = signature_indents_unsealed(Some("区总工会"), Some("2027年12月20日"));
        assert_eq!(d, 2.0);
        assert_eq!(o, 2.0 + 7.0 + 2.0 - 4.0);
        // Only one line: two characters in.
        assert_eq!(
            signature_indents_unsealed(Some("区总工会"), None),
            (2.0, 2.0)
        );
        assert_eq!(
            signature_indents_for(true, Some("实验小学工会"), Some("2025年1月6日")),
            (4.0, 4.0)
        );
    }
}
