//! The two tables (schedule table, 任务分解表) in every format: the layout's
//! row blocks, DOCX tables Word and WPS read alike, HTML `<table>`, a
//! Markdown pipe table and plain-text rows.

use super::{docx, html, md, txt};
use crate::core::layout::{blocks, BlockKind, Table};
use crate::core::model::*;

/// A plan with duties on a section and on items, schedule duties, the task
/// table on and the schedule as a table.
pub fn duty_plan() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2027);
    p.organization = "城东实验学校工会".into();
    p.guiding = "围绕学校中心工作开展工会工作。".into();
    let duty = |lead: &str, owner: &str, due: &str| Duty {
        lead: lead.into(),
        partners: "各分工会".into(),
        owner: owner.into(),
        due: due.into(),
        target: "覆盖率100%".into(),
    };
    p.sections = vec![
        Section {
            heading: "加强思想引领".into(),
            duty: Some(duty("党政办公室", "王主席", "2027年6月底前")),
            items: vec![Item {
                heading: "开展师德教育".into(),
                duty: Some(duty("教师发展中心", "李老师", "三季度")),
                ..Default::default()
            }],
            ..Default::default()
        }
        .into(),
        Section {
            heading: "维护职工权益".into(),
            items: vec![Item {
                heading: "开好教代会".into(),
                ..Default::default()
            }],
            ..Default::default()
        }
        .into(),
    ];
    *p.schedule = vec![
        ScheduleEntry {
            months: vec![3],
            activities: vec!["三八妇女节趣味活动".into(), "植树".into()],
            duties: vec![Some(EntryDuty {
                owner: "女工委员会".into(),
                scope: "全体女教职工".into(),
                note: "室外".into(),
            })],
            ..Default::default()
        },
        ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["暑期疗休养".into()],
            ..Default::default()
        },
    ];
    p.format = Some(Format {
        task_table: true,
        schedule: ScheduleLayout::Table,
        ..Format::default()
    });
    p
}

#[test]
fn layout_gives_the_schedule_table_and_the_task_table_after_the_signature() {
    let mut p = duty_plan();
    p.signature.date = Some("2027-01-10".into());
    let bs = blocks(&p);
    let rows = |t: Table| -> Vec<Vec<String>> {
        bs.iter()
            .filter(|b| matches!(b.kind, BlockKind::Row { table, .. } if table == t))
            .map(|b| b.cells.clone())
            .collect()
    };
    let sched = rows(Table::Schedule);
    assert_eq!(
        sched[0],
        ["时间", "活动内容", "负责部门", "参加范围", "备注"]
    );
    assert_eq!(
        sched[1],
        [
            "三月",
            "三八妇女节趣味活动",
            "女工委员会",
            "全体女教职工",
            "室外"
        ]
    );
    assert_eq!(sched[2], ["", "植树", "", "", ""]);
    assert_eq!(sched[3][0], "七、八月");
    assert!(
        !bs.iter().any(|b| b.kind == BlockKind::Month),
        "no month headings in table layout"
    );
    let tasks = rows(Table::Tasks);
    assert_eq!(
        tasks[0],
        [
            "序号",
            "工作任务",
            "牵头部门",
            "配合部门",
            "责任人",
            "完成时限",
            "量化目标"
        ]
    );
    assert_eq!(
        tasks[1],
        [
            "1",
            "加强思想引领",
            "党政办公室",
            "各分工会",
            "王主席",
            "2027年6月底前",
            "覆盖率100%"
        ]
    );
    assert_eq!(
        tasks[2][1..5],
        ["开展师德教育", "教师发展中心", "各分工会", "李老师"]
    );
    assert_eq!(tasks.len(), 3, "only tasks with a duty");
    let date = bs
        .iter()
        .position(|b| b.kind == BlockKind::SignatureDate)
        .unwrap();
    let annex = bs
        .iter()
        .position(|b| b.kind == BlockKind::AnnexLabel)
        .unwrap();
    assert!(annex > date);
    assert_eq!(bs[annex].text, "附件");
    assert_eq!(
        bs[annex + 1].text,
        "城东实验学校工会2027年重点工作任务分解表"
    );
    // Click on a row jumps to its task.
    let row = bs
        .iter()
        .find(|b| b.cells.get(1).is_some_and(|c| c == "开展师德教育"))
        .unwrap();
    assert_eq!(row.target.path, vec![0, 0]);
}

