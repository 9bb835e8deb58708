//! Importer tests: the month schedule, the title (kind, year, organisation) and combined documents.

use super::assert_lossless;
use super::*;

// ---------------------------------------------------------------- schedule

fn months_of(p: &Plan) -> Vec<Vec<u8>> {
    p.schedule.iter().map(|e| e.months.clone()).collect()
}

#[test]
fn every_month_heading_form_starts_an_entry() {
    let heads = [
        fw("二月:"),
        "三月份".to_string(),
        fw("四月 |"),
        "5-6月".to_string(),
        fw("7,8月:"),
        fw("9~10月:"),
        fw("十一月份:"),
        "12月".to_string(),
        "一月".to_string(),
    ];
    let mut text = String::from("五、活动安排\n");
    for (i, h) in heads.iter().enumerate() {
        text.push_str(&format!("{h}\n活动{i}\n"));
    }
    let imp = import(&text);
    assert_eq!(
        months_of(&imp.plan),
        vec![
            vec![2],
            vec![3],
            vec![4],
            vec![5, 6],
            vec![7, 8],
            vec![9, 10],
            vec![11],
            vec![12],
            vec![1]
        ]
    );
    for (i, e) in imp.plan.schedule.iter().enumerate() {
        assert_eq!(e.activities, vec![format!("活动{i}")]);
    }
    assert_eq!(imp.plan.period.start_month, 2);
    assert!(imp.plan.sections.is_empty());
    assert_eq!(imp.report.sections, ["活动安排"]);
}

#[test]
fn seven_eight_month_heading_is_one_schedule_entry_not_a_section() {
    let text = format!(
        "六、文体活动\n正文。\n七、关心职工\n正文。\n活动安排{c}\n六月{c}\n1、庆六一\n七、八月{c}\n组织考察学习。\n九月{c}\n1、庆祝教师节。\n2、工会小组会。",
        c = fw(":")
    );
    let imp = import(&text);
    assert_eq!(headings(&imp.plan), ["文体活动", "关心职工"]);
    assert_eq!(months_of(&imp.plan), vec![vec![6], vec![7, 8], vec![9]]);
    assert_eq!(imp.plan.schedule[1].activities, ["组织考察学习。"]);
    assert_eq!(
        imp.plan.schedule[2].activities,
        ["庆祝教师节。", "工会小组会。"]
    );
    assert_eq!(imp.plan.sections[1].body, "正文。");
    assert_eq!(imp.report.schedule, vec![vec![6], vec![7, 8], vec![9]]);
}

#[test]
fn jan_feb_heading_is_one_entry_in_a_level_one_schedule_part() {
    let imp =
        import("一、工作内容\n正文。\n二、活动安排\n一、二月\n慰问教职工。\n三月\n庆祝三八节。");
    assert_eq!(months_of(&imp.plan), vec![vec![1, 2], vec![3]]);
    assert_eq!(headings(&imp.plan), ["工作内容"]);
    assert_eq!(imp.plan.period.start_month, 1);
}

#[test]
fn numbered_two_month_block_is_a_month_heading() {
    let imp = import("一、1—2月\n召开职代会。\n二、3—4月\n开展劳动竞赛。\n三、5—6月\n组织疗休养。");
    assert_eq!(
        months_of(&imp.plan),
        vec![vec![1, 2], vec![3, 4], vec![5, 6]]
    );
    assert!(imp.plan.sections.is_empty());
    assert_eq!(imp.plan.schedule[1].activities, ["开展劳动竞赛。"]);
}

#[test]
fn activities_on_the_month_line_lose_their_own_numbering() {
    let imp = import(&format!(
        "活动安排\n三月{c}1、三八节座谈会\n四月{c}(1)春季运动会\n(2)读书活动",
        c = fw(":")
    ));
    assert_eq!(imp.plan.schedule[0].activities, ["三八节座谈会"]);
    assert_eq!(imp.plan.schedule[1].activities, ["春季运动会", "读书活动"]);
}

#[test]
fn september_school_year_wraps_into_the_next_calendar_year() {
    let mut imp = import("工作安排:\n9月:迎新\n10月:国庆\n12月:元旦\n1月:送温暖\n7、8月:疗休养");
    assert_eq!(imp.plan.period.start_month, 9);
    let before = months_of(&imp.plan);
    imp.plan.sort_schedule();
    assert_eq!(
        months_of(&imp.plan),
        before,
        "document order is period order"
    );
    assert_eq!(
        imp.plan.period.calendar_year(imp.plan.year, 1),
        imp.plan.year + 1
    );
}

