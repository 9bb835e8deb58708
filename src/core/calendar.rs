//! The union year: fixed holidays and union days, lunar festivals, the months
//! a plan's schedule covers, and switching a plan between calendar and
//! school years. (Signature dates: `dates`; month headings: `numbering`.)
//!
//! Lunar festivals come from `chinese-lunisolar-calendar` (table-based,
//! solar years 1901..=2100); other years simply have no lunar events.
//! 清明 is a solar term that crate does not provide: it is computed with the
//! 21st-century formula, checked against an astronomical computation for
//! every year of 2000..=2099 (see the tests).

use super::model::{Period, Plan, ScheduleEntry};
use serde::Serialize;

pub use super::suggestions::{suggestions, Suggestion};

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A public holiday (元旦, 清明, 劳动节, 国庆节).
    Holiday,
    /// A fixed day that union plans usually mark (三八, 五四, 教师节 …).
    Union,
    /// A lunar festival (春节, 元宵, 端午, 中秋, 重阳).
    Lunar,
}

#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct Event {
    pub name: String,
    /// ISO `YYYY-MM-DD`.
    pub date: String,
    pub kind: EventKind,
}

/// Fixed-date days, in calendar order.
const FIXED: [(&str, u8, u8, EventKind); 10] = [
    ("元旦", 1, 1, EventKind::Holiday),
    ("三八妇女节", 3, 8, EventKind::Union),
    ("植树节", 3, 12, EventKind::Union),
    ("劳动节", 5, 1, EventKind::Holiday),
    ("青年节", 5, 4, EventKind::Union),
    ("儿童节", 6, 1, EventKind::Union),
    ("建党节", 7, 1, EventKind::Union),
    ("建军节", 8, 1, EventKind::Union),
    ("教师节", 9, 10, EventKind::Union),
    ("国庆节", 10, 1, EventKind::Holiday),
];

/// Lunar festivals as (name, lunar month, lunar day).
const LUNAR: [(&str, u8, u8); 5] = [
    ("春节", 1, 1),
    ("元宵节", 1, 15),
    ("端午节", 5, 5),
    ("中秋节", 8, 15),
    ("重阳节", 9, 9),
];

/// Years whose dates can be written as `YYYY-MM-DD` (fixed days are given
/// only for these).
const ISO_YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// Years for which 清明 is computed (the formula's verified range).
const QINGMING_YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

fn iso(year: i32, month: u8, day: u8) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// The Gregorian (month, day) of a lunar date of lunar year `year`, when the
/// crate covers that year and the date falls in the same Gregorian year.
fn lunar_date(year: i32, month: u8, day: u8) -> Option<(u8, u8)> {
    use chinese_lunisolar_calendar::LunisolarDate;
    let y = u16::try_from(year).ok()?;
    let solar = LunisolarDate::from_ymd(y, month, false, day)
        .ok()?
        .to_solar_date();
    if i32::from(solar.to_solar_year().to_u16()) != year {
        return None;
    }
    let m = u8::try_from(solar.to_solar_month().to_u32()).ok()?;
    let d = u8::try_from(solar.to_solar_day().to_u32()).ok()?;
    Some((m, d))
}

/// The April day of 清明 (4 or 5 in this century), for 2000..=2099.
fn qingming_day(year: i32) -> Option<u8> {
    if !QINGMING_YEARS.contains(&year) {
        return None;
    }
    // floor(Y × 0.2422 + 4.81) − floor(Y / 4), Y = year − 2000, in integers.
    let y = year - 2000;
    u8::try_from((y * 2422 + 48100) / 10000 - y / 4).ok()
}

