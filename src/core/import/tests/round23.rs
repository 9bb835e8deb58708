//! Forms met in the twenty-third round: a news line's report title joined by
//! a dash to its motto (on its own line, and run into the text), such a
//! report of the new year opening on the year before as a plan, a site's
//! `精选` after a title, a `工作意见` title run into the part its page starts
//! with, chapters `第一章` with `1.1` sections in a flattened copy whose title
//! has pinyin inside its words, and a one-phrase heading run into `随着…`.

use super::*;

#[test]
fn a_report_title_and_a_motto_after_a_dash_is_the_title() {
    let text = "某某集团工会主席某某作2015年度工会工作报告-凝心聚力 砥砺前行 为集团发展再立新功\n\
                2014年,是集团发展很不平凡的一年,工会工作以稳定为主题,各项工作稳步推进。\n\
                2015年是集团改革的关键一年,工会工作的总体方针是:服务大局,服务职工。\n\
                一、以大局为先,服务生产促发展。\n1、开展劳动竞赛。下半年举办技能比赛。\n\
                二、以职工为本,服务职工送温暖。\n1、办好职工之家。\n";
    let p = import(text).plan;
    assert!(p.title.ends_with("再立新功"), "{:?}", p.title);
    assert_eq!(p.year, 2015);
    // the report of 2015 opens on 2014 and sets out 2015's work
    assert_eq!(p.kind, Kind::Plan);
    assert_eq!(headings(&p).len(), 2);
    // flattened: the title ends where the year opens the first sentence
    let flat: String = text.lines().collect();
    let p = import(&flat).plan;
    assert!(p.title.ends_with("再立新功"), "{:?}", p.title);
    assert!(p.guiding.starts_with("2014年"), "{:?}", p.guiding);
    // a report reviewing its own year stays a summary
    let text = "某某公司工会2015年度工作报告\n2015年,公司工会围绕中心,服务大局,做了大量工作。\n\
                一、开展劳动竞赛。全年举办比赛十次。\n二、关心职工生活。走访职工百人。\n";
    assert_eq!(import(text).plan.kind, Kind::Summary);
}

#[test]
fn a_sites_pick_after_the_title_word_keeps_the_title() {
    let text = "公司工会上半年工作总结精选\n\n上半年,公司工会围绕中心开展了工作。\n\n一、生产方面\n\n开展了劳动竞赛。\n";
    assert_eq!(import(text).plan.title, "公司工会上半年工作总结精选");
}

#[test]
fn a_work_opinions_title_run_into_its_first_part() {
    let text = "某某医院工会工作意见五、加强女工工作,发挥女职工在医院建设中的骨干作用。\n要重视女职工工作,组织女职工学习。\n\
                六、丰富职工文体生活,增强凝聚力。\n成立各类文体队伍,开展活动。\n";
    let p = import(text).plan;
    assert_eq!(p.title, "某某医院工会工作意见");
    assert_eq!(p.kind, Kind::Plan);
    assert!(p.guiding.is_empty(), "{:?}", p.guiding);
    assert_eq!(headings(&p).len(), 2);
}

#[test]
fn chapters_with_decimal_sections_in_a_flattened_copy() {
    // (long enough to count as flattened: one line of 250 characters or more)
    let text = format!(
        "2025年學(xué)校工會(huì)工作年度計(jì)劃第一章形勢研判與年度目標1.1校情分析{}1.2年度目標教職工滿意度達到九成以上,所有工作年底前完成。第二章組織建設與職責分工2.1委員會架構校工會設主席一名,副主席兩名,委員七名,分工負責各項工作。",
        "今年學校預算壓縮,工會經費減少,教職工的需求增多,工會要做好服務。".repeat(5)
    );
    let p = import(&text).plan;
    assert_eq!(p.title, "2025年學（xué）校工會（huì）工作年度計（jì）劃");
    assert_eq!(
        headings(&p),
        vec!["形勢研判與年度目標", "組織建設與職責分工"]
    );
    // a decimal count after a heading word is no section
    assert_eq!(parse_label("第三章 工作保障").map(|l| l.0), Some(0));
}

#[test]
fn a_one_phrase_heading_run_into_a_sentence_of_circumstance() {
    let text = "某镇工会上半年工作总结\n在过去的半年里,镇工会做了以下工作。\n\
                1、加强工会组织建设随着非公企业的发展,职工数量日益增加,我们做好了工会的新建工作。\n\
                2、推进基层工会规范化建设,努力实现三个最大限度,是镇工会的工作重点。\n";
    let p = import(text).plan;
    let h = headings(&p);
    assert_eq!(h[0], "加强工会组织建设", "{h:?}");
    // `针对` after a heading word continues the phrase
    let text = "某镇工会工作总结\n一、增强工作针对性和实效性,为职工办实事,取得了明显的成效和职工的好评。\n";
    assert!(headings(&import(text).plan)[0].starts_with("增强工作针对性"));
}
