//! Forms met in the twenty-fifth round: a flattened title written twice
//! with a space between the copies, a site's `格式范文` after a title word,
//! a plan that opens on the year before the one it sets out, a guiding part
//! named with a verb in a pair of phrases, and a heading of short phrases
//! between semicolons.

use super::*;

#[test]
fn a_title_with_a_sites_model_text_suffix_is_the_title() {
    let p = import(
        "某某小学春季工会工作计划参考范文\n一、工作目标\n让每位教职工都感到集体的温暖。\n二、主要任务\n办好三次文体活动。\n",
    )
    .plan;
    assert_eq!(p.title, "某某小学春季工会工作计划参考范文");
    assert!(p.guiding.is_empty(), "{}", p.guiding);
}

#[test]
fn a_plan_that_opens_on_the_year_before_is_for_the_next_year() {
    let text = "2017年,某某公司工会带领职工完成各项任务,受到上级肯定。为做好今后的工作,工会决定抓好三件事,认真做好2018年工会工作:\n\
                一是办好劳动竞赛。按季度组织一次竞赛,评出优胜班组。\n\
                二是做好帮扶。对困难职工逐户走访,建立档案。\n";
    let p = import(text).plan;
    assert_eq!(p.kind, Kind::Plan);
    assert_eq!(p.year, 2018);
    // a summary that names the next year keeps the year it reports on
    let text = "2017年,某某公司工会带领职工完成了各项任务,得到了上级的肯定,现将一年来的工作总结如下,2018年我们将继续努力。\n\
                一、劳动竞赛取得了实效\n全年组织了四次竞赛,评出了优胜班组八个。\n\
                二、帮扶工作做到了家\n工会走访了困难职工二十户,送去了慰问金。\n";
    let p = import(text).plan;
    assert_eq!(p.kind, Kind::Summary);
    assert_eq!(p.year, 2017);
}

#[test]
fn a_heading_that_sets_the_guiding_idea_with_a_verb_is_the_guiding_part() {
    let p = import(
        "某某中学工会活动方案\n一、明确指导思想,把握总体要求\n坚持以职工为中心,把好事办实。\n二、健全组织,落实责任\n成立活动小组,由工会主席任组长。\n",
    )
    .plan;
    assert!(p.guiding.contains("坚持以职工为中心"), "{}", p.guiding);
    assert_eq!(headings(&p), ["健全组织，落实责任"]);
    // a pair whose first phrase says something else is a plain heading
    let p = import(
        "某某中学工会活动方案\n一、加强组织建设,落实工作责任\n成立活动小组,由工会主席任组长。\n二、丰富文体活动,增强团队活力\n每月组织一次活动。\n",
    )
    .plan;
    assert!(p.guiding.is_empty(), "{}", p.guiding);
    assert_eq!(headings(&p).len(), 2);
}

#[test]
fn a_heading_of_short_phrases_between_semicolons_is_read_whole() {
    let p = import(
        "某某车间工会工作计划\n一、办好班组读书活动;完善职工小家设施;增强集体的向心力。\n每个班组订两份报刊,轮流阅读。\n二、做好安全生产监督\n工会小组长每周检查一次。\n",
    )
    .plan;
    let hs: Vec<String> = headings(&p)
        .iter()
        .map(|h| h.trim_end_matches('。').to_string())
        .collect();
    assert_eq!(
        hs,
        [
            "办好班组读书活动；完善职工小家设施；增强集体的向心力",
            "做好安全生产监督"
        ]
    );
    // a run-in sentence with a figure after the semicolon still ends it
    let p = import(
        "某某车间工会工作总结\n一、组织建设;全年发展会员30人。\n二、安全监督;每周检查一次,全年无事故。\n",
    )
    .plan;
    let hs: Vec<String> = headings(&p)
        .iter()
        .map(|h| h.trim_end_matches('；').to_string())
        .collect();
    assert_eq!(hs, ["组织建设", "安全监督"]);
}

#[test]
fn a_theme_heading_before_a_year_and_its_subject_ends_there() {
    let text = "某某公司工会班组建设计划\n一、工作要求\n办好每一个班组,让职工有归属感,全年评出十个先进班组。\n\
                二、工作主题2019年公司班组建设的主题是比学赶超、争当先锋,各班组围绕主题开展活动。\n\
                三、工作内容\n每季度组织一次班组长交流会。\n";
    let flat: String = text.lines().take(2).collect();
    let joined = format!(
        "{flat}\n{}",
        text.lines().skip(2).collect::<Vec<_>>().join("\n")
    );
    for t in [text, joined.as_str()] {
        let p = import(t).plan;
        assert!(
            headings(&p).iter().any(|h| *h == "工作主题"),
            "{t}: {:?}",
            headings(&p)
        );
    }
}