/// Every event of calendar year `year`, sorted by date (events on the same
/// day keep the order fixed days, 清明, lunar festivals). Years outside
/// 1..=9999 give nothing; years the lunar table does not cover give the
/// fixed days only.
pub fn union_calendar(year: i32) -> Vec<Event> {
    if !ISO_YEARS.contains(&year) {
        return Vec::new();
    }
    let mut out: Vec<(u8, u8, Event)> = Vec::with_capacity(FIXED.len() + LUNAR.len() + 1);
    for (name, m, d, kind) in FIXED {
        out.push((
            m,
            d,
            Event {
                name: name.into(),
                date: iso(year, m, d),
                kind,
            },
        ));
    }
    if let Some(d) = qingming_day(year) {
        out.push((
            4,
            d,
            Event {
                name: "清明节".into(),
                date: iso(year, 4, d),
                kind: EventKind::Holiday,
            },
        ));
    }
    for (name, lm, ld) in LUNAR {
        if let Some((m, d)) = lunar_date(year, lm, ld) {
            out.push((
                m,
                d,
                Event {
                    name: name.into(),
                    date: iso(year, m, d),
                    kind: EventKind::Lunar,
                },
            ));
        }
    }
    out.sort_by_key(|(m, d, _)| (*m, *d));
    out.into_iter().map(|(_, _, e)| e).collect()
}

/// The events of one month (1..=12) of calendar year `year`, by date.
pub fn events_in_month(year: i32, month: u8) -> Vec<Event> {
    if !(1..=12).contains(&month) {
        return Vec::new();
    }
    let prefix = format!("-{month:02}-");
    union_calendar(year)
        .into_iter()
        .filter(|e| e.date.get(4..8) == Some(prefix.as_str()))
        .collect()
}

/// True for the school-year periods (February or September start), whose
/// schedules write July and August as one entry (七、八月).
fn is_school_year(period: Period) -> bool {
    matches!(period.start(), 2 | 9)
}

/// A fresh schedule: one empty entry per month in period order; school
/// years get one combined entry for July and August.
pub fn default_schedule(period: Period) -> Vec<ScheduleEntry> {
    let merge = is_school_year(period);
    let mut out = Vec::with_capacity(12);
    for m in period.months() {
        match m {
            7 if merge => out.push(ScheduleEntry {
                months: vec![7, 8],
                ..Default::default()
            }),
            8 if merge => {}
            _ => out.push(ScheduleEntry {
                months: vec![m],
                ..Default::default()
            }),
        }
    }
    out
}

/// Switches the plan's period. Every schedule entry, activity and tracking
/// record is kept as it is; only the order of the entries follows the new
/// period (`Plan::sort_schedule`, which is stable).
pub fn set_period(plan: &mut Plan, period: Period) {
    plan.period = Period {
        start_month: period.start(),
    };
    plan.sort_schedule();
}

/// The months (1..=12) the schedule has an entry for, sorted, each once;
/// a combined entry (七、八月) counts for all its months.
pub fn covered_months(schedule: &[ScheduleEntry]) -> Vec<u8> {
    let mut seen = [false; 12];
    for m in schedule.iter().flat_map(|e| e.months.iter()) {
        if (1..=12).contains(m) {
            seen[usize::from(*m) - 1] = true;
        }
    }
    (1..=12u8).filter(|m| seen[usize::from(*m) - 1]).collect()
}

