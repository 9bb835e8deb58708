//! Tests of the progress tables and the summary draft: what is counted, what
//! is written up, what is listed as a problem and what is carried into next
//! year's plan.

use super::*;
use crate::core::layout::BlockKind;
use crate::core::model::{Item, Period, ScheduleEntry, Section, Signature, Status, Track};
use crate::core::numbering::months_heading;
use crate::core::steps::{Step, Target};

fn track(status: Status, note: &str) -> Option<Track> {
    Some(Track {
        status,
        note: note.into(),
        ..Default::default()
    })
}

fn item(heading: &str, track: Option<Track>) -> Item {
    Item {
        heading: heading.into(),
        text: format!("{heading}的计划内容。"),
        track,
        ..Default::default()
    }
}

/// Three priorities and a schedule, tracked in every way.
fn fixture() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2025);
    p.organization = "实验小学工会".into();
    p.org_type = "school".into();
    p.title = "实验小学工会2025年工作计划".into();
    p.period = Period { start_month: 9 };
    p.guiding = "以职工为本。".into();
    p.signature = Signature {
        organization: "实验小学工会".into(),
        date: Some("2025-09-01".into()),
        date_style: Default::default(),
    };
    p.sections = vec![
        Section {
            heading: "加强思想引领".into(),
            body: "组织学习。".into(),
            items: vec![
                Item {
                    track: Some(Track {
                        status: Status::Done,
                        note: "邀请专家开展专题讲座".into(),
                        participants: Some(120),
                        amount: Some(35000.0),
                        count: Some(4),
                    }),
                    ..item("举办职工读书分享会", None)
                },
                item("开展师德宣讲", track(Status::NotDone, "因场地改造推迟")),
            ],
            track: None,
        },
        Section {
            heading: "关心职工生活".into(),
            body: String::new(),
            items: vec![
                Item {
                    heading: "做好困难帮扶".into(),
                    items: vec![
                        Item {
                            track: Some(Track {
                                status: Status::Done,
                                amount: Some(800.0),
                                ..Default::default()
                            }),
                            ..item("春节走访慰问", None)
                        },
                        item(
                            "建立帮扶台账",
                            track(Status::Partial, "已完成一半教师的信息采集"),
                        ),
                    ],
                    ..Default::default()
                },
                item("组织秋季登山", track(Status::Cancelled, "天气原因")),
                item("更新职工之家器材", None),
            ],
            track: None,
        },
        Section {
            heading: "推进民主管理".into(),
            body: "开好教代会。".into(),
            items: vec![],
            track: None,
        },
    ];
    p.schedule = vec![
        ScheduleEntry {
            months: vec![3],
            activities: vec!["组织三八妇女节活动".into(), "植树活动".into()],
            tracking: vec![
                Some(Track {
                    status: Status::Done,
                    note: "举办插花讲座".into(),
                    participants: Some(60),
                    ..Default::default()
                }),
                track(Status::NotDone, ""),
            ],
        },
        ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["组织职工疗休养".into()],
            tracking: vec![Some(Track {
                status: Status::Partial,
                note: "只安排了一批".into(),
                amount: Some(130200.0),
                ..Default::default()
            })],
        },
        ScheduleEntry {
            months: vec![9],
            activities: vec!["庆祝教师节".into(), " ".into()],
            tracking: vec![],
        },
    ];
    p
}

fn all_text(p: &Plan) -> String {
    fn items(out: &mut String, its: &[Item]) {
        for i in its {
            out.push_str(&i.heading);
            out.push('\n');
            out.push_str(&i.text);
            out.push('\n');
            items(out, &i.items);
        }
    }
    let mut s = format!("{}\n{}\n", p.title, p.guiding);
    for sec in &p.sections {
        s.push_str(&sec.heading);
        s.push('\n');
        s.push_str(&sec.body);
        s.push('\n');
        items(&mut s, &sec.items);
    }
    s.push_str(&p.problems);
    s
}

fn headings(items: &[Item], out: &mut Vec<String>) {
    for i in items {
        out.push(i.heading.clone());
        headings(&i.items, out);
    }
}

#[test]
fn tally_label_counts_done_out_of_not_cancelled() {
    let t = Tally {
        done: 3,
        partial: 1,
        not_done: 0,
        cancelled: 2,
        untracked: 0,
    };
    assert_eq!(t.total(), 6);
    assert_eq!(t.label(), "3/4 完成");
    assert_eq!(Tally::default().label(), "0/0 完成");
}

#[test]
fn progress_by_priority_counts_items_recursively_not_untracked_parents() {
    let rows = progress_by_priority(&fixture());
    let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        ["一、加强思想引领", "二、关心职工生活", "三、推进民主管理"]
    );
    assert_eq!(
        rows[0].tally,
        Tally {
            done: 1,
            not_done: 1,
            ..Default::default()
        }
    );
    // 做好困难帮扶 is an untracked container: only its tracked children count.
    assert_eq!(
        rows[1].tally,
        Tally {
            done: 1,
            partial: 1,
            cancelled: 1,
            untracked: 1,
            ..Default::default()
        }
    );
    assert_eq!(rows[1].tally.label(), "1/3 完成");
    // A section without items is itself the unit.
    assert_eq!(
        rows[2].tally,
        Tally {
            untracked: 1,
            ..Default::default()
        }
    );
    assert_eq!(rows[1].target, Target::at(Step::Main, vec![1]));
}

