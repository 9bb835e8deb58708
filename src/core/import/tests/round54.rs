//! Forms met in the fifty-fourth round (hospital and university unions): a
//! report's subtitle printed after the main title's second line, a
//! flattened report title before its speaker's name and bracketed date, and
//! an unnumbered part line over one paragraph before its `一、` headings
//! (on lines, and run into its text in a flattened copy).

use super::*;

#[test]
fn a_subtitle_after_the_second_title_line_completes_the_title() {
    let t = "凝心聚力 服务发展\n为建设和谐校园而努力奋斗 ——在某大学二届三次教职工代表大会\n第二次会议上的工作报告\n王 某 某\n(二0一0年三月五日)\n各位代表:\n我受工会委员会的委托,向大会报告工作,请予审议。\n2009年工作回顾\n一年来,校工会围绕中心开展工作,取得了新的成绩。\n一、围绕中心,服务大局\n校工会组织知识竞赛三场,参加教职工八百人次。\n二、关心教职工生活\n慰问困难教职工四十人。\n";
    let p = import(t).plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "凝心聚力 服务发展为建设和谐校园而努力奋斗——在某大学二届三次教职工代表大会第二次会议上的工作报告",
        "{p:#?}"
    );
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["2009年工作回顾"], "{p:#?}");
}

#[test]
fn a_flattened_title_ends_before_the_speakers_name_and_bracketed_date() {
    let t = "某大学第三届教代会第二次会议工会工作报告王某(二00八年一月十日)各位代表、同志们:我受本届工会委员会的委托,向大会作工作报告,请予审议。一、关于2007年的工会工作情况2007年,学校工会在上级工会的指导下,围绕学校中心工作,较好地完成了各项工作任务,全年开展文体活动二十场,慰问困难教职工五十人次,发放慰问金八万元,组织教职工体检一次。";
    let p = import(t).plan;
    assert_eq!(
        p.title, "某大学第三届教代会第二次会议工会工作报告",
        "{p:#?}"
    );
    assert_eq!(p.year, 2007, "{p:#?}");
}

#[test]
fn a_flattened_part_line_run_into_its_text_heads_the_part() {
    let t = "某大学工会工作报告各位代表:我受工会委员会的委托,向大会报告工作,请予审议。2009年工作回顾一年来,校工会围绕中心开展工作,取得了新的成绩,全年开展活动三十场。一、围绕中心,服务大局。校工会组织知识竞赛三场,参加教职工八百人次,开展合理化建议征集活动两次。二、关心教职工生活。慰问困难教职工四十人,发放慰问金五万元,组织体检一次,举办职工运动会一次,参加教职工一千二百人次,组织青年教师讲课比赛,评出一等奖三名。三、加强自身建设。举办工会干部培训班两期,培训工会干部一百二十人次,完善了工会各项规章制度,工会经费收支做到公开透明。";
    let p = import(t).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["2009年工作回顾"], "{p:#?}");
}
