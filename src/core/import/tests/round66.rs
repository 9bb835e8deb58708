//! Forms met in the sixty-sixth round (a county federation's 双拥 plan, a
//! retirees' centre union's 工作交流, a telecom branch union's report in a
//! union paper, township and county summaries): a headline with no title
//! word over an opening on the year that names the union is the title, and
//! a summary when that first sentence says nothing of intention; a
//! 工作交流 title reports on work done.

use super::*;

#[test]
fn a_headline_over_an_opening_on_the_year_is_the_title_of_a_summary() {
    let text = "下沉服务基层一线不断开创员工幸福新局面\n\n2017 年，某某分公司工会认真贯彻党的十九大精神，在上级工会和分公司党委的正确领导下，服务企业发展，服务广大员工。\n\n竞赛活动如火如荼。举办技能大赛，800多名员工参加。\n\n岗位创新全面铺开。评选出 23 项微创新成果。";
    let p = import(text).plan;
    assert_eq!(p.title, "下沉服务基层一线不断开创员工幸福新局面", "{p:#?}");
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
    assert_eq!(p.year, 2017, "{p:#?}");
}

#[test]
fn a_work_exchange_title_is_a_summary() {
    let text = "2018年度先进分会工作交流——退离休职工管理服务中心\n2018年，退离休职工管理服务中心工会在公司党委和上级工会的领导下，紧紧围绕年度工作主题，履行工会基本职能，努力为职工办实事。\n一、发挥桥梁纽带作用\n坚持以党建带工建，强化理论学习。\n二、以人为本，精准扶贫\n构建扶贫帮困工作机制。";
    let p = import(text).plan;
    assert_eq!(
        p.title, "2018年度先进分会工作交流——退离休职工管理服务中心",
        "{p:#?}"
    );
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
}