#[test]
fn schedule_ends_at_the_next_top_level_heading() {
    let imp =
        import("一、文体活动\n活动安排:\n三月:\n1.植树\n四月:\n1.踏青\n二、自身建设\n加强学习。");
    assert_eq!(headings(&imp.plan), ["文体活动", "自身建设"]);
    assert_eq!(imp.plan.schedule.len(), 2);
    assert_eq!(imp.plan.sections[1].body, "加强学习。");
}

#[test]
fn a_lone_month_sentence_is_body_text() {
    let p = import("一、帮扶\n6月10日,为劳模发放慰问金。\n8月:开展金秋助学。").plan;
    assert!(p.schedule.is_empty());
    assert_eq!(
        p.sections[0].body,
        "6月10日，为劳模发放慰问金。\n8月：开展金秋助学。"
    );
}

#[test]
fn lines_between_schedule_label_and_first_month_join_the_body_with_a_note() {
    let imp = import("一、文体活动\n正文。\n活动安排:\n具体如下\n三月:\n植树\n四月:\n踏青");
    assert_eq!(imp.plan.sections[0].body, "正文。\n具体如下");
    assert!(
        imp.report.notes.iter().any(|n| n.contains("1 行无法归类")),
        "{:?}",
        imp.report.notes
    );
}

// ----------------------------------------------------- title, kind, year

#[test]
fn title_gives_kind_year_and_organisation() {
    let cases: [(&str, Kind, i32, &str); 8] = [
        (
            "实验小学工会2025年工作计划",
            Kind::Plan,
            2025,
            "实验小学工会",
        ),
        (
            "区机关工会二〇二四年工作总结",
            Kind::Summary,
            2024,
            "区机关工会",
        ),
        (
            "某某公司工会2026年工作要点",
            Kind::KeyPoints,
            2026,
            "某某公司工会",
        ),
        (
            "某某街道总工会2025年工作总结暨2026年工作计划",
            Kind::SummaryAndPlan,
            2025,
            "某某街道总工会",
        ),
        ("市一中工会2025年工作思路", Kind::Plan, 2025, "市一中工会"),
        (
            "某某区总工会2025年职工之家建设实施方案",
            Kind::Plan,
            2025,
            "某某区总工会",
        ),
        (
            "某某区总工会2024年重点工作安排",
            Kind::KeyPoints,
            2024,
            "某某区总工会",
        ),
        ("县醫院工會2025年工作計劃", Kind::Plan, 2025, "县醫院工會"),
    ];
    for (title, kind, year, org) in cases {
        let imp = import(&format!("{title}\n一、加强建家\n正文。"));
        assert_eq!(imp.plan.title, title);
        assert_eq!(imp.plan.kind, kind, "{title}");
        assert_eq!(imp.plan.year, year, "{title}");
        assert_eq!(imp.plan.organization, org, "{title}");
        assert_eq!(imp.report.title_lines, [title]);
        assert!(imp.report.kind_detected);
        assert_eq!(headings(&imp.plan), ["加强建家"]);
    }
    assert_eq!(
        import("实验小学2025年工作计划\n一、建家").plan.org_type,
        "school"
    );
    assert_eq!(
        import("2025年度实验小学工会工作计划\n一、建家")
            .plan
            .organization,
        "实验小学工会"
    );
    assert_eq!(import("2025年工会工作计划\n一、建家").plan.organization, "");
    assert_eq!(
        import("关于某某公司工会2025年工作的计划\n一、建家")
            .plan
            .organization,
        "某某公司工会"
    );
}

#[test]
fn two_line_title_with_ji_is_one_combined_title() {
    let imp = import("区机关工会2025年工作总结\n暨2026年工作计划\n一、主要成绩\n正文。\n二、2026年工作计划\n(一)抓好建家\n(二)办好活动");
    assert_eq!(
        imp.report.title_lines,
        ["区机关工会2025年工作总结", "暨2026年工作计划"]
    );
    assert_eq!(imp.plan.title, "区机关工会2025年工作总结\n暨2026年工作计划");
    assert_eq!(imp.plan.kind, Kind::SummaryAndPlan);
    assert_eq!(imp.plan.year, 2025);
}

