//! Pages and halves: a page that starts inside a monthly schedule (its
//! month headings with no schedule heading over them, numbered items before
//! the first), a half-year report's second-half part (`下半年…安排`), and a
//! union's title glued to an opening that starts with no year or subject.

use super::*;

#[test]
fn month_headings_keep_their_items_after_items_of_the_same_rank() {
    // the page begins with the last items of a month whose heading was on
    // the page before; each month below numbers its items from 1 again
    let text =
        "1、整理会员名册。\n2、筹备迎新活动。\n四月份:\n1、组织春季登山。\n2、举办读书沙龙。\n\
                五月份:\n1、评选劳动之星。\n六月份:\n1、开展消夏观影。\n2、看望生病会员。\n";
    let imp = import(text);
    let p = &imp.plan;
    let months: Vec<Vec<u8>> = p.schedule.iter().map(|e| e.months.clone()).collect();
    assert_eq!(months, vec![vec![4], vec![5], vec![6]]);
    assert_eq!(
        p.schedule[0].activities,
        vec!["组织春季登山。", "举办读书沙龙。"]
    );
    assert_eq!(p.schedule[2].activities.len(), 2);
    // no activity under a month became a section
    assert!(p
        .sections
        .iter()
        .all(|s| !s.heading.contains("登山") && !s.heading.contains("观影")));
}

#[test]
fn a_second_half_arrangement_heading_begins_the_next_part() {
    let text = "某街道工会2023年上半年工作总结和下半年工作打算\n\
                一、上半年工作完成情况\n1、走访慰问困难会员十二户。\n2、举办工会干部培训一期。\n\
                二、下半年工作安排\n1、做好金秋助学申报。\n2、筹备年终职工运动会。\n";
    let imp = import(text);
    let p = &imp.plan;
    let next = p
        .next
        .as_ref()
        .expect("the second half read as the next part");
    assert!(next.title.contains("下半年工作安排"));
    assert!(p.sections.iter().all(|s| !s.heading.contains("下半年")));
}

#[test]
fn a_union_title_ending_on_its_kind_glued_to_a_literary_opening_is_split_off() {
    let text = "2023年某某中学工会工作总结春去秋来,又是一年过去了,回望这一年的工会工作,我们收获良多。\n\
                一、关心会员生活\n走访慰问会员二十人次。\n二、丰富文体活动\n举办教职工运动会一次。\n";
    let imp = import(text);
    assert_eq!(imp.plan.title, "2023年某某中学工会工作总结");
    assert!(imp.plan.guiding.starts_with("春去秋来"));
    // a sentence saying what the year was is no title
    let text = "2023年是本校工会的工作总结之年,一年来工会做了大量工作,成效明显。\n一、关心会员生活\n走访慰问会员二十人次。\n";
    assert_eq!(import(text).plan.title, "");
}

#[test]
fn paragraphs_led_by_a_dash_and_a_heading_sentence_are_headings() {
    let text = "某公司工会今年围绕中心开展工作,为完成全年任务努力拼搏。\n\
                ——抓好思想引领,凝聚职工共识。开展形势任务教育,引导职工认清形势。\n\
                ——深化劳动竞赛。组织班组技能比武,推动生产任务完成。\n\
                ——做好帮扶服务,温暖职工人心。走访困难职工,落实帮扶措施。\n";
    let imp = import(text);
    let h = headings(&imp.plan);
    assert_eq!(h.len(), 3, "{h:?}");
    assert!(h[0].starts_with("抓好思想引领") && !h[0].contains('—'));
    assert!(imp.plan.sections[1].body.starts_with("组织班组技能比武"));
    // two such paragraphs are not enough
    let two = "——抓好思想引领。开展形势任务教育,引导职工认清形势。\n——深化劳动竞赛。组织班组技能比武,推动生产任务完成。\n";
    assert!(import(two).plan.sections.is_empty());
}
