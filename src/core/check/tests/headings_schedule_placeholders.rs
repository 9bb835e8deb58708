//! Checklist tests: headings, the month schedule, placeholders and repeated sentences.

use super::*;

#[test]
fn empty_section_and_item_headings_are_errors() {
    let mut p = good_plan();
    p.sections[1].heading = " ".into();
    p.sections[3].items[0].heading.clear();
    let fs = check(&p);
    let a = get(&fs, "empty-heading:main-1");
    assert_eq!(
        (a.level, a.target.clone()),
        (Level::Error, Target::at(Step::Main, vec![1]))
    );
    let b = get(&fs, "empty-heading:main-3-0");
    assert_eq!(b.target, Target::at(Step::Main, vec![3, 0]));
    assert!(b.message.contains("（一）"), "{}", b.message);
    assert!(!has(&fs, "empty-heading"));
    assert!(has(&check(&good_plan()), "empty-heading"));
}

#[test]
fn priority_with_neither_body_nor_items_is_a_warning() {
    let mut p = good_plan();
    p.sections[2].body.clear();
    let fs = check(&p);
    let f = get(&fs, "empty-section:main-2");
    assert_eq!(f.level, Level::Warning);
    assert!(f.message.contains("丰富文体生活"), "{}", f.message);
    // Items alone are enough.
    assert!(!has(&fs, "empty-section:main-3"));
}

#[test]
fn missing_months_are_warned_one_by_one() {
    let mut p = good_plan();
    p.schedule
        .retain(|e| e.months != vec![5] && e.months != vec![10]);
    let fs = check(&p);
    let missing: Vec<&str> = fs
        .iter()
        .filter(|f| f.id.starts_with("schedule:missing-month"))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(
        missing,
        vec!["schedule:missing-month:5", "schedule:missing-month:10"]
    );
    assert!(get(&fs, "schedule:missing-month:5")
        .message
        .contains("五月"));
    assert_eq!(get(&fs, "schedule:missing-month:5").level, Level::Warning);
}

#[test]
fn seven_eight_entry_covers_july_and_august() {
    let fs = check(&good_plan());
    assert_eq!(get(&fs, "schedule:missing-month").level, Level::Ok);
    let mut p = good_plan();
    p.schedule[5].months = vec![7];
    assert!(has(&check(&p), "schedule:missing-month:8"));
    assert!(!has(&check(&p), "schedule:missing-month:7"));
}

#[test]
fn school_year_period_needs_its_own_months() {
    let mut p = good_plan();
    p.period = Period { start_month: 9 };
    *p.schedule = vec![
        entry(&[9], &["庆祝教师节"]),
        entry(&[10, 11, 12, 1, 2, 3, 4, 5, 6], &["日常工作"]),
    ];
    let fs = check(&p);
    let ids: Vec<&str> = fs
        .iter()
        .filter(|f| f.id.starts_with("schedule:missing-month"))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(
        ids,
        vec!["schedule:missing-month:7", "schedule:missing-month:8"]
    );
}

#[test]
fn empty_schedule_entry_and_entry_without_month_are_warnings() {
    let mut p = good_plan();
    p.schedule[3].activities = vec!["  ".into()];
    p.schedule.push(entry(&[], &["机动安排"]));
    let fs = check(&p);
    let e = get(&fs, "schedule:empty-entry:schedule-3");
    assert_eq!(
        (e.level, e.target.clone()),
        (Level::Warning, Target::at(Step::Schedule, vec![3]))
    );
    assert!(e.message.contains("五月"), "{}", e.message);
    assert_eq!(
        get(&fs, "schedule:no-month:schedule-10").level,
        Level::Warning
    );
}

#[test]
fn placeholder_patterns_are_recognised() {
    let cases: &[(&str, &[&str])] = &[
        ("今年是20xx年", &["20xx"]),
        ("201x年，机关工会", &["201x"]),
        ("202X年工作要点", &["202X"]),
        ("20XX年", &["20XX"]),
        ("xx年是关键的一年", &["xx"]),
        ("学习党的XX届五中全会精神", &["XX"]),
        ("贯彻xx大精神", &["xx"]),
        ("xx月召开", &["xx"]),
        ("定于x月x日召开", &["x月x日"]),
        ("__年工作要点", &["__"]),
        ("\u{FF3F}\u{FF3F}年", &["__"]),
        ("\u{FF0A}\u{FF0A}工程", &["**"]),
        ("某某学校工会", &["某某"]),
        ("201某年", &["201某年"]),
        ("以**工程为载体", &["**"]),
        ("教师活动。\u{28}待定\u{29}", &["待定"]),
        ("教师活动\u{FF08}待定\u{FF09}", &["待定"]),
        ("时间待定", &["待定"]),
        ("XXX同志", &["XXX"]),
        ("○○小学", &["○○"]),
        ("〇〇单位", &["〇〇"]),
        ("××公司", &["××"]),
        ("[填写单位名称]工会", &["[]"]),
        ("【单位名称】工会", &["【】"]),
        ("以“”思想武装头脑", &["“”"]),
        ("开展读书、演讲……", &["……"]),
        ("开展“……”主题活动", &["……"]),
        ("……", &["……"]),
        ("\u{FF58}\u{FF58}年", &["\u{FF58}\u{FF58}"]),
        ("\u{FF12}\u{FF10}xx年", &["\u{FF12}\u{FF10}xx"]),
    ];
    for (text, want) in cases {
        assert_eq!(tokens(text), *want, "{text}");
    }
}

