//! Tests of `apply`: the derived title, tree moves and the depth limit,
//! period changes, schedule merges, splits and moves carrying tracking, edits
//! of next year's part, coalesce keys, and bad paths changing nothing.

use super::*;
use crate::core::layout::blocks;

fn e(op: Op) -> Edit {
    Edit::main(op)
}

fn headings(plan: &Plan) -> Vec<String> {
    blocks(plan)
        .into_iter()
        .filter(|b| matches!(b.kind, crate::core::layout::BlockKind::Heading(_)))
        .map(|b| b.full_text())
        .collect()
}

fn tree() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2025);
    for (i, h) in ["甲", "乙", "丙"].iter().enumerate() {
        apply(&mut p, e(Op::AddAfter { path: vec![] }));
        apply(
            &mut p,
            e(Op::Heading {
                path: vec![i],
                value: h.to_string(),
            }),
        );
    }
    p
}

#[test]
fn title_follows_until_user_edits_it() {
    let mut p = Plan::new(Kind::Plan, 2025);
    apply(&mut p, e(Op::Organization("实验中学工会".into())));
    assert_eq!(p.title, "实验中学工会2025年工作计划");
    apply(&mut p, e(Op::Year(2026)));
    assert_eq!(p.title, "实验中学工会2026年工作计划");
    apply(&mut p, e(Op::Title("我的标题".into())));
    apply(&mut p, e(Op::Kind(Kind::Summary)));
    assert_eq!(p.title, "我的标题");
    assert_eq!(p.signature.organization, "实验中学工会");
}

#[test]
fn indent_outdent_and_moves_renumber() {
    let mut p = tree();
    assert_eq!(headings(&p), ["一、甲", "二、乙", "三、丙"]);
    let o = apply(&mut p, e(Op::Indent { path: vec![1] }));
    assert_eq!(o.focus, Some(vec![0, 0]));
    assert_eq!(headings(&p), ["一、甲", "（一）乙", "二、丙"]);
    apply(&mut p, e(Op::Indent { path: vec![1] }));
    assert_eq!(headings(&p), ["一、甲", "（一）乙", "（二）丙"]);
    apply(&mut p, e(Op::MoveUp { path: vec![0, 1] }));
    assert_eq!(headings(&p), ["一、甲", "（一）丙", "（二）乙"]);
    apply(&mut p, e(Op::Indent { path: vec![0, 1] }));
    assert_eq!(headings(&p), ["一、甲", "（一）丙", "1.乙"]);
    apply(
        &mut p,
        e(Op::Outdent {
            path: vec![0, 0, 0],
        }),
    );
    assert_eq!(headings(&p), ["一、甲", "（一）丙", "（二）乙"]);
    apply(&mut p, e(Op::Outdent { path: vec![0, 1] }));
    assert_eq!(headings(&p), ["一、甲", "（一）丙", "二、乙"]);
    apply(&mut p, e(Op::Delete { path: vec![0] }));
    assert_eq!(headings(&p), ["一、乙"]);
}

#[test]
fn depth_is_limited_to_four_levels() {
    let mut p = tree();
    assert!(apply(&mut p, e(Op::AddChild { path: vec![0] })).changed);
    assert!(apply(&mut p, e(Op::AddChild { path: vec![0, 0] })).changed);
    assert!(
        apply(
            &mut p,
            e(Op::AddChild {
                path: vec![0, 0, 0]
            })
        )
        .changed
    );
    assert!(
        !apply(
            &mut p,
            e(Op::AddChild {
                path: vec![0, 0, 0, 0]
            })
        )
        .changed
    );
    // section 甲 has height 4; indenting it under nothing fails, indenting 乙 (height 1) under 甲 works
    assert!(!apply(&mut p, e(Op::Indent { path: vec![0] })).changed);
    apply(&mut p, e(Op::AddChild { path: vec![1] }));
    apply(&mut p, e(Op::AddChild { path: vec![1, 0] }));
    apply(
        &mut p,
        e(Op::AddChild {
            path: vec![1, 0, 0],
        }),
    );
    // 乙 now has height 4: indenting it would make level 5
    assert!(!apply(&mut p, e(Op::Indent { path: vec![1] })).changed);
}

