//! The review on a batch of member units' plans: one row per file, each
//! problem named in its row, Chinese reasons for unreadable files, shared
//! text linked both ways, identical files, missing units, exports.

use super::*;
use crate::core::export::testxml;

fn no_decoder(_: &[u8]) -> Option<String> {
    None
}

/// A member unit's plan as text; every sentence names the unit, so two
/// units' plans share no sentence unless one copied the other.
pub(crate) fn plan_text(unit: &str, year: &str, guiding: bool) -> String {
    let mut s = format!("{unit}{year}年工会工作计划\n\n");
    if guiding {
        s.push_str(&format!(
            "一、指导思想\n{unit}工会坚持以职工为中心的工作导向，团结带领{unit}全体职工围绕中心工作建功立业，切实维护{unit}职工的合法权益。\n"
        ));
    }
    s.push_str(&format!(
        "二、主要工作\n（一）加强{unit}职工之家建设\n{unit}工会年内完成职工书屋和活动室的改造，让{unit}职工有地方读书、有地方活动。\n\
         （二）做好{unit}困难职工帮扶\n{unit}工会在春节前走访慰问困难职工，建立{unit}困难职工档案，做到动态管理、精准帮扶。\n\
         （三）丰富{unit}职工文体生活\n{unit}工会组织职工开展趣味运动会和读书分享会，丰富{unit}职工的业余文化生活。\n\
         三、活动安排\n"
    ));
    for m in 1..=12 {
        s.push_str(&format!(
            "{m}月：{unit}工会开展第{m}个月的重点活动，组织{unit}职工积极参加。\n"
        ));
    }
    s.push_str(&format!("\n{unit}委员会\n{year}年1月10日\n"));
    s
}

fn batch() -> Vec<(String, Vec<u8>)> {
    let docx = |text: &str| {
        let plan = crate::core::import::import_text(text).plan;
        crate::core::export::export(&plan, "docx").unwrap()
    };
    let copied = plan_text("第六小学工会", "2027", true).into_bytes();
    vec![
        (
            "第一小学工会.txt".into(),
            plan_text("第一小学工会", "2027", true).into_bytes(),
        ),
        (
            "第二小学工会.docx".into(),
            docx(&plan_text("第二小学工会", "2027", true)),
        ),
        (
            "第三小学工会.txt".into(),
            plan_text("第三小学工会", "2027", false).into_bytes(),
        ),
        (
            "第四小学工会.txt".into(),
            plan_text("第四小学工会", "20xx", true).into_bytes(),
        ),
        (
            "第五小学工会.docx".into(),
            docx(&plan_text("第五小学工会", "2026", true)),
        ),
        ("第六小学工会.txt".into(), copied.clone()),
        ("第七小学工会.txt".into(), copied),
        (
            "第八小学工会.doc".into(),
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old word".to_vec(),
        ),
        ("第九小学工会.docx".into(), b"PK\x03\x04 broken".to_vec()),
    ]
}

fn options() -> Options {
    Options {
        year: Some(2027),
        expected: [
            "第一小学工会",
            "第二小学工会",
            "第七小学工会",
            "第十小学工会",
        ]
        .map(String::from)
        .into(),
    }
}

fn run() -> Review {
    let files = batch();
    review_batch(
        files.iter().map(|(n, b)| (n.as_str(), b.as_slice())),
        options(),
        no_decoder,
    )
}

fn texts(row: &Row) -> String {
    row.problems
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("；")
}

#[test]
fn one_row_per_file_with_its_problems() {
    let r = run();
    assert_eq!(r.rows.len(), 9);
    assert_eq!(r.files, 9);
    let names: Vec<&str> = r.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names[0], "第一小学工会.txt");
    for (i, row) in r.rows.iter().enumerate() {
        assert_eq!(row.index, i);
    }
    // A clean plan: read, its unit and year, no serious problem.
    let first = &r.rows[0];
    assert!(first.readable, "{}", first.reason);
    assert_eq!(first.unit, "第一小学工会");
    assert_eq!(first.year, Some(2027));
    assert_eq!(first.kind, "plan");
    assert_eq!(first.kind_label, "工作计划");
    assert!(
        first.title.contains("2027年工会工作计划"),
        "{}",
        first.title
    );
    assert!(!texts(first).contains("指导思想"), "{}", texts(first));
    assert!(r.rows[1].readable, "{}", r.rows[1].reason);
    assert_eq!(r.rows[1].unit, "第二小学工会");
    // Missing 指导思想.
    assert!(
        texts(&r.rows[2]).contains("缺少指导思想"),
        "{}",
        texts(&r.rows[2])
    );
    assert!(r.rows[2].errors > 0);
    // 20xx left in the title.
    let t = texts(&r.rows[3]);
    assert!(
        t.contains("模板文字") && t.contains("20xx") && t.contains("标题"),
        "{t}"
    );
    // The wrong year.
    let t = texts(&r.rows[4]);
    assert!(
        t.contains("年度不符") && t.contains("2026") && t.contains("2027"),
        "{t}"
    );
    assert_eq!(r.rows[4].problems[0].rule, "review:year");
}

