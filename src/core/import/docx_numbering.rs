//! Word's automatic numbering, turned back into the labels Word shows
//! (`一、` `（一）` `1.` `（1）` `第一章`). A numbered paragraph holds no label
//! in its text: it names a list (`w:numPr`: `w:numId`, level `w:ilvl`),
//! directly or through its paragraph style (`w:pStyle`, styles.xml), and
//! `word/numbering.xml` says how each level of that list is written
//! (`w:numFmt` `chineseCounting`, `w:lvlText` `%1、`, `w:start`). Counting
//! follows Word: one counter per level of each abstract list, a level's
//! number resets the levels below it, a `w:startOverride` restarts a level
//! where its list instance is first used. Bullets and `none` give no label.
//! Input: numbering.xml and styles.xml text (each may be missing); output:
//! `Numbering`, asked for each paragraph's label by `docx::xml_to_text`.

use std::collections::HashMap;

/// How one level of a list is written.
#[derive(Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
    /// `w:isLgl`: every number in the label as an Arabic numeral
    legal: bool,
    /// `w:suff`: what follows the label (`tab` unless `space`/`nothing`)
    suffix: Option<String>,
    /// `w:pStyle`: the paragraph style this level belongs to
    style: Option<String>,
}

/// The lists of one document, and the counters while it is read.
#[derive(Default)]
pub(super) struct Numbering {
    /// abstract list id → its levels by `w:ilvl`
    abstracts: HashMap<String, Vec<Level>>,
    /// list instance (`w:numId`) → (abstract list id, start overrides by level)
    instances: HashMap<String, (String, Vec<(usize, u32)>)>,
    /// paragraph style id → (`w:numId`, `w:ilvl` when the style gives one)
    styles: HashMap<String, (String, Option<usize>)>,
    /// abstract list id → the current number of each level (0: not begun)
    counters: HashMap<String, [u32; 9]>,
    /// instances whose start overrides have been applied
    started: Vec<String>,
    /// labels written so far
    pub(super) restored: usize,
    /// numbered paragraphs whose list the document does not define
    pub(super) unknown: usize,
}

/// The paragraph's own numbering, as its `w:pPr` states it.
#[derive(Default)]
pub(super) struct ParaNum {
    pub(super) style: Option<String>,
    pub(super) num_id: Option<String>,
    pub(super) level: Option<usize>,
}

/// Each tag of an XML text: (name, the tag's text, closing, self-closing).
fn tags(xml: &str) -> impl Iterator<Item = (&str, &str, bool, bool)> {
    xml.split('<').skip(1).filter_map(|t| {
        let tag = &t[..t.find('>')?];
        if tag.starts_with(['?', '!']) {
            return None;
        }
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()?;
        Some((name, tag, closing, tag.ends_with('/')))
    })
}

/// The value of attribute `name` in a tag's text (`w:val="…"`).
pub(super) fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(k) = rest.find(name) {
        let after = &rest[k + name.len()..];
        let boundary = k == 0 || rest[..k].ends_with(char::is_whitespace);
        if boundary {
            if let Some(v) = after.strip_prefix("=\"") {
                return v.split('"').next();
            }
            if let Some(v) = after.strip_prefix("='") {
                return v.split('\'').next();
            }
        }
        rest = after;
    }
    None
}

fn val(tag: &str) -> Option<&str> {
    attr(tag, "w:val")
}

