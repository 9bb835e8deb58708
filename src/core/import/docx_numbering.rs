//! Word's automatic numbering, turned back into the labels Word shows
//! (`一、` `（一）` `1.` `（1）` `第一章`). A numbered paragraph holds no label
//! in its text: it names a list (`w:numPr`: `w:numId`, level `w:ilvl`),
//! directly or through its paragraph style (`w:pStyle`, styles.xml), and
//! `word/numbering.xml` says how each level of that list is written
//! (`w:numFmt` `chineseCounting`, `w:lvlText` `%1、`, `w:start`). Counting
//! follows Word: one counter per level of each abstract list, a level's
//! number resets the levels below it, a `w:startOverride` restarts a level
//! where its list instance is first used; a list that only points at a
//! list style (`w:numStyleLink`) counts on the list that style numbers
//! with. Bullets and `none` give no label.
//! Input: numbering.xml and styles.xml text (each may be missing); output:
//! `Numbering`, asked for each paragraph's label by `docx::xml_to_text`.
//! Everything is borrowed from the two texts (the tools module's size).

/// A few keyed entries, looked up by key (the last entry of a key wins);
/// a document has tens of lists at most.
type Map<'a, T> = Vec<(&'a str, T)>;

fn get<'m, T>(map: &'m [(&str, T)], key: &str) -> Option<&'m T> {
    map.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// How one level of a list is written.
#[derive(Clone, Copy, Default)]
struct Level<'a> {
    format: &'a str,
    text: &'a str,
    start: u32,
    /// `w:isLgl`: every number in the label as an Arabic numeral
    legal: bool,
    /// `w:suff`: what follows the label (`tab` unless `space`/`nothing`)
    suffix: Option<&'a str>,
    /// `w:pStyle`: the paragraph style this level belongs to
    style: Option<&'a str>,
}

/// The lists of one document, and the counters while it is read.
#[derive(Default)]
pub(super) struct Numbering<'a> {
    /// abstract list id → its levels by `w:ilvl`
    abstracts: Map<'a, Vec<Level<'a>>>,
    /// list instance (`w:numId`) → (abstract list id, start overrides by level)
    instances: Map<'a, (&'a str, Vec<(usize, u32)>)>,
    /// paragraph style id → (`w:numId`, `w:ilvl` when the style gives one)
    styles: Map<'a, (&'a str, Option<usize>)>,
    /// abstract list id → the current number of each level (`None`: not begun)
    counters: Map<'a, [Option<u32>; 9]>,
    /// instances whose start overrides have been applied
    started: Vec<&'a str>,
    /// labels written so far
    pub(super) restored: usize,
    /// numbered paragraphs whose list the document does not define
    pub(super) unknown: usize,
}

/// The paragraph's own numbering, as its `w:pPr` states it.
#[derive(Default)]
pub(super) struct ParaNum<'x> {
    pub(super) style: Option<&'x str>,
    pub(super) num_id: Option<&'x str>,
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
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
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

/// The `w:val` attribute of a tag.
pub(super) fn val(tag: &str) -> Option<&str> {
    attr(tag, "w:val")
}

