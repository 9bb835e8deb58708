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

#[test]
fn a_plans_items_led_by_a_year_and_month_are_its_schedule() {
    let t = "某学院工会春季活动计划\n1、20xx年元月迎新联欢会。\n2、20xx年3月:教职工拔河赛\n分组:文科、理科\n3、教职工书画展。\n4、20xx年4月:教职工运动会。\n5、20xx年5月进行羽毛球比赛。\n";
    let p = import(t).plan;
    let months: Vec<Vec<u8>> = p.schedule.iter().map(|e| e.months.clone()).collect();
    assert_eq!(months, vec![vec![1], vec![3], vec![4], vec![5]], "{p:#?}");
    assert!(p.sections.is_empty(), "{p:#?}");
}

#[test]
fn a_summarys_dated_items_stay_its_sections() {
    let t = "某学院工会工作总结\n1、2019年3月,工会组织了拔河比赛。\n2、2019年4月12日举办运动会。\n3、2019年5月,工会开展读书活动。\n";
    let p = import(t).plan;
    assert!(p.schedule.is_empty(), "{p:#?}");
    let t = "某学院工会工作总结\n1、2019年3月举办了拔河比赛。\n2、2019年4月举办了运动会。\n3、2019年5月开展了读书活动。\n";
    let p = import(t).plan;
    assert!(p.schedule.is_empty(), "{p:#?}");
}