#[test]
fn ordinary_text_is_not_a_placeholder() {
    for text in [
        "在某些方面还有差距",
        "某种程度上说明了问题",
        "在某一时期",
        "用Excel表格统计",
        "二〇〇八年十一月",
        "2025年12月20日",
        "发放资金1.5万元",
        "开展读书、演讲……等系列活动",
        "x轴表示月份",
        "box",
        "（一）加强学习",
        "“职工之家”建设",
    ] {
        assert!(tokens(text).is_empty(), "{text}: {:?}", tokens(text));
    }
}

#[test]
fn placeholder_is_reported_at_its_field_with_the_snippet() {
    let mut p = good_plan();
    p.sections[2].items = vec![item("组织20xx年春季运动会", "")];
    let fs = check(&p);
    let f = get(&fs, "placeholder:main-2-0:20xx");
    assert_eq!(f.level, Level::Error);
    assert_eq!(f.target, Target::at(Step::Main, vec![2, 0]));
    assert!(
        f.message
            .contains("「第三项工作中的（一）“组织20xx年春季运动会”的标题」"),
        "{}",
        f.message
    );
    assert!(
        f.message.contains("“组织20xx年春季运动会”"),
        "{}",
        f.message
    );
    assert_eq!(get(&check(&good_plan()), "placeholder").level, Level::Ok);
}

#[test]
fn two_same_placeholders_in_one_field_get_distinct_ids_and_snippets() {
    let mut p = good_plan();
    p.measures = "一是深化**工程建设，这是多年来坚持的一项重点。二是推进**机制创新。".into();
    let fs = check(&p);
    let a = get(&fs, "placeholder:measures:**");
    let b = get(&fs, "placeholder:measures:**:2");
    assert!(a.message.contains("深化**工程"), "{}", a.message);
    assert!(b.message.contains("推进**机制"), "{}", b.message);
    assert!(a.message.starts_with("「落实措施」"), "{}", a.message);
}

#[test]
fn lone_mou_is_a_warning_in_prose_but_an_error_in_names() {
    let mut p = good_plan();
    p.sections[1].body = "我们为在某企业受伤的职工讨回补偿金。".into();
    p.organization = "某小学工会".into();
    p.sections[2].body = "在某些方面做得还不够，但组织了教职工健身活动。".into();
    let fs = check(&p);
    assert_eq!(get(&fs, "placeholder:main-1:某").level, Level::Warning);
    assert_eq!(get(&fs, "placeholder:organization:某").level, Level::Error);
    assert!(
        !fs.iter().any(|f| f.id.starts_with("placeholder:main-2")),
        "某些 is an ordinary word"
    );
}

#[test]
fn placeholders_are_found_in_every_kind_of_field() {
    let mut p = good_plan();
    p.title = "20xx年工作计划".into();
    p.goals = "争创xx先进单位".into();
    p.problems = "__".into();
    p.schedule[1].activities.push("（待定）".into());
    p.signature.organization = "某某工会".into();
    let fs = check(&p);
    for (id, step) in [
        ("placeholder:title:20xx", Step::Basic),
        ("placeholder:goals:xx", Step::Goals),
        ("placeholder:problems:__", Step::Problems),
        ("placeholder:schedule-1-1:待定", Step::Schedule),
        ("placeholder:signature:某某", Step::Signature),
    ] {
        assert_eq!(get(&fs, id).target.step, step, "{id}");
    }
    assert_eq!(
        get(&fs, "placeholder:schedule-1-1:待定").target.path,
        vec![1, 1]
    );
}

#[test]
fn repeated_sentence_is_reported_at_its_second_place() {
    let mut p = good_plan();
    let s = "切实维护教职工的合法权益";
    p.guiding = format!("{s}。围绕中心工作。");
    p.sections[1].body = format!("走访困难教职工。{s}！");
    let fs = check(&p);
    let rep: Vec<&Finding> = fs.iter().filter(|f| f.id.starts_with("repeat:")).collect();
    assert_eq!(rep.len(), 1, "{rep:#?}");
    assert_eq!(rep[0].level, Level::Warning);
    assert_eq!(rep[0].target, Target::at(Step::Main, vec![1]));
    assert!(rep[0].id.starts_with("repeat:main-1:"), "{}", rep[0].id);
    assert!(
        rep[0].message.contains(s) && rep[0].message.contains("「指导思想」"),
        "{}",
        rep[0].message
    );
    assert!(!has(&fs, "repeat"));
}

#[test]
fn repeats_ignore_punctuation_spacing_short_sentences_and_schedule() {
    let mut p = good_plan();
    p.guiding = "切实维护 教职工的合法权益。好好学习。".into();
    p.measures = "切实维护教职工的，合法权益；好好学习。".into();
    let fs = check(&p);
    assert_eq!(
        fs.iter()
            .filter(|f| f.id.starts_with("repeat:measures"))
            .count(),
        1
    );
    let mut p = good_plan();
    p.schedule[1].activities.push("召开工会小组长会议".into());
    p.schedule[2].activities.push("召开工会小组长会议".into());
    assert_eq!(get(&check(&p), "repeat").level, Level::Ok);
}
