//! Importer tests: noise (page numbers, blank lines), bytes and encodings, .docx files, speed.

use super::*;

// ------------------------------------------------------------------ noise

#[test]
fn page_number_lines_are_dropped_and_counted() {
    let imp = import("一、建家\n正文上。\n— 7 —\n正文下。\n-8-\n- 9 -\n第10页\n11\n二、维权");
    assert_eq!(imp.plan.sections[0].body, "正文上。\n正文下。");
    assert!(
        imp.report.notes.iter().any(|n| n.contains("5 行页码")),
        "{:?}",
        imp.report.notes
    );
}

#[test]
fn blank_lines_crlf_and_full_width_spaces_are_noise() {
    let text = "\u{feff}\r\n一、建家\r\n\r\n\u{3000}\u{3000}正文一。\r\n\r\n\r\n\u{3000}\u{3000}正文二。\r\n";
    let p = import(text).plan;
    assert_eq!(p.sections[0].body, "正文一。\n正文二。");
}

#[test]
fn traditional_characters_are_accepted_as_written() {
    let imp =
        import("一、指導思想\n以職工為中心。\n二、活動安排\n三月\n植樹\n三、存在問題\n經費不足。");
    assert_eq!(imp.plan.guiding, "以職工為中心。");
    assert_eq!(imp.plan.problems, "經費不足。");
    assert_eq!(imp.plan.schedule[0].activities, ["植樹"]);
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    for t in [
        "",
        "\n\n",
        "一、",
        "(",
        "月",
        "十二月",
        "2025年12月20日",
        "— 1 —",
        "暨",
        "①",
        "\u{feff}",
        "一、二月:",
        "(一",
    ] {
        let _ = import(t);
    }
    assert_eq!(import("").plan.sections.len(), 0);
}

// ------------------------------------------------------------------ bytes

#[test]
fn json_exported_by_this_tool_loads_as_is() {
    let mut p = Plan::new(Kind::Summary, 2024);
    p.title = "某某工会2024年工作总结".into();
    p.sections.push(
        Section {
            heading: "成绩".into(),
            ..Default::default()
        }
        .into(),
    );
    let imp = import_bytes(p.to_json().as_bytes(), "计划.JSON").unwrap();
    assert_eq!(imp.plan, p);
    assert!(imp
        .report
        .notes
        .iter()
        .any(|n| n.contains("已读取本工具导出的文件")));
    assert_eq!(imp.report.sections, ["成绩"]);
    let err = import_bytes(b"{\"foo\":1}", "x.json").unwrap_err();
    assert!(
        matches!(err, ImportError::BadJson(LoadError::Shape(_))),
        "{err:?}"
    );
}

#[test]
fn text_files_must_be_utf8_and_not_empty() {
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("一、建家\n正文。".as_bytes());
    assert_eq!(
        import_bytes(&bom, "a.txt").unwrap().plan.sections[0].heading,
        "建家"
    );
    // GB18030 bytes for 工会 are not UTF-8: the shell decodes those itself
    assert_eq!(
        import_bytes(&[0xB9, 0xA4, 0xBB, 0xE1], "a.txt").unwrap_err(),
        ImportError::NotUtf8
    );
    assert_eq!(
        import_bytes(b"  \n\t", "a.md").unwrap_err(),
        ImportError::Empty
    );
    assert_eq!(import_bytes(b"", "a.json").unwrap_err(), ImportError::Empty);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("一、建家".encode_utf16().flat_map(|u| u.to_le_bytes()))
        .collect();
    assert_eq!(
        import_bytes(&utf16, "a.txt").unwrap().plan.sections[0].heading,
        "建家"
    );
}

#[test]
fn unsupported_files_say_what_to_do() {
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let e = import_bytes(&ole, "旧计划.doc").unwrap_err();
    assert_eq!(e, ImportError::Unsupported(".doc".into()));
    assert!(e.to_string().contains(".docx"));
    assert_eq!(
        import_bytes(&ole, "改了名.docx").unwrap_err(),
        ImportError::Unsupported(".doc".into())
    );
    assert!(matches!(
        import_bytes(b"%PDF-1.4", "a.pdf"),
        Err(ImportError::Unsupported(_))
    ));
    for e in [
        ImportError::Empty,
        ImportError::NotUtf8,
        ImportError::BadDocx("压缩包结构损坏".into()),
        ImportError::Unsupported(".pdf".into()),
        ImportError::BadJson(LoadError::Syntax("x".into())),
    ] {
        let m = e.to_string();
        assert!(m.contains('请'), "{m}");
    }
}

