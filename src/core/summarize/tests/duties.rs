//! Duties in the summary (per-priority counts with who led them), in next
//! year's plan (an unfinished task keeps its duty) and in tracking (by 牵头部门).

use crate::core::export::tables_tests::duty_plan;
use crate::core::model::{Status, Track};
use crate::core::summarize::{lead_of, progress_by_lead, summarize};

fn track(status: Status) -> Option<Track> {
    Some(Track {
        status,
        ..Default::default()
    })
}

#[test]
fn the_summary_counts_each_prioritys_completed_tasks_and_names_who_led_them() {
    let mut p = duty_plan();
    p.sections[0].track = track(Status::Done);
    p.sections[0].items[0].track = track(Status::NotDone);
    let s = summarize(&p, false);
    let body = &s.sections[0].body;
    assert!(
        body.starts_with("这方面计划的2项工作已完成1项，由党政办公室牵头完成。"),
        "{body}"
    );
    // An untracked priority gets no count.
    assert!(!s.sections[1].body.contains("这方面计划"));
}

#[test]
fn with_next_plan_an_unfinished_task_keeps_its_duty() {
    let mut p = duty_plan();
    p.sections[0].track = track(Status::Done);
    p.sections[0].items[0].track = track(Status::Partial);
    p.schedule[0].tracking = vec![track(Status::NotDone), track(Status::Done)];
    let out = summarize(&p, true);
    let next = out.next.as_deref().unwrap();
    assert_eq!(next.year, 2028);
    assert_eq!(
        next.sections[0].duty, None,
        "a finished task's duty stays behind"
    );
    let d = next.sections[0].items[0]
        .duty
        .clone()
        .expect("carried duty");
    assert_eq!(
        (d.lead.as_str(), d.owner.as_str(), d.due.as_str()),
        ("教师发展中心", "李老师", "三季度")
    );
    let march = next.schedule.iter().find(|e| e.months == vec![3]).unwrap();
    assert_eq!(march.activities, vec!["三八妇女节趣味活动"]);
    assert_eq!(march.duties[0].clone().unwrap().owner, "女工委员会");
    // A 完成时限 in this year moves to next year.
    let mut p = duty_plan();
    p.sections[0].track = track(Status::NotDone);
    let next = summarize(&p, true).next.unwrap();
    assert_eq!(next.sections[0].duty.clone().unwrap().due, "2028年6月底前");
}

#[test]
fn tracking_groups_and_filters_by_lead() {
    let mut p = duty_plan();
    p.sections[0].track = track(Status::Done);
    p.sections[0].items[0].track = track(Status::Done);
    let rows = progress_by_lead(&p);
    let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        vec!["党政办公室", "教师发展中心", "（未定牵头部门）"]
    );
    assert_eq!(rows[0].tally.done, 1);
    assert_eq!(rows[1].tally.done, 1);
    assert_eq!(rows[2].tally.untracked, 1);
    assert_eq!(lead_of(&p, &[0, 0]), "教师发展中心");
    assert_eq!(lead_of(&p, &[1, 0]), "");
}