#[test]
fn unreadable_files_get_rows_with_chinese_reasons() {
    let r = run();
    let doc = &r.rows[7];
    assert!(!doc.readable);
    assert!(
        doc.reason.contains("旧版 Word") && doc.reason.contains(".docx"),
        "{}",
        doc.reason
    );
    let broken = &r.rows[8];
    assert!(!broken.readable);
    assert!(
        broken.reason.contains("Word 文件读取失败"),
        "{}",
        broken.reason
    );
    // The file names name the units.
    assert_eq!(doc.unit, "");
    assert!(doc.feedback.contains("无法打开"), "{}", doc.feedback);
    assert!(!doc.feedback.contains("粘贴"), "{}", doc.feedback);
    // Empty, binary and huge files: rows too, never a stop.
    let huge = vec![b'a'; (MAX_FILE_BYTES + 1) as usize];
    let files: Vec<(&str, &[u8])> = vec![
        ("空.txt", b""),
        ("图.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0"),
        ("大.txt", &huge),
        ("空行.txt", b"\n \n\t\n"),
    ];
    let r = review_batch(files, Options::default(), no_decoder);
    assert_eq!(r.rows.len(), 4);
    for row in &r.rows {
        assert!(!row.readable, "{}", row.name);
        assert!(row.reason.contains('请'), "{}: {}", row.name, row.reason);
    }
    assert!(r.rows[1].reason.contains("二进制"), "{}", r.rows[1].reason);
    assert!(
        r.rows[2].reason.contains("文件太大"),
        "{}",
        r.rows[2].reason
    );
}

#[test]
fn identical_submissions_are_linked_both_ways() {
    let r = run();
    let (a, b) = (&r.rows[5], &r.rows[6]);
    assert_eq!(b.duplicate_of, Some(5));
    assert_eq!(r.duplicates, vec![vec![5, 6]]);
    assert!(a.linked.contains(&6) && b.linked.contains(&5));
    let link = r
        .links
        .iter()
        .find(|l| (l.a, l.b) == (5, 6))
        .expect("link 5-6");
    assert!(link.identical);
    assert_eq!(link.share_a, 100);
    assert!(
        link.sentences.iter().any(|s| s.contains("职工之家")),
        "{:?}",
        link.sentences
    );
    assert!(texts(b).contains("同一个文件"), "{}", texts(b));
    // The second unit handed in the first one's text: named by its file.
    assert_eq!(b.unit, "第七小学工会");
    assert!(
        texts(b).contains("正文写的单位是“第六小学工会”"),
        "{}",
        texts(b)
    );
    // No other unit is linked: their sentences differ.
    assert_eq!(r.links.len(), 1, "{:?}", r.links);
}

#[test]
fn shared_passages_between_different_files_are_found() {
    let a = plan_text("东区工会", "2027", true);
    // The same text under another unit's title, plus a sentence of its own.
    let b = a.replacen("东区工会2027年", "西区工会2027年", 1)
        + "西区工会另行安排的一项活动内容较为丰富。\n";
    let files: Vec<(&str, &[u8])> = vec![("东.txt", a.as_bytes()), ("西.txt", b.as_bytes())];
    let r = review_batch(files, Options::default(), no_decoder);
    assert_eq!(r.links.len(), 1);
    let l = &r.links[0];
    assert!(!l.identical);
    assert!(l.shared >= 10, "{l:?}");
    assert!(
        texts(&r.rows[0]).contains("有大段文字相同"),
        "{}",
        texts(&r.rows[0])
    );
    assert!(
        texts(&r.rows[1]).contains("东区工会"),
        "{}",
        texts(&r.rows[1])
    );
}

#[test]
fn expected_units_not_submitted_are_listed() {
    let r = run();
    assert_eq!(r.missing_units, vec!["第十小学工会".to_string()]);
    assert_eq!(
        parse_expected("甲工会\n乙工会，丙工会、甲工会\n\n"),
        vec!["甲工会", "乙工会", "丙工会"]
    );
    // A unit whose only file could not be read has still submitted.
    let files: Vec<(&str, &[u8])> = vec![("第八小学工会.doc", b"\xd0\xcf\x11\xe0")];
    let opts = Options {
        year: None,
        expected: vec!["第八小学工会".into()],
    };
    let r = review_batch(files, opts, no_decoder);
    assert!(r.missing_units.is_empty());
    assert_eq!(r.rows[0].unit, "第八小学工会");
}

#[test]
fn feedback_lists_the_problems_in_plain_chinese() {
    let r = run();
    let f = &r.rows[2].feedback;
    assert!(f.starts_with("第三小学工会："), "{f}");
    assert!(f.contains("一、缺少指导思想。"), "{f}");
    assert!(f.contains("请修改后重新报送"), "{f}");
    assert!(!f.contains("missing"), "{f}");
}

