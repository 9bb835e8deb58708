//! Forms met in the thirty-ninth round: a site's cover words above the
//! formal title, a goals label written again under each numbered part, a
//! notice title whose last word `通   知` stands on the next line, and a
//! flattened `一、 ` label with a space before a named part's words.

use super::*;

#[test]
fn cover_words_above_a_formal_title_stay_in_the_opening() {
    let p = import(
        "2024\n某局工会\n半年\n工作总结\n下半年\n工作思路\n某局工会XX年半年工作总结及下半年工作思路\n今年上半年,某局工会围绕中心开展工作,现总结如下:\n一、上半年主要工作\n(一)开展文体活动\n组织了登山比赛。\n",
    )
    .plan;
    assert_eq!(p.title, "某局工会XX年半年工作总结及下半年工作思路");
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["上半年主要工作"]);
    assert!(p.guiding.contains("工作思路"), "{}", p.guiding);
}

#[test]
fn a_goals_label_under_each_numbered_part_is_no_goals_part() {
    let p = import(
        "某校工会2024年工作要点\n一、民主管理\n总体目标:开好教代会,推进校务公开。\n具体目标:每学期公开一次。\n二、文体活动\n总体目标:丰富教职工的业余生活。\n具体目标:全年举办两次活动。\n",
    )
    .plan;
    assert!(p.goals.is_empty(), "{}", p.goals);
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["民主管理", "文体活动"]);
}

#[test]
fn a_notice_title_over_two_lines_with_a_spread_word_is_the_title() {
    let p = import(
        "某工字〔2024〕3号\n关于开展职工健康体检工作的\n通   知\n各基层工会:\n为关心职工健康,现将有关事项通知如下:\n一、体检对象:全体职工\n二、体检时间:5月\n",
    )
    .plan;
    assert_eq!(
        p.title.split_whitespace().collect::<String>(),
        "关于开展职工健康体检工作的通知"
    );
}

#[test]
fn a_flattened_label_and_space_before_a_named_parts_words_stay_one_heading() {
    let body = "我们组织全组教师学习有关规定,撰写体会,交流心得,效果良好。".repeat(3);
    let t = format!(
        "某小学第三工会小组学期总结 一、 本学期主要工作目标 {body} 二、 主要成绩与经验 {body} 三、存在问题 {body}"
    );
    let p = import(&t).plan;
    assert!(p.guiding.trim().is_empty(), "{}", p.guiding);
    assert!(
        p.sections
            .iter()
            .any(|s| s.heading.contains("本学期主要工作目标")),
        "{:?}",
        p.sections.iter().map(|s| &s.heading).collect::<Vec<_>>()
    );
}