impl<'a> Numbering<'a> {
    /// The lists of numbering.xml and the numbered paragraph styles of
    /// styles.xml (either may be empty).
    pub(super) fn parse(numbering: &'a str, styles: &'a str) -> Numbering<'a> {
        let mut n = Numbering::default();
        let mut abs: Option<(&str, Vec<Level>)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut num: Option<(&str, &str, Vec<(usize, u32)>)> = None;
        let mut override_level = 0usize;
        // abstract lists that only point at a list style (`w:numStyleLink`)
        let mut links: Map<&str> = Vec::new();
        for (name, tag, closing, self_closing) in tags(numbering) {
            match (name, closing) {
                ("w:abstractNum", false) => {
                    abs = attr(tag, "w:abstractNumId").map(|id| (id, Vec::new()));
                }
                ("w:abstractNum", true) => {
                    if let Some((id, levels)) = abs.take() {
                        n.abstracts.push((id, levels));
                    }
                }
                ("w:numStyleLink", false) => {
                    if let (Some((id, _)), Some(v)) = (&abs, val(tag)) {
                        links.push((id, v));
                    }
                }
                ("w:lvl", false) if abs.is_some() && !self_closing => {
                    let ilvl = attr(tag, "w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    let level = Level {
                        start: 1,
                        format: "decimal",
                        ..Default::default()
                    };
                    lvl = Some((ilvl, level));
                }
                ("w:lvl", true) => {
                    if let (Some((i, l)), Some((_, levels))) = (lvl.take(), abs.as_mut()) {
                        if i < 9 {
                            while levels.len() <= i {
                                levels.push(Level::default());
                            }
                            levels[i] = l;
                        }
                    }
                }
                ("w:num", false) if !self_closing => {
                    num = attr(tag, "w:numId").map(|id| (id, "", vec![]));
                }
                ("w:num", true) => {
                    if let Some((id, a, o)) = num.take() {
                        n.instances.push((id, (a, o)));
                    }
                }
                ("w:abstractNumId", false) => {
                    if let (Some(num), Some(v)) = (num.as_mut(), val(tag)) {
                        num.1 = v;
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
                    let v = val(tag);
                    match name {
                        "w:start" => l.start = v.and_then(|v| v.parse().ok()).unwrap_or(1),
                        "w:numFmt" => l.format = v.unwrap_or_default(),
                        "w:lvlText" => l.text = v.unwrap_or_default(),
                        "w:isLgl" => l.legal = v != Some("0"),
                        "w:suff" => l.suffix = v,
                        "w:pStyle" => l.style = v,
                        _ => {}
                    }
                }
            }
        }
        n.read_styles(styles);
        // a list instance of such a list counts on the list the style
        // numbers with (Word's list styles: `w:numStyleLink` → the style's
        // `w:numId` → its abstract list)
        for (abs, style) in links {
            let target = get(&n.styles, style)
                .and_then(|(num, _)| get(&n.instances, num))
                .map(|(a, _)| *a)
                .filter(|a| *a != abs);
            if let Some(target) = target {
                for (_, (a, _)) in n.instances.iter_mut().filter(|(_, (a, _))| *a == abs) {
                    *a = target;
                }
            }
        }
        n
    }

    /// Paragraph styles that number their paragraphs, own or inherited
    /// (`w:basedOn`).
    fn read_styles(&mut self, styles: &'a str) {
        let mut based: Map<&str> = Vec::new();
        let mut style: Option<&str> = None;
        let mut own: ParaNum = ParaNum::default();
        for (name, tag, closing, _) in tags(styles) {
            match (name, closing) {
                ("w:style", false) => {
                    style = attr(tag, "w:styleId");
                    own = ParaNum::default();
                }
                ("w:style", true) => {
                    if let (Some(s), Some(id)) = (style.take(), own.num_id.take()) {
                        self.styles.push((s, (id, own.level)));
                    }
                }
                ("w:basedOn", false) => {
                    if let (Some(s), Some(v)) = (style, val(tag)) {
                        based.push((s, v));
                    }
                }
                ("w:numId", false) => own.num_id = val(tag),
                ("w:ilvl", false) => own.level = val(tag).and_then(|v| v.parse().ok()),
                _ => {}
            }
        }
        for &(s, first) in &based {
            let mut parent = Some(&first);
            for _ in 0..8 {
                let Some(p) = parent else { break };
                if get(&self.styles, s).is_some() {
                    break;
                }
                if let Some(&found) = get(&self.styles, p) {
                    self.styles.push((s, found));
                    break;
                }
                parent = get(&based, p);
            }
        }
    }

