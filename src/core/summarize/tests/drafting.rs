//! Summary drafting tests: sections, figures, opening, problems and next year's plan.

use super::*;

#[test]
fn summary_sections_mirror_priorities_with_same_headings() {
    let s = summarize(&fixture(), false);
    assert_eq!(s.kind, Kind::Summary);
    assert_eq!(s.title, "实验小学工会2025年工作总结");
    assert_eq!(s.year, 2025);
    assert_eq!(s.period, Period { start_month: 9 });
    assert_eq!(s.signature.organization, "实验小学工会");
    assert_eq!(s.signature.date, None);
    let hs: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
    assert_eq!(
        hs,
        [
            "加强思想引领",
            "关心职工生活",
            "推进民主管理",
            "全年重点活动开展情况"
        ]
    );
    assert!(s.next.is_none());
    assert!(s.schedule.is_empty());
    // Done/partly done items are kept under their own headings; the
    // untracked container keeps its reported child.
    let mut h = Vec::new();
    headings(&s.sections[1].items, &mut h);
    // Level-3 headings get 。 because the layout runs their text on.
    assert_eq!(h, ["做好困难帮扶", "春节走访慰问。", "建立帮扶台账。"]);
    assert_eq!(s.sections[0].items.len(), 1);
    assert_eq!(s.sections[0].items[0].heading, "举办职工读书分享会");
    assert_eq!(
        s.sections[0].items[0].text,
        "邀请专家开展专题讲座，参与职工120人次，投入经费3.5万元，开展活动4场次。"
    );
    // Activities by month, in period order (March before July).
    let months: Vec<&str> = s.sections[3]
        .items
        .iter()
        .map(|i| i.heading.as_str())
        .collect();
    assert_eq!(months, ["三月", "七、八月"]);
    assert_eq!(
        s.sections[3].items[0].text,
        "组织三八妇女节活动，举办插花讲座，参与职工60人次。"
    );
}

#[test]
fn every_figure_appears_in_the_summary() {
    let text = all_text(&summarize(&fixture(), false));
    for fig in [
        "120人次",
        "3.5万元",
        "4场次",
        "800元",
        "60人次",
        "13.02万元",
    ] {
        assert!(text.contains(fig), "missing {fig} in\n{text}");
    }
    for note in [
        "邀请专家开展专题讲座",
        "已完成一半教师的信息采集",
        "举办插花讲座",
        "只安排了一批",
    ] {
        assert!(text.contains(note), "missing {note}");
    }
}

#[test]
fn opening_counts_the_year_and_ends_with_the_set_phrase() {
    let g = summarize(&fixture(), false).guiding;
    // Units: 读书分享会 done, 师德宣讲 not done, 春节走访 done, 台账 partial,
    // 登山 cancelled, 器材 untracked, 民主管理 untracked, 三八 done, 植树 not
    // done, 疗休养 partial, 教师节 untracked = 11.
    assert!(g.contains("全年计划开展的11项工作中，已完成3项，部分完成2项，未完成2项，因故取消1项，另有3项尚未登记执行情况。"), "{g}");
    assert!(g.ends_with("现将一年来的工作总结如下："), "{g}");
    assert!(g.contains("2025年，实验小学工会在上级工会"));
    // The editor's note names the untracked and cancelled units.
    let note = g.lines().next().unwrap();
    assert!(note.starts_with("（编写提示："));
    for n in [
        "更新职工之家器材",
        "推进民主管理",
        "庆祝教师节",
        "组织秋季登山",
    ] {
        assert!(note.contains(n), "{n} not in {note}");
    }
    assert!(!g.contains("xx") && !g.contains('某'));
}

#[test]
fn problems_list_exactly_the_unfinished_units_once() {
    let s = summarize(&fixture(), false);
    let pr = &s.problems;
    for n in ["开展师德宣讲", "建立帮扶台账", "植树活动", "组织职工疗休养"] {
        assert_eq!(pr.matches(n).count(), 1, "{n} in\n{pr}");
    }
    for n in [
        "举办职工读书分享会",
        "春节走访慰问",
        "组织三八妇女节活动",
        "组织秋季登山",
        "更新职工之家器材",
        "庆祝教师节",
        "推进民主管理",
    ] {
        assert!(!pr.contains(n), "{n} should not be in\n{pr}");
    }
    let lines: Vec<&str> = pr.lines().collect();
    assert_eq!(lines.len(), 5, "{pr}");
    assert_eq!(lines[0], "“开展师德宣讲”未能按计划完成，因场地改造推迟。");
    assert!(
        lines[1].contains("只完成了一部分，已完成一半教师的信息采集"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2], "三月安排的“植树活动”未能按计划完成。");
    assert!(lines[4].contains("新的一年"));
    // Unfinished but partly done work is also reported as work done.
    assert!(all_text(&s).matches("组织职工疗休养").count() >= 2);
}

