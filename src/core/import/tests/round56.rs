//! Forms met in the fifty-sixth round (the union's own committees and
//! special plans): a flattened 职工之家 plan whose title names no 工会, a
//! report's `未来的工作计划`, parts named after what they are for (`…的总体
//! 目标`), a converter's `1,、` label and a title giving an account (`…开展…
//! 情况`).

use super::*;

#[test]
fn a_flattened_title_naming_the_unions_works_ends_before_its_text() {
    let t = "某某小学创建教工之家活动方案 创建教工之家,是增强教职工凝聚力的重要途径。今年学校工会将以建家为重点开展各项工作,具体方案如下:一、指导思想以服务教职工为宗旨,团结教职工推进学校各项工作。二、工作目标把学校工会建成教职工信赖的温暖之家,力争年内通过验收。";
    let p = import(t).plan;
    assert_eq!(p.title, "某某小学创建教工之家活动方案", "{p:#?}");
    assert_eq!(p.kind, Kind::Plan);
}

#[test]
fn a_reports_plan_for_the_time_ahead_is_its_next_part() {
    let t = "各位代表:\n今天我们召开职工代表大会,回顾一年来的工作。\n一、过去一年的主要工作\n工会组织了技能培训和文体活动,职工参与面进一步扩大,办好了一批实事。\n二、存在的不足\n部分职工参与工会活动不多,服务方式还要改进。\n三、未来的工作计划\n我们将继续做好服务职工工作,开展劳动竞赛和技能比武,组织好送温暖活动。\n";
    let p = import(t).plan;
    assert!(p.next.is_some(), "{p:#?}");
    assert_eq!(p.kind, Kind::SummaryAndPlan);
    // `展望未来` in a motto is no plan's name
    let motto = t.replace("三、未来的工作计划", "三、展望未来");
    assert!(import(&motto).plan.next.is_none());
}

#[test]
fn a_part_named_after_its_purpose_is_that_part() {
    let t = "某某学院工会职工之家建设实施方案\n为加强工会自身建设,制定本方案。\n一、开展建家活动的指导思想\n以服务职工为中心,把工会建成职工信赖的家。\n二、开展建家活动的总体目标\n用三年时间建成先进职工之家,五年进入模范职工之家行列。\n三、主要措施\n健全组织,完善制度,开展活动。\n";
    let p = import(t).plan;
    assert!(p.goals.contains("三年时间"), "{p:#?}");
    assert!(p.guiding.contains("服务职工为中心"), "{p:#?}");
    // a priority that merely names a target stays a section
    let plain = t.replace("二、开展建家活动的总体目标", "二、确保完成全年各项任务目标");
    assert!(import(&plain).plan.goals.is_empty());
}

#[test]
fn a_doubled_comma_before_the_mark_still_labels_an_item() {
    assert_eq!(
        labels::parse_label("1,、积极配合行政做好工作。").map(|(r, _)| r),
        Some(labels::rank::ARABIC)
    );
    assert_eq!(
        labels::parse_label("1，、积极配合行政做好工作。").map(|(r, _)| r),
        Some(labels::rank::ARABIC)
    );
    // a number with a comma is no label
    assert_eq!(labels::parse_label("1,200名职工参加。"), None);
}

#[test]
fn a_title_giving_an_account_of_work_carried_out_reads_as_a_summary() {
    let t = "某某中学开展 “模范教工之家”创建情况\n某某中学多年来重视工会工作,学校先后获得多项荣誉。\n一、领导重视,齐抓共管\n党支部把工会工作列入学校工作计划,定期听取工会汇报,支持工会开展活动。\n";
    let p = import(t).plan;
    assert!(p.title.ends_with("情况"), "{p:#?}");
    assert_eq!(p.kind, Kind::Summary);
}

#[test]
fn a_spaced_part_line_with_de_before_its_part_word_is_the_part() {
    let body = "工会组织开展了读书、运动和帮扶活动,教职工参与面不断扩大,工会的凝聚力进一步增强。"
        .repeat(4);
    let t = format!("某某学校工会工作报告   各位代表:   我受工会委员会的委托,向大会报告工作,请予审议。   一年来工会工作的回顾   一年来,学校工会在党支部的领导下认真履行各项职能,取得了一些成绩。   一、加强自身建设,树立良好形象。   {body}   二、开展师德教育,提高会员素质。   {body}");
    let p = import(&t).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["一年来工会工作的回顾"], "{p:#?}");
    // `的` elsewhere still makes a lead-in, not a part line
    assert!(!headings::is_part_line("对一年来的工作简要总结"));
    assert!(!headings::is_part_line("2023年工作的简要总结"));
    assert!(headings::is_part_line("一年来工会工作的回顾"));
}
