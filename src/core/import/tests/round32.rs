//! Forms met in the thirty-second round: a bare list of one-sentence `1、`
//! lines after an opening (items, not headings), a glued title that names
//! no union or year before `本学期,`, and a `三、…` heading run onto the end
//! of the line before it after a space.

use super::*;

#[test]
fn a_bare_list_of_one_sentence_lines_is_no_outline() {
    let p = import(
        "某某分会年终总结\n这一年分会上下齐心,把几件实事办好了,现总结如下:\n1、春节前走访了生病住院的会员。\n2、给会员办理了图书借阅证。\n3、组织了一次秋季登山。\n4、配合上级开展了爱心捐款。\n5、做好会员的生日慰问\n",
    )
    .plan;
    assert!(p.sections.is_empty(), "{:?}", p.sections);
    assert!(p.guiding.contains("组织了一次秋季登山"), "{}", p.guiding);
    // heading sentences with their text run on after them stay headings
    let q = import(
        "某某分会工作计划\n1.做好慰问工作。节日前走访困难会员。\n2.办好文体活动。每季度组织一次比赛。\n3.抓好会员学习。每月读一本书。\n4.管好工会经费。账目每季度公开。\n",
    )
    .plan;
    assert_eq!(q.sections.len(), 4);
    // three lines are too few to tell a list from headings whose parts the
    // copy lost; text between the lines makes them headings too
    let r = import(
        "某某分会工作计划\n1、做好慰问工作\n节日前走访困难会员。\n2、办好文体活动\n每季度组织一次比赛。\n3、抓好会员学习\n每月读一本书。\n4、管好工会经费\n账目每季度公开。\n",
    )
    .plan;
    assert_eq!(r.sections.len(), 4);
}

#[test]
fn a_glued_title_ends_before_a_term_and_a_comma() {
    let body =
        "我们围绕学校中心工作,关心女教职工的学习和生活,组织好节日活动,做好维权服务。".repeat(5);
    let p = import(&format!("某某中学女教工工作计划本学期,{body}")).plan;
    assert_eq!(p.title, "某某中学女教工工作计划");
    // a term word with no comma after it may still be the title's
    let q = import(&format!("某某中学女教工工作计划本学期安排{body}")).plan;
    assert_ne!(q.title, "某某中学女教工工作计划");
}

#[test]
fn a_heading_run_onto_the_line_before_after_a_space_is_split() {
    let p = import(
        "某某小学工会工作计划\n一、指导思想\n以服务教职工为本,团结全体会员做好各项工作。\n二、工作目标\n1、建设温馨的教工之家; 2、营造健康向上的氛围 三、主要工作\n(一)办好教代会。\n认真落实教代会的各项决议。\n",
    )
    .plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(heads.contains(&"主要工作"), "{heads:?}");
    // out of sequence (no 二、 before it), or a month, it stays text
    let q = import(
        "某某小学工会工作计划\n一、指导思想\n以服务教职工为本。\n1、建设温馨的教工之家; 2、营造健康向上的氛围 三、主要工作\n",
    )
    .plan;
    let heads: Vec<&str> = q.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(!heads.contains(&"主要工作"), "{heads:?}");
}
