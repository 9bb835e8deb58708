//! Forms met in the fifty-first round (a union's committees and programmes):
//! a `計劃書` title, a flattened report title before `近几年来`, a `1、`
//! heading's first `（1）` item run in, and a guiding label after a sentence
//! in a flattened text.

use super::*;

#[test]
fn a_plan_written_up_as_a_paper_is_a_title() {
    let t = "某局工會趣味運動會計劃書\n一、活動時間\n十月上午\n二、活動地點\n體育館\n三、活動對象\n全體會員\n";
    let p = import(t).plan;
    assert_eq!(p.title, "某局工會趣味運動會計劃書", "{p:#?}");
    assert_eq!(p.kind, Kind::Plan, "{p:#?}");
}

#[test]
fn a_flattened_report_title_ends_before_a_word_of_recent_years() {
    let t = "某县技能比武工作情况汇报近几年来,我县的技能比武工作在上级的指导下,紧紧围绕中心工作,服务大局,取得了一定成效。现将有关情况汇报如下。 一、基本情况 全县共举办比武二十场,参赛职工三千人次。 二、主要做法 坚持以赛促学,以赛促训。";
    let p = import(t).plan;
    assert_eq!(p.title, "某县技能比武工作情况汇报", "{p:#?}");
}

#[test]
fn a_first_bracketed_item_run_in_ends_a_numbered_heading() {
    let t = "某区技能竞赛工作汇报\n近年来,区总工会组织职工开展技能竞赛,现将情况汇报如下。\n1、基本情况(1)围绕重点项目抓竞赛。全年开展竞赛十次,参赛职工八百人。\n2、主要做法(1)领导重视。成立竞赛领导小组。\n";
    let p = import(t).plan;
    let h: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(h, vec!["基本情况", "主要做法"], "{p:#?}");
}

#[test]
fn a_guiding_label_after_a_sentence_in_a_flattened_text_is_the_guiding_part() {
    let t = "2022年某公司工会安全监督工作计划一、安全监督的含义安全监督是指工会组织职工对生产过程中的安全状况进行的群众性监督,是维护职工权益的一项基本工作。指导思想:以安全生产法为依据,坚持安全第一、预防为主的方针,发动职工参与隐患排查,为企业发展创造安全的环境。二、工作目标1、全年不发生重伤事故,轻伤事故比上年下降一成。2、隐患整改率达到百分之百,职工安全培训覆盖全体一线班组。三、工作措施1、健全工会劳动保护监督网络,每个班组设一名群众安全监督员。2、每季度组织一次安全检查,发现问题及时督促整改并跟踪落实。";
    let p = import(t).plan;
    assert!(p.guiding.contains("安全生产法"), "{p:#?}");
}

#[test]
fn a_union_name_after_a_spaced_motto_title_is_no_part_of_the_title() {
    let t = "抓好示范 建好阵地 搭好平台 丰富职工生活 某某区总工会\n近年来,区总工会围绕职工文化阵地建设,采取试点先行、逐步推开的办法,全区建成示范阵地二十个,参加活动的职工逐年增加。我们的主要做法是:\n一、抓好示范点建设 我们选了一个园区先行试点,总结经验后全区推开。\n";
    let imp = import(t);
    let p = &imp.plan;
    assert_eq!(p.title, "抓好示范 建好阵地 搭好平台 丰富职工生活", "{p:#?}");
    assert!(p.guiding.starts_with("某某区总工会"), "{p:#?}");
}
