//! The DOCX writer's tests: package structure, layout values, format
//! settings (fonts, page numbers), theme and settings.

use super::fonts::FONTS;
use super::*;
use crate::core::export::testdata;
use crate::core::export::testxml::{attr, elements, paragraph_texts, parse, Ev};
use crate::core::export::zip::read_zip;
use crate::core::layout::{self, BlockKind};
use crate::core::model::{Fonts, Format, Kind, PageNumbers, Plan};

mod page_layout;

/// Every combination of the format settings.
fn all_formats() -> Vec<Format> {
    let mut v = Vec::new();
    for fonts in [Fonts::Gb2312, Fonts::Standard] {
        for page_numbers in [PageNumbers::Outside, PageNumbers::Center, PageNumbers::None] {
            v.push(Format {
                task_table: false,
                schedule: Default::default(),
                fonts,
                page_numbers,
            });
        }
    }
    v
}

fn with_format(mut plan: Plan, fonts: Fonts, page_numbers: PageNumbers) -> Plan {
    plan.format = Some(Format {
        task_table: false,
        schedule: Default::default(),
        fonts,
        page_numbers,
    });
    plan
}

fn text_of(plan: &Plan, name: &str) -> String {
    parts(plan)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} missing"))
        .1
}

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
    for format in all_formats() {
        let plan = with_format(testdata::fixture(), format.fonts, format.page_numbers);
        let all = parts(&plan);
        let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, part_names(format), "{format:?}");
        for (name, text) in &all {
            assert!(text.starts_with("<?xml"), "{name} lacks an XML declaration");
            parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        // Every part has exactly one content type, every overridden part
        // exists, every relationship target exists and every part but the
        // properties is reached from the main part.
        let ct = parse(&all[0].1).unwrap();
        let overridden: Vec<&str> = elements(&ct, "Override")
            .iter()
            .map(|a| attr(a, "PartName").unwrap().trim_start_matches('/'))
            .collect();
        let mut want: Vec<&str> = names[2..]
            .iter()
            .copied()
            .filter(|n| !n.ends_with(".rels"))
            .collect();
        want.sort_unstable();
        let mut got = overridden.clone();
        got.sort_unstable();
        assert_eq!(got, want, "{format:?}");
        let rels = part(&plan, "word/_rels/document.xml.rels");
        let mut targets: Vec<String> = elements(&rels, "Relationship")
            .iter()
            .map(|a| format!("word/{}", attr(a, "Target").unwrap()))
            .collect();
        for t in &targets {
            assert!(names.contains(&t.as_str()), "dangling relationship to {t}");
        }
        targets.sort();
        let mut word: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| n.starts_with("word/") && !n.contains("_rels") && *n != "word/document.xml")
            .collect();
        word.sort_unstable();
        assert_eq!(targets, word, "{format:?}");
    }
}

#[test]
fn theme_part_names_the_documents_own_fonts() {
    for (fonts, minor) in [(Fonts::Gb2312, "仿宋_GB2312"), (Fonts::Standard, "仿宋")] {
        let plan = with_format(testdata::fixture(), fonts, PageNumbers::Outside);
        let rels = part(&plan, "word/_rels/document.xml.rels");
        let theme_rel: Vec<_> = elements(&rels, "Relationship")
            .into_iter()
            .filter(|a| attr(a, "Type").unwrap().ends_with("/relationships/theme"))
            .collect();
        assert_eq!(theme_rel.len(), 1);
        assert_eq!(attr(theme_rel[0], "Target"), Some("theme/theme1.xml"));
        let ct = text_of(&plan, "[Content_Types].xml");
        assert!(ct.contains("PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\""));
        let theme = part(&plan, "word/theme/theme1.xml");
        let face = |collection: &str, tag: &str| -> String {
            let start = theme
                .iter()
                .position(|e| matches!(e, Ev::Start(n, _) if n == collection))
                .unwrap();
            theme[start..]
                .iter()
                .find_map(|e| match e {
                    Ev::Start(n, a) if n == tag => Some(attr(a, "typeface").unwrap().to_string()),
                    _ => None,
                })
                .unwrap()
        };
        assert_eq!(face("a:minorFont", "a:ea"), minor);
        assert_eq!(face("a:majorFont", "a:ea"), "黑体");
        assert_eq!(face("a:minorFont", "a:latin"), "Times New Roman");
        assert_eq!(face("a:majorFont", "a:latin"), "Times New Roman");
        // Every typeface the theme names is one the document declares.
        for a in elements(&theme, "a:latin")
            .into_iter()
            .chain(elements(&theme, "a:ea"))
            .chain(elements(&theme, "a:font"))
        {
            let f = attr(a, "typeface").unwrap();
            assert!(FONTS.iter().any(|d| d.0 == f), "theme names {f}");
        }
        assert_eq!(elements(&theme, "a:clrScheme").len(), 1);
        assert_eq!(elements(&theme, "a:fmtScheme").len(), 1);
    }
}

