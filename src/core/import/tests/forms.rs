//! Forms met in the twenty-second round: a `二 、` label with a space
//! before its 、 and a space before 的 inside a heading, the first heading's
//! year, a report title glued to a clause of basis (`…汇报根据…`), and a
//! speaker reporting on the work done as a summary.

use super::*;

#[test]
fn a_numeral_label_with_a_space_before_its_comma_is_a_label() {
    assert_eq!(parse_label("二 、做好会员服务").map(|l| l.0), Some(1));
    assert_eq!(parse_label("三  、做好会员服务").map(|l| l.0), Some(1));
    // a numeral then a space and words is no label
    assert_eq!(parse_label("一 年来工会做了许多事"), None);
    let text = "某小学工会工作计划\n一、加强民主管理,推进校务公开。\n1、开好教代会。\n\
                二 、关心教职工生活,做好帮扶工作。\n1、走访困难教师。\n";
    let imp = import(text);
    let h = headings(&imp.plan);
    assert_eq!(h.len(), 2, "{h:?}");
    assert!(h[1].starts_with("关心教职工生活"));
    // a space before 的 inside a long heading is no end of it
    let text = "某小学工会工作计划\n一、加强民主管理,推进校务公开。\n1、开好教代会。\n\
                二、在全面履行工会职能 的基础上,突出维护教职工合法权益 的基本职责,真心诚意地为教职工说话办事。\n\
                1、走访困难教师。\n";
    let imp = import(text);
    let h = headings(&imp.plan);
    assert!(h[1].contains("基本职责"), "{h:?}");
}

#[test]
fn a_year_opening_the_first_heading_is_the_documents_year() {
    // an opening too long for its first 200 characters to reach the heading
    let opening = "全区卫生工会围绕中心,服务大局,团结带领广大医务职工,".repeat(8);
    let text = format!(
        "某区卫生工会工作总结\n{opening}各项工作有了新的进展。\n\
         一、2016年所做的主要工作\n(一)开好职代会。\n二、存在的不足\n活动形式还不够多。\n"
    );
    assert_eq!(import(&text).plan.year, 2016);
}

#[test]
fn a_report_title_glued_to_a_clause_of_basis_is_split_off() {
    let text =
        "某街道工会1-6月份工作汇报根据区总工会的通知要求,现将我街道上半年的工作情况汇报如下。\n\
                一、上半年工作情况\n1、新建基层工会三家。\n2、走访困难职工十户。\n";
    let p = import(text).plan;
    assert_eq!(p.title, "某街道工会1-6月份工作汇报");
    assert!(p.guiding.starts_with("根据区总工会"), "{}", p.guiding);
}

#[test]
fn a_speaker_reporting_on_the_work_done_makes_a_summary() {
    let text = "尊敬的各位领导,各位同仁:根据会议安排,下面我就本年度重点工作开展情况做交流发言。\n\
                一、建强组织,激发活力\n深入基层调研,指导基层工会规范建会。\n\
                二、做优服务,温暖人心\n开展困难教职工帮扶。\n";
    assert_eq!(import(text).plan.kind, Kind::Summary);
    // a speech on the coming year's tasks is no summary
    let text = "尊敬的各位领导,各位同仁:根据会议安排,下面我就明年的重点工作作个说明。\n\
                一、建强组织,激发活力\n深入基层调研,指导基层工会规范建会。\n";
    assert_ne!(import(text).plan.kind, Kind::Summary);
}
