//! `task:*`: who leads, who answers, by when, and whether the summary says so.

use crate::core::check::{check, Level};
use crate::core::export::tables_tests::duty_plan;
use crate::core::model::*;

fn ids(p: &Plan) -> Vec<(String, Level)> {
    check(p)
        .into_iter()
        .filter(|f| f.id.starts_with("task:"))
        .map(|f| (f.id, f.level))
        .collect()
}

#[test]
fn complete_duties_pass_and_missing_ones_are_flagged_per_task() {
    let p = duty_plan();
    let got = ids(&p);
    assert!(got.contains(&("task:lead".into(), Level::Ok)), "{got:?}");
    assert!(got.contains(&("task:owner".into(), Level::Ok)), "{got:?}");
    assert!(got.iter().all(|(_, l)| *l == Level::Ok), "{got:?}");
    let mut p = duty_plan();
    p.sections[0].items[0].duty.as_mut().unwrap().lead.clear();
    p.sections[0].duty.as_mut().unwrap().owner = " ".into();
    let f = check(&p);
    let lead = f
        .iter()
        .find(|f| f.id == "task:lead:0-0")
        .expect("lead flagged");
    assert_eq!(lead.level, Level::Warning);
    assert!(lead.message.contains("开展师德教育") && lead.message.contains("牵头部门"));
    assert_eq!(lead.target.path, vec![0, 0]);
    assert!(f
        .iter()
        .any(|f| f.id == "task:owner:0" && f.message.contains("责任人")));
    // Switched off: no task rule at all.
    p.format = None;
    assert!(ids(&p).is_empty());
}

#[test]
fn a_due_outside_the_year_or_school_year_is_flagged() {
    let mut p = duty_plan();
    p.sections[0].duty.as_mut().unwrap().due = "2026年12月底前".into();
    let f = check(&p);
    let due = f
        .iter()
        .find(|f| f.id == "task:due:0")
        .expect("due flagged");
    assert!(due.message.contains("2026年12月底前") && due.message.contains("2027"));
    // 二〇二八年 is also outside; 三季度 names no year and passes.
    p.sections[0].duty.as_mut().unwrap().due = "二〇二八年".into();
    assert!(check(&p).iter().any(|f| f.id == "task:due:0"));
    p.sections[0].duty.as_mut().unwrap().due = "三季度".into();
    assert!(!check(&p).iter().any(|f| f.id.starts_with("task:due")));
    // A school year from September 2027: 2028年3月 is inside, 2027年3月 is not.
    p.period = Period { start_month: 9 };
    p.sections[0].duty.as_mut().unwrap().due = "2028年3月".into();
    assert!(!check(&p).iter().any(|f| f.id.starts_with("task:due")));
    p.sections[0].duty.as_mut().unwrap().due = "2027年3月".into();
    assert!(check(&p).iter().any(|f| f.id == "task:due:0"));
}

#[test]
fn a_summary_must_report_who_did_its_tracked_tasks() {
    let mut p = duty_plan();
    p.kind = Kind::Summary;
    p.sections[0].track = Some(Track {
        status: Status::Done,
        ..Default::default()
    });
    p.sections[0].body = "全年组织学习十二次。".into();
    let f = check(&p);
    let s = f
        .iter()
        .find(|f| f.id == "task:summary:0")
        .expect("summary flagged");
    assert!(s.message.contains("党政办公室"), "{}", s.message);
    // The untracked item is not asked for.
    assert!(!f.iter().any(|f| f.id == "task:summary:0-0"));
    p.sections[0].body = "在党政办公室牵头下，全年组织学习十二次。".into();
    assert!(ids(&p).contains(&("task:summary".into(), Level::Ok)));
}
