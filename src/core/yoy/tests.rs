//! Tests of 新建下一年度 and the comparison.

use super::*;
use crate::core::model::{
    Item, Kind, Period, Plan, ScheduleEntry, Section, Signature, Status as Done, Track,
};

pub(crate) fn plan_2026() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2026);
    p.title = "某某学校工会2026年工作计划".into();
    p.organization = "某某学校工会".into();
    p.org_type = "school".into();
    p.guiding = "2026年，校工会以习近平新时代中国特色社会主义思想为指导，认真贯彻落实工会十八大精神。围绕学校中心工作，服务教职工。".into();
    p.goals = "教职工满意度达到百分之九十五以上。".into();
    let sec = |h: &str, b: &str| Section {
        duty: None,
        heading: h.into(),
        body: b.into(),
        items: vec![Item {
            heading: format!("{h}的具体措施"),
            text: "按月检查落实情况。".into(),
            ..Default::default()
        }],
        track: Some(Track {
            status: Done::NotDone,
            ..Default::default()
        }),
    };
    p.sections = vec![
        sec(
            "加强工会自身建设",
            "健全工会组织，规范会员管理；开展工会干部培训。",
        )
        .into(),
        sec("开展文体活动", "举办教职工运动会；组织读书分享会。").into(),
        sec("做好帮扶慰问", "建立困难教职工档案；春节前走访慰问。").into(),
    ];
    p.measures = "加强领导，明确责任。".into();
    *p.schedule = vec![
        ScheduleEntry {
            duties: Vec::new(),
            months: vec![2],
            activities: vec!["春节（2月17日）前走访慰问困难教职工".into()],
            tracking: vec![Some(Track::default())],
        },
        ScheduleEntry {
            months: vec![6],
            activities: vec!["端午节（6月19日）包粽子比赛".into()],
            ..Default::default()
        },
    ];
    p.signature = Signature {
        organization: "某某学校工会".into(),
        date: Some("2026-01-10".into()),
        ..Default::default()
    };
    p
}

#[test]
fn next_year_moves_year_title_date_and_clears_tracking() {
    let p = plan_2026();
    let n = next_year(&p);
    assert_eq!(n.year, 2027);
    assert_eq!(n.title, "某某学校工会2027年工作计划");
    assert_eq!(n.signature.date.as_deref(), Some("2027-01-10"));
    assert_eq!(n.sections.len(), 3);
    for (a, b) in n.sections.iter().zip(&p.sections) {
        assert_eq!(a.heading, b.heading);
        assert_eq!(a.body, b.body);
        assert!(a.track.is_none());
    }
    assert!(n.schedule.iter().all(|e| e.tracking.is_empty()));
    // 春节 2027 is on 2月6日, 端午 on 6月9日.
    assert_eq!(
        n.schedule[0].activities[0],
        "春节（2月6日）前走访慰问困难教职工"
    );
    assert_eq!(n.schedule[1].activities[0], "端午节（6月9日）包粽子比赛");
    let prev = n.previous.as_ref().unwrap();
    assert_eq!(
        (prev.year, prev.title.as_str()),
        (2026, "某某学校工会2026年工作计划")
    );
    assert_eq!(p.year, 2026, "the source is not changed");
    // Fields the clone does not know about carry along (JSON round trip).
    assert_eq!(Plan::from_json(&n.to_json()).unwrap(), n);
}

#[test]
fn an_activity_dated_on_a_holiday_follows_it_to_its_month() {
    let mut p = Plan::new(Kind::Plan, 2025);
    *p.schedule = vec![
        ScheduleEntry {
            months: vec![1],
            activities: vec!["1月29日春节团拜会".into(), "元旦联欢".into()],
            ..Default::default()
        },
        ScheduleEntry {
            months: vec![2],
            activities: vec![],
            ..Default::default()
        },
    ];
    let n = next_year(&p);
    // 春节 2025 was 1月29日; in 2026 it is 2月17日.
    assert_eq!(n.schedule[0].activities, vec!["元旦联欢".to_string()]);
    assert_eq!(
        n.schedule[1].activities,
        vec!["2月17日春节团拜会".to_string()]
    );
}

#[test]
fn summary_and_plan_starts_from_its_next_part() {
    let mut s = Plan::new(Kind::SummaryAndPlan, 2026);
    s.organization = "某某公司工会".into();
    s.title = "某某公司工会2026年工作总结\n暨2027年工作计划".into();
    s.sections.push(
        Section {
            heading: "完成了培训".into(),
            ..Default::default()
        }
        .into(),
    );
    let next = s.next.as_deref_mut().unwrap();
    next.sections.push(
        Section {
            heading: "推进厂务公开".into(),
            ..Default::default()
        }
        .into(),
    );
    s.signature.date = Some("2026-12-25".into());
    let n = next_year(&s);
    assert_eq!(n.kind, Kind::Plan);
    assert_eq!(n.year, 2027);
    assert_eq!(n.sections[0].heading, "推进厂务公开");
    assert_eq!(n.organization, "某某公司工会");
    assert!(n.next.is_none());
    assert_eq!(n.signature.date.as_deref(), Some("2026-12-25"));
    // Without a next-year part it stays a 总结暨明年计划, both years moved.
    let mut empty = Plan::new(Kind::SummaryAndPlan, 2026);
    empty.title = "2026年工作总结\n暨2027年工作计划".into();
    let n = next_year(&empty);
    assert_eq!(n.kind, Kind::SummaryAndPlan);
    assert_eq!(n.title, "2027年工作总结\n暨2028年工作计划");
    assert_eq!(n.next.as_ref().unwrap().year, 2028);
}

