//! Forms met in the fortieth round: a numbered heading a pasted copy broke
//! over two lines at a year (`一、2019年度` / `工作总结`), on lines of its own
//! and flattened to one line with a space at the break.

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections
        .iter()
        .map(|s| s.heading.replace(' ', ""))
        .collect()
}

#[test]
fn a_heading_broken_at_a_year_is_joined_again() {
    let t = "某公司工会年度工作总结\n一、2019年度\n工作总结\n(一)加强学习,提高职工素质。\n组织职工参加培训三次,参加人数一百余人。\n(二)关心职工生活。\n走访慰问困难职工十户。\n";
    let p = import(t).plan;
    assert_eq!(heads(&p), vec!["2019年度工作总结".to_string()]);
}

#[test]
fn a_flattened_heading_broken_at_a_year_keeps_its_second_half() {
    let body = "组织职工参加培训三次,参加人数一百余人,职工素质明显提高。".repeat(6);
    let t = format!(
        "某公司工会年度工作总结 一、20xx年度 工作总结 (一)加强学习,提高职工素质。{body} (二)关心职工生活。{body} 二、存在问题 活动形式还不够丰富。{body}"
    );
    let p = import(&t).plan;
    let h = heads(&p);
    assert!(h.contains(&"20xx年度工作总结".to_string()), "{h:?}");
}

#[test]
fn a_heading_ending_on_a_year_before_a_paragraph_stays_as_it_is() {
    // the short line is followed by text, not by a numbered line: no join
    let t = "某公司工会工作计划\n一、重点工作安排到2020年\n全年\n组织职工参加培训,提高素质。\n二、保障措施\n加强领导。\n";
    let p = import(t).plan;
    assert!(
        heads(&p).iter().all(|h| !h.ends_with("全年")),
        "{:?}",
        heads(&p)
    );
}

#[test]
fn a_heading_run_into_a_clause_of_the_present_day_ends_before_it() {
    let p = import("某医院工会工作总结\n一、加强职工教育,注重转变职工的思想观念在改革进入深水区、在行业竞争日趋激烈的今天,如何引导职工更新观念,是工会教育工作的重点。\n二、关心职工生活\n走访慰问困难职工。\n").plan;
    assert_eq!(
        heads(&p)[0],
        "加强职工教育,注重转变职工的思想观念".replace(',', "，")
    );
}

#[test]
fn a_title_opening_on_a_year_without_nian_takes_that_year() {
    let p = import("2021工会工作总结及2022年工作打算\n一年来,我们认真履行职责。\n一、加强学习\n组织学习三次。\n").plan;
    assert_eq!(p.year, 2021);
    // a year with 年 at the start is read as before
    let q = import("2021年工会工作总结及2022年工作打算\n一年来,我们认真履行职责。\n一、加强学习\n组织学习三次。\n").plan;
    assert_eq!(q.year, 2021);
}

#[test]
fn a_chinese_year_typed_with_zeros_in_the_text_gives_the_year() {
    let p = import("医院工会工作总结\n一、加强教育\n二00五年,医院工会配合中心工作,组织职工学习。\n二、关心职工\n走访职工。\n").plan;
    assert_eq!(p.year, 2005);
}
