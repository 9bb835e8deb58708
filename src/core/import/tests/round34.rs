//! Forms met in the thirty-fourth round: a document site's hidden-text
//! note inside a line (`……此处隐藏N个字……`) before a numbered part, and a
//! title ending on 申报材料 run into its first sentence.

use super::*;

#[test]
fn a_hidden_text_note_inside_a_line_is_dropped_and_the_part_after_it_read() {
    let p = import(
        "某某街道工会工作总结和明年打算\n今年街道工会围绕中心工作,为职工办了一批实事。\n一、抓好工会组建\n全年新建企业工会五家,会员增加三百 ……此处隐藏820个字……五、办好职工书屋,每季度更新图书一次。\n六、完成上级交办的其他工作。\n",
    )
    .plan;
    let heads: Vec<String> = p.sections.iter().map(|s| s.heading.clone()).collect();
    assert!(heads.iter().any(|h| h.starts_with("办好职工书屋")));
    assert!(heads.iter().all(|h| !h.contains("隐藏")));
    let all = serde_json::to_string(&p).unwrap();
    assert!(!all.contains("此处隐藏"));
    assert!(all.contains("会员增加三百"));
}

#[test]
fn the_note_needs_a_count_of_characters() {
    assert_eq!(
        crate::core::import::hidden_note::hidden_note("会员增加三百……此处隐藏1695个字……七、做好"),
        Some((18, 18 + "……此处隐藏1695个字……".len()))
    );
    assert_eq!(
        crate::core::import::hidden_note::hidden_note("文中(中间省略300字)以下"),
        Some((6, 6 + "(中间省略300字)".len()))
    );
    // a sentence on hidden dangers is no note
    assert_eq!(
        crate::core::import::hidden_note::hidden_note("排查隐藏的安全隐患12处"),
        None
    );
}

#[test]
fn an_application_titled_as_材料_run_into_its_text_gives_the_title() {
    let p = import(
        "某某车间分会2021年“先进职工小家”申报材料2021年以来,车间分会在厂工会指导下开展建家工作,取得了一些成绩。\n一、健全组织,夯实基础\n车间现有会员四十二人,入会率百分之百。\n",
    )
    .plan;
    assert_eq!(p.title, "某某车间分会2021年“先进职工小家”申报材料");
}
