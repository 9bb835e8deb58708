//! Forms met in the twenty-eighth round: a first heading run on after a
//! report's `请予审议。` or after an announcement a copy cut short
//! (`现将本年度工会一、…`), and a 方案's field labels that name the activity
//! before the field word (`送温暖活动范围:`) or its goals (`活动目标:`).

use super::*;

#[test]
fn a_first_heading_run_on_after_a_report_opening_is_a_heading() {
    let p = import(
        "同志们:我代表上届工会委员会向大会报告工作,请予审议。一、五年来的工作回顾2019年以来,工会组织会员开展了各项活动,走访了困难会员。\n",
    )
    .plan;
    assert_eq!(p.sections.len(), 1);
    assert!(p.sections[0].heading.starts_with("五年来的工作回顾"));
    assert!(p.guiding.ends_with("请予审议。"));
}

#[test]
fn a_first_heading_after_a_cut_short_announcement_is_a_heading() {
    let p = import(
        "某某工会全年工作总结今年以来,我会在上级工会的领导下开展了多项工作,取得了较好的成绩。现将全年工会一、加强学习,提高干部素质。组织工会干部参加了培训,学习了工会法。\n",
    )
    .plan;
    assert_eq!(p.sections.len(), 1);
    assert!(p.sections[0].heading.starts_with("加强学习"));
}

#[test]
fn a_schemes_long_field_labels_and_its_goals_field_are_read() {
    let p = import(
        "某某车间工会送温暖活动方案\n为关心困难职工,特制定本方案。\n活动目标:让每位困难职工过好节日。\n送温暖活动范围:全车间困难职工。\n送温暖活动安排:元月中旬上门慰问。\n具体要求:\n1、各班组要及时报送名单。\n",
    )
    .plan;
    assert!(p.goals.contains("过好节日"));
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(heads.iter().any(|h| h.starts_with("送温暖活动范围")));
    assert!(heads.iter().any(|h| h.starts_with("具体要求")));
}

#[test]
fn a_headline_naming_the_union_over_a_paragraph_is_the_title() {
    let p = import(
        "某某公司工会办好三件实事暖人心\n今年以来,公司工会围绕职工最关心的问题,办好了食堂、班车和托管三件实事,走访了全部困难职工家庭,职工满意度明显提高,大家都说工会是自己的家。\n一是办好食堂。新增了早餐窗口。\n",
    )
    .plan;
    assert_eq!(p.title, "某某公司工会办好三件实事暖人心");
    // a short part heading or a line with commas over a paragraph is none
    let p = import(
        "加强工会组织建设,提高工会工作水平\n今年以来,公司工会围绕职工最关心的问题,办好了食堂、班车和托管三件实事,职工满意度明显提高。\n",
    )
    .plan;
    assert_eq!(p.title, "");
}

#[test]
fn a_yearbook_entry_is_a_summary() {
    let p = import(
        "【概况】某某行业工会委员会下设办公室,所属单位职工5000人,会员4900人。(1)学习宣传,统一思想。组织职工学习上级会议精神。(2)关心职工,办好实事。走访慰问职工120人次。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Summary);
}