#[test]
fn section_track_counts_alongside_its_items() {
    let mut p = fixture();
    p.sections[0].track = track(Status::Partial, "");
    assert_eq!(
        progress_by_priority(&p)[0].tally,
        Tally {
            done: 1,
            partial: 1,
            not_done: 1,
            ..Default::default()
        }
    );
}

#[test]
fn seven_eight_month_entry_is_one_progress_row() {
    let p = Plan {
        schedule: vec![ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["疗休养".into(), "夏送清凉".into()],
            tracking: vec![track(Status::Done, "")],
        }],
        ..Default::default()
    };
    let rows = progress_by_month(&p);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].label, "七、八月");
    assert_eq!(
        rows[0].tally,
        Tally {
            done: 1,
            untracked: 1,
            ..Default::default()
        }
    );
    assert_eq!(rows[0].target.dom_id(), "f-schedule-0");
}

#[test]
fn progress_by_month_follows_the_period_and_skips_blank_activities() {
    let mut p = fixture();
    p.schedule.reverse(); // stored order 9, 7-8, 3; school year starts in September
    let rows = progress_by_month(&p);
    let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["九月", "三月", "七、八月"]);
    assert_eq!(
        rows[0].tally,
        Tally {
            untracked: 1,
            ..Default::default()
        }
    );
    assert_eq!(rows[0].target, Target::at(Step::Schedule, vec![0]));
    assert_eq!(rows[1].target, Target::at(Step::Schedule, vec![2]));
}

#[test]
fn activity_track_is_none_when_out_of_range_or_unset() {
    let e = &fixture().schedule[0];
    assert_eq!(activity_track(e, 0).map(|t| t.status), Some(Status::Done));
    assert_eq!(activity_track(e, 5), None);
    assert_eq!(activity_track(&fixture().schedule[2], 0), None);
}

#[test]
fn amounts_read_as_officers_write_them() {
    assert_eq!(format_amount(35000.0).as_deref(), Some("3.5万元"));
    assert_eq!(format_amount(800.0).as_deref(), Some("800元"));
    assert_eq!(format_amount(130200.0).as_deref(), Some("13.02万元"));
    assert_eq!(format_amount(12345.0).as_deref(), Some("12345元"));
    assert_eq!(format_amount(10000.0).as_deref(), Some("1万元"));
    assert_eq!(format_amount(99.5).as_deref(), Some("99.5元"));
    assert_eq!(format_amount(300000000.0).as_deref(), Some("3亿元"));
    assert_eq!(format_amount(0.0), None);
    assert_eq!(format_amount(-5.0), None);
    assert_eq!(format_amount(f64::NAN), None);
    assert_eq!(format_amount(f64::INFINITY), None);
}

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
    }];
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

#[test]
fn odd_input_does_not_panic() {
    let mut p = Plan {
        year: i32::MAX - 1,
        period: Period { start_month: 0 },
        ..Default::default()
    };
    p.sections = vec![
        Section::default(),
        Section {
            items: vec![Item {
                track: track(Status::Partial, "\n\n。"),
                ..Default::default()
            }],
            ..Default::default()
        },
    ];
    p.schedule = vec![ScheduleEntry {
        months: vec![],
        activities: vec!["".into(), "无月份活动".into()],
        tracking: vec![None, track(Status::NotDone, ""), track(Status::Done, "")],
    }];
    let s = summarize(&p, true);
    assert_eq!(s.sections.len(), 2);
    // The month heading of an entry without months comes from `numbering`.
    let undated = format!("{}安排的“无月份活动”", months_heading(&[]));
    assert!(s.problems.contains(&undated), "{}", s.problems);
    assert!(
        s.problems.contains("（未填写标题的事项）"),
        "{}",
        s.problems
    );
    let n = s.next.unwrap();
    assert_eq!(n.year, i32::MAX); // next year saturates
    assert!(n
        .schedule
        .iter()
        .any(|e| e.months.is_empty() && e.activities == ["无月份活动"]));
}

#[test]
fn summary_lays_out_in_the_genre_order() {
    let s = summarize(&fixture(), true);
    let bs = crate::core::layout::blocks(&s);
    let h1: Vec<String> = bs
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(1) | BlockKind::PartTitle))
        .map(|b| b.full_text())
        .collect();
    assert_eq!(
        h1,
        [
            "一、加强思想引领",
            "二、关心职工生活",
            "三、推进民主管理",
            "四、全年重点活动开展情况",
            "五、存在问题和不足",
            "2026年工作计划",
            "一、加强思想引领",
            "二、关心职工生活",
            "三、推进民主管理",
            "四、活动安排",
        ]
    );
    let run_on: Vec<String> = bs
        .iter()
        .filter(|b| b.kind == BlockKind::Heading(3))
        .map(|b| b.full_text())
        .collect();
    assert_eq!(
        run_on[0],
        "1.春节走访慰问。已按计划完成\u{ff0c}投入经费800元。"
    );
}

#[test]
fn every_summary_part_has_text_and_chinese_punctuation() {
    let s = summarize(&fixture(), false);
    assert!(!s.guiding.trim().is_empty() && !s.problems.trim().is_empty());
    for sec in &s.sections {
        assert!(
            !sec.heading.trim().is_empty()
                && (!sec.body.trim().is_empty() || !sec.items.is_empty()),
            "{sec:?}"
        );
    }
    let text = all_text(&s);
    for ascii in [',', ':', ';', '(', ')'] {
        assert!(
            !text.contains(ascii),
            "ASCII {ascii:?} in generated text:\n{text}"
        );
    }
    assert!(!text.contains("xx") && !text.contains('某'));
}
