//! Forms met in the forty-fourth round: two-phrase headings run into a
//! clause of purpose, a slogan's verb or their last phrase again, and a
//! flattened title naming a plan's guiding ideas and tasks.

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections.iter().map(|s| s.heading.clone()).collect()
}

#[test]
fn two_phrase_headings_run_into_their_text_are_split() {
    let t = "某某镇工会工作总结\n今年镇工会在镇党委领导下做了以下几项工作:\n一、抓好法律宣传,增强职工法治观念为进一步提高职工的自我保护能力,镇工会举办了两期讲座。\n二、健全组织网络,推进企业建会按照“应建尽建”的要求,全年新建企业工会六家。\n三、关爱困难职工,办好民生实事办好民生实事是工会服务职工的重要内容。\n";
    let p = import(t).plan;
    assert_eq!(
        heads(&p),
        vec![
            "抓好法律宣传，增强职工法治观念".to_string(),
            "健全组织网络，推进企业建会".to_string(),
            "关爱困难职工，办好民生实事".to_string(),
        ]
    );
}

#[test]
fn a_two_phrase_heading_with_its_own_aim_is_kept_whole() {
    let t = "某某镇工会工作计划\n新的一年镇工会将围绕中心服务大局。\n一、凝聚职工力量,团结动员广大会员为全面完成年度目标而努力奋斗\n全镇各级工会要组织好各项竞赛。\n二、关心职工生活\n走访慰问困难职工。\n";
    let p = import(t).plan;
    assert_eq!(
        heads(&p)[0],
        "凝聚职工力量，团结动员广大会员为全面完成年度目标而努力奋斗"
    );
}

#[test]
fn a_flattened_title_naming_guiding_ideas_and_tasks_ends_before_the_years_ahead() {
    let t = "某某镇工会今后两年工作的指导思想和主要任务今后两年,是我镇工会工作承上启下的重要时期,全镇工会要紧紧围绕中心,服务大局,切实履行维护职工合法权益的基本职责。一、加强基层组织建设,扩大工会覆盖面。各村各企业都要建立工会组织,做到应建尽建。";
    let p = import(t).plan;
    assert_eq!(p.title, "某某镇工会今后两年工作的指导思想和主要任务");
}
