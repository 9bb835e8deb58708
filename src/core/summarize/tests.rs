//! Tests of the progress tables and the summary draft: what is counted, what
//! is written up, what is listed as a problem and what is carried into next
//! year's plan.

use super::*;
use crate::core::layout::BlockKind;
use crate::core::model::{Item, Period, ScheduleEntry, Section, Signature, Status, Track};
use crate::core::numbering::months_heading;
use crate::core::steps::{Step, Target};

mod drafting;
mod duties;

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
            duty: None,
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
        }
        .into(),
        Section {
            duty: None,
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
        }
        .into(),
        Section {
            duty: None,
            heading: "推进民主管理".into(),
            body: "开好教代会。".into(),
            items: vec![],
            track: None,
        }
        .into(),
    ];
    *p.schedule = vec![
        ScheduleEntry {
            duties: Vec::new(),
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
            duties: Vec::new(),
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
            duties: Vec::new(),
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
            duties: Vec::new(),
            months: vec![7, 8],
            activities: vec!["疗休养".into(), "夏送清凉".into()],
            tracking: vec![track(Status::Done, "")],
        }]
        .into(),
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

/// `format_amount` as it was written with `{:.2}` (before the editor's wasm
/// dropped float formatting): the hundredths writer must say the same.
fn amount_by_fmt(yuan: f64) -> Option<String> {
    fn decimal(v: f64) -> String {
        let s = format!("{v:.2}");
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }
    if !yuan.is_finite() || yuan <= 0.0 {
        return None;
    }
    let yuan = (yuan * 100.0).round() / 100.0;
    if yuan <= 0.0 {
        return None;
    }
    if yuan >= 1e8 && (yuan / 1e6).fract() == 0.0 {
        return Some(format!("{}亿元", decimal(yuan / 1e8)));
    }
    if yuan >= 1e4 && (yuan / 100.0).fract() == 0.0 {
        return Some(format!("{}万元", decimal(yuan / 1e4)));
    }
    Some(format!("{}元", decimal(yuan)))
}

#[test]
fn amounts_are_written_as_with_float_formatting() {
    let mut cases = vec![
        0.004,
        0.005,
        0.01,
        0.1,
        0.125,
        1.005,
        2.675,
        99.995,
        1e15,
        123456789012.34,
    ];
    // a spread of whole yuan, hundredths and odd fractions up to 10^13
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let scale = [1.0, 100.0, 1000.0, 0.01][(x % 4) as usize];
        cases.push((x % 10_000_000_000_000) as f64 / scale / 1000.0);
    }
    for v in cases {
        assert_eq!(format_amount(v), amount_by_fmt(v), "{v}");
    }
}

#[test]
fn a_number_field_shows_the_shortest_text_that_reads_back() {
    assert_eq!(plain_number(35000.0), "35000");
    assert_eq!(plain_number(3.5), "3.5");
    assert_eq!(plain_number(0.1), "0.1");
    assert_eq!(plain_number(0.0), "0");
    assert_eq!(plain_number(f64::NAN), "");
    for v in [
        0.1 + 0.2,
        1e-7,
        123456.789,
        1e21,
        2.5e-300,
        12345678901234567.0,
    ] {
        let s = plain_number(v);
        assert_eq!(s.parse::<f64>().ok(), Some(v), "{s}");
        assert!(!s.ends_with(".0"), "{s}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let mut p = Plan {
        year: i32::MAX - 1,
        period: Period { start_month: 0 },
        ..Default::default()
    };
    p.sections = vec![
        Section::default().into(),
        Section {
            items: vec![Item {
                track: track(Status::Partial, "\n\n。"),
                ..Default::default()
            }],
            ..Default::default()
        }
        .into(),
    ];
    *p.schedule = vec![ScheduleEntry {
        duties: Vec::new(),
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

#[test]
fn the_summary_keeps_the_format_and_the_issuing_organs_but_not_the_plans_number() {
    use crate::core::model::{Fonts, Format, Issuance, PageNumbers};
    let mut p = fixture();
    p.format = Some(Format {
        task_table: false,
        schedule: Default::default(),
        fonts: Fonts::Standard,
        page_numbers: PageNumbers::Center,
    });
    p.issuance = Some(Issuance {
        issuer: "市总工会文件".into(),
        number: "市工发〔2027〕1号".into(),
        signer: Some("张三".into()),
        addressee: "各区县总工会".into(),
        attachments: vec!["名单".into()],
        cc: "市委办公室".into(),
        printer: "市总工会办公室".into(),
        print_date: Some("2027-01-10".into()),
        seal: true,
    });
    for with_next in [false, true] {
        let s = summarize(&p, with_next);
        assert_eq!(s.format, p.format);
        let i = s.issuance.as_ref().expect("issuance kept");
        assert_eq!(
            i,
            &Issuance {
                number: String::new(),
                attachments: Vec::new(),
                print_date: None,
                ..p.issuance.clone().unwrap()
            }
        );
        if let Some(next) = &s.next {
            assert_eq!((next.format, next.issuance.as_ref()), (None, None));
        }
        // It survives a save and load as it is.
        assert_eq!(Plan::from_json(&s.to_json()).unwrap().issuance, s.issuance);
    }
    // A plan without them gives a summary without them.
    let s = summarize(&fixture(), true);
    assert_eq!((s.format, s.issuance), (None, None));
}
