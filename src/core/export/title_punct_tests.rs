//! Issue 16 parts 2 and 5 across the formats: on the large plan with a
//! 17-character organisation and half-width marks typed into its text, the
//! DOCX, HTML, Markdown and plain text carry no half-width `, ; : ? !`
//! between Chinese characters, and the title breaks after the organisation.

use super::testxml::{paragraph_texts, parse};
use super::{export, testdata, zip};
use crate::core::model::{Kind, Plan};

const ORG: &str = "省交通运输厅直属机关工会工作委员会";

fn plan(kind: Kind) -> Plan {
    let mut p = testdata::large();
    assert_eq!(ORG.chars().count(), 17);
    p.kind = kind;
    p.organization = ORG.into();
    p.signature.organization = ORG.into();
    p.title = String::new();
    p.goals = "全年组织活动12次,参与职工1,000人次;时间:每月10:30.是否完成? 是!(见附件)".into();
    p.sections[0].heading = "加强思想引领(含线上学习)".into();
    p.schedule[0].activities[0] = "组织参观,学习:交流".into();
    if let Some(n) = p.next.as_mut() {
        n.guiding = "明年继续,做好服务;确保实效.".into();
    }
    p
}

/// A half-width mark with a Chinese character on both sides (spaces
/// skipped): checked independently of `punct`.
fn halfwidth_between_chinese(s: &str) -> Option<String> {
    let cjk = |c: char| matches!(c as u32, 0x3400..=0x9FFF);
    let cs: Vec<char> = s.chars().collect();
    for (i, c) in cs.iter().enumerate() {
        if ",;:?!".contains(*c) {
            let prev = cs[..i].iter().rev().find(|c| **c != ' ');
            let next = cs[i + 1..].iter().find(|c| **c != ' ');
            if prev.is_some_and(|c| cjk(*c)) && next.is_some_and(|c| cjk(*c)) {
                return Some(
                    cs[i.saturating_sub(8)..(i + 8).min(cs.len())]
                        .iter()
                        .collect(),
                );
            }
        }
    }
    None
}

fn docx_paragraphs(p: &Plan) -> Vec<String> {
    let files = zip::read_zip(&export(p, "docx").unwrap()).unwrap();
    let doc = files
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap();
    paragraph_texts(&parse(std::str::from_utf8(&doc.1).unwrap()).unwrap())
}

fn text(p: &Plan, format: &str) -> String {
    String::from_utf8(export(p, format).unwrap()).unwrap()
}

#[test]
fn no_half_width_marks_between_chinese_in_any_format() {
    for kind in [Kind::Plan, Kind::SummaryAndPlan] {
        let p = plan(kind);
        let docx = docx_paragraphs(&p);
        assert!(docx.iter().any(|t| t.contains("落地见效")));
        for t in &docx {
            assert_eq!(halfwidth_between_chinese(t), None, "docx: {t}");
        }
        for format in ["html", "md", "txt"] {
            let t = text(&p, format);
            assert_eq!(halfwidth_between_chinese(&t), None, "{format}");
            // Numbers stay as typed.
            assert!(t.contains("1,000人次") && t.contains("10:30"), "{format}");
            assert!(t.contains("（含线上学习）"), "{format}");
        }
        assert!(docx
            .iter()
            .any(|t| t.contains("全年组织活动12次，参与职工1,000人次；时间：每月10:30")));
        // The stored plan is unchanged: export never edits it.
        assert!(p.goals.contains("12次,参与"));
    }
}

#[test]
fn long_title_breaks_after_the_organisation_in_every_format() {
    let p = plan(Kind::Plan);
    let docx = docx_paragraphs(&p);
    assert_eq!(docx[0], ORG);
    assert_eq!(docx[1], "2025年工作计划");
    let html = text(&p, "html");
    assert!(html.contains(&format!(
        "<header class=\"doc-title\">\n<h1>{ORG}</h1>\n<p>2025年工作计划</p>\n</header>"
    )));
    let txt = text(&p, "txt");
    let lines: Vec<&str> = txt.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(&lines[..3], [ORG, "2025年工作计划", ""]);
    let md = text(&p, "md");
    assert!(md.starts_with(&format!("# {ORG}\n\n# 2025年工作计划\n")));

    // A 总结暨计划: its suggested break is kept, the long first line broken.
    let p = plan(Kind::SummaryAndPlan);
    let docx = docx_paragraphs(&p);
    assert_eq!(&docx[..3], [ORG, "2025年工作总结", "暨2026年工作计划"]);

    // A shorter organisation that still fills the line.
    let mut p = plan(Kind::Plan);
    p.organization = "市交通运输局机关工会委员会".into();
    let docx = docx_paragraphs(&p);
    assert_eq!(&docx[..2], ["市交通运输局机关工会委员会", "2025年工作计划"]);

    // The user's own break wins.
    p.title = "市交通运输局\n机关工会委员会2025年工作计划".into();
    let docx = docx_paragraphs(&p);
    assert_eq!(&docx[..2], ["市交通运输局", "机关工会委员会2025年工作计划"]);
}

#[test]
fn a_long_next_year_part_title_wraps_like_the_title_in_every_format() {
    let mut p = plan(Kind::SummaryAndPlan);
    p.normalize();
    let year = p.year + 1;
    let long = format!("{ORG}{year}年工作计划");
    p.next.as_mut().unwrap().title = long.clone();
    let parts: Vec<String> = crate::core::layout::blocks(&p)
        .into_iter()
        .filter(|b| b.kind == crate::core::layout::BlockKind::PartTitle)
        .map(|b| b.text.clone())
        .collect();
    assert_eq!(parts, vec![ORG.to_string(), format!("{year}年工作计划")]);
    let docx = docx_paragraphs(&p);
    assert!(
        docx.windows(2)
            .any(|w| w[0] == ORG && w[1] == format!("{year}年工作计划")),
        "{docx:?}"
    );
    let txt = text(&p, "txt");
    assert!(
        txt.contains(&format!("{ORG}\r\n{year}年工作计划\r\n")),
        "txt"
    );
    assert!(!text(&p, "html").contains(&long), "html");
    // The DOCX keeps one line of space above the first line and below the last.
    let files = zip::read_zip(&export(&p, "docx").unwrap()).unwrap();
    let doc = String::from_utf8(
        files
            .into_iter()
            .find(|(n, _)| n == "word/document.xml")
            .unwrap()
            .1,
    )
    .unwrap();
    assert_eq!(
        doc.matches("<w:pStyle w:val=\"PartTitle\"/><w:spacing w:before=\"579\" w:after=\"0\"/>")
            .count(),
        1
    );
    assert_eq!(
        doc.matches("<w:pStyle w:val=\"PartTitle\"/><w:spacing w:before=\"0\" w:after=\"579\"/>")
            .count(),
        1
    );
}