#[test]
fn limits_give_a_message_and_parts() {
    assert_eq!(limits_notice(500, MAX_BYTES), None);
    let m = limits_notice(1200, 1000).unwrap();
    assert!(m.contains("1200 个文件") && m.contains("3 部分"), "{m}");
    assert!(limits_notice(10, MAX_BYTES + 1).unwrap().contains("50 MB"));
    assert_eq!(parts(&vec![1; 1001]), vec![0..500, 500..1000, 1000..1001]);
    let mb = 20 * 1024 * 1024;
    assert_eq!(parts(&[mb, mb, mb, 1]), vec![0..2, 2..4]);
    assert!(parts(&[]).is_empty());
}

#[test]
fn shared_detection_is_not_quadratic_in_characters() {
    // 60 different documents of ~10,000 characters: no links, and the
    // index holds one entry per distinct sentence.
    let docs: Vec<String> = (0..60)
        .map(|i| {
            let unit = format!("第{i}号单位工会");
            plan_text(&unit, "2027", true).repeat(8)
        })
        .collect();
    let r = review_batch(
        docs.iter().map(|d| ("a.txt", d.as_bytes())),
        Options::default(),
        no_decoder,
    );
    assert_eq!(r.rows.len(), 60);
    assert!(r.links.is_empty(), "{:?}", r.links.first());
}

#[test]
fn exports_write_the_summary_table() {
    let r = run();
    let html = String::from_utf8(export_review(&r, "html").unwrap()).unwrap();
    assert!(html.contains("2027年度审阅意见汇总表"));
    assert!(html.contains("size: A4 landscape"));
    assert!(html.contains("第三小学工会") && html.contains("缺少指导思想"));
    assert!(html.contains("第十小学工会"), "missing unit in the summary");
    assert_eq!(html.matches("<tr>").count(), 10);
    let json = String::from_utf8(export_review(&r, "json").unwrap()).unwrap();
    assert_eq!(Review::from_json(&json).unwrap(), r);
    assert!(export_review(&r, "pdf").unwrap_err().contains("pdf"));
    assert_eq!(file_name(&r, "docx"), "2027年度审阅意见汇总表.docx");

    let docx = export_review(&r, "docx").unwrap();
    let parts = crate::core::export::zip::read_zip(&docx).unwrap();
    let doc = parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap();
    let xml = String::from_utf8(doc.1.clone()).unwrap();
    testxml::parse(&xml).unwrap();
    assert!(xml.contains("w:orient=\"landscape\""));
    assert!(xml.contains("<w:tblGrid>"));
    // Every cell has its width and ends with a paragraph.
    assert_eq!(xml.matches("<w:tc>").count(), 10 * 7);
    assert_eq!(xml.matches("<w:tcW ").count(), 10 * 7);
    assert_eq!(xml.matches("</w:p></w:tc>").count(), 10 * 7);
    assert!(xml.contains("缺少指导思想"));
}

#[test]
fn other_options_apply_to_a_finished_review() {
    let mut r = run();
    let before = r.clone();
    r.recheck(Options {
        year: Some(2026),
        expected: vec!["第十小学工会".into(), "第三小学工会".into()],
    });
    assert_eq!(r.missing_units, vec!["第十小学工会".to_string()]);
    assert!(
        texts(&r.rows[0]).contains("年度不符：这是2027年的材料，本次收的是2026年的"),
        "{}",
        texts(&r.rows[0])
    );
    assert!(
        !texts(&r.rows[4]).contains("年度不符"),
        "{}",
        texts(&r.rows[4])
    );
    // 第七小学工会 is no longer expected: the row keeps the document's unit.
    assert_eq!(r.rows[6].unit, "第六小学工会");
    assert!(r.rows[0].feedback.contains("年度不符"));
    r.recheck(options());
    assert_eq!(r, before);
}

#[test]
fn any_bytes_under_any_name_give_a_row() {
    // A simple generator: random bytes, random lengths, every extension.
    let mut seed: u64 = 0x2027;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as u32
    };
    let names = [
        "a.txt", "b.docx", "c.json", "d.md", "e.doc", "f", "g.pdf", "h.TXT",
    ];
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..64 {
        let len = (next() % 3000) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if i % 4 == 0 {
            // Mostly text with stray bytes.
            bytes = plan_text("随机工会", "2027", i % 8 == 0).into_bytes();
            let at = (next() as usize) % bytes.len();
            bytes[at] = next() as u8;
        }
        if i % 5 == 0 {
            bytes.splice(0..0, b"PK\x03\x04".iter().copied());
        }
        files.push((names[i % names.len()].to_string(), bytes));
    }
    let r = review_batch(
        files.iter().map(|(n, b)| (n.as_str(), b.as_slice())),
        options(),
        |b: &[u8]| Some(String::from_utf8_lossy(b).into_owned()),
    );
    assert_eq!(r.rows.len(), 64);
    for row in &r.rows {
        assert!(
            row.readable || row.reason.contains('请'),
            "{}: {}",
            row.name,
            row.reason
        );
        assert!(!row.feedback.is_empty());
    }
    assert!(export_review(&r, "docx").unwrap().len() > 1000);
    assert!(export_review(&r, "html").unwrap().len() > 1000);
}
