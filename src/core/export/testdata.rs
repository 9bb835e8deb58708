//! Test-only plans shared by the exporter tests. Text written for the tests.

use crate::core::model::*;

fn item(heading: &str, text: &str, items: Vec<Item>) -> Item {
    Item {
        duty: None,
        heading: heading.into(),
        text: text.into(),
        items,
        track: None,
    }
}

/// A 总结暨明年计划 with every kind of block: two-line title, part title,
/// four heading levels (with level-3/4 tails), a combined 七、八月 entry,
/// and a signature.
pub fn fixture() -> Plan {
    let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
    p.organization = "城东实验学校工会".into();
    p.guiding =
        "一年来\u{ff0c}校工会围绕学校中心工作,履行维权服务职能。\n现将全年工作总结如下:".into();
    p.sections.push(
        Section {
            heading: "职工之家建设取得新进展".into(),
            body: "新建职工书屋一处,添置图书三百余册。".into(),
            ..Default::default()
        }
        .into(),
    );
    p.problems = "个别活动参与面不够广。".into();
    let next = p.next.as_mut().expect("summary_and_plan has next");
    next.guiding = "以服务教职工为中心,推动工会工作提质增效。".into();
    next.goals = "会员入会率保持百分之百。".into();
    next.sections = vec![
        Section {
            duty: None,
            heading: "加强思想引领".into(),
            body: "组织教职工开展主题学习。".into(),
            items: vec![item(
                "开展师德教育",
                "",
                vec![item(
                    "集中学习",
                    "每学期安排两次专题辅导。\n学习笔记纳入考核。",
                    vec![
                        item("建立台账", "按月登记参学人员。", vec![]),
                        item("年终评比", "", vec![]),
                    ],
                )],
            )],
            track: None,
        }
        .into(),
        Section {
            heading: "健全民主管理".into(),
            items: vec![item("开好教代会", "", vec![])],
            ..Default::default()
        }
        .into(),
    ];
    next.measures = "落实经费保障。".into();
    *next.schedule = vec![
        ScheduleEntry {
            months: vec![3],
            activities: vec!["庆祝三八妇女节系列活动".into(), "植树".into()],
            ..Default::default()
        },
        ScheduleEntry {
            months: vec![7, 8],
            activities: vec!["暑期教职工疗休养".into()],
            ..Default::default()
        },
    ];
    p.signature = Signature {
        organization: String::new(),
        date: Some("2025-12-26".into()),
        date_style: DateStyle::Arabic,
    };
    p
}

/// Everything a careless paste or a malicious file could put in a plan.
pub fn hostile() -> Plan {
    let controls: String = (0u8..0x20).map(|b| b as char).collect();
    let mut p = Plan::new(Kind::Plan, 2025);
    p.title = format!("<script>alert('x')</script>&标题{controls}\u{fffe}\u{ffff}");
    p.organization = "\"引号\" & 'apos' ]]> 工会".into();
    p.guiding = format!(
        "# 不是标题\n> 不是引用\n- 不是列表\n+ 加号\n* 星号\n1. 不是编号\n2) 也不是\n   ```代码```\n| 表 | 格 |\n<div>html</div>\n行内 *强调* _下划_ [链接](x) <b>粗</b> `码`\n{}\n😀🇨🇳 emoji\n{}",
        "长".repeat(100_000),
        controls
    );
    p.sections.push(
        Section {
            duty: None,
            heading: "<script>alert(1)</script>".into(),
            body: "]]><![CDATA[x]]>".into(),
            items: vec![Item {
                heading: "# 井号".into(),
                items: vec![Item {
                    heading: "- 破折".into(),
                    text: "&amp; 已转义?".into(),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            track: None,
        }
        .into(),
    );
    p.measures = "\"引号\" & 'apos' ]]> 措施".into();
    p.schedule.push(ScheduleEntry {
        months: vec![1],
        activities: vec!["> 引用活动".into(), "<img src=x onerror=alert(1)>".into()],
        ..Default::default()
    });
    p.signature = Signature {
        organization: "<b>工会</b>".into(),
        date: Some("not a date".into()),
        date_style: DateStyle::Arabic,
    };
    p
}

/// 12 sections × 8 items × 2 sub-items, 12 schedule entries × 5 activities.
pub fn large() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2025);
    p.organization = "市机关工会".into();
    p.guiding = "坚持以职工为中心的工作导向,推动各项工作落地见效。".into();
    for s in 0..12 {
        let items = (0..8)
            .map(|i| {
                let subs = (0..2)
                    .map(|k| item(&format!("第{k}个子项"), "由分管副主席牵头,各分会主席具体落实,按季度报送进展情况,年底进行总结评估。", vec![]))
                    .collect();
                item(
                    &format!("第{s}部分第{i}项重点工作"),
                    "围绕年度目标细化工作措施,明确责任人和完成时限,做到月有安排、季有检查、年有考核。\n\
                     工作中注重听取会员意见,及时调整活动形式和内容,确保各项任务按期保质完成,切实把好事办好、实事办实。",
                    subs,
                )
            })
            .collect();
        p.sections.push(
            Section {
                duty: None,
                heading: format!("第{s}项主要任务"),
                body: "总体要求。".into(),
                items,
                track: None,
            }
            .into(),
        );
    }
    for m in 1..=12u8 {
        p.schedule.push(ScheduleEntry {
            months: vec![m],
            activities: (0..5).map(|a| format!("开展第{a}项月度活动")).collect(),
            ..Default::default()
        });
    }
    p.signature = Signature {
        organization: "市机关工会".into(),
        date: Some("2025-01-10".into()),
        date_style: DateStyle::Chinese,
    };
    p
}
