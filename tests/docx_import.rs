//! A .docx written by a real office suite, its headings numbered by the
//! suite's automatic numbering (no label in the text): LibreOffice 7.4 turned
//! `tests/fixtures/docx/auto-numbered.fodt` (our own text, four list levels
//! `一、` `（一）` `1.` `（1）`) into `auto-numbered.docx`
//! (`soffice --headless --convert-to docx:"MS Word 2007 XML" auto-numbered.fodt`),
//! which names the levels `taiwaneseCountingThousand` and `decimal`, each
//! level's label in `w:lvlText`.

use union_plan::core::import::{docx_to_text, import_bytes};

const FILE: &[u8] = include_bytes!("fixtures/docx/auto-numbered.docx");

#[test]
fn the_suites_automatic_numbering_comes_back_as_labels() {
    let text = docx_to_text(FILE).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        &lines[2..10],
        [
            "一、加强思想政治引领",
            "（一）深化理论学习。全年组织集中学习不少于六次。",
            "1.办好职工读书会。",
            "2.开展主题宣讲。",
            "（1）每季度一次。",
            "（二）弘扬劳模精神。",
            "二、维护职工合法权益",
            "（一）落实职代会制度。",
        ]
    );
}

#[test]
fn its_headings_are_read_at_their_levels() {
    let imp = import_bytes(FILE, "计划.docx").unwrap();
    let p = &imp.plan;
    assert_eq!(p.title, "机关工会2026年工作计划");
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["加强思想政治引领", "维护职工合法权益"]);
    let first = &p.sections[0].items;
    let items: Vec<&str> = first.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(items, ["深化理论学习。", "弘扬劳模精神。"]);
    let third: Vec<&str> = first[0].items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(third, ["办好职工读书会。", "开展主题宣讲。"]);
    assert_eq!(first[0].items[1].items[0].heading, "每季度一次。");
    assert_eq!(p.signature.date.as_deref(), Some("2026-01-08"));
    assert!(
        imp.report
            .notes
            .iter()
            .any(|n| n.contains("自动编号（8 处）")),
        "{:?}",
        imp.report.notes
    );
}