#[test]
fn untracked_and_not_done_are_never_written_up_as_done() {
    let s = summarize(&fixture(), false);
    let body_text = all_text(&Plan {
        guiding: String::new(),
        problems: String::new(),
        ..s.clone()
    });
    for n in [
        "开展师德宣讲",
        "更新职工之家器材",
        "组织秋季登山",
        "植树活动",
        "庆祝教师节",
    ] {
        assert!(!body_text.contains(n), "{n} in body\n{body_text}");
    }
    // A priority with nothing reported says so instead of staying empty.
    assert!(
        s.sections[2].body.contains("待补充"),
        "{}",
        s.sections[2].body
    );
}

#[test]
fn source_plan_is_unchanged() {
    let p = fixture();
    let before = p.clone();
    let _ = summarize(&p, true);
    let _ = summarize(&p, false);
    assert_eq!(p, before);
}

#[test]
fn summary_and_plan_next_carries_exactly_the_unfinished_work() {
    let s = summarize(&fixture(), true);
    assert_eq!(s.kind, Kind::SummaryAndPlan);
    assert_eq!(s.title, "实验小学工会2025年工作总结\n暨2026年工作计划");
    let n = s.next.as_deref().expect("next");
    assert_eq!(n.kind, Kind::Plan);
    assert_eq!(n.year, 2026);
    assert_eq!(n.period, Period { start_month: 9 });
    let hs: Vec<&str> = n.sections.iter().map(|x| x.heading.as_str()).collect();
    assert_eq!(hs, ["加强思想引领", "关心职工生活", "推进民主管理"]);
    let mut carried = Vec::new();
    for sec in &n.sections {
        headings(&sec.items, &mut carried);
    }
    assert_eq!(carried, ["开展师德宣讲", "建立帮扶台账"]);
    // Lifted out of its finished parent, text kept, tracking gone.
    assert_eq!(n.sections[1].items[0].text, "建立帮扶台账的计划内容。");
    assert!(n
        .sections
        .iter()
        .all(|x| x.track.is_none() && x.items.iter().all(|i| i.track.is_none())));
    assert!(n.guiding.starts_with("2026年，实验小学工会"));
    assert!(!n.guiding.is_empty() && n.guiding.chars().count() < 120);
}

#[test]
fn next_schedule_covers_the_period_with_unfinished_activities_in_their_months() {
    let s = summarize(&fixture(), true);
    let n = s.next.as_deref().expect("next");
    let firsts: Vec<Vec<u8>> = n.schedule.iter().map(|e| e.months.clone()).collect();
    assert_eq!(
        firsts,
        vec![
            vec![9],
            vec![10],
            vec![11],
            vec![12],
            vec![1],
            vec![2],
            vec![3],
            vec![4],
            vec![5],
            vec![6],
            vec![7, 8]
        ]
    );
    let acts: Vec<(String, Vec<String>)> = n
        .schedule
        .iter()
        .filter(|e| !e.activities.is_empty())
        .map(|e| (months_heading(&e.months), e.activities.clone()))
        .collect();
    assert_eq!(
        acts,
        vec![
            ("三月".to_string(), vec!["植树活动".to_string()]),
            ("七、八月".to_string(), vec!["组织职工疗休养".to_string()])
        ]
    );
    assert!(n.schedule.iter().all(|e| e.tracking.is_empty()));
}

#[test]
fn untracked_plan_gives_a_frame_without_claims() {
    let mut p = fixture();
    for sec in &mut p.sections {
        fn clear(items: &mut [Item]) {
            for i in items {
                i.track = None;
                clear(&mut i.items);
            }
        }
        clear(&mut sec.items);
    }
    for e in &mut p.schedule {
        e.tracking.clear();
    }
    let s = summarize(&p, false);
    assert!(
        s.guiding
            .starts_with("（编写提示：计划中的各项工作都还没有登记执行情况"),
        "{}",
        s.guiding
    );
    assert!(!s.guiding.contains("已完成"), "{}", s.guiding);
    assert_eq!(s.sections.len(), 3);
    assert!(s
        .sections
        .iter()
        .all(|x| x.items.is_empty() && x.body.contains("待补充")));
    assert!(
        s.problems.contains("待补充") && !s.problems.contains("均已完成"),
        "{}",
        s.problems
    );
}

#[test]
fn all_done_plan_has_a_problems_paragraph_without_listing_items() {
    let mut p = Plan::new(Kind::Plan, 2024);
    p.organization = "区机关".into();
    p.sections = vec![Section {
        heading: "技能比武".into(),
        track: track(Status::Done, ""),
        ..Default::default()
    }
    .into()];
    let s = summarize(&p, false);
    assert_eq!(s.sections[0].body, "已按计划完成。");
    assert!(
        s.problems.starts_with("今年计划的各项工作均已完成。"),
        "{}",
        s.problems
    );
    assert!(
        s.guiding.starts_with("2024年，区机关工会在"),
        "{}",
        s.guiding
    );
    assert!(
        s.guiding.contains("全年计划开展的1项工作中，已完成1项。"),
        "{}",
        s.guiding
    );
}
