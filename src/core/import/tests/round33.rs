//! Forms met in the thirty-third round: a title ending on `…总结材料`, a
//! summary's heading on the goals it set, a fill-in blank after a space in
//! a flattened heading, `-、` for a text layer's `一、`, and a title line
//! written twice with the year after its second copy.

use super::*;
use crate::core::model::Kind;

#[test]
fn a_title_ending_on_the_papers_of_a_summary_is_read() {
    let p = import(
        "某某支行工会年度工作总结材料\n今年以来,支行工会围绕中心工作,组织了一系列活动。\n一、凝聚职工力量\n全年开展劳动竞赛三次,评出岗位能手十名。\n",
    )
    .plan;
    assert_eq!(p.title, "某某支行工会年度工作总结材料");
    assert_eq!(p.kind, Kind::Summary);
}

#[test]
fn a_summarys_heading_on_its_goals_stays_a_section() {
    let p = import(
        "某某局工会2019年工作总结\n一年来,局工会在局党组领导下做了以下工作。\n一、确定全年工会工作目标\n年初,工会委员会研究确定了全年的工作目标,以服务职工为重点。\n二、扎实开展文体活动\n组织了登山比赛和读书会,参加职工一百余人次。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Summary);
    assert!(p.goals.is_empty());
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["确定全年工会工作目标", "扎实开展文体活动"]);
    assert!(p.sections[0].body.contains("研究确定了全年的工作目标"));
    // a plan's goals heading is still its goals part
    let q = import(
        "某某局工会2020年工作计划\n一、明确全年工作目标\n全年发展会员二十名,建成职工书屋一个。\n二、开展文体活动\n组织一次登山比赛。\n",
    )
    .plan;
    assert!(q.goals.contains("发展会员"));
}

#[test]
fn a_fill_in_blank_after_a_space_stays_in_a_flattened_heading() {
    let p = import(
        "某某局工会上半年工作总结 局工会根据上级工会的工作要求,围绕局党委的中心工作,结合自身特点,上半年重点做了以下几项工作: 一、开展“岗位建功” ___活动,不断提高职工队伍素质 各基层工会组织职工参加业务培训和技能比武,提高了职工的业务水平,共举办培训班六期,参加职工三百余人次。 二、关心职工生活,做好帮扶工作 春节前走访慰问困难职工十二户,发放慰问金一万元,为生病住院的职工送去慰问品。 三、丰富文体活动,增强凝聚力 组织了迎新春象棋比赛和拔河比赛,参加职工一百余人。 四、加强自身建设,规范经费管理 工会委员会每季度召开一次会议,研究部署工会工作,工会经费做到专款专用,账目清楚,定期向会员公开。",
    )
    .plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads[0], "开展“岗位建功” ___活动，不断提高职工队伍素质");
    assert_eq!(
        labels::split_heading("开展“岗位建功” ___活动,不断提高职工队伍素质 各基层工会组织职工参加业务培训和技能比武,提高了职工的业务水平,共举办培训班六期,参加职工三百余人次。").0,
        "开展“岗位建功” ___活动,不断提高职工队伍素质"
    );
}

#[test]
fn a_hyphen_before_its_comma_is_a_text_layers_first_label() {
    let p = import(
        "某某公司工会工作总结\n-、20xx 年工会工作回顾\n一年来,公司工会开展了多项活动。\n1、加强组织建设\n今年改选了工会委员会。\n2、开展送温暖活动\n节前走访困难员工八户。\n",
    )
    .plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["20xx 年工会工作回顾"]);
    assert_eq!(p.sections[0].items.len(), 2);
    // a hyphen before text of its own is no label
    assert_eq!(labels::hyphen_one("-、"), None);
    assert_eq!(labels::hyphen_one("-,工作"), None);
}

#[test]
fn a_title_copy_with_its_year_after_it_gives_the_year() {
    let p = import(
        "工会工作总结 工会工作总结 2019\n一、工作回顾\n本公司工会全年召开委员会九次,组织了职工运动会。\n",
    )
    .plan;
    assert_eq!(p.year, 2019);
}