#[test]
fn period_change_moves_entries_and_keeps_activities() {
    let mut p = Plan::new(Kind::Plan, 2025);
    *p.schedule = crate::core::calendar::default_schedule(Period { start_month: 1 });
    apply(&mut p, e(Op::Period(Period { start_month: 9 })));
    // untouched schedule: regenerated, school year merges July and August
    assert_eq!(p.schedule.len(), 11);
    assert_eq!(p.schedule[0].months, vec![9]);
    assert!(p.schedule.iter().any(|x| x.months == vec![7, 8]));
    apply(
        &mut p,
        e(Op::Activity {
            entry: 0,
            index: 0,
            value: "x".into(),
        }),
    );
    apply(
        &mut p,
        e(Op::AddActivity {
            entry: 0,
            text: "九月活动".into(),
        }),
    );
    apply(
        &mut p,
        e(Op::AddActivity {
            entry: 10,
            text: "七八月活动".into(),
        }),
    );
    apply(&mut p, e(Op::Period(Period { start_month: 1 })));
    assert_eq!(p.schedule.len(), 11);
    assert_eq!(p.schedule[0].months, vec![1]);
    let all: Vec<&String> = p.schedule.iter().flat_map(|x| &x.activities).collect();
    assert!(all.iter().any(|a| a.as_str() == "九月活动"));
    assert!(all.iter().any(|a| a.as_str() == "七八月活动"));
}

#[test]
fn bad_paths_change_nothing() {
    let mut p = tree();
    let before = p.clone();
    for op in [
        Op::Delete { path: vec![9] },
        Op::Indent { path: vec![0] },
        Op::Outdent { path: vec![1] },
        Op::MoveUp { path: vec![0] },
        Op::MoveDown { path: vec![2] },
        Op::Heading {
            path: vec![5, 5],
            value: "x".into(),
        },
        Op::Delete { path: vec![] },
        Op::MergeNext { entry: 3 },
        Op::Activity {
            entry: 0,
            index: 0,
            value: "x".into(),
        },
    ] {
        assert!(!apply(&mut p, e(op)).changed);
    }
    assert_eq!(p, before);
}

#[test]
fn merge_and_split_months_keep_activities() {
    let mut p = Plan::new(Kind::Plan, 2025);
    apply(&mut p, e(Op::AddEntry { months: vec![8] }));
    apply(&mut p, e(Op::AddEntry { months: vec![7] }));
    assert_eq!(p.schedule[0].months, vec![7]);
    apply(
        &mut p,
        e(Op::Activity {
            entry: 0,
            index: 0,
            value: "七月活动".into(),
        }),
    );
    apply(
        &mut p,
        e(Op::Activity {
            entry: 1,
            index: 0,
            value: "八月活动".into(),
        }),
    );
    apply(&mut p, e(Op::MergeNext { entry: 0 }));
    assert_eq!(p.schedule.len(), 1);
    assert_eq!(p.schedule[0].months, vec![7, 8]);
    assert_eq!(p.schedule[0].activities, vec!["七月活动", "八月活动"]);
    apply(&mut p, e(Op::Split { entry: 0 }));
    assert_eq!(p.schedule.len(), 2);
    assert_eq!(p.schedule[1].months, vec![8]);
    assert_eq!(p.schedule[0].activities, vec!["七月活动", "八月活动"]);
}

#[test]
fn activity_moves_carry_tracking() {
    let mut p = Plan::new(Kind::Plan, 2025);
    apply(&mut p, e(Op::AddEntry { months: vec![3] }));
    apply(
        &mut p,
        e(Op::Activity {
            entry: 0,
            index: 0,
            value: "甲".into(),
        }),
    );
    apply(
        &mut p,
        e(Op::AddActivity {
            entry: 0,
            text: "乙".into(),
        }),
    );
    let t = Track {
        note: "已办".into(),
        ..Track::default()
    };
    apply(
        &mut p,
        e(Op::TrackActivity {
            entry: 0,
            index: 1,
            track: Some(t.clone()),
        }),
    );
    apply(
        &mut p,
        e(Op::MoveActivity {
            entry: 0,
            index: 1,
            up: true,
        }),
    );
    assert_eq!(p.schedule[0].activities, vec!["乙", "甲"]);
    assert_eq!(p.schedule[0].tracking[0], Some(t));
    apply(&mut p, e(Op::DeleteActivity { entry: 0, index: 0 }));
    assert_eq!(p.schedule[0].tracking, vec![None]);
}

#[test]
fn next_part_edits_go_to_next() {
    let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
    apply(
        &mut p,
        Edit {
            next: true,
            op: Op::AddAfter { path: vec![] },
        },
    );
    apply(
        &mut p,
        Edit {
            next: true,
            op: Op::Heading {
                path: vec![0],
                value: "明年重点".into(),
            },
        },
    );
    assert!(p.sections.is_empty());
    assert_eq!(p.next.as_ref().unwrap().sections[0].heading, "明年重点");
}

