//! Forms met in the forty-second round (company unions' reports): a motto
//! title above the salutation, with and without line breaks; a flattened
//! motto title over its `——在…上的报告` subtitle; a flattened title glued
//! to `第一部分`.

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections.iter().map(|s| s.heading.clone()).collect()
}

fn body() -> String {
    "一年来,我们组织职工开展劳动竞赛和技术比武,参加职工三百余人。".repeat(4)
}

#[test]
fn a_motto_over_the_salutation_is_the_title() {
    let b = body();
    let t = format!(
        "团结奋进谋发展\n凝心聚力促和谐\n各位代表、同志们:\n现在我代表工会委员会向大会报告工作,请予审议。\n一、过去一年的工作回顾\n{b}\n"
    );
    let p = import(&t).plan;
    assert_eq!(p.title, "团结奋进谋发展\n凝心聚力促和谐");
    let flat = t.lines().collect::<Vec<_>>().join(" ");
    let p = import(&flat).plan;
    assert_eq!(p.title.replace(' ', ""), "团结奋进谋发展凝心聚力促和谐");
}

#[test]
fn a_flattened_motto_over_its_subtitle_is_the_title() {
    let b = body();
    let t = format!(
        "团结奋进谋发展 凝心聚力促和谐 ——在某厂二届三次职代会上的报告 工会主席 某某 各位代表:现在我报告工作,请予审议。 一、过去一年的工作回顾 {b}{b} 二、今年的工作任务 {b}{b}"
    );
    let p = import(&t).plan;
    assert!(
        p.title.ends_with("——在某厂二届三次职代会上的报告"),
        "{}",
        p.title
    );
    assert!(p.title.starts_with("团结奋进谋发展"), "{}", p.title);
}

#[test]
fn a_flattened_title_ends_before_its_first_part() {
    let b = body();
    let t = format!(
        "某公司2021年工会工作报告第一部分2020年工作总结2020年是不平凡的一年,{b}一、服务发展大局{b}"
    );
    let p = import(&t).plan;
    assert_eq!(p.title, "某公司2021年工会工作报告");
    assert_eq!(
        heads(&p).first().map(|h| h.as_str()),
        Some("2020年工作总结")
    );
}
