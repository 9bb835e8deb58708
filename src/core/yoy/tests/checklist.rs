//! The checklist against last year's document (`check::check_with`, the
//! `previous:*` rules).

use super::plan_2026;
use crate::core::check::{check, check_with, progress, Finding, Level};
use crate::core::model::{Status as Done, Track};
use crate::core::yoy::next_year;

fn problems<'a>(f: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    f.iter()
        .filter(|x| x.id.starts_with(rule) && x.level != Level::Ok)
        .collect()
}

fn ok(f: &[Finding], rule: &str) -> bool {
    f.iter().any(|x| x.id == rule && x.level == Level::Ok)
}

#[test]
fn next_year_unchanged_is_reported_with_why() {
    let prev = plan_2026();
    let f = check_with(&next_year(&prev), Some(&prev));
    let un = problems(&f, "previous:unchanged");
    assert_eq!(un.len(), 1, "{f:#?}");
    assert!(un[0].message.contains("一字不差"), "{}", un[0].message);
    assert!(un[0].why.contains("三分之一"));
    let same = problems(&f, "previous:same");
    assert!(
        same.iter().any(|x| x.message.contains("指导思想")),
        "{same:#?}"
    );
    // Last year's year is left in the 指导思想.
    let year = problems(&f, "previous:year");
    assert!(
        year.iter().any(|x| x.message.contains("“2026年”")),
        "{year:#?}"
    );
    // The rules are counted by progress().
    let p = progress(&f);
    assert!(p.total > progress(&check(&next_year(&prev))).total);
}

#[test]
fn a_rewritten_plan_passes_the_previous_rules() {
    let prev = plan_2026();
    let mut cur = next_year(&prev);
    cur.guiding = "2027年，校工会坚持以职工为中心，落实教代会各项决议，推动学校高质量发展。".into();
    cur.goals = "新建教职工书屋一处，会员入会率保持百分之百。".into();
    cur.measures = "每季度召开一次工会委员会会议研究部署。".into();
    for (i, s) in cur.sections.iter_mut().enumerate() {
        s.body = format!(
            "今年第{}项重点是推进数字化工会建设，完善线上服务平台。",
            i + 1
        );
        for it in &mut s.items {
            it.text = format!("第{}方面细化到月、责任到人。", i + 1);
        }
    }
    let f = check_with(&cur, Some(&prev));
    for rule in [
        "previous:same",
        "previous:unchanged",
        "previous:year",
        "previous:holiday-date",
        "previous:dropped",
    ] {
        assert!(ok(&f, rule), "{rule}: {:#?}", problems(&f, rule));
    }
    // Without a previous document there are no previous:* findings at all.
    assert!(check(&cur).iter().all(|x| !x.id.starts_with("previous:")));
}

#[test]
fn last_years_holiday_dates_are_found() {
    let prev = plan_2026();
    let mut cur = next_year(&prev);
    // Put last year's date back (nextYear had moved it to 2月6日).
    cur.schedule[0].activities[0] = "春节（2月17日）前走访慰问困难教职工".into();
    cur.schedule[1].activities[0] = "6月19日组织职工观看电影".into();
    let f = check_with(&cur, Some(&prev));
    let h = problems(&f, "previous:holiday-date");
    assert_eq!(h.len(), 1, "{h:#?}");
    assert!(
        h[0].message.contains("2月17日") && h[0].message.contains("2月6日"),
        "{}",
        h[0].message
    );
}

#[test]
fn unfinished_priorities_that_disappear_are_reported() {
    let mut prev = plan_2026();
    prev.sections[0].track = Some(Track {
        status: Done::Done,
        ..Default::default()
    });
    prev.sections[1].track = Some(Track {
        status: Done::Cancelled,
        ..Default::default()
    });
    prev.sections[2].track = Some(Track {
        status: Done::Partial,
        ..Default::default()
    });
    for s in &mut prev.sections {
        for it in &mut s.items {
            it.track = None;
        }
    }
    let mut cur = next_year(&prev);
    cur.sections.remove(2);
    cur.schedule[0].activities.clear();
    let f = check_with(&cur, Some(&prev));
    let d = problems(&f, "previous:dropped");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(
        d[0].message.contains("做好帮扶慰问") && d[0].message.contains("部分完成"),
        "{}",
        d[0].message
    );
    // Kept (even reworded a little), it is not reported.
    let f = check_with(&next_year(&prev), Some(&prev));
    assert!(
        ok(&f, "previous:dropped"),
        "{:#?}",
        problems(&f, "previous:dropped")
    );
}
