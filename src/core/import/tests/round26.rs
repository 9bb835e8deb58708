//! Forms met in the twenty-sixth round: a summary title that names the
//! next half-year's arrangements, a report title after the meeting's name
//! and a colon, a site's `模版` after a title word, a flattened title whose
//! text names the organisation again, a run-in label whose object follows a
//! verb's complement, a dash-led heading line, and a weekday list broken
//! into `一、星期` lines.

use super::*;

#[test]
fn a_summary_title_with_the_next_half_years_arrangements_names_both() {
    let p = import(
        "某某局工会上半年工作总结和下半年工作安排\n上半年,工会做了三件事,现总结如下:\n一、办好了劳动竞赛\n全年组织四次竞赛。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::SummaryAndPlan);
    // a bare 工作安排 after a summary may be the work just done
    let p = import(
        "某某办公室工会工作总结和工作安排\n今年,工会做了三件事,现总结如下:\n一、办好了劳动竞赛\n全年组织了四次竞赛。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Summary);
}

#[test]
fn a_report_title_after_the_meetings_name_and_a_colon_is_the_title() {
    let p = import(
        "2019年会员周年大会:理事长工作报告\n引言\n一年过去了,感谢各位会员的支持。\n工作报告\n过去一年,本会举办了多次联谊活动,会员人数有所增加,各项工作顺利完成。\n",
    )
    .plan;
    assert_eq!(p.title, "2019年会员周年大会：理事长工作报告");
    assert_eq!(p.kind, Kind::Summary);
}

#[test]
fn a_title_with_a_sites_template_suffix_and_a_count_is_the_title() {
    let p = import(
        "某某小学工会2027年工作计划模版(两篇)\n指导思想\n以服务教职工为宗旨,办好实事,营造和谐的氛围。\n",
    )
    .plan;
    assert_eq!(p.title, "某某小学工会2027年工作计划模版（两篇）");
    assert_eq!(p.year, 2027);
}

#[test]
fn a_flattened_title_ends_where_the_text_names_the_organisation_again() {
    let p = import(
        "铁路车站工会工作总结铁路车站工会在上级工会的领导下,各项工作都有了新的进展,职工满意。一、抓好了班组建设。全站十个班组都建起了职工小家,活动经常。二、办好了文体活动。每季度组织一次比赛,参加的职工很多。",
    )
    .plan;
    assert_eq!(p.title, "铁路车站工会工作总结");
}

#[test]
fn a_subject_after_a_verbs_complement_continues_the_label() {
    // flattened: the heading's sentence runs on into its text
    let p = import(
        "红星机械厂工会工作总结红星机械厂工会在上级工会的领导下,在全厂职工的支持下,各项工作都取得了很大的成绩,为全厂各项目标的完成做出了贡献。现将一年来的工作简要总结如下:一、抓好班组建设促进生产发展。全厂十个班组都建起了职工小家,班组长按月组织学习,职工的技术水平有了明显的提高,生产任务完成得很好。二、把维护职工权益落实到工会工作的每个环节。工会全年走访职工八十户,送去慰问金,帮助困难职工解决子女上学和看病的难题,职工都很满意。工会还坚持每年召开两次职代会,企业的重大决策都由职代会审议通过,职工代表充分行使民主权利,参与企业管理和监督,对领导干部进行民主评议,党政工齐抓共管。",
    )
    .plan;
    let hs = headings(&p);
    assert_eq!(hs.len(), 2, "{hs:?}");
    assert!(
        hs[1].starts_with("把维护职工权益落实到工会工作的每个环节"),
        "{hs:?}"
    );
}

#[test]
fn a_dash_led_line_of_two_phrases_over_paragraphs_is_a_heading() {
    let p = import(
        "某某局工会上半年工作总结\n上半年,局工会按照年初的部署,扎实开展各项工作,取得了较好的成效。主要表现在:\n——深入开展岗位练兵活动,引导职工立足岗位建功立业.\n各基层单位都制定了练兵方案,按月组织比武,全局参加练兵的职工达到九成以上,涌现出一批技术能手。\n",
    )
    .plan;
    assert_eq!(
        headings(&p),
        ["深入开展岗位练兵活动，引导职工立足岗位建功立业."]
    );
    // an attribution after a quote is no heading
    let p = import(
        "某某局工会上半年工作总结\n上半年,局工会按照年初的部署,扎实开展各项工作。\n——摘自某某讲话\n各基层单位都制定了练兵方案,按月组织比武,全局参加练兵的职工达到九成以上。\n",
    )
    .plan;
    assert!(headings(&p).is_empty(), "{:?}", headings(&p));
}

#[test]
fn a_weekday_list_broken_into_numbered_lines_is_no_heading() {
    let p = import(
        "某某小学工会活动方案\n为丰富教职工生活,特订此方案。\n一、活动项目\n男教职工为篮球。\n二、具体要求\n1、活动时间。每周星期\n\n一、星期\n\n三、星期五;由组长根据天气确定。\n三、活动经费\n每人补助五十元。\n",
    )
    .plan;
    let hs = headings(&p);
    assert_eq!(hs, ["活动项目", "具体要求", "活动经费"], "{hs:?}");
}

#[test]
fn headings_run_on_after_yixia_and_into_a_month_or_a_clause_of_purpose() {
    let p = import(
        "某某小学工会工作总结\n今年工会做了许多工作,现将一年来的工作小结以下:一、认真组织换届选举按期召开教职工大会今年4月我校依照上级工会的要求,选举产生了新一届工会委员会。\n二、加强师德建设提高教职工队伍整体素质为全面落实上级的要求,工会配合学校开展了师德教育,效果很好。\n",
    )
    .plan;
    assert_eq!(
        headings(&p),
        [
            "认真组织换届选举按期召开教职工大会",
            "加强师德建设提高教职工队伍整体素质"
        ]
    );
}
