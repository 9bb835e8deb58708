//! Tables arriving as text: `|` and tab rows, Markdown rules, one cell per
//! line, an attachment matched to the plan's tasks, and what is not a table.

use super::assert_lossless;
use crate::core::model::ScheduleLayout;

#[test]
fn a_flattened_task_table_gives_every_row_its_lead_and_owner() {
    let text = "序号 | 工作任务 | 牵头部门 | 责任人 | 完成时限 |\n\
                1 | 深化职工思想政治引领 | 党委宣传部 | 张明 | 2027年6月底前 |\n\
                2 | 推进厂务公开 | 工会办公室 | 李红 | 全年 |\n\
                3 | 开展劳动竞赛 | 生产技术部 | 王强 | 三季度 |";
    let p = assert_lossless(text).plan;
    let got: Vec<(String, String, String, String)> = p
        .sections
        .iter()
        .map(|s| {
            let d = s.duty.clone().expect("every row has a duty");
            (s.heading.clone(), d.lead, d.owner, d.due)
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "深化职工思想政治引领".into(),
                "党委宣传部".into(),
                "张明".into(),
                "2027年6月底前".into()
            ),
            (
                "推进厂务公开".into(),
                "工会办公室".into(),
                "李红".into(),
                "全年".into()
            ),
            (
                "开展劳动竞赛".into(),
                "生产技术部".into(),
                "王强".into(),
                "三季度".into()
            ),
        ]
    );
    assert!(p.format_settings().task_table);
}

#[test]
fn a_flattened_schedule_table_gives_entries_with_duties() {
    let text = "活动安排\n时间 | 活动内容 | 负责部门 | 参加范围\n|---|---|---|---|\n\
                3月 | 三八妇女节健步走 | 女工委员会 | 全体女职工\n\
                | 植树活动 | 工会办公室 |\n\
                七、八月 | 暑期疗休养 | 工会办公室 | 一线职工";
    let p = assert_lossless(text).plan;
    let march = p
        .schedule
        .iter()
        .find(|e| e.months == vec![3])
        .expect("March");
    assert_eq!(march.activities, vec!["三八妇女节健步走", "植树活动"]);
    let d = march.duties[0].clone().unwrap();
    assert_eq!(
        (d.owner.as_str(), d.scope.as_str()),
        ("女工委员会", "全体女职工")
    );
    assert_eq!(march.duties[1].clone().unwrap().owner, "工会办公室");
    let summer = p
        .schedule
        .iter()
        .find(|e| e.months == vec![7, 8])
        .expect("七、八月");
    assert_eq!(summer.activities, vec!["暑期疗休养"]);
    assert_eq!(p.format_settings().schedule, ScheduleLayout::Table);
}

#[test]
fn tab_rows_and_one_cell_per_line_are_tables_too() {
    let p = assert_lossless(
        "序号\t工作任务\t牵头部门\t配合部门\t责任人\n1\t建设职工书屋\t工会办公室\t图书馆\t赵敏",
    )
    .plan;
    let d = p.sections[0].duty.clone().unwrap();
    assert_eq!(
        (
            p.sections[0].heading.as_str(),
            d.lead.as_str(),
            d.partners.as_str(),
            d.owner.as_str()
        ),
        ("建设职工书屋", "工会办公室", "图书馆", "赵敏")
    );
    let text = "序号\n工作任务\n牵头部门\n责任人\n1\n召开教代会\n校长办公室\n陈立\n2\n慰问困难教职工\n工会\n刘芳";
    let p = assert_lossless(text).plan;
    let got: Vec<(String, String)> = p
        .sections
        .iter()
        .map(|s| (s.heading.clone(), s.duty.clone().unwrap().owner))
        .collect();
    assert_eq!(
        got,
        vec![
            ("召开教代会".into(), "陈立".into()),
            ("慰问困难教职工".into(), "刘芳".into())
        ]
    );
}

#[test]
fn an_attached_task_table_sets_the_duties_of_the_plans_own_tasks() {
    let text = "城西街道工会2027年工作计划\n一、加强思想引领\n组织学习。\n二、维护职工权益\n开好职代会。\n\
                城西街道工会\n2027年1月5日\n附件\n城西街道工会2027年重点工作任务分解表\n\
                序号 | 工作任务 | 牵头部门 | 责任人\n1 | 加强思想引领 | 宣传委员 | 周青\n2 | 维护职工权益 | 法律委员 | 吴江";
    let imp = assert_lossless(text);
    let p = imp.plan;
    assert_eq!(p.sections.len(), 2, "{:#?}", p.sections);
    assert_eq!(p.sections[0].duty.clone().unwrap().owner, "周青");
    assert_eq!(p.sections[1].duty.clone().unwrap().lead, "法律委员");
    assert_eq!(p.signature.organization, "城西街道工会");
    assert_eq!(p.signature.date.as_deref(), Some("2027-01-05"));
}

#[test]
fn bars_without_a_known_header_stay_text() {
    let p = assert_lossless("一、加强学习\n甲 | 乙 | 丙\n三月 | 植树").plan;
    assert!(p.sections.iter().all(|s| s.duty.is_none()));
    assert!(p.format.is_none());
}

#[test]
fn docx_tables_are_read_as_tables_and_round_trip_the_duties() {
    let mut plan = crate::core::export::tables_tests::duty_plan();
    plan.signature.date = Some("2027-01-10".into());
    plan.signature.organization = plan.organization.clone();
    let bytes = crate::core::export::docx::docx(&plan);
    let text = crate::core::import::docx_to_text(&bytes).unwrap();
    assert!(
        text.contains("序号\t工作任务\t牵头部门\t配合部门\t责任人\t完成时限\t量化目标"),
        "{text}"
    );
    let p = crate::core::import::import_bytes(&bytes, "计划.docx")
        .unwrap()
        .plan;
    let d = p.sections[0].duty.clone().expect("section duty");
    assert_eq!(
        (d.lead.as_str(), d.owner.as_str(), d.due.as_str()),
        ("党政办公室", "王主席", "2027年6月底前")
    );
    let d = p.sections[0].items[0].duty.clone().expect("item duty");
    assert_eq!(d.owner, "李老师");
    assert_eq!(p.sections.len(), 2, "the table's rows matched the tasks");
    let march = p.schedule.iter().find(|e| e.months == vec![3]).unwrap();
    assert_eq!(march.activities[0], "三八妇女节趣味活动");
    assert_eq!(march.duties[0].clone().unwrap().owner, "女工委员会");
    assert_eq!(p.signature.date.as_deref(), Some("2027-01-10"));
    assert!(p.format_settings().task_table);
    assert_eq!(p.format_settings().schedule, ScheduleLayout::Table);
}
