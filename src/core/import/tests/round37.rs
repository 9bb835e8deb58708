//! Forms met in the thirty-seventh round: a 方案's title joined to its
//! clause of purpose by one space when the text is flattened, and a year
//! named only in a template's masked dates (`2016年 X月 X日`).

use super::*;

#[test]
fn a_flattened_scheme_title_ends_before_a_clause_of_purpose_after_a_space() {
    let body = "规范公开程序,丰富公开形式,让职工知情、参与、监督,促进单位和谐稳定。".repeat(3);
    let t = format!(
        "职工食堂民主管理办法实施方案 为了保障职工知情权,结合本单位实际,制定本方案。{body} 一、组织领导 成立民主管理小组,负责日常工作。{body} 二、工作步骤 先调研,再公开,后评议,逐项落实到人。{body}"
    );
    let p = import(&t).plan;
    assert_eq!(p.title, "职工食堂民主管理办法实施方案");
    assert!(p.guiding.starts_with("为了保障职工知情权"), "{}", p.guiding);
}

#[test]
fn a_title_word_then_a_space_and_more_title_is_no_glued_title() {
    // a space inside a long title is no clause of purpose
    let p = import("某某公司 职工运动会实施方案\n为了丰富职工生活,公司工会决定举办运动会。\n一、比赛项目\n拔河、跳绳。\n").plan;
    assert_eq!(p.title, "某某公司 职工运动会实施方案");
}

#[test]
fn masked_dates_of_one_year_give_the_year() {
    // an opening long enough that the dates fall outside its first lines
    let opening = "为推动工程建设,调动职工积极性,开展劳动竞赛活动,确保完成目标任务。".repeat(8);
    let p = import(&format!(
        "劳动竞赛实施方案\n{opening}\n一、时间安排\n1、启动阶段。 2019年 X月 X日召开动员大会。\n2、实施阶段。 2019年 X月 X日至 2019年 xx月 xx日,各部门组织竞赛。\n"
    ))
    .plan;
    assert_eq!(p.year, 2019);
    // masks of two different years give none
    let q = import(&format!(
        "劳动竞赛实施方案\n{opening}\n一、时间安排\n1、启动阶段。 2019年 X月 X日召开动员大会。\n2、总结阶段。 2020年 X月 X日评比表彰。\n"
    ))
    .plan;
    assert_ne!(q.year, 2019);
    assert_ne!(q.year, 2020);
}