#[test]
fn title_split_over_organisation_and_year_lines() {
    let imp = import("实验小学工会\n2025年工作计划\n一、建家");
    assert_eq!(imp.report.title_lines.len(), 2);
    assert_eq!(imp.plan.year, 2025);
    assert_eq!(imp.plan.organization, "实验小学工会");
}

#[test]
fn placeholder_year_keeps_the_default_with_a_note() {
    for t in [
        "某校工会20xx年工作计划",
        "某校工会201x年工作计划",
        "某校工会__年工作计划",
    ] {
        let imp = import(&format!("{t}\n一、建家"));
        assert_eq!(imp.plan.year, Plan::default().year, "{t}");
        assert_eq!(imp.plan.organization, "某校工会", "{t}");
        assert!(
            imp.report.notes.iter().any(|n| n.contains("占位")),
            "{t}: {:?}",
            imp.report.notes
        );
    }
}

#[test]
fn draft_mark_after_the_title_is_part_of_it() {
    let imp = import(&format!(
        "实验小学工会2025年工作计划{}\n一、建家",
        fw("(草案)")
    ));
    assert_eq!(imp.report.title_lines.len(), 1);
    assert_eq!(imp.plan.year, 2025);
}

#[test]
fn a_period_is_no_part_of_the_organisation() {
    for (t, org) in [
        ("市总工会上半年工作总结", "市总工会"),
        ("上半年机关工会工作总结", "机关工会"),
        ("实验小学工会下学期工作计划", "实验小学工会"),
    ] {
        let imp = import(&format!("{t}\n一、建家\n建好职工之家。"));
        assert_eq!(imp.plan.organization, org, "{t}");
    }
}

#[test]
fn a_year_or_placeholder_after_the_title_word_keeps_the_title() {
    for t in [
        "县医院工会工作总结20_",
        "县医院工会工作总结2023",
        "社区工会工作计划20xx",
    ] {
        let imp = import(&format!(
            "{t}\n今年,院工会认真履行职能。\n一、建家\n建好职工之家。"
        ));
        assert_eq!(imp.plan.title, t);
    }
    // a sentence that ends in figures is no title
    let imp = import("全年共发放慰问金2023\n一、建家\n建好职工之家。");
    assert_eq!(imp.plan.title, "");
}

#[test]
fn a_cover_title_broken_over_lines_above_the_title_is_read_once() {
    let imp = import(
        "公司工会五一劳动\n节员工活动策划方\n案\n公司工会五一劳动节员工活动策划方案\n为了丰富职工生活,特制定本方案。\n一、体育比赛\n拔河。",
    );
    assert_eq!(
        imp.plan.title.lines().collect::<String>(),
        "公司工会五一劳动节员工活动策划方案"
    );
    assert_eq!(headings(&imp.plan), ["体育比赛"]);
    // short lines that make no line below them stay what they are
    let imp = import("实验小学工会\n2025年工作计划\n一、建家\n开好会。");
    assert_eq!(
        imp.plan.title.lines().collect::<String>(),
        "实验小学工会2025年工作计划"
    );
}

#[test]
fn pinyin_in_brackets_does_not_hide_the_title() {
    let imp = import("醫(yī)院工會(huì)總結(jié)及工作計(jì)劃\n今年院工會較好地完成了各項工作任務。\n一、維護職工權益\n開好職代會。");
    // the brackets set full-width, as every half-width bracket in Chinese text
    assert_eq!(
        imp.plan.title,
        "醫（yī）院工會（huì）總結（jié）及工作計（jì）劃"
    );
    assert_eq!(imp.plan.kind, Kind::SummaryAndPlan);
}

#[test]
fn a_work_report_title_makes_a_summary() {
    let imp = import("收費(fèi)站工會換屆工作報告\n公司兩級工會深入開展勞動競賽。\n1、深入開展創新活動。\n2、開展培訓工作。");
    assert_eq!(imp.plan.kind, Kind::Summary);
    // a report on a plan stays a plan
    let imp = import("关于2025年工会工作计划的报告\n一、加强建家\n开好会。");
    assert_eq!(imp.plan.kind, Kind::Plan);
}