/// Where month `month` of plan year `year` lies: the calendar year it falls
/// in (`Period::calendar_year`; a February-start plan's January is in the
/// next year) and its number of days, i.e. the dates
/// `YYYY-MM-01 ..= YYYY-MM-<days>`. A month outside 1..=12 gives
/// `(year, 0)`; the year saturates at `i32::MAX`.
pub fn month_date_range(year: i32, period: Period, month: u8) -> (i32, u8) {
    if !(1..=12).contains(&month) {
        return (year, 0);
    }
    let cal_year = if year == i32::MAX {
        year
    } else {
        period.calendar_year(year, month)
    };
    (cal_year, days_in_month(cal_year, month))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dates::parse_iso;
    use crate::core::model::{Kind, Status, Track};
    use chrono::Datelike;

    fn date_of(year: i32, name: &str) -> String {
        union_calendar(year)
            .into_iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} missing in {year}"))
            .date
    }

    #[test]
    fn lunar_festivals_match_known_dates() {
        for (year, name, date) in [
            (2024, "春节", "2024-02-10"),
            (2025, "春节", "2025-01-29"),
            (2026, "春节", "2026-02-17"),
            (2023, "春节", "2023-01-22"),
            (2027, "春节", "2027-02-06"),
            (2030, "春节", "2030-02-03"),
            (2000, "春节", "2000-02-05"),
            (2060, "春节", "2060-02-02"),
            (2024, "元宵节", "2024-02-24"),
            (2025, "元宵节", "2025-02-12"),
            (2024, "端午节", "2024-06-10"),
            (2025, "端午节", "2025-05-31"),
            (2024, "中秋节", "2024-09-17"),
            (2025, "中秋节", "2025-10-06"),
            (2020, "中秋节", "2020-10-01"),
            (2024, "重阳节", "2024-10-11"),
            (2025, "重阳节", "2025-10-29"),
        ] {
            assert_eq!(date_of(year, name), date, "{name} {year}");
        }
    }

    /// 春节 元宵 端午 中秋 重阳 (MMDD) for 2000..=2060, from ICU4C's Chinese
    /// calendar (Node `Intl`, an implementation independent of the crate),
    /// except 2027 and 2030, where ICU's approximate new moon lands on the
    /// wrong side of midnight; those two use the official dates (春节
    /// 2027-02-06 and 2030-02-03).
    const REFERENCE: [&str; 61] = [
        "2000 0205 0219 0606 0912 1006",
        "2001 0124 0207 0625 1001 1025",
        "2002 0212 0226 0615 0921 1014",
        "2003 0201 0215 0604 0911 1004",
        "2004 0122 0205 0622 0928 1022",
        "2005 0209 0223 0611 0918 1011",
        "2006 0129 0212 0531 1006 1030",
        "2007 0218 0304 0619 0925 1019",
        "2008 0207 0221 0608 0914 1007",
        "2009 0126 0209 0528 1003 1026",
        "2010 0214 0228 0616 0922 1016",
        "2011 0203 0217 0606 0912 1005",
        "2012 0123 0206 0623 0930 1023",
        "2013 0210 0224 0612 0919 1013",
        "2014 0131 0214 0602 0908 1002",
        "2015 0219 0305 0620 0927 1021",
        "2016 0208 0222 0609 0915 1009",
        "2017 0128 0211 0530 1004 1028",
        "2018 0216 0302 0618 0924 1017",
        "2019 0205 0219 0607 0913 1007",
        "2020 0125 0208 0625 1001 1025",
        "2021 0212 0226 0614 0921 1014",
        "2022 0201 0215 0603 0910 1004",
        "2023 0122 0205 0622 0929 1023",
        "2024 0210 0224 0610 0917 1011",
        "2025 0129 0212 0531 1006 1029",
        "2026 0217 0303 0619 0925 1018",
        "2027 0206 0220 0609 0915 1008",
        "2028 0126 0209 0528 1003 1026",
        "2029 0213 0227 0616 0922 1016",
        "2030 0203 0217 0605 0912 1005",
        "2031 0123 0206 0624 1001 1024",
        "2032 0211 0225 0612 0919 1012",
        "2033 0131 0214 0601 0908 1001",
        "2034 0219 0305 0620 0927 1020",
        "2035 0208 0222 0610 0916 1009",
        "2036 0128 0211 0530 1004 1027",
        "2037 0215 0301 0618 0924 1017",
        "2038 0204 0218 0607 0913 1007",
        "2039 0124 0207 0527 1002 1026",
        "2040 0212 0226 0614 0920 1014",
        "2041 0201 0215 0603 0910 1003",
        "2042 0122 0205 0622 0928 1022",
        "2043 0210 0224 0611 0917 1011",
        "2044 0130 0213 0531 1005 1029",
        "2045 0217 0303 0619 0925 1018",
        "2046 0206 0220 0608 0915 1008",
        "2047 0126 0209 0529 1004 1027",
        "2048 0214 0228 0615 0922 1016",
        "2049 0202 0216 0604 0911 1005",
        "2050 0123 0206 0623 0930 1024",
        "2051 0211 0225 0613 0919 1013",
        "2052 0201 0215 0601 0907 1030",
        "2053 0219 0305 0620 0926 1020",
        "2054 0208 0222 0610 0916 1009",
        "2055 0128 0211 0530 1005 1028",
        "2056 0215 0229 0617 0924 1017",
        "2057 0204 0218 0606 0913 1007",
        "2058 0124 0207 0625 1002 1025",
        "2059 0212 0226 0614 0921 1014",
        "2060 0202 0216 0603 0909 1002",
    ];

    #[test]
    fn lunar_festivals_2000_to_2060_match_independent_reference() {
        for line in REFERENCE {
            let mut parts = line.split(' ');
            let year: i32 = parts.next().unwrap().parse().unwrap();
            for ((name, _, _), mmdd) in LUNAR.iter().zip(parts) {
                let want = format!("{year}-{}-{}", &mmdd[..2], &mmdd[2..]);
                assert_eq!(date_of(year, name), want, "{name} {year}");
            }
        }
    }

    #[test]
    fn every_year_2000_to_2060_has_five_valid_sorted_lunar_events() {
        for year in 2000..=2060 {
            let all = union_calendar(year);
            let lunar: Vec<&Event> = all.iter().filter(|e| e.kind == EventKind::Lunar).collect();
            assert_eq!(lunar.len(), 5, "{year}");
            assert_eq!(all.len(), 16, "{year}: 10 fixed + 清明 + 5 lunar");
            let mut prev = String::new();
            for e in &all {
                let d =
                    parse_iso(&e.date).unwrap_or_else(|_| panic!("bad date {} in {year}", e.date));
                assert_eq!(d.year(), year);
                assert!(e.date >= prev, "{year}: {} before {}", e.date, prev);
                prev = e.date.clone();
            }
            // 元宵 is fourteen days after 春节.
            let spring = parse_iso(&date_of(year, "春节")).unwrap();
            let lantern = parse_iso(&date_of(year, "元宵节")).unwrap();
            assert_eq!((lantern - spring).num_days(), 14, "{year}");
        }
    }

    #[test]
    fn qingming_matches_astronomical_solar_term_2000_to_2099() {
        // April day of 清明 for 2000..=2099, from tyme4rs 1.5's 寿星
        // astronomical solar-term computation.
        const DAYS: &str = "4555455544554455445544554455445544554455444544454445444544454445444544454444444444444444444444444444";
        for (i, c) in DAYS.chars().enumerate() {
            let year = 2000 + i as i32;
            assert_eq!(date_of(year, "清明节"), format!("{year}-04-0{c}"));
        }
        assert_eq!(date_of(2024, "清明节"), "2024-04-04");
        assert_eq!(date_of(2026, "清明节"), "2026-04-05");
        assert!(union_calendar(2100).iter().all(|e| e.name != "清明节"));
    }

    #[test]
    fn fixed_days_have_their_kinds_and_dates() {
        let all = union_calendar(2025);
        let find = |n: &str| all.iter().find(|e| e.name == n).unwrap().clone();
        assert_eq!(
            find("元旦"),
            Event {
                name: "元旦".into(),
                date: "2025-01-01".into(),
                kind: EventKind::Holiday
            }
        );
        assert_eq!(find("三八妇女节").kind, EventKind::Union);
        assert_eq!(find("教师节").date, "2025-09-10");
        assert_eq!(find("国庆节").kind, EventKind::Holiday);
        assert_eq!(find("清明节").kind, EventKind::Holiday);
        assert_eq!(find("春节").kind, EventKind::Lunar);
        assert_eq!(all.first().unwrap().name, "元旦");
        assert_eq!(all.last().unwrap().name, "重阳节");
    }

    #[test]
    fn same_day_events_keep_fixed_before_lunar() {
        // 2020: 国庆节 and 中秋节 both fell on 10-01.
        let oct = events_in_month(2020, 10);
        let names: Vec<&str> = oct.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, vec!["国庆节", "中秋节", "重阳节"]);
    }

    #[test]
    fn event_json_uses_snake_case_kind() {
        let e = Event {
            name: "春节".into(),
            date: "2025-01-29".into(),
            kind: EventKind::Lunar,
        };
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"name": "春节", "date": "2025-01-29", "kind": "lunar"})
        );
    }

    #[test]
    fn events_in_month_filters_by_month() {
        let feb: Vec<String> = events_in_month(2026, 2)
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(feb, vec!["春节"]);
        let mar: Vec<String> = events_in_month(2026, 3)
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(mar, vec!["元宵节", "三八妇女节", "植树节"]);
        let may: Vec<String> = events_in_month(2025, 5)
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(may, vec!["劳动节", "青年节", "端午节"]);
        assert!(events_in_month(2025, 0).is_empty());
        assert!(events_in_month(2025, 13).is_empty());
        let total: usize = (1..=12).map(|m| events_in_month(2025, m).len()).sum();
        assert_eq!(total, union_calendar(2025).len());
    }

    #[test]
    fn years_outside_lunar_table_keep_fixed_days_only() {
        for year in [1, 1000, 1900, 2101, 2500, 9999] {
            let all = union_calendar(year);
            assert!(all.iter().all(|e| e.kind != EventKind::Lunar), "{year}");
            assert_eq!(all.len(), 10, "{year}");
        }
        assert_eq!(union_calendar(9999)[0].date, "9999-01-01");
        assert_eq!(union_calendar(1)[0].date, "0001-01-01");
    }

    #[test]
    fn extreme_years_give_nothing_and_never_panic() {
        for year in [
            i32::MIN,
            i32::MIN + 1,
            -1,
            0,
            10000,
            65535,
            65536,
            i32::MAX - 1,
            i32::MAX,
        ] {
            assert!(union_calendar(year).is_empty(), "{year}");
            for m in [0, 1, 6, 12, 255] {
                assert!(events_in_month(year, m).is_empty());
                let _ = month_date_range(year, Period { start_month: 2 }, m);
            }
        }
        // Every year the lunar crate might be asked about, without panicking.
        for year in -100..=70_000 {
            for (_, m, d) in LUNAR {
                let _ = lunar_date(year, m, d);
            }
        }
    }

    #[test]
    fn calendar_default_schedule_has_twelve_single_months() {
        let s = default_schedule(Period { start_month: 1 });
        assert_eq!(s.len(), 12);
        let months: Vec<Vec<u8>> = s.iter().map(|e| e.months.clone()).collect();
        assert_eq!(months, (1..=12).map(|m| vec![m]).collect::<Vec<_>>());
        assert!(s
            .iter()
            .all(|e| e.activities.is_empty() && e.tracking.is_empty()));
    }

    #[test]
    fn school_default_schedule_merges_july_and_august() {
        let sep: Vec<Vec<u8>> = default_schedule(Period { start_month: 9 })
            .into_iter()
            .map(|e| e.months)
            .collect();
        assert_eq!(sep.len(), 11);
        assert_eq!(sep[0], vec![9]);
        assert_eq!(sep[4], vec![1]);
        assert_eq!(sep[10], vec![7, 8]);
        let feb: Vec<Vec<u8>> = default_schedule(Period { start_month: 2 })
            .into_iter()
            .map(|e| e.months)
            .collect();
        assert_eq!(feb.len(), 11);
        assert_eq!(feb[0], vec![2]);
        assert_eq!(feb[5], vec![7, 8]);
        assert_eq!(feb[6], vec![9]);
        assert_eq!(feb[10], vec![1]);
        assert_eq!(
            covered_months(&default_schedule(Period { start_month: 9 })),
            (1..=12).collect::<Vec<u8>>()
        );
        // A custom start month keeps twelve single months.
        let apr = default_schedule(Period { start_month: 4 });
        assert_eq!(apr.len(), 12);
        assert_eq!(apr[0].months, vec![4]);
        // An invalid start behaves as January.
        assert_eq!(
            default_schedule(Period { start_month: 0 }),
            default_schedule(Period::default())
        );
    }

    fn plan_with_activities() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2025);
        *p.schedule = vec![
            ScheduleEntry {
                months: vec![1, 2],
                activities: vec!["走访慰问困难职工".into()],
                ..Default::default()
            },
            ScheduleEntry {
                duties: Vec::new(),
                months: vec![3],
                activities: vec!["三八节活动".into(), "女职工体检".into()],
                tracking: vec![Some(Track {
                    status: Status::Partial,
                    participants: Some(120),
                    ..Default::default()
                })],
            },
            ScheduleEntry {
                months: vec![7, 8],
                activities: vec!["夏送清凉".into()],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![9],
                activities: vec!["教师节慰问".into()],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![12],
                activities: vec!["年度总结".into(), String::new()],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![],
                activities: vec!["未定月份的活动".into()],
                ..Default::default()
            },
        ];
        p
    }

    fn all_activities(p: &Plan) -> Vec<String> {
        let mut v: Vec<String> = p
            .schedule
            .iter()
            .flat_map(|e| e.activities.iter().cloned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn set_period_reorders_without_losing_anything() {
        let original = plan_with_activities();
        let mut p = original.clone();
        set_period(&mut p, Period { start_month: 9 });
        assert_eq!(p.period.start_month, 9);
        assert_eq!(p.schedule.len(), original.schedule.len());
        assert_eq!(all_activities(&p), all_activities(&original));
        let firsts: Vec<Option<u8>> = p
            .schedule
            .iter()
            .map(|e| e.months.first().copied())
            .collect();
        assert_eq!(
            firsts,
            vec![Some(9), Some(12), Some(1), Some(3), Some(7), None]
        );
        // Tracking travels with its entry.
        let march = p.schedule.iter().find(|e| e.months == vec![3]).unwrap();
        assert_eq!(march.tracking[0].as_ref().unwrap().participants, Some(120));
        // Nothing but the period and the order changed.
        assert_eq!(p.title, original.title);
        assert_eq!(p.year, original.year);
    }

    #[test]
    fn set_period_calendar_school_calendar_round_trip_is_exact() {
        let original = plan_with_activities();
        for start in [9, 2, 4] {
            let mut p = original.clone();
            set_period(&mut p, Period { start_month: start });
            set_period(&mut p, Period { start_month: 1 });
            assert_eq!(p, original, "via start month {start}");
        }
    }

    #[test]
    fn set_period_normalises_invalid_start() {
        let mut p = plan_with_activities();
        set_period(&mut p, Period { start_month: 42 });
        assert_eq!(p.period.start_month, 1);
        assert_eq!(all_activities(&p), all_activities(&plan_with_activities()));
    }

    #[test]
    fn covered_months_counts_combined_entries_once_each() {
        let p = plan_with_activities();
        assert_eq!(covered_months(&p.schedule), vec![1, 2, 3, 7, 8, 9, 12]);
        let odd = vec![
            ScheduleEntry {
                months: vec![8, 7, 0, 13],
                ..Default::default()
            },
            ScheduleEntry {
                months: vec![7],
                ..Default::default()
            },
        ];
        assert_eq!(covered_months(&odd), vec![7, 8]);
        assert!(covered_months(&[]).is_empty());
    }

    #[test]
    fn month_date_range_follows_period_calendar_year() {
        let feb = Period { start_month: 2 };
        assert_eq!(month_date_range(2025, feb, 1), (2026, 31));
        assert_eq!(month_date_range(2025, feb, 2), (2025, 28));
        assert_eq!(month_date_range(2027, feb, 2), (2027, 28));
        assert_eq!(month_date_range(2028, Period::default(), 2), (2028, 29));
        let sep = Period { start_month: 9 };
        assert_eq!(month_date_range(2024, sep, 2), (2025, 28));
        assert_eq!(month_date_range(2023, sep, 2), (2024, 29));
        assert_eq!(month_date_range(2024, sep, 11), (2024, 30));
        assert_eq!(month_date_range(2100, Period::default(), 2), (2100, 28));
        assert_eq!(month_date_range(2000, Period::default(), 2), (2000, 29));
        assert_eq!(month_date_range(2025, sep, 0), (2025, 0));
        assert_eq!(month_date_range(i32::MAX, sep, 1), (i32::MAX, 31));
        assert_eq!(month_date_range(i32::MIN, sep, 12), (i32::MIN, 31));
    }
}
