//! Forms met in the twenty-seventh round: a flattened title run into a
//! sentence whose subject is the union's organ, and parts run into their
//! text where a subject that acts or a 方案's field name ends the label.

use super::*;

#[test]
fn a_flattened_title_ends_where_the_unions_organ_opens_the_text() {
    let p = import(
        "某某街道工会会员互助计划工会组织开展的互助工作是关心会员生活的一项经常性工作,现制定计划如下:一、摸清会员的困难情况每年年底逐户走访,登记在册。\n",
    )
    .plan;
    assert_eq!(p.title, "某某街道工会会员互助计划");
    assert!(p.guiding.starts_with("工会组织开展的互助工作"));
}

#[test]
fn parts_run_into_a_subject_that_acts_or_a_field_name_are_split() {
    let p = import(
        "某某公司工会帮扶计划\n一、慰问办法工会对生病住院的会员逐一登门看望并送上慰问金。\n二、所要达到的目的我们要让每一位会员都感受到组织的温暖。\n",
    )
    .plan;
    let heads: Vec<String> = p.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(heads, ["慰问办法", "所要达到的目的"]);
    let p = import(
        "某某单位工会联谊活动方案\n一、活动背景在新的一年里职工对文体活动的需求日益增长。\n二、活动时间:五月中旬\n",
    )
    .plan;
    assert_eq!(p.sections[0].heading, "活动背景");
}

#[test]
fn an_untitled_record_of_honours_without_intentions_is_a_summary() {
    let p = import(
        "近年来,厂工会围绕生产经营开展工作,职工队伍稳定。\n组织劳动竞赛,两名职工荣获市技术能手称号。\n推进创新工作室建设,一个工作室入选省级示范名单。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Summary);
    // the same honours set as goals are a plan's
    let p = import(
        "近年来,厂工会围绕生产经营开展工作,职工队伍稳定。\n组织劳动竞赛,力争两名职工荣获市技术能手称号。\n推进创新工作室建设,争取一个工作室入选省级示范名单。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Plan);
}

#[test]
fn short_lines_of_two_phrases_with_a_space_over_paragraphs_are_headings() {
    let p = import(
        "近年来,厂工会围绕生产经营开展工作,各项工作有序推进,职工队伍稳定。\n立足岗位 为企业发展出力\n组织劳动竞赛,参赛职工三百余人,评出技术能手十名,带动了全厂的练兵热潮。\n关心生活 为职工排忧解难\n走访困难职工二十户,送去慰问金和慰问品,帮助解决子女入学等实际问题。\n",
    )
    .plan;
    let heads: Vec<String> = p.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(
        heads,
        ["立足岗位 为企业发展出力", "关心生活 为职工排忧解难"]
    );
}

#[test]
fn a_speech_at_a_meeting_under_its_outline_is_the_title() {
    let p = import(
        "一、回顾\n(一)办好实事\n二、打算\n在某某公司工会全委会上的讲话\n同志们:\n今天我们开会,总结一年的工作。下面,我讲两点意见。\n一、回顾,一年来工会工作稳步推进\n全年办好了十件实事。\n",
    )
    .plan;
    assert_eq!(p.title, "在某某公司工会全委会上的讲话");
    let heads: Vec<String> = p.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(heads, ["回顾，一年来工会工作稳步推进"]);
    // the outline stays text, in the opening
    assert!(p.guiding.starts_with("一、回顾"), "{}", p.guiding);
}