#[test]
fn a_speaker_before_a_report_title_keeps_the_title() {
    let imp = import("李某某:在某市工会第五次代表大会上的报告\n各位代表:\n现在,我代表市总工会向大会作报告,请予审议。\n一、过去五年的工作\n五年来,我们做了大量工作。");
    assert_eq!(imp.plan.title, "李某某：在某市工会第五次代表大会上的报告");
    assert_eq!(imp.plan.kind, Kind::Summary);
    assert_eq!(headings(&imp.plan), ["过去五年的工作"]);
    // a colon after a longer phrase is a sentence, no title
    let imp = import("今年的重点工作是:在全市开展劳动竞赛\n一、竞赛\n开展竞赛。");
    assert_eq!(imp.plan.title, "");
}

#[test]
fn a_notice_of_activities_is_a_plan_with_its_title() {
    let imp = import("机关分工会关于开展“健康机关”系列活动的通知\n各工会小组:\n为促进教职工身心健康,具体通知如下:\n一、“健康机关”——“工间操”活动\n1.继续开展2023上半年工间操活动。\n二、“温暖机关”——慰问\n做好慰问。");
    assert_eq!(imp.plan.title, "机关分工会关于开展“健康机关”系列活动的通知");
    assert_eq!(imp.plan.kind, Kind::Plan);
    assert_eq!(imp.plan.year, 2023);
    assert_eq!(
        headings(&imp.plan),
        ["“健康机关”——“工间操”活动", "“温暖机关”——慰问"]
    );
}

#[test]
fn an_opening_that_reports_the_year_makes_a_summary() {
    let imp = import(
        "xx年医院工会按计划完成了一年的工作任务。下面我向领导和同志们汇报今年的工作。\n一、关心职工\n慰问困难职工。",
    );
    assert_eq!(imp.plan.kind, Kind::Summary);
}

#[test]
fn a_copy_that_starts_inside_a_part_keeps_its_items_under_a_lost_heading() {
    let imp = import(
        "学校工会2023年工作计划\n2、继续开展文明创建活动。\n3、做好困难教职工帮扶。\n二、加强建家\n1、开好教代会。",
    );
    let p = &imp.plan;
    assert!(p.guiding.is_empty(), "{:?}", p.guiding);
    assert_eq!(p.sections[0].heading, "");
    assert_eq!(p.sections[0].items.len(), 2);
    assert_eq!(p.sections[1].heading, "加强建家");
    assert!(imp
        .report
        .decisions
        .iter()
        .any(|d| d.contains("没有标题的部分")));
    // an opening before numbered lines stays the opening
    let imp = import("学校工会2023年工作计划\n今年工作如下。\n2、做好帮扶。\n一、加强建家");
    assert!(imp.plan.guiding.contains("今年工作如下"));
}

#[test]
fn a_copy_that_starts_at_a_later_listed_point_has_no_opening() {
    let imp = import("某矿工会女职工工作总结\n六是开展创建活动,丰富女职工文化生活。\n二、配合企业搞好安全教育\n开展安全培训。");
    let p = &imp.plan;
    assert!(p.guiding.is_empty(), "{:?}", p.guiding);
    assert_eq!(p.sections[0].heading, "");
    assert!(p.sections[0].body.starts_with("六是开展"));
    assert_eq!(p.sections[1].heading, "配合企业搞好安全教育");
    // `一是` counts from the start: an opening as written
    let imp = import("某矿工会工作总结\n一是开展创建活动。\n二、安全教育\n培训。");
    assert!(imp.plan.guiding.starts_with("一是"));
    // `二是,` is no count
    assert!(!import("某矿工会工作总结\n二是,开展。\n二、安全\n培训。")
        .plan
        .guiding
        .is_empty());
}

#[test]
fn a_report_with_the_next_half_years_arrangements_is_combined() {
    let imp = import("2022年上半年工会系统工作汇报提纲及下半年工作安排\n今年以来,我们开展了以下工作:\n一、群监工作扎实有效\n开展竞赛。");
    assert_eq!(imp.plan.kind, Kind::SummaryAndPlan);
    assert_eq!(imp.plan.year, 2022);
    // a report on a plan stays a plan
    assert_eq!(
        import("关于2025年工会工作计划的报告\n一、建家\n开会。")
            .plan
            .kind,
        Kind::Plan
    );
}