#[test]
fn settings_are_in_compatibility_mode_15_in_schema_order() {
    for format in all_formats() {
        let plan = with_format(testdata::fixture(), format.fonts, format.page_numbers);
        let s = part(&plan, "word/settings.xml");
        let compat = elements(&s, "w:compatSetting");
        assert_eq!(compat.len(), 1);
        assert_eq!(attr(compat[0], "w:name"), Some("compatibilityMode"));
        assert_eq!(
            attr(compat[0], "w:uri"),
            Some("http://schemas.microsoft.com/office/word")
        );
        assert_eq!(attr(compat[0], "w:val"), Some("15"));
        // Direct children of w:settings in CT_Settings order.
        let order = [
            "w:zoom",
            "w:defaultTabStop",
            "w:evenAndOddHeaders",
            "w:characterSpacingControl",
            "w:compat",
            "w:themeFontLang",
            "w:clrSchemeMapping",
            "w:decimalSymbol",
            "w:listSeparator",
        ];
        let mut depth = 0;
        let mut last = 0;
        for e in &s {
            match e {
                Ev::Start(n, _) => {
                    depth += 1;
                    if depth == 2 {
                        let i = order
                            .iter()
                            .position(|o| o == n)
                            .unwrap_or_else(|| panic!("{n}"));
                        assert!(i >= last, "{n} out of order");
                        last = i;
                    }
                }
                Ev::End(_) => depth -= 1,
                Ev::Text(_) => {}
            }
        }
    }
}

#[test]
fn standard_fonts_leave_no_gb2312_name_in_any_part() {
    for pn in [PageNumbers::Outside, PageNumbers::Center, PageNumbers::None] {
        for plan in [testdata::fixture(), testdata::large(), Plan::default()] {
            let plan = with_format(plan, Fonts::Standard, pn);
            for (name, text) in parts(&plan) {
                assert!(!text.contains("_GB2312"), "{name} names a _GB2312 font");
            }
        }
    }
    let plan = with_format(testdata::fixture(), Fonts::Standard, PageNumbers::Outside);
    let st = text_of(&plan, "word/styles.xml");
    for (id, face) in [
        ("Normal", "仿宋"),
        ("Heading1", "黑体"),
        ("Heading2", "楷体"),
        ("Heading3", "仿宋"),
        ("MonthHeading", "楷体"),
        ("Title", "方正小标宋简体"),
    ] {
        assert!(
            style_block(&st, id).contains(&format!("w:eastAsia=\"{face}\"")),
            "{id}"
        );
    }
    assert!(st.contains("<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋\""));
    // The default setting still names the GB fonts.
    let gb = text_of(&testdata::fixture(), "word/styles.xml");
    assert!(style_block(&gb, "Normal").contains("w:eastAsia=\"仿宋_GB2312\""));
    assert!(style_block(&gb, "Heading2").contains("w:eastAsia=\"楷体_GB2312\""));
}

#[test]
fn centred_page_numbers_are_one_centred_footer_on_every_page() {
    let plan = with_format(testdata::fixture(), Fonts::Gb2312, PageNumbers::Center);
    let doc = part(&plan, "word/document.xml");
    let refs: Vec<_> = elements(&doc, "w:footerReference")
        .iter()
        .map(|a| (attr(a, "w:type").unwrap(), attr(a, "r:id").unwrap()))
        .collect();
    assert_eq!(refs, [("default", "rId4")]);
    let f = part(&plan, "word/footer1.xml");
    assert_eq!(paragraph_texts(&f), ["\u{2014} 1 \u{2014}"]);
    assert_eq!(attr(elements(&f, "w:jc")[0], "w:val"), Some("center"));
    let ind = elements(&f, "w:ind")[0];
    assert_eq!(
        (attr(ind, "w:left"), attr(ind, "w:right")),
        (Some("0"), Some("0"))
    );
    assert!(!parts(&plan).iter().any(|(n, _)| n == "word/footer2.xml"));
    assert!(elements(&part(&plan, "word/settings.xml"), "w:evenAndOddHeaders").is_empty());
}

#[test]
fn no_page_numbers_means_no_footer_at_all() {
    let plan = with_format(testdata::fixture(), Fonts::Standard, PageNumbers::None);
    let all = parts(&plan);
    assert!(all.iter().all(|(n, _)| !n.contains("footer")));
    for (name, text) in &all {
        for what in [
            "footerReference",
            "footer1",
            "footer2",
            "relationships/footer\"",
        ] {
            assert!(!text.contains(what), "{name} has {what}");
        }
    }
    assert!(elements(&part(&plan, "word/settings.xml"), "w:evenAndOddHeaders").is_empty());
    // The section keeps its margins and grid.
    let doc = part(&plan, "word/document.xml");
    assert_eq!(attr(elements(&doc, "w:pgMar")[0], "w:footer"), Some("1417"));
    assert_eq!(
        attr(elements(&doc, "w:docGrid")[0], "w:linePitch"),
        Some("579")
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
            BlockKind::Issuer => Some("Issuer"),
            BlockKind::DocNumber => Some("DocNumber"),
            BlockKind::Addressee => Some("Addressee"),
            BlockKind::Attachment => Some("Attachment"),
            BlockKind::CopyTo | BlockKind::Imprint => Some("Record"),
            BlockKind::AnnexTitle => Some("Title"),
            BlockKind::AnnexLabel | BlockKind::Row { .. } => unreachable!("no tables here"),
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
        assert_eq!(all.len(), part_names(Format::default()).len());
        for (name, text) in &all {
            parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let doc = part(&plan, "word/document.xml");
        assert!(!paragraph_texts(&doc).is_empty());
        assert_eq!(elements(&doc, "w:sectPr").len(), 1);
    }
}