impl Numbering {
    /// The lists of numbering.xml and the numbered paragraph styles of
    /// styles.xml (either may be empty).
    pub(super) fn parse(numbering: &str, styles: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut abs: Option<(String, Vec<Level>)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut num: Option<(String, String, Vec<(usize, u32)>)> = None;
        let mut override_level = 0usize;
        for (name, tag, closing, self_closing) in tags(numbering) {
            match (name, closing) {
                ("w:abstractNum", false) => {
                    abs = attr(tag, "w:abstractNumId").map(|id| (id.to_string(), Vec::new()));
                }
                ("w:abstractNum", true) => {
                    if let Some((id, levels)) = abs.take() {
                        n.abstracts.insert(id, levels);
                    }
                }
                ("w:lvl", false) if abs.is_some() && !self_closing => {
                    let ilvl = attr(tag, "w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    let level = Level {
                        start: 1,
                        format: "decimal".into(),
                        ..Default::default()
                    };
                    lvl = Some((ilvl, level));
                }
                ("w:lvl", true) => {
                    if let (Some((i, l)), Some((_, levels))) = (lvl.take(), abs.as_mut()) {
                        if i < 9 {
                            if levels.len() <= i {
                                levels.resize(i + 1, Level::default());
                            }
                            levels[i] = l;
                        }
                    }
                }
                ("w:num", false) if !self_closing => {
                    num = attr(tag, "w:numId").map(|id| (id.to_string(), String::new(), vec![]));
                }
                ("w:num", true) => {
                    if let Some((id, a, o)) = num.take() {
                        n.instances.insert(id, (a, o));
                    }
                }
                ("w:abstractNumId", false) => {
                    if let (Some(num), Some(v)) = (num.as_mut(), val(tag)) {
                        num.1 = v.to_string();
                    }
                }
                ("w:lvlOverride", false) => {
                    override_level = attr(tag, "w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                }
                ("w:startOverride", false) => {
                    if let (Some(num), Some(v)) =
                        (num.as_mut(), val(tag).and_then(|v| v.parse().ok()))
                    {
                        num.2.push((override_level, v));
                    }
                }
                _ => {
                    let Some((_, l)) = lvl.as_mut() else { continue };
                    let v = val(tag).map(str::to_string);
                    match name {
                        "w:start" => l.start = v.and_then(|v| v.parse().ok()).unwrap_or(1),
                        "w:numFmt" => l.format = v.unwrap_or_default(),
                        "w:lvlText" => l.text = v.unwrap_or_default(),
                        "w:isLgl" => l.legal = v.as_deref() != Some("0"),
                        "w:suff" => l.suffix = v,
                        "w:pStyle" => l.style = v,
                        _ => {}
                    }
                }
            }
        }
        n.read_styles(styles);
        n
    }

    /// Paragraph styles that number their paragraphs, own or inherited
    /// (`w:basedOn`).
    fn read_styles(&mut self, styles: &str) {
        let mut based: HashMap<String, String> = HashMap::new();
        let mut style: Option<String> = None;
        let mut own: ParaNum = ParaNum::default();
        for (name, tag, closing, _) in tags(styles) {
            match (name, closing) {
                ("w:style", false) => {
                    style = attr(tag, "w:styleId").map(str::to_string);
                    own = ParaNum::default();
                }
                ("w:style", true) => {
                    if let (Some(s), Some(id)) = (style.take(), own.num_id.take()) {
                        self.styles.insert(s, (id, own.level));
                    }
                }
                ("w:basedOn", false) => {
                    if let (Some(s), Some(v)) = (&style, val(tag)) {
                        based.insert(s.clone(), v.to_string());
                    }
                }
                ("w:numId", false) => own.num_id = val(tag).map(str::to_string),
                ("w:ilvl", false) => own.level = val(tag).and_then(|v| v.parse().ok()),
                _ => {}
            }
        }
        for s in based.keys() {
            let mut parent = based.get(s);
            for _ in 0..8 {
                let Some(p) = parent else { break };
                if self.styles.contains_key(s) {
                    break;
                }
                if let Some(found) = self.styles.get(p).cloned() {
                    self.styles.insert(s.clone(), found);
                    break;
                }
                parent = based.get(p);
            }
        }
    }

    /// The label Word shows before the paragraph (`一、`), with a space
    /// after it where Word leaves room and the label ends on a word
    /// (`第一章 总则`); `None` for a paragraph without numbering.
    pub(super) fn label(&mut self, p: &ParaNum) -> Option<String> {
        let by_style = p.style.as_ref().and_then(|s| self.styles.get(s).cloned());
        let num_id = p
            .num_id
            .clone()
            .or_else(|| by_style.as_ref().map(|b| b.0.clone()))?;
        if num_id == "0" {
            return None; // numbering switched off for this paragraph
        }
        let Some((abs, overrides)) = self.instances.get(&num_id).cloned() else {
            self.unknown += 1;
            return None;
        };
        let Some(levels) = self.abstracts.get(&abs).cloned() else {
            self.unknown += 1;
            return None;
        };
        // the level: the paragraph's, the style's, the level tied to the style
        let level = p
            .level
            .or_else(|| by_style.as_ref().and_then(|b| b.1))
            .or_else(|| {
                let s = p.style.as_deref()?;
                levels.iter().position(|l| l.style.as_deref() == Some(s))
            })
            .unwrap_or(0)
            .min(8);
        let def = levels.get(level)?;
        let counters = self.counters.entry(abs.clone()).or_insert([0; 9]);
        if !self.started.contains(&num_id) {
            self.started.push(num_id.clone());
            for (l, start) in overrides {
                if l < 9 {
                    counters[l] = start.saturating_sub(1);
                    counters[l + 1..].fill(0);
                }
            }
        }
        counters[level] = match counters[level] {
            0 => def.start.max(1),
            n => n.saturating_add(1),
        };
        counters[level + 1..].fill(0);
        if matches!(def.format.as_str(), "bullet" | "none") || def.text.is_empty() {
            return None;
        }
        let counters = *counters;
        let mut out = String::new();
        let mut rest = def.text.as_str();
        while let Some(k) = rest.find('%') {
            out.push_str(&rest[..k]);
            let d = rest[k + 1..].chars().next().and_then(|c| c.to_digit(10));
            match d {
                Some(d @ 1..=9) => {
                    let l = d as usize - 1;
                    let n = counters[l].max(levels.get(l).map_or(1, |x| x.start));
                    let format = if def.legal {
                        "decimal"
                    } else {
                        levels.get(l).map_or("decimal", |x| &x.format)
                    };
                    out.push_str(&number(n, format));
                    rest = &rest[k + 2..];
                }
                _ => {
                    out.push('%');
                    rest = &rest[k + 1..];
                }
            }
        }
        out.push_str(rest);
        self.restored += 1;
        let spaced = def.suffix.as_deref() != Some("nothing")
            && out.chars().last().is_some_and(|c| c.is_alphanumeric());
        if spaced {
            out.push(' ');
        }
        Some(out)
    }
}

/// Number `n` in Word's format `format` (ECMA-376 ST_NumberFormat; the
/// formats Chinese documents use, any other as an Arabic numeral).
fn number(n: u32, format: &str) -> String {
    const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    const PAREN: &str = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
    const STOP: &str = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
    const STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
    const BRANCHES: &str = "子丑寅卯辰巳午未申酉戌亥";
    let nth = |set: &str| set.chars().nth(n as usize - 1).map(String::from);
    let letters = |upper: bool| {
        let base = if upper { b'A' } else { b'a' };
        let c = (base + ((n - 1) % 26) as u8) as char;
        c.to_string().repeat((n as usize - 1) / 26 + 1)
    };
    let found = match format {
        _ if n == 0 => None,
        "chineseCounting"
        | "chineseCountingThousand"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "japaneseCounting"
        | "ideographDigital" => Some(crate::core::numbering::cn_number(n)),
        "chineseLegalSimplified" | "ideographLegalTraditional" => {
            Some(legal_capitals(n, format == "chineseLegalSimplified"))
        }
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" | "ideographEnclosedCircle" => {
            nth(CIRCLED)
        }
        "decimalEnclosedParen" => nth(PAREN),
        "decimalEnclosedFullstop" => nth(STOP),
        "ideographTraditional" => nth(STEMS),
        "ideographZodiac" | "ideographZodiacTraditional" => nth(BRANCHES),
        "decimalZero" if n < 10 => Some(format!("0{n}")),
        "decimalFullWidth" | "decimalFullWidth2" => Some(
            n.to_string()
                .chars()
                .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
                .collect(),
        ),
        // (a file's absurd start numbers stay Arabic numerals)
        "upperLetter" if n <= 26 * 8 => Some(letters(true)),
        "lowerLetter" if n <= 26 * 8 => Some(letters(false)),
        "upperRoman" if n < 4000 => Some(roman(n)),
        "lowerRoman" if n < 4000 => Some(roman(n).to_lowercase()),
        _ => None,
    };
    found.unwrap_or_else(|| n.to_string())
}

/// 壹贰叁… (financial capitals) for 1..=99, `simplified` or traditional.
fn legal_capitals(n: u32, simplified: bool) -> String {
    let digits: Vec<char> = if simplified {
        "零壹贰叁肆伍陆柒捌玖".chars().collect()
    } else {
        "零壹貳參肆伍陸柒捌玖".chars().collect()
    };
    let plain = crate::core::numbering::cn_number(n);
    plain
        .chars()
        .map(|c| match c {
            '十' => '拾',
            '〇' => digits[0],
            c => "〇一二三四五六七八九"
                .chars()
                .position(|d| d == c)
                .map_or(c, |k| digits[k]),
        })
        .collect()
}

fn roman(mut n: u32) -> String {
    const R: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in R {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A union plan's usual four levels in one list, as WPS and Word write
    /// them (`一、` `（一）` `1.` `（1）`), and a chapter list tied to a style.
    const LISTS: &str = concat!(
        r#"<w:numbering xmlns:w="w">"#,
        r#"<w:abstractNum w:abstractNumId="0">"#,
        r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>"#,
        r#"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>"#,
        r#"<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>"#,
        r#"<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>"#,
        r#"</w:abstractNum>"#,
        r#"<w:abstractNum w:abstractNumId="1">"#,
        r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:pStyle w:val="2"/></w:lvl>"#,
        r#"<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>"#,
        r#"</w:abstractNum>"#,
        r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        r#"<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#,
        r#"<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#,
        r#"</w:numbering>"#
    );

    const STYLES: &str = concat!(
        r#"<w:styles xmlns:w="w">"#,
        r#"<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>"#,
        r#"<w:style w:type="paragraph" w:styleId="a5"><w:basedOn w:val="2"/></w:style>"#,
        r#"</w:styles>"#
    );

    fn para(num: &str, level: usize) -> ParaNum {
        ParaNum {
            style: None,
            num_id: Some(num.into()),
            level: Some(level),
        }
    }

    #[test]
    fn the_four_levels_count_as_word_shows_them() {
        let mut n = Numbering::parse(LISTS, "");
        let labels: Vec<String> = [0, 1, 1, 2, 2, 3, 0, 1, 2]
            .iter()
            .map(|l| n.label(&para("1", *l)).unwrap())
            .collect();
        // (a label ending on punctuation gets no room after it)
        assert_eq!(
            labels,
            [
                "一、",
                "（一）",
                "（二）",
                "1.",
                "2.",
                "（1）",
                "二、",
                "（一）",
                "1."
            ]
        );
        assert_eq!(n.restored, 9);
        // a second instance of the same list that starts again at 1
        assert_eq!(n.label(&para("3", 0)).as_deref(), Some("一、"));
        // the same instance goes on
        assert_eq!(n.label(&para("3", 0)).as_deref(), Some("二、"));
    }

    #[test]
    fn numbering_from_the_paragraph_style_and_the_style_it_is_based_on() {
        let mut n = Numbering::parse(LISTS, STYLES);
        let styled = |s: &str| ParaNum {
            style: Some(s.into()),
            ..Default::default()
        };
        // the level tied to the style, a word-ending label spaced
        assert_eq!(n.label(&styled("2")).as_deref(), Some("第一章 "));
        assert_eq!(n.label(&styled("a5")).as_deref(), Some("第二章 "));
        // a style without numbering, numbering switched off, a bullet
        assert_eq!(n.label(&styled("Normal")), None);
        let off = ParaNum {
            style: Some("2".into()),
            num_id: Some("0".into()),
            level: None,
        };
        assert_eq!(n.label(&off), None);
        assert_eq!(n.label(&para("2", 1)), None);
        assert_eq!(n.unknown, 0);
        // a list the file does not define is counted, not guessed
        assert_eq!(n.label(&para("9", 0)), None);
        assert_eq!(n.unknown, 1);
    }

    #[test]
    fn number_formats_of_chinese_documents() {
        assert_eq!(number(12, "chineseCounting"), "十二");
        assert_eq!(number(3, "ideographTraditional"), "丙");
        assert_eq!(number(12, "chineseLegalSimplified"), "拾贰");
        assert_eq!(number(2, "decimalEnclosedCircleChinese"), "②");
        assert_eq!(number(4, "decimalEnclosedParen"), "⑷");
        assert_eq!(number(5, "decimalZero"), "05");
        assert_eq!(number(12, "decimalFullWidth"), "１２");
        assert_eq!(number(4, "upperRoman"), "IV");
        assert_eq!(number(28, "lowerLetter"), "bb");
        assert_eq!(number(7, "cardinalText"), "7");
        assert_eq!(number(u32::MAX, "upperRoman"), u32::MAX.to_string());
        assert_eq!(number(u32::MAX, "lowerLetter"), u32::MAX.to_string());
        assert_eq!(attr(r#"w:lvl w:ilvl="2" w:tplc='x'"#, "w:tplc"), Some("x"));
        assert_eq!(attr(r#"w:num w:numIdx="1""#, "w:numId"), None);
    }
}