#[test]
fn typing_in_one_field_shares_a_coalesce_key() {
    let a = e(Op::Heading {
        path: vec![1, 2],
        value: "a".into(),
    });
    let b = e(Op::Heading {
        path: vec![1, 2],
        value: "ab".into(),
    });
    assert_eq!(a.coalesce_key(), b.coalesce_key());
    assert_ne!(
        a.coalesce_key(),
        e(Op::Heading {
            path: vec![1],
            value: "a".into()
        })
        .coalesce_key()
    );
    assert_eq!(e(Op::Delete { path: vec![0] }).coalesce_key(), None);
}

#[test]
fn delete_then_restore_is_identity() {
    let mut p = tree();
    apply(&mut p, e(Op::AddChild { path: vec![1] }));
    let before = p.clone();
    let node = node_at(&p, &[1]).unwrap();
    apply(&mut p, e(Op::Delete { path: vec![1] }));
    apply(
        &mut p,
        e(Op::Restore {
            path: vec![1],
            item: node,
        }),
    );
    assert_eq!(p, before);
}

#[test]
fn fix_punctuation_is_one_edit_over_the_whole_document_or_the_next_part() {
    let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
    apply(&mut p, e(Op::Organization("实验中学工会".into())));
    p.guiding = "工作,学习".into();
    p.next.as_mut().unwrap().guiding = "明年,继续".into();
    let next_only = Edit {
        next: true,
        op: Op::FixPunctuation,
    };
    assert!(apply(&mut p, next_only.clone()).changed);
    assert_eq!(p.guiding, "工作,学习");
    assert_eq!(p.next.as_ref().unwrap().guiding, "明年，继续");
    assert!(!apply(&mut p, next_only).changed);
    assert!(apply(&mut p, e(Op::FixPunctuation)).changed);
    assert_eq!(p.guiding, "工作，学习");
    assert!(!apply(&mut p, e(Op::FixPunctuation)).changed);
    // The title still follows its suggestion; no coalescing with typing.
    assert_eq!(p.title, crate::core::title::suggest(&p));
    assert_eq!(e(Op::FixPunctuation).coalesce_key(), None);
}

mod duties;

#[test]
fn standard_heading_forgets_the_authors_wording_of_a_part() {
    let mut p = crate::core::import::import_text(
        "某某工会2025年工作计划\n一、指导思想\n以服务职工为宗旨。\n二、组织建设\n建好职工之家。\n三、存在的不足\n经费偏紧。",
    )
    .plan;
    assert_eq!(p.headings.problems.as_deref(), Some("存在的不足"));
    assert!(headings(&p).iter().any(|h| h.contains("存在的不足")));
    let out = apply(&mut p, e(Op::StandardHeading(TextField::Problems)));
    assert!(out.changed);
    assert_eq!(p.headings.problems, None);
    assert!(!headings(&p).iter().any(|h| h.contains("存在的不足")));
    // the text stays, the other part keeps its wording; again: nothing to do
    assert_eq!(p.problems, "经费偏紧。");
    assert_eq!(p.headings.guiding.as_deref(), Some("指导思想"));
    assert!(!apply(&mut p, e(Op::StandardHeading(TextField::Problems))).changed);
    assert_eq!(
        e(Op::StandardHeading(TextField::Goals)).coalesce_key(),
        None
    );
}

#[test]
fn the_schedule_heading_and_month_labels_go_back_to_the_standard_wording_one_at_a_time() {
    let mut p = crate::core::import::import_text(
        "某某工会2025年工作计划\n一、组织建设\n建好职工之家。\n二、主要活动安排\n一月份：走访慰问困难职工。\n七、八月份：开展夏送清凉。",
    )
    .plan;
    assert_eq!(p.headings.schedule.as_deref(), Some("主要活动安排"));
    assert_eq!(p.headings.month_label(&[1]), Some("一月份"));
    let printed = |p: &Plan| headings(p).join("|");
    assert!(printed(&p).contains("主要活动安排"), "{}", printed(&p));
    // the heading first: the month labels stay as written
    assert!(apply(&mut p, e(Op::StandardScheduleHeading)).changed);
    assert_eq!(p.headings.schedule, None);
    assert!(printed(&p).contains("活动安排") && !printed(&p).contains("主要活动安排"));
    assert_eq!(p.headings.month_label(&[7, 8]), Some("七、八月份"));
    assert!(!apply(&mut p, e(Op::StandardScheduleHeading)).changed);
    // then the months: the entries and their activities stay
    assert!(apply(&mut p, e(Op::StandardMonthLabels)).changed);
    assert_eq!(p.headings.month_label(&[1]), None);
    assert_eq!(p.schedule.len(), 2);
    assert_eq!(p.schedule[1].months, vec![7, 8]);
    assert!(!apply(&mut p, e(Op::StandardMonthLabels)).changed);
    assert_eq!(e(Op::StandardMonthLabels).coalesce_key(), None);
}
