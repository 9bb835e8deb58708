//! Forms met in the forty-seventh round: a title ending on 经验材料, an
//! opening that announces the year's work and the plans to come, unnumbered
//! heading lines of two longer phrases with quotes, a spaced motto title, and
//! a masked name opening the text after a glued title.

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections.iter().map(|s| s.heading.clone()).collect()
}

#[test]
fn an_account_of_practice_titled_experience_papers_is_a_summary() {
    let t = "某某商会工会推进会员企业建会经验材料\n近年来,商会工会紧紧依靠会员企业,推进建会工作,取得了一定成效。我们的主要做法是:\n一、摸清底数,分步推进\n年初我们对全部会员企业逐一走访,建立了台账。\n";
    let p = import(t).plan;
    assert_eq!(p.title, "某某商会工会推进会员企业建会经验材料");
    assert_eq!(p.kind, Kind::Summary);
}

#[test]
fn a_flattened_title_ends_where_a_masked_name_opens_the_text() {
    let t = "物流企业建会经验材料××物流园区现有企业六十余家,职工三千多人,近年来园区工会坚持建会与服务并重,会员人数逐年增加。我们的主要做法是:一、争取园区支持,工会经费有了保障。";
    let p = import(t).plan;
    assert_eq!(p.title, "物流企业建会经验材料");
    // a masked year is no name: the title is not cut before it
    assert!(super::super::openers::masked_name("xx公司工会在"));
    assert!(super::super::openers::masked_name("某某街道"));
    assert!(!super::super::openers::masked_name("xx年,"));
    assert!(!super::super::openers::masked_name("x公司"));
}

#[test]
fn an_opening_announcing_the_work_done_and_the_plans_to_come_makes_a_combined_document() {
    let t = "今年,某某园区工会联合会在上级工会的领导下,各项工作取得了一定成绩。现将今年工作及未来计划报告如下:\n(一)组织建设\n全年新建企业工会五家,发展会员三百余人。\n(二)维权帮扶\n走访慰问困难职工二十人,发放慰问金两万元。\n";
    let p = import(t).plan;
    assert_eq!(p.kind, Kind::SummaryAndPlan);
}

#[test]
fn unnumbered_heading_lines_of_two_phrases_with_quotes_are_headings() {
    let t = "某某支行工会建家纪实\n近年来,支行工会以职工为本,积极打造职工之家,得到了上级工会的肯定和职工的认可。\n以职工代表大会为主要形式,创建“民主管理之家”\n坚持每年召开职工代表大会,审议涉及职工切身利益的事项,做到民主决策。\n以读书活动为主要载体,创建“学习成长之家”\n建成职工书屋一个,每年组织读书分享会两次,职工参与面广。\n";
    let p = import(t).plan;
    assert_eq!(
        heads(&p),
        vec![
            "以职工代表大会为主要形式，创建“民主管理之家”".to_string(),
            "以读书活动为主要载体，创建“学习成长之家”".to_string(),
        ]
    );
}

#[test]
fn a_first_line_of_three_spaced_phrases_over_a_paragraph_is_a_motto_title() {
    let body = "今年集团工会工作的指导思想是:紧紧围绕集团中心工作,团结动员广大职工立足岗位建功立业,为完成全年目标任务作出新的贡献,在结构调整中发挥参与作用。";
    let t = format!(
        "凝心聚力 真抓实干 再创佳绩\n\n{body}\n一、深化劳动竞赛\n组织各门店开展销售竞赛。\n"
    );
    let p = import(&t).plan;
    assert_eq!(p.title, "凝心聚力 真抓实干 再创佳绩");
    // two phrases, or a line with punctuation, are no such title
    assert!(!super::super::title_motto::spaced_motto(
        "凝心聚力 再创佳绩",
        Some(body)
    ));
    assert!(!super::super::title_motto::spaced_motto(
        "凝心聚力 真抓实干 再创佳绩",
        Some("短句。")
    ));
}

#[test]
fn a_flattened_spaced_motto_title_ends_where_a_year_opens_the_text() {
    let t = "凝心聚力 真抓实干 再创佳绩2024年集团工会工作的指导思想是:紧紧围绕集团中心工作,团结动员广大职工立足岗位建功立业,为完成全年目标任务作出新的贡献。一、深化劳动竞赛组织各门店开展销售竞赛。";
    let p = import(t).plan;
    assert_eq!(p.title, "凝心聚力 真抓实干 再创佳绩");
    assert_eq!(
        super::super::title_motto::glued("凝心聚力 再创佳绩2024年集团"),
        None
    );
    assert_eq!(
        super::super::title_motto::glued("凝心聚力 真抓实干 再创佳绩,2024年"),
        None
    );
}
