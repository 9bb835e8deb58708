//! Forms met in the sixtieth round (a school website's union column kept in
//! a public GitHub repository): a federation's notice with a private-use
//! glyph after a heading; a union's announcement numbered `(第1号)` under
//! its title; a joint notice's two issuers over a title wrapped inside its
//! words; a 疗休养 notice whose routes each give `地址:` and `时间:`; a
//! signature naming the union without a date, or a school by its number
//! (`某某一中`); an event's 方案 signed in October for the days after.

use super::*;

#[test]
fn a_private_use_glyph_after_a_heading_is_no_part_of_it() {
    let text = "某某区总工会2027年送温暖工作方案\n一、慰问对象\u{e004}\n困难职工。\n二、慰问标准\n每户500元。";
    let p = import(text).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["慰问对象", "慰问标准"], "{p:#?}");
}

#[test]
fn a_serial_number_under_an_announcements_title_belongs_to_it() {
    let text = "某某学校工会公告\n（第2号）\n一、会议安排\n定于下月召开教代会。\n二、代表条件\n热心为教职工办事。\n某某学校工会\n2027年5月4日";
    let p = import(text).plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "某某学校工会公告（第2号）",
        "{p:#?}"
    );
    assert!(p.guiding.is_empty(), "{p:#?}");
    assert_eq!(p.year, 2027, "{p:#?}");
}

#[test]
fn two_issuers_over_a_wrapped_notice_title_are_its_header() {
    let text = "某某市教育局  某某市教育工会\n关于组织开展2027年某某市“最美职工”\n评选活动的通知\n各学校工会：\n现就有关事项通知如下。\n一、评选范围\n全市在岗教职工。\n二、评选名额\n共评选20名。";
    let p = import(text).plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "关于组织开展2027年某某市“最美职工”评选活动的通知",
        "{p:#?}"
    );
    assert_eq!(p.year, 2027, "{p:#?}");
    assert_eq!(
        p.issuance.as_ref().map(|i| i.issuer.as_str()),
        Some("某某市教育局  某某市教育工会"),
        "{p:#?}"
    );
}

#[test]
fn details_repeated_under_each_route_are_no_parts() {
    let text = "关于2027年教职工疗休养的通知\n经研究，现将有关事项通知如下：\n1．组织管理：由工会牵头组织实施。\n2．线路安排：共两条线路。\n甲线路：某某度假村\n地址：某某路1号\n时间：2027年8月2日\n乙线路：某某山庄\n地址：某某路2号\n时间：2027年8月21日\n3．报名时间：7月底前报工会。\n某某二中\n2027年7月20日";
    let p = import(text).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(!heads.iter().any(|h| h.starts_with("地址")), "{p:#?}");
    assert_eq!(p.signature.organization, "某某二中", "{p:#?}");
    assert_eq!(p.signature.date.as_deref(), Some("2027-07-20"), "{p:#?}");
}

#[test]
fn a_unions_name_under_the_last_sentence_signs_without_a_date() {
    let text = "关于开展工作建议征集活动的通知\n各学校工会：\n现将有关事项通知如下\n一、征集时间\n7月底前。\n二、奖励办法\n评出的好建议将给予通报表扬。\n 某某市教育工会";
    let p = import(text).plan;
    assert_eq!(p.signature.organization, "某某市教育工会", "{p:#?}");
    assert_eq!(p.signature.date, None, "{p:#?}");
}

#[test]
fn an_events_scheme_signed_in_october_is_that_years() {
    let text = "某某中学教职工趣味运动会方案\n一、时间地点\n10月26日下午，学校操场。\n二、分组\n按工会小组分组。\n某某中学工会\n2027年10月22日";
    let p = import(text).plan;
    assert_eq!(p.year, 2027, "{p:#?}");
    // a year's plan signed then is still the next year's
    let plan = "某某中学工会工作计划\n一、加强学习\n组织学习。\n二、关心职工\n做好慰问。\n某某中学工会\n2027年12月20日";
    assert_eq!(import(plan).plan.year, 2028);
}

#[test]
fn an_announcements_series_line_over_rules_is_their_header() {
    let text = "某某学校工会第十届教代会公告(3)\n某某学校第十届工会委员会大会\n选  举  办  法（草案）\n一、大会选举工作由大会主席团主持。\n二、选举采用无记名投票方式。\n某某学校工会\n2027年12月20日";
    let p = import(text).plan;
    assert_eq!(
        p.title.replace(['\n', ' '], ""),
        "某某学校第十届工会委员会大会选举办法（草案）",
        "{p:#?}"
    );
    assert!(p.guiding.is_empty(), "{p:#?}");
    // rules signed in December are that year's
    assert_eq!(p.year, 2027, "{p:#?}");
}
