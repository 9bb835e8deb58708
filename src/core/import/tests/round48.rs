//! Forms met in the forty-eighth round: a signature date written with the
//! enumeration comma, and a plan whose only year is that of a cited 文号.

use super::*;

#[test]
fn a_date_written_with_enumeration_commas_is_the_signature() {
    let t = "某学院工会读书月活动计划\n为丰富教职工精神生活,特制定本计划:\n一、活动时间:4月\n二、活动内容:\n1、组织读书分享会。\n2、评选读书之星。\n2019、4、2\n";
    let p = import(t).plan;
    assert_eq!(p.signature.date.as_deref(), Some("2019-04-02"), "{p:#?}");
}

#[test]
fn a_cited_document_number_gives_a_plan_its_year() {
    let t = "一、活动目的:\n根据区教工〔2018〕5号文件精神,结合我校实际,特制订本方案。\n二、活动安排\n1、9月上旬召开动员会。\n2、9月下旬评选表彰。\n";
    let p = import(t).plan;
    assert_eq!(p.year, 2018, "{p:#?}");
}

#[test]
fn a_dot_between_a_headings_two_phrases_keeps_them_together() {
    let t = "某幼儿园工会工作总结\n一、健全组织机构.完善工作制度。今年园工会按期完成换届,新选委员五名,修订了各项制度。\n二、关心职工生活.办好暖心实事。全年走访慰问困难职工八人次。\n";
    let p = import(t).plan;
    let h: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        h,
        vec!["健全组织机构.完善工作制度。", "关心职工生活.办好暖心实事。"],
        "{p:#?}"
    );
}