#[test]
fn without_the_switches_nothing_changes() {
    let mut p = duty_plan();
    p.kind = Kind::Summary;
    assert!(
        !blocks(&p).iter().any(|b| b.kind == BlockKind::AnnexLabel),
        "a summary alone has no task table"
    );
    p.kind = Kind::Plan;
    p.format = None;
    let bs = blocks(&p);
    assert!(bs
        .iter()
        .all(|b| !matches!(b.kind, BlockKind::Row { .. } | BlockKind::AnnexLabel)));
    assert!(bs.iter().any(|b| b.kind == BlockKind::Month));
}

fn document(p: &Plan) -> String {
    let parts = super::zip::read_zip(&docx::docx(p)).unwrap();
    let (_, d) = parts
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap();
    String::from_utf8(d).unwrap()
}

#[test]
fn docx_tables_have_grid_cell_widths_paragraph_ended_cells_and_a_repeated_header() {
    let doc = document(&duty_plan());
    assert_eq!(doc.matches("<w:tbl>").count(), 2);
    assert_eq!(doc.matches("<w:tblGrid>").count(), 2);
    let cells = doc.matches("<w:tc>").count();
    assert_eq!(cells, 5 * 4 + 7 * 3);
    assert_eq!(doc.matches("<w:tcW ").count(), cells);
    assert_eq!(doc.matches("</w:p></w:tc>").count(), cells);
    assert_eq!(doc.matches("<w:tblHeader/>").count(), 2);
    for v in [
        "牵头部门",
        "责任人",
        "完成时限",
        "党政办公室",
        "王主席",
        "2027年6月底前",
        "活动内容",
        "女工委员会",
        "全体女教职工",
        "七、八月",
    ] {
        assert!(doc.contains(v), "{v}");
    }
    // Grid columns add up to the table width and fit the text block.
    let parsed = super::testxml::parse(&doc).unwrap();
    let cols: Vec<u32> = super::testxml::elements(&parsed, "w:gridCol")
        .iter()
        .map(|a| super::testxml::attr(a, "w:w").unwrap().parse().unwrap())
        .collect();
    assert_eq!(cols.len(), 12);
    // The schedule fits the portrait text block; the 任务分解表 the landscape one.
    assert!(cols[..5].iter().sum::<u32>() <= 8845);
    let wide: u32 = cols[5..].iter().sum();
    assert!(wide > 8845 && wide <= 16838 - 1587 - 1474, "{wide}");
    // The signature's paragraph closes the portrait section; the body ends
    // landscape, with the page numbers of the portrait part.
    let sects: Vec<&str> = doc.split("<w:sectPr>").skip(1).collect();
    assert_eq!(sects.len(), 2);
    assert!(sects[0].contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    assert!(sects[1].contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"));
    assert!(sects[1].contains("<w:footerReference"));
    assert!(doc.contains("</w:tbl><w:p><w:pPr></w:pPr></w:p><w:sectPr>"));
    assert!(doc.ends_with("</w:sectPr></w:body></w:document>"));
    // Under a 版记 the table stays portrait, on a page of its own.
    let mut issued = duty_plan();
    issued.issuance = Some(Issuance {
        printer: "城东实验学校工会".into(),
        print_date: Some("2027-01-10".into()),
        ..Issuance::default()
    });
    let doc = document(&issued);
    assert!(!doc.contains("landscape"));
    assert!(doc.contains("<w:pageBreakBefore/>"));
}

#[test]
fn html_md_and_txt_carry_the_tables() {
    let p = duty_plan();
    let h = html::html(&p);
    assert_eq!(h.matches("<table class=\"doc-table\">").count(), 2);
    assert!(
        h.contains("<th>牵头部门</th>")
            && h.contains("<td>王主席</td>")
            && h.contains("<td>女工委员会</td>")
    );
    let m = md::markdown(&p);
    assert!(m.contains("| 序号 | 工作任务 | 牵头部门 | 配合部门 | 责任人 | 完成时限 | 量化目标 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 1 | 加强思想引领 | 党政办公室 |"), "{m}");
    assert!(
        m.contains("| 三月 | 三八妇女节趣味活动 | 女工委员会 | 全体女教职工 | 室外 |"),
        "{m}"
    );
    let t = txt::plain_text(&p);
    assert!(
        t.contains(
            "\r\n1\t加强思想引领\t党政办公室\t各分工会\t王主席\t2027年6月底前\t覆盖率100%\r\n"
        ),
        "{t}"
    );
    assert!(t.contains("三月\t三八妇女节趣味活动\t女工委员会\t全体女教职工\t室外"));
    assert!(t.find("附件").unwrap() > t.find("暑期疗休养").unwrap());
}