// ------------------------------------------------------------------- docx

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in data {
        crc ^= *b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip written by hand: (name, data, deflate?) entries.
fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate) in entries {
        let stored: Vec<u8> = if *deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let offset = out.len() as u32;
        let crc = crc32(data);
        let method: u16 = if *deflate { 8 } else { 0 };
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&20u16.to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(&method.to_le_bytes());
        local.extend_from_slice(&[0, 0, 0, 0]);
        local.extend_from_slice(&crc.to_le_bytes());
        local.extend_from_slice(&(stored.len() as u32).to_le_bytes());
        local.extend_from_slice(&(data.len() as u32).to_le_bytes());
        local.extend_from_slice(&(name.len() as u16).to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&local);
        out.extend_from_slice(&stored);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&method.to_le_bytes());
        central.extend_from_slice(&[0, 0, 0, 0]);
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&(stored.len() as u32).to_le_bytes());
        central.extend_from_slice(&(data.len() as u32).to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const DOC_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>实验小学工会2025年</w:t></w:r><w:r><w:t>工作计划</w:t></w:r></w:p>"#,
    r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">一、加强 </w:t></w:r><w:r><w:t>&lt;建家&gt; &amp; 维权</w:t></w:r></w:p>"#,
    r#"<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙&#x4E01;&#25098;</w:t></w:r></w:p>"#,
    r#"<w:p/>"#,
    r#"<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>实验小学工会</w:t></w:r></w:p>"#,
    r#"<w:p><w:r><w:t>2025年1月6日</w:t></w:r></w:p>"#,
    r#"</w:body></w:document>"#
);

const DOC_TEXT: &str = "实验小学工会2025年工作计划\n一、加强 <建家> & 维权\n甲\t乙\n丙丁戊\n\n实验小学工会\n2025年1月6日";

#[test]
fn docx_text_from_a_stored_zip() {
    let z = zip(&[
        ("[Content_Types].xml", b"<Types/>", false),
        ("word/document.xml", DOC_XML.as_bytes(), false),
    ]);
    assert_eq!(docx_to_text(&z).unwrap(), DOC_TEXT);
}

#[test]
fn docx_text_from_a_deflated_zip_and_import() {
    let z = zip(&[
        ("word/styles.xml", b"<w:styles/>", true),
        ("word/document.xml", DOC_XML.as_bytes(), true),
    ]);
    assert_eq!(docx_to_text(&z).unwrap(), DOC_TEXT);
    let imp = import_bytes(&z, "计划.docx").unwrap();
    assert_eq!(imp.plan.title, "实验小学工会2025年工作计划");
    assert_eq!(headings(&imp.plan), ["加强 <建家> & 维权"]);
    assert_eq!(imp.plan.signature.date.as_deref(), Some("2025-01-06"));
    assert!(imp
        .report
        .notes
        .iter()
        .any(|n| n.contains("自动生成的编号")));
}

/// A plan whose headings Word numbers itself (a list in numbering.xml,
/// levels `一、` and `（一）`; the title and text unnumbered).
const NUMBERED_XML: &str = concat!(
    r#"<w:document xmlns:w="w"><w:body>"#,
    r#"<w:p><w:r><w:t>机关工会2026年工作计划</w:t></w:r></w:p>"#,
    r#"<w:p><w:r><w:t>为做好今年工会工作，制定本计划。</w:t></w:r></w:p>"#,
    r#"<w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>加强思想引领</w:t></w:r></w:p>"#,
    r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>开展主题教育。</w:t></w:r><w:r><w:t>每季度一次。</w:t></w:r></w:p>"#,
    r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>办好职工书屋。</w:t></w:r></w:p>"#,
    r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>维护职工权益</w:t></w:r></w:p>"#,
    r#"<w:p><w:r><w:t>落实职代会制度。</w:t></w:r></w:p>"#,
    r#"</w:body></w:document>"#
);

const NUMBERING_XML: &str = concat!(
    r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="7">"#,
    r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>"#,
    r#"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>"#,
    r#"</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#
);