#[test]
fn a_work_account_title_after_a_motto_is_a_summary() {
    let imp = import("建家暖人心 服务聚合力 ---太平煤矿工会2020年工作纪实\n\n2020年,煤矿工会紧紧围绕企业中心任务开展工作。\n\n一是出台了方案。");
    assert_eq!(
        imp.plan.title,
        "建家暖人心 服务聚合力 ---太平煤矿工会2020年工作纪实"
    );
    assert_eq!(imp.plan.kind, Kind::Summary);
    assert_eq!(imp.plan.year, 2020);
}

#[test]
fn markdown_heading_marks_are_dropped() {
    let imp = import("# 实验小学工会2025年工作计划\n\n## 一、加强建家\n\n正文。\n\n### (一)开好职代会\n\n#标签不是标题");
    assert_eq!(imp.plan.title, "实验小学工会2025年工作计划");
    assert_eq!(headings(&imp.plan), ["加强建家"]);
    assert_eq!(imp.plan.sections[0].items[0].heading, "开好职代会");
    assert_eq!(imp.plan.sections[0].items[0].text, "#标签不是标题");
}

#[test]
fn sentence_at_the_top_is_not_a_title() {
    let imp = import("学校工会将围绕中心工作制定计划。\n一、建家");
    assert!(imp.report.title_lines.is_empty());
    assert_eq!(imp.plan.guiding, "学校工会将围绕中心工作制定计划。");
    assert!(imp.report.notes.iter().any(|n| n.contains("没有标题")));
}

// ------------------------------------------------------ combined documents

#[test]
fn next_year_part_of_a_combined_document_goes_to_next() {
    let text = "某某工会2025年工作总结暨2026年工作计划\n现将一年来的工作总结如下:\n一、主要成绩\n全年慰问职工二百人次。\n二、存在的问题\n活动形式单一。\n三、2026年工作计划\n(一)抓好职代会\n按时召开。\n(二)办好文体活动\n活动安排:\n三月:三八节\n四月:春季运动会\n某某工会\n2025年12月20日";
    let imp = import(text);
    let p = &imp.plan;
    assert_eq!(p.kind, Kind::SummaryAndPlan);
    assert_eq!(headings(p), ["主要成绩"]);
    assert_eq!(p.problems, "活动形式单一。");
    let next = p.next.as_ref().expect("next year's part");
    assert_eq!(next.kind, Kind::Plan);
    assert_eq!(next.year, 2026);
    assert_eq!(next.title, "2026年工作计划");
    assert_eq!(headings(next), ["抓好职代会", "办好文体活动"]);
    assert_eq!(next.sections[0].body, "按时召开。");
    assert_eq!(months_of(next), vec![vec![3], vec![4]]);
    assert!(p.schedule.is_empty());
    assert_eq!(p.signature.organization, "某某工会");
    assert_eq!(p.signature.date.as_deref(), Some("2025-12-20"));
    assert!(imp.report.notes.iter().any(|n| n.contains("明年工作计划")));
}

#[test]
fn next_year_part_under_an_unnumbered_heading() {
    let text = "区工会2025年工作总结\n一、成绩\n正文。\n二、不足\n正文。\n明年工作打算\n一、抓好建家\n二、抓好维权";
    let p = import(text).plan;
    assert_eq!(p.kind, Kind::SummaryAndPlan);
    assert_eq!(headings(&p), ["成绩", "不足"]);
    let next = p.next.as_ref().unwrap();
    assert_eq!(next.title, "明年工作打算");
    assert_eq!(next.year, 2026);
    assert_eq!(headings(next), ["抓好建家", "抓好维权"]);
}

#[test]
fn a_plan_title_never_splits_off_a_next_part() {
    let p = import("某校工会2025年工作计划\n一、建家\n二、下一步工作打算\n正文。").plan;
    assert!(p.next.is_none());
    assert_eq!(p.sections.len(), 2);
}

#[test]
fn a_guihua_title_is_a_plan_title() {
    let imp = import("工会2025工作规划\n在上级工会指导下开展工作。\n一、建家\n二、维权");
    assert_eq!(imp.plan.title, "工会2025工作规划");
    assert_eq!(imp.plan.year, 2025);
    assert_eq!(headings(&imp.plan), ["建家", "维权"]);
}

