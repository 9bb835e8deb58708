//! A summary drafted from a tracked plan passes the checklist's structural rules.

use union_plan::core::check::{check, Level};
use union_plan::core::model::*;
use union_plan::core::summarize::summarize;

fn tracked_plan() -> Plan {
    let done = |note: &str, people: u32| {
        Some(Track {
            status: Status::Done,
            note: note.into(),
            participants: Some(people),
            amount: Some(12000.0),
            count: Some(3),
        })
    };
    let mut p = Plan::new(Kind::Plan, 2026);
    p.organization = "江北区卫生健康系统工会".into();
    p.org_type = "medical".into();
    p.guiding = "围绕医院中心工作，服务医务职工。".into();
    p.sections = (0..4)
        .map(|i| Section {
            heading: [
                "加强思想引领",
                "推进民主管理",
                "关爱医务职工",
                "丰富文体生活",
            ][i]
                .into(),
            items: vec![
                Item {
                    heading: format!("第{}项重点任务", i + 1),
                    track: done("按计划完成", 80 + i as u32),
                    ..Default::default()
                },
                Item {
                    heading: format!("第{}项延伸任务", i + 1),
                    track: Some(Track {
                        status: Status::NotDone,
                        note: "推迟到明年".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
            ],
            ..Default::default()
        })
        .map(Shared::new)
        .collect();
    *p.schedule = vec![ScheduleEntry {
        months: vec![5],
        activities: vec!["护士节慰问".into()],
        tracking: vec![done("慰问一线护士", 300)],
        ..Default::default()
    }];
    p
}

#[test]
fn generated_summary_has_no_structural_errors() {
    for with_next in [false, true] {
        let s = summarize(&tracked_plan(), with_next);
        let bad: Vec<_> = check(&s)
            .into_iter()
            .filter(|f| {
                f.level == Level::Error
                    && (f.id.starts_with("missing")
                        || f.id.starts_with("empty")
                        || f.id.starts_with("next:missing"))
            })
            .collect();
        assert!(bad.is_empty(), "with_next={with_next}: {bad:#?}");
        let errors: Vec<_> = check(&s)
            .into_iter()
            .filter(|f| f.level == Level::Error)
            .map(|f| f.id)
            .collect();
        // Only the signature date (left for the user to pick) may be missing.
        assert!(
            errors
                .iter()
                .all(|id| id.contains("signature") || id.contains("date")),
            "with_next={with_next}: {errors:?}"
        );
    }
}