#[test]
fn a_school_year_keeps_its_period() {
    let mut p = plan_2026();
    p.period = Period { start_month: 9 };
    // 2月 of the 2026 school year is in 2027 (春节 2月6日), of 2027 in 2028 (1月26日).
    p.schedule[0].activities[0] = "春节（2月6日）前走访慰问困难教职工".into();
    p.schedule.push(ScheduleEntry {
        months: vec![1],
        ..Default::default()
    });
    p.sort_schedule();
    let n = next_year(&p);
    assert_eq!(n.period.start(), 9);
    let jan = n.schedule.iter().find(|e| e.months == vec![1]).unwrap();
    assert_eq!(
        jan.activities,
        vec!["春节（1月26日）前走访慰问困难教职工".to_string()]
    );
    assert_eq!(
        n.schedule.iter().map(|e| e.months[0]).collect::<Vec<_>>(),
        vec![1, 2, 6]
    );
}

#[test]
fn compare_reports_changed_removed_and_unchanged_parts() {
    let prev = plan_2026();
    let mut cur = prev.clone();
    cur.sections[1].body = "举办教职工运动会；组织青年教师读书分享会和合唱比赛。".into();
    cur.sections.remove(2);
    let c = compare(&prev, &cur);
    let status = |name: &str| {
        c.parts
            .iter()
            .find(|p| p.heading == name || p.part == name)
            .map(|p| p.status)
    };
    assert_eq!(status("开展文体活动"), Some(Status::Changed));
    assert_eq!(status("做好帮扶慰问"), Some(Status::Removed));
    assert_eq!(status("加强工会自身建设"), Some(Status::Unchanged));
    assert_eq!(status("guiding"), Some(Status::Unchanged));
    let changed = c
        .parts
        .iter()
        .find(|p| p.heading == "开展文体活动")
        .unwrap();
    let s: Vec<_> = changed
        .sentences
        .iter()
        .filter(|s| s.status == Status::Changed)
        .collect();
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].previous.as_deref(), Some("组织读书分享会。"));
    assert_eq!(s[0].text, "组织青年教师读书分享会和合唱比赛。");
    assert_eq!(c.counts.removed, 1);
    let v = serde_json::to_value(&c).unwrap();
    assert!(v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["status"] == "removed" && p["heading"] == "做好帮扶慰问"));
}

#[test]
fn a_moved_priority_is_unchanged_not_removed_and_added() {
    let prev = plan_2026();
    let mut cur = prev.clone();
    let s = cur.sections.remove(0);
    cur.sections.push(s);
    let c = compare(&prev, &cur);
    let pri: Vec<_> = c.parts.iter().filter(|p| p.part == "priority").collect();
    assert_eq!(pri.len(), 3);
    assert!(pri.iter().all(|p| p.status == Status::Unchanged), "{pri:?}");
    let moved = pri
        .iter()
        .find(|p| p.heading == "加强工会自身建设")
        .unwrap();
    assert!(moved.moved);
    assert_eq!(
        (moved.previous_index, moved.current_index),
        (Some(0), Some(2))
    );
    assert_eq!(c.counts.added + c.counts.removed, 0);
}

#[test]
fn a_renamed_priority_with_the_same_text_is_changed() {
    let prev = plan_2026();
    let mut cur = prev.clone();
    cur.sections[0].heading = "加强工会组织建设".into();
    let c = compare(&prev, &cur);
    let p = c
        .parts
        .iter()
        .find(|p| p.heading == "加强工会组织建设")
        .unwrap();
    assert_eq!(p.status, Status::Changed);
    assert_eq!(p.previous_index, Some(0));
}

#[test]
fn next_year_unchanged_text_is_measured_and_html_is_escaped() {
    let prev = plan_2026();
    let mut cur = next_year(&prev);
    cur.goals = "<script>新目标</script>。".into();
    let c = compare(&prev, &cur);
    assert!(c.unchanged_share > 0.7, "{}", c.unchanged_share);
    assert_eq!(
        c.parts.iter().find(|p| p.part == "title").unwrap().status,
        Status::Changed
    );
    let html = comparison_html(&c);
    assert!(html.contains("&lt;script&gt;新目标"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("做好帮扶慰问"));
    assert!(html.contains("[改写]"));
}

mod checklist;