#[test]
fn docx_automatic_numbering_is_written_out_and_read_as_headings() {
    let z = zip(&[
        ("word/document.xml", NUMBERED_XML.as_bytes(), true),
        ("word/numbering.xml", NUMBERING_XML.as_bytes(), true),
    ]);
    assert_eq!(
        docx_to_text(&z).unwrap(),
        "机关工会2026年工作计划\n为做好今年工会工作，制定本计划。\n一、加强思想引领\n（一）开展主题教育。每季度一次。\n（二）办好职工书屋。\n二、维护职工权益\n落实职代会制度。"
    );
    let imp = import_bytes(&z, "计划.docx").unwrap();
    assert_eq!(headings(&imp.plan), ["加强思想引领", "维护职工权益"]);
    let items: Vec<&str> = imp.plan.sections[0]
        .items
        .iter()
        .map(|i| i.heading.as_str())
        .collect();
    assert_eq!(items, ["开展主题教育。", "办好职工书屋。"]);
    assert!(
        imp.report
            .notes
            .iter()
            .any(|n| n.contains("自动编号（4 处）")),
        "{:?}",
        imp.report.notes
    );
    assert!(!imp.report.notes.iter().any(|n| n.contains("读不出来")));
    // without numbering.xml the labels cannot be known: the old note says so
    let bare = zip(&[("word/document.xml", NUMBERED_XML.as_bytes(), true)]);
    let imp = import_bytes(&bare, "计划.docx").unwrap();
    assert!(imp.report.notes.iter().any(|n| n.contains("读不出来")));
}

#[test]
fn docx_main_part_named_in_rels_is_found() {
    let rels = br#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
    let z = zip(&[
        ("_rels/.rels", rels, false),
        ("word/document2.xml", DOC_XML.as_bytes(), true),
    ]);
    assert_eq!(docx_to_text(&z).unwrap(), DOC_TEXT);
}

#[test]
fn docx_with_a_lost_directory_is_read_from_local_headers() {
    let z = zip(&[("word/document.xml", DOC_XML.as_bytes(), true)]);
    let cut = z.len() - 30; // the end record is gone
    assert_eq!(docx_to_text(&z[..cut]).unwrap(), DOC_TEXT);
}

#[test]
fn malformed_docx_is_a_typed_error_never_a_panic() {
    let good = zip(&[("word/document.xml", DOC_XML.as_bytes(), true)]);
    let no_doc = zip(&[("word/other.xml", b"<x/>", false)]);
    let mut corrupt = good.clone();
    for b in corrupt.iter_mut().skip(40).take(60) {
        *b ^= 0x5A;
    }
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"PK".to_vec(),
        b"not a zip at all, just text".to_vec(),
        no_doc,
        corrupt,
        good[..good.len() / 2].to_vec(),
        good[..40].to_vec(),
        vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    ];
    for (i, b) in inputs.iter().enumerate() {
        match docx_to_text(b) {
            Err(ImportError::BadDocx(m)) => assert!(!m.is_empty(), "input {i}"),
            other => panic!("input {i}: {other:?}"),
        }
    }
    assert!(matches!(
        import_bytes(b"PK\x03\x04garbage", "a.docx"),
        Err(ImportError::BadDocx(_))
    ));
}

#[test]
fn docx_truncations_never_panic() {
    let good = zip(&[("word/document.xml", DOC_XML.as_bytes(), true)]);
    for n in 0..good.len() {
        let _ = docx_to_text(&good[..n]);
        let mut flipped = good.clone();
        flipped[n] ^= 0xFF;
        let _ = docx_to_text(&flipped);
    }
}

// ------------------------------------------------------------ performance

#[test]
fn import_speed_on_ten_thousand_characters() {
    let mut text =
        String::from("某某公司工会2025年工作计划\n为做好今年的工会工作,结合实际,制定本计划。\n");
    let mut n = 0;
    while text.chars().count() < 10_000 {
        n += 1;
        text.push_str(&format!(
            "{}、抓好第{n}方面的建设\n",
            crate::core::numbering::cn_number(n)
        ));
        for k in 1..=3 {
            text.push_str(&format!(
                "{k}.具体任务{k}。围绕中心工作开展活动,提高职工素质,增强组织凝聚力,做好服务。\n"
            ));
        }
    }
    text.push_str("活动安排:\n");
    for m in 1..=12 {
        text.push_str(&format!("{m}月:\n1、活动甲\n2、活动乙\n"));
    }
    text.push_str("某某公司工会\n2025年1月6日\n");
    let chars = text.chars().count();
    let start = std::time::Instant::now();
    let rounds = 20;
    let mut imp = import_text(&text);
    for _ in 1..rounds {
        imp = import_text(&text);
    }
    let per = start.elapsed() / rounds;
    eprintln!(
        "import_text: {chars} characters in {per:?} per run ({} sections, {} schedule entries)",
        imp.plan.sections.len(),
        imp.plan.schedule.len()
    );
    assert_eq!(imp.plan.schedule.len(), 12);
    assert_eq!(imp.plan.sections.len(), n as usize);
}
