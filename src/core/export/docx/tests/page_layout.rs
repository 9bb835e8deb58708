//! DOCX layout tests: page, styles, fonts, footers and core properties.

use super::*;

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
        title.contains("w:eastAsia=\"方正小标宋简体\"") && title.contains("<w:sz w:val=\"44\"/>")
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
