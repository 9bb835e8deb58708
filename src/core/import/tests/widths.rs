//! Importer tests: how wide a line is with a site's pinyin in brackets, and
//! where a flattened heading or title ends before a year that opens the text.

use super::*;

#[test]
fn pinyin_in_brackets_adds_no_width_to_a_heading() {
    // with its pinyin the heading is over 40 characters long, a wrapped
    // line's length; without it, 19: its text's line stays its own
    let text = "某某醫(yī)院工會(huì)總結(jié)\n\
                一、積(jī)極開(kāi)展文體(tǐ)活動(dòng),豐(fēng)富職工業(yè)余生活\n\
                今年工會組織了籃球賽和歌詠會,參加職工兩百多人次。\n\
                二、關心困難職工\n\
                春節走訪慰問十戶。";
    let p = import(text).plan;
    assert_eq!(p.sections.len(), 2, "{:?}", p.sections);
    assert!(
        p.sections[0].heading.ends_with("業（yè）余生活"),
        "{}",
        p.sections[0].heading
    );
    assert!(
        p.sections[0].body.starts_with("今年工會"),
        "{}",
        p.sections[0].body
    );
}

#[test]
fn a_flattened_heading_ending_on_a_state_of_things_stops_before_a_year() {
    // `…情况` and then `2023年以来,…`: the year opens the part's text
    let text = "某某区总工会2023年工作总结一、2023年工作基本情况2023年以来,区总工会围绕中心工作,\
                组织职工开展劳动竞赛十二场,新建工会二十家。二、存在的问题个别基层工会活力不足,\
                会员参与活动的积极性有待提高。";
    let p = import(text).plan;
    assert_eq!(p.title, "某某区总工会2023年工作总结");
    assert_eq!(p.sections[0].heading, "2023年工作基本情况");
    assert!(
        p.sections[0].body.starts_with("2023年以来"),
        "{}",
        p.sections[0].body
    );
}

#[test]
fn a_flattened_title_ends_before_an_unnamed_year() {
    // a template's `某年,` opens the text as `20XX年,` does
    let text = "社区工会工作总结某年,我社区工会在街道工会的指导下,组织会员开展各项活动,\
                较好地完成了全年任务。一、加强组织建设完善了工会小组,调整了小组长。";
    let p = import(text).plan;
    assert_eq!(p.title, "社区工会工作总结");
}
