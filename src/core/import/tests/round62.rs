//! Forms met in the sixty-second round (a hospital union's half-year
//! summary, a bureau union's plan without headings, a flattened 直属机关
//! plan, school union summaries, a university union's plan flattened with
//! chapters): a flattened title run into its first chapter (`…计划第一章…`);
//! a short heading run into a clause of cause (`…建设由于…,`).

use super::*;

#[test]
fn a_flattened_title_run_into_its_first_chapter_ends_before_it() {
    let text = "2027年某某学校工会工作计划第一章形势与任务1.1形势分析近年来学校规模不断扩大，教职工人数逐年增加，工会工作面临新的要求。1.2主要任务围绕学校中心工作，做好服务保障。第二章组织建设2.1队伍建设选好配强各分工会委员，定期开展业务培训。";
    let p = import(text).plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "2027年某某学校工会工作计划",
        "{p:#?}"
    );
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(heads.contains(&"形势与任务"), "{p:#?}");
}

#[test]
fn a_short_heading_run_into_a_clause_of_cause_ends_before_it() {
    let text = "某某学校工会年度工作总结\n一年来，学校工会在党支部领导下认真履职，现总结如下。\n一、队伍建设由于新进教师较多，工会组织了多次业务培训，帮助年轻教师尽快成长。\n二、关心职工\n做好节日慰问和生病探望工作，全年慰问教职工三十余人次。";
    let p = import(text).plan;
    let heads: Vec<&str> = p
        .sections
        .iter()
        .map(|s| s.heading.trim_end_matches('。'))
        .collect();
    assert_eq!(heads.first(), Some(&"队伍建设"), "{p:#?}");
}