    /// The label Word shows before the paragraph (`一、`), with a space
    /// after it where Word leaves room and the label ends on a word
    /// (`第一章 总则`); `None` for a paragraph without numbering.
    pub(super) fn label(&mut self, p: &ParaNum) -> Option<String> {
        let by_style = p.style.and_then(|s| get(&self.styles, s)).copied();
        let num_id = p.num_id.or(by_style.map(|b| b.0))?;
        if num_id == "0" {
            return None; // numbering switched off for this paragraph
        }
        let found = self.instances.iter().rev().find(|(k, _)| *k == num_id);
        let found =
            found.and_then(|(id, (abs, o))| Some((*id, *abs, o, get(&self.abstracts, abs)?)));
        let Some((num_id, abs, overrides, levels)) = found else {
            self.unknown += 1;
            return None;
        };
        // the level: the paragraph's, the style's, the level tied to the style
        let level = p
            .level
            .or(by_style.and_then(|b| b.1))
            .or_else(|| {
                let s = p.style?;
                levels.iter().position(|l| l.style == Some(s))
            })
            .unwrap_or(0)
            .min(8);
        let def = levels.get(level)?;
        if !self.counters.iter().any(|(k, _)| *k == abs) {
            self.counters.push((abs, [None; 9]));
        }
        let counters = &mut self.counters.iter_mut().rev().find(|(k, _)| *k == abs)?.1;
        if !self.started.contains(&num_id) {
            self.started.push(num_id);
            for &(l, start) in overrides {
                if l < 9 {
                    counters[l] = Some(start.saturating_sub(1));
                    counters[l + 1..].fill(None);
                }
            }
        }
        counters[level] = Some(match counters[level] {
            None => def.start,
            Some(n) => n.saturating_add(1),
        });
        counters[level + 1..].fill(None);
        if matches!(def.format, "bullet" | "none") || def.text.is_empty() {
            return None;
        }
        let counters = *counters;
        let mut out = String::new();
        let mut rest = def.text;
        while let Some(k) = rest.find('%') {
            out.push_str(&rest[..k]);
            let d = rest[k + 1..].chars().next().and_then(|c| c.to_digit(10));
            match d {
                Some(d @ 1..=9) => {
                    let l = d as usize - 1;
                    // (a level above that has not begun shows its start)
                    let n = counters[l].unwrap_or(levels.get(l).map_or(1, |x| x.start));
                    let format = match levels.get(l) {
                        Some(x) if !def.legal => x.format,
                        _ => "decimal",
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
        let spaced = def.suffix != Some("nothing")
            && out.chars().last().is_some_and(|c| {
                c.is_ascii_alphanumeric() || ('\u{3400}'..='\u{9fff}').contains(&c)
            });
        if spaced {
            out.push(' ');
        }
        Some(out)
    }
}

/// Number `n` in Word's format `format` (ECMA-376 ST_NumberFormat; the
/// formats Chinese documents use, any other, Roman numerals and 壹贰叁
/// among them, as an Arabic numeral).
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
        _ => None,
    };
    found.unwrap_or_else(|| n.to_string())
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
        // a list that only points at the list style `ListA` (numbered by list 1)
        r#"<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="ListA"/></w:abstractNum>"#,
        r#"<w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num>"#,
        r#"</w:numbering>"#
    );

    const STYLES: &str = concat!(
        r#"<w:styles xmlns:w="w">"#,
        r#"<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>"#,
        r#"<w:style w:type="paragraph" w:styleId="a5"><w:basedOn w:val="2"/></w:style>"#,
        r#"<w:style w:type="numbering" w:styleId="ListA"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#,
        r#"</w:styles>"#
    );

    fn para(num: &str, level: usize) -> ParaNum<'_> {
        ParaNum {
            style: None,
            num_id: Some(num),
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
        // a list that starts at 3 (`w:start`) and an instance that restarts it at 1
        let lists = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#;
        let mut n = Numbering::parse(lists, "");
        assert_eq!(n.label(&para("1", 0)).as_deref(), Some("3."));
        assert_eq!(n.label(&para("2", 0)).as_deref(), Some("1."));
        assert_eq!(n.label(&para("2", 0)).as_deref(), Some("2."));
    }

    #[test]
    fn numbering_from_the_paragraph_style_and_the_style_it_is_based_on() {
        let mut n = Numbering::parse(LISTS, STYLES);
        let styled = |s: &'static str| ParaNum {
            style: Some(s),
            ..Default::default()
        };
        // the level tied to the style, a word-ending label spaced
        assert_eq!(n.label(&styled("2")).as_deref(), Some("第一章 "));
        assert_eq!(n.label(&styled("a5")).as_deref(), Some("第二章 "));
        // a style without numbering, numbering switched off, a bullet
        assert_eq!(n.label(&styled("Normal")), None);
        let off = ParaNum {
            style: Some("2"),
            num_id: Some("0"),
            level: None,
        };
        assert_eq!(n.label(&off), None);
        assert_eq!(n.label(&para("2", 1)), None);
        assert_eq!(n.unknown, 0);
        // a list linked to a list style counts on that style's list
        assert_eq!(n.label(&para("4", 0)).as_deref(), Some("一、"));
        assert_eq!(n.label(&para("1", 0)).as_deref(), Some("二、"));
        // a list the file does not define is counted, not guessed
        assert_eq!(n.label(&para("9", 0)), None);
        assert_eq!(n.unknown, 1);
    }

    #[test]
    fn number_formats_of_chinese_documents() {
        assert_eq!(number(12, "chineseCounting"), "十二");
        assert_eq!(number(3, "ideographTraditional"), "丙");
        assert_eq!(number(2, "decimalEnclosedCircleChinese"), "②");
        assert_eq!(number(4, "decimalEnclosedParen"), "⑷");
        assert_eq!(number(5, "decimalZero"), "05");
        assert_eq!(number(12, "decimalFullWidth"), "１２");
        assert_eq!(number(28, "lowerLetter"), "bb");
        assert_eq!(number(7, "cardinalText"), "7");
        assert_eq!(number(u32::MAX, "lowerLetter"), u32::MAX.to_string());
        assert_eq!(attr(r#"w:lvl w:ilvl="2" w:tplc='x'"#, "w:tplc"), Some("x"));
        assert_eq!(attr(r#"w:num w:numIdx="1""#, "w:numId"), None);
    }
}