#[test]
fn page_chunks_of_a_document_site_are_joined_and_lose_their_numbers() {
    let a = "全面贯彻工会工作要求，团结动员广大职工建功立业，".repeat(8);
    let text = format!(
        "社区工会总结报告\n1、{a}。一、领导重视 社区把工会工作纳入议程，保障他们生\n2、活有序，{a}。二、解决实际问题 {a}我们今年5月份已圆满完成\n3、街道下达的任务。"
    );
    let p = assert_lossless(&text).plan;
    assert_eq!(headings(&p), ["领导重视", "解决实际问题"]);
    assert!(
        p.sections[0].body.contains("保障他们生活有序"),
        "{:?}",
        p.sections[0]
    );
}

#[test]
fn year_from_the_body_dates_when_they_agree() {
    // a 方案 whose only year is its activity date, far from the opening
    let long = "踏青是一种传统的文体活动,能使人心胸开阔,精神振奋。".repeat(8);
    let text = format!("中学工会迎春踏青活动方案\n一、活动目的\n{long}\n二、活动时间\n2016年3月12日(周六)一天。\n三、注意事项\n报名截止:3月8日。");
    let imp = import(&text);
    assert_eq!(imp.plan.year, 2016);
    assert!(imp.report.notes.iter().any(|n| n.contains("日期推定")));
    // dates of two years decide nothing: the default stays, with its note
    let text =
        format!("工会活动方案\n一、活动目的\n{long}\n二、活动时间\n2016年3月12日,2017年4月1日。");
    let imp = import(&text);
    assert_ne!(imp.plan.year, 2016);
    assert!(imp.report.notes.iter().any(|n| n.contains("没有找到年份")));
}

#[test]
fn a_report_title_over_lines_then_its_subtitle_is_one_title() {
    let text = "聚心协力谋发展 破难争先齐奋进\n\n为全面加快品质之城幸福\n\n家园建设作出新贡献\n\n——在某市总工会十四届七次委员(扩大)会议上的报告\n\n各位委员,同志们:\n\n现在,我受市总工会常委会委托,向全会报告工作,请予审议。\n\n一、2012年全市工会主要工作情况\n\n全市各级工会紧紧围绕总目标开展工作。";
    let p = assert_lossless(text).plan;
    assert_eq!(p.title.lines().count(), 4, "{}", p.title);
    assert!(p.title.ends_with("会议上的报告"));
    assert_eq!(p.kind, Kind::Summary);
    // a letter to the staff is titled too
    let p = import("某某工会致全体员工的公开信\n全体员工朋友们:\n大家好!\n一、完善职工之家的建设。\n职工之家于3月1号正式开张!").plan;
    assert_eq!(p.title, "某某工会致全体员工的公开信");
    // lines above a subtitle that are sentences are no title
    let p =
        import("今年我们做了很多工作,取得了成绩。\n——在工会会议上的报告\n一、建家\n正文。").plan;
    assert_eq!(p.title, "");
}

#[test]
fn a_parts_own_label_under_the_heading_naming_it_is_its_text() {
    let text = "工会工作计划\n一、指导思想和工作重点\n指导思想:全面贯彻落实。\n工作重点:一是开展劳动竞赛。\n二、加强自身建设\n正文。";
    let p = import(text).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["加强自身建设"]);
    assert!(
        p.guiding.contains("指导思想：全面贯彻落实。"),
        "{}",
        p.guiding
    );
    assert!(
        p.guiding.contains("工作重点：一是开展劳动竞赛。"),
        "{}",
        p.guiding
    );
}

#[test]
fn a_short_activity_before_the_date_is_not_the_organisation() {
    let imp = import("活动安排\n十一月\n召开教代会\n十二月\n慰问退休教师\n2025年1月6日");
    assert_eq!(imp.plan.signature.organization, "");
    assert_eq!(imp.plan.signature.date.as_deref(), Some("2025-01-06"));
    assert_eq!(imp.plan.schedule[1].activities, ["慰问退休教师"]);
}

#[test]
fn an_activity_ending_in_committee_is_not_the_signature() {
    let imp = import("活动安排\n十一月\n开展读书活动\n十二月\n召开工会委员会\n2025年1月6日");
    assert_eq!(imp.plan.signature.organization, "");
    assert_eq!(imp.plan.schedule[1].activities, ["召开工会委员会"]);
}
