//! Importer tests from the real-text failure classes (issue 18): the
//! author's wording kept (part headings, month labels), titles, 公文 header
//! blocks, the kind and year when no title says them, and the property that
//! the author's heading words survive import → export.

use super::*;
use crate::core::export::export;

fn txt(p: &Plan) -> String {
    String::from_utf8(export(p, "txt").expect("txt export")).expect("utf-8")
}

#[test]
fn the_authors_part_headings_are_kept_and_exported() {
    let text = "某某小学工会2025年工作计划\n一、指导思想\n以服务教职工为宗旨。\n二、主要工作\n1、开好教代会。\n2、办好文体活动。\n三、主要活动安排\n一月份:迎新年活动\n七、八月份:暑期疗休养\n1———2月 走访慰问\n四、存在的不足\n经费偏紧。";
    let imp = import(text);
    let p = &imp.plan;
    assert_eq!(p.headings.guiding.as_deref(), Some("指导思想"));
    assert_eq!(p.headings.schedule.as_deref(), Some("主要活动安排"));
    assert_eq!(p.headings.problems.as_deref(), Some("存在的不足"));
    // the author's month labels, as written; `months` holds the numbers
    assert_eq!(p.headings.month_label(&[1]), Some("一月份"));
    assert_eq!(p.headings.month_label(&[7, 8]), Some("七、八月份"));
    assert_eq!(p.headings.month_label(&[1, 2]), Some("1———2月"));
    let out = txt(p);
    for w in [
        "一、指导思想",
        "二、主要工作",
        "主要活动安排",
        "一月份",
        "七、八月份",
        "1———2月",
        "存在的不足",
    ] {
        assert!(out.contains(w), "{w} in export:\n{out}");
    }
    // each decision is in the report, in reading order
    let d = &imp.report.decisions;
    for want in [
        "“某某小学工会2025年工作计划” → 标题",
        "“存在的不足” → 存在问题（标题照原文保留）",
        "“七、八月份” → 一个月份条目，7—8 月，原文写法保留",
        "“1———2月” → 一个月份条目，1—2 月，原文写法保留",
    ] {
        assert!(d.iter().any(|x| x == want), "{want} in {d:?}");
    }
    // 主要工作 keeps its two items under it
    assert_eq!(p.sections.len(), 1);
    assert_eq!(p.sections[0].items.len(), 2);
}

#[test]
fn a_month_heading_as_derived_is_not_stored_again() {
    let p = import("活动安排\n二月:制定计划\n三月:庆三八").plan;
    assert!(p.headings.months.is_empty(), "{:?}", p.headings.months);
}

#[test]
fn titles_as_real_texts_write_them() {
    let cases = [
        (
            "2023年工会工作总结:亮点与不足\n2023年我们做了很多工作。\n一、亮点\n正文。",
            "2023年工会工作总结：亮点与不足",
            Kind::Summary,
            2023,
        ),
        (
            "团区委工会2006年工作总结\n及2007年工作计划\n一、工作总结\n正文。",
            "团区委工会2006年工作总结\n及2007年工作计划",
            Kind::SummaryAndPlan,
            2006,
        ),
        (
            "学校工会工作思路\n4月份\n1、组织教工广播操比赛\n5月份\n1、参加龙舟赛",
            "学校工会工作思路",
            Kind::Plan,
            2025,
        ),
        (
            "工会总结报告\n一、几年来的工作回顾\n正文。",
            "工会总结报告",
            Kind::Summary,
            2025,
        ),
        (
            "2016中学工会工作计划\n一、主要工作\n正文。",
            "2016中学工会工作计划",
            Kind::Plan,
            2016,
        ),
        // a year without 年 after the organisation
        (
            "工会2023工作年终总结\n一、发挥教代会作用\n正文。",
            "工会2023工作年终总结",
            Kind::Summary,
            2023,
        ),
        // 計畫, the traditional spelling of 计划
        (
            "2023企業工會年度工作計畫\n一、指導思想\n正文。",
            "2023企業工會年度工作計畫",
            Kind::Plan,
            2023,
        ),
    ];
    for (text, title, kind, year) in cases {
        let p = import(text).plan;
        assert_eq!(p.title, title, "{text}");
        assert_eq!(p.kind, kind, "{text}");
        assert_eq!(p.year, year, "{text}");
    }
    // a count or a number after four digits is no year
    assert_eq!(
        import("工会表彰2000名职工工作总结\n一、表彰\n正文。")
            .plan
            .year,
        2025
    );
    // a part heading alone is no title
    assert_eq!(
        import("工作思路\n围绕中心。\n一、加强学习\n正文。")
            .plan
            .title,
        ""
    );
}

#[test]
fn a_header_block_goes_to_issuance_and_the_title_follows() {
    let text = "武漢市某某場工會文件\n武某工字[2010]1號\n2010年工會工作計劃\n一、指導思想\n以服務職工為宗旨。\n二、工作目標\n建成職工之家。";
    let imp = import(text);
    let p = &imp.plan;
    let i = p.issuance.as_ref().expect("issuance");
    assert_eq!(i.issuer, "武漢市某某場工會文件");
    assert_eq!(i.number, "武某工字[2010]1號");
    assert_eq!(p.title, "2010年工會工作計劃");
    assert_eq!((p.kind, p.year), (Kind::Plan, 2010));
    // traditional headings matched, kept as written
    assert_eq!(p.headings.guiding.as_deref(), Some("指導思想"));
    assert_eq!(p.headings.goals.as_deref(), Some("工作目標"));
    assert_eq!(p.goals, "建成職工之家。");
}

#[test]
fn kind_and_year_from_the_text_when_no_title_says_them() {
    let summary = "在2023年,我们工会组织了职工运动会,开展了读书活动,完成了换届选举,举办了技能竞赛,取得了较好的成绩,得到了职工的认可。\n一、组织建设\n完善了制度,健全了机构,发展了会员。";
    let p = import(summary).plan;
    assert_eq!((p.kind, p.year), (Kind::Summary, 2023));
    let plan = "2024年,企业工会将围绕中心工作,积极履行各项职能,努力构建和谐劳动关系,推动企业和职工共同发展。\n一、加强组织建设\n进一步健全基层工会组织,确保每个部门都有工会组织覆盖。";
    let p = import(plan).plan;
    assert_eq!((p.kind, p.year), (Kind::Plan, 2024));
    // a report on the year's work put to a congress for review
    let report = "各位代表:我受工会委员会委托,向大会作2024年度校工会工作报告,请各位代表予以审议。\n一、强化思想引领,激励教职工岗位建功\n坚持以新思想武装教职工,引导教职工坚定信念。";
    assert_eq!(import(report).plan.kind, Kind::Summary);
    let report = "各位委员,同志们:\n现在,我受常委会委托,向全会报告工作,请予审议。\n一、2012年全市工会主要工作情况\n全市各级工会紧紧围绕总目标开展工作。";
    assert_eq!(import(report).plan.kind, Kind::Summary);
}

#[test]
fn a_flattened_pdf_copy_reads_like_the_original() {
    let body = "以党的精神为指导,团结职工,围绕中心,服务大局,突出维护,多办实事,解放思想,开拓创新,把工会建成职工信赖的职工之家,全面履行工会的各项职能,为单位的发展作出新的贡献,在新的一年里团结带领广大职工群众立足本职岗位建功立业。";
    let text = format!("肿瘤医院工会2004年工作计划 一,指导思想 {body}{body} 二,重点工作 1. 建立健全本院工会工作制度; 2. 做好职代会换届选举工作; 三,口号 工会在我身边。 主要活动安排 1月:春节联欢 春节慰问活动 2月:本院职代会 3月:庆三八活动");
    let imp = import(&text);
    let p = &imp.plan;
    assert_eq!(p.title, "肿瘤医院工会2004年工作计划");
    assert_eq!(p.year, 2004);
    assert!(p.guiding.starts_with("以党的精神为指导"), "{}", p.guiding);
    assert_eq!(headings(p), ["重点工作", "口号"]);
    assert_eq!(p.sections[0].items.len(), 2);
    assert_eq!(p.headings.schedule.as_deref(), Some("主要活动安排"));
    let months: Vec<Vec<u8>> = p.schedule.iter().map(|e| e.months.clone()).collect();
    assert_eq!(months, [vec![1], vec![2], vec![3]]);
}

#[test]
fn unnumbered_part_headings_keep_their_words_and_levels() {
    let text = "中学工会工作计划\n指导思想\n围绕中心,服务大局。\n主要工作\n1、召开教代会。\n2、开展文体活动。\n活动安排\n三月:庆三八\n四月:春游";
    let p = import(text).plan;
    assert_eq!(p.headings.guiding.as_deref(), Some("指导思想"));
    assert_eq!(p.guiding, "围绕中心，服务大局。");
    assert_eq!(headings(&p), ["主要工作"]);
    assert_eq!(p.sections[0].items.len(), 2, "1、 under 主要工作");
    assert_eq!(p.schedule.len(), 2);
    // run in: 指导思想:以…
    let p = import("指导思想:以服务职工为宗旨,围绕中心工作。\n一、加强学习\n正文。").plan;
    assert_eq!(p.headings.guiding.as_deref(), Some("指导思想："));
    assert_eq!(p.guiding, "以服务职工为宗旨，围绕中心工作。");
    assert_eq!(headings(&p), ["加强学习"]);
    // a lead-in sentence is no heading
    let p = import("总体要求如下。\n1.坚持围绕中心\n一、民主管理\n正文。").plan;
    assert_eq!(p.headings.guiding, None);
}

/// Heading words an author may use for each named part (as written, in
/// either script), and month labels with their months.
const GUIDING: [&str; 4] = ["指导思想", "总体要求", "指導思想", "工作思路"];
const PROBLEMS: [&str; 4] = ["存在的不足", "存在问题", "问题与不足", "存在的問題"];
const SCHEDULE: [&str; 4] = ["主要活动安排", "具体活动安排", "活動安排", "工作行事历"];
const MONTHS: [(&str, u8); 4] = [("一月份", 1), ("三月份", 3), ("5月份", 5), ("十二月份", 12)];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever words the author used for the parts' headings and months,
    /// the txt export after import holds them.
    #[test]
    fn the_authors_heading_words_survive_import_and_export(
        g in 0..4usize, pr in 0..4usize, s in 0..4usize, ms in proptest::sample::subsequence(MONTHS.to_vec(), 1..4),
        body in "[职工会员活动学习]{4,12}",
    ) {
        let mut text = format!("某某工会2025年工作计划\n一、{}\n{body}。\n二、加强建家\n{body}。\n三、{}\n", GUIDING[g], SCHEDULE[s]);
        for (label, _) in &ms {
            text.push_str(&format!("{label}:{body}\n"));
        }
        text.push_str(&format!("四、{}\n{body}。\n", PROBLEMS[pr]));
        let imp = assert_lossless(&text);
        let out = txt(&imp.plan);
        for w in [GUIDING[g], PROBLEMS[pr], SCHEDULE[s], "加强建家"] {
            prop_assert!(out.contains(w), "{} missing from\n{}", w, out);
        }
        for (label, m) in &ms {
            prop_assert!(out.contains(label), "{} missing from\n{}", label, out);
            prop_assert!(imp.plan.schedule.iter().any(|e| e.months == vec![*m]));
        }
    }
}

#[test]
fn masked_names_are_kept_and_flagged_by_the_checklist() {
    let text = "2016中学工会工作计划\n四、主要活动安排:\n十一月份:\n1、特困教师调研。\n2、举行教师健美**赛。\n十二月份:\n1、各类先进评比。";
    let p = import(text).plan;
    assert!(p
        .schedule
        .iter()
        .any(|e| e.activities.iter().any(|a| a == "举行教师健美**赛。")));
    let found: Vec<String> = crate::core::check::check(&p)
        .into_iter()
        .filter(|f| f.id.starts_with("placeholder") && f.level != crate::core::check::Level::Ok)
        .map(|f| f.id)
        .collect();
    assert!(found.iter().any(|id| id.contains("**")), "{found:?}");
}

#[test]
fn next_years_part_with_its_own_named_parts() {
    for head in [
        "三、2025年工作思路",
        "三、2025年工作打算",
        "三、明年工作设想",
        "2025年工作思路",
    ] {
        let text = format!(
            "某某工会2024年工作总结\n一、主要工作\n1、开好职代会。\n2、办好文体活动。\n二、存在的不足\n经费偏紧。\n{head}\n（一）指导思想\n以服务职工为宗旨。\n（二）工作目标\n建成模范职工之家。\n（三）主要工作\n1、加强建家。\n2、关爱职工。"
        );
        let imp = import(&text);
        let p = &imp.plan;
        let next = p
            .next
            .as_ref()
            .unwrap_or_else(|| panic!("{head}: no next part"));
        assert_eq!(p.kind, Kind::SummaryAndPlan, "{head}");
        assert_eq!(p.problems, "经费偏紧。", "{head}");
        assert_eq!(p.headings.problems.as_deref(), Some("存在的不足"));
        assert!(p.guiding.is_empty() && p.goals.is_empty(), "{head}: {p:#?}");
        assert_eq!(
            next.title.trim_start_matches("三、"),
            head.trim_start_matches("三、")
        );
        assert_eq!(next.guiding, "以服务职工为宗旨。", "{head}");
        assert_eq!(next.goals, "建成模范职工之家。", "{head}");
        assert_eq!(next.headings.guiding.as_deref(), Some("指导思想"));
        assert_eq!(headings(next), ["主要工作"], "{head}");
        assert_eq!(next.sections[0].items.len(), 2, "{head}");
    }
}

#[test]
fn a_scheme_with_skipped_numbers_keeps_every_section() {
    let p = import("某某工会活动方案\n一、活动目的\n正文一。\n二、活动主题\n正文二。\n三、组织机构\n正文三。\n四、奖励办法\n正文四。\n六、活动时间\n正文六。").plan;
    assert_eq!(
        headings(&p),
        ["活动目的", "活动主题", "组织机构", "奖励办法", "活动时间"]
    );
}

#[test]
fn a_second_heading_naming_a_part_already_read_is_a_section() {
    // `工作思路和措施` names 指导思想 by its words, but 指导思想 came first
    let p = import("工会总结工作计划\n一、指导思想:\n围绕学校中心工作,团结动员全体教职工。\n二、工作思路和措施:\n(一)加强师德建设。\n1、抓好职业道德教育。").plan;
    assert_eq!(p.headings.guiding.as_deref(), Some("指导思想："));
    assert_eq!(headings(&p), ["工作思路和措施："]);
    // and a title naming both words over a plan's parts only is a plan
    assert_eq!(p.kind, Kind::Plan);
    assert!(p.next.is_none());
}

#[test]
fn a_motto_main_title_is_part_of_the_title() {
    // on its own line above the formal title, or glued to it and the text
    for text in [
        "全面履行工会职责,大力推进学校工作\n某某中学工会工作总结\n一、推进民主管理\n今年召开了教代会。",
        "全面履行工会职责,大力推进学校工作某某中学工会工作总结XX年,我校工会在学校党总支和上级工会的领导下,全面履行工会职责,取得了较好的成绩。一、推进民主管理1坚持校代会制度。今年一月份召开了教代会。二、关心教职工生活。工会组织了慰问活动,送去温暖。",
    ] {
        let p = import(text).plan;
        assert_eq!(
            p.title.lines().collect::<String>(),
            "全面履行工会职责，大力推进学校工作某某中学工会工作总结",
            "{text}"
        );
        assert_eq!(p.kind, Kind::Summary);
    }
    // a clause of purpose is no title
    let p = import("为进一步做好工会工作,特制定工会工作计划\n一、加强建家\n正文。").plan;
    assert_eq!(p.title, "");
}

#[test]
fn numbered_lines_right_under_a_named_part_on_its_own_line_are_its_text() {
    // `工作思路:` alone on its line, then `1、…`: the part's points, not
    // sections beside it (and nothing of the part's heading lost)
    let text = "某中学工会工作方案\n主要目标:进一步巩固示范工会成果,团结带领教职工。\n工作思路:\n1、加强工作讨论,实现工作创新。本学期工会要讨论工会工作的创新性。\n2、发扬优良传统,弥补以往不足。要进一步巩固成果。";
    let p = assert_lossless(text).plan;
    assert!(p.sections.is_empty(), "{:?}", headings(&p));
    assert_eq!(p.headings.guiding.as_deref(), Some("工作思路："));
    assert!(p.guiding.contains("1、加强工作讨论") && p.guiding.contains("2、发扬优良传统"));
    // a named part with text of its own before numbered lines keeps them as sections
    let p =
        import("一、指导思想\n以服务职工为宗旨。\n二、主要工作\n1、加强建家。\n2、关心职工。").plan;
    assert!(p.guiding.contains("以服务职工为宗旨"));
}

#[test]
fn a_flattened_report_title_ends_where_its_salutation_begins() {
    let text = "工会2022年度工作报告:深入学习贯彻党的二十大精神发挥工会组织作用助推新区开发开放各位委员,同志们:根据会议安排,我向全委会报告工作,请予审议。一、2022年主要工作2022年,新区总工会按照总体部署开展工作。";
    let p = assert_lossless(text).plan;
    assert_eq!(
        p.title,
        "工会2022年度工作报告：深入学习贯彻党的二十大精神发挥工会组织作用助推新区开发开放"
    );
    assert!(p.guiding.starts_with("各位委员"), "{:?}", p.guiding);
    assert_eq!(p.kind, Kind::Summary);
    // a sentence before the salutation is no title
    let p = import("今年的工作报告已经印发各位代表,请审阅。\n一、建家\n开会。").plan;
    assert_eq!(p.title, "");
}

#[test]
fn a_paragraph_opening_with_next_year_begins_next_years_part() {
    // no title and no heading for next year's part: the paragraph that
    // opens with the year after the first paragraph's and says what will
    // be done opens it
    let text = "2021年支行工会紧紧围绕全年目标,开展业务竞赛,作出了应有贡献。\n2022年支行工会将继续落实上级要求,为职工开展丰富多彩的活动。\n1.加强工会建设,提升归属感。做好职工小家建设。\n2.丰富工会项目,提升幸福感。开展文体活动。";
    let p = assert_lossless(text).plan;
    assert_eq!(p.kind, Kind::SummaryAndPlan);
    assert_eq!(p.year, 2021);
    assert!(p.sections.is_empty());
    let next = p.next.expect("next year's part");
    assert_eq!(next.title, "");
    assert!(
        next.guiding.starts_with("2022年支行工会将继续"),
        "{}",
        next.guiding
    );
    assert_eq!(next.sections.len(), 2);
    // a first paragraph that already says what will be done: one plan
    let p = import("2021年工会回顾了工作,今后将更加努力。\n2022年工会将继续落实上级要求,为职工开展丰富多彩的活动。\n1.加强工会建设,提升归属感。做好职工小家建设。").plan;
    assert!(p.next.is_none());
    // nor a paragraph of the same year
    let p = import("2021年支行工会开展业务竞赛,作出了应有贡献。\n2021年支行工会还将继续落实上级要求,为职工开展丰富多彩的活动。\n1.加强工会建设,提升归属感。做好职工小家建设。").plan;
    assert!(p.next.is_none());
}

#[test]
fn a_schemes_construction_goals_are_its_goals() {
    let p = import("职工书屋建设方案\n一、指导思想\n以提高职工素质为重点。\n二、建设目标\n三年内建成十个示范点。\n三、建设重点\n以一线职工为重点。").plan;
    assert!(p.goals.contains("三年内建成十个示范点"), "{}", p.goals);
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["建设重点"]);
}

#[test]
fn an_untitled_opening_announcing_the_next_periods_arrangements_is_combined() {
    let text = "今年以来,在局党委的领导下,圆满地完成了上半年的目标任务。现就上半年完成的主要工作和存在的差距,以及下半年的主要工作安排如下。\n一、上半年完成的主要工作\n1、送温暖工作高效圆满。走访慰问了困难职工。";
    assert_eq!(import(text).plan.kind, Kind::SummaryAndPlan);
    // the same opening without the coming period: a summary
    let text = "今年以来,在局党委的领导下,圆满地完成了上半年的目标任务。现就上半年完成的主要工作总结如下。\n一、上半年完成的主要工作\n1、送温暖工作高效圆满。走访慰问了困难职工。";
    assert_eq!(import(text).plan.kind, Kind::Summary);
    // a plan for the coming half year announced `如下` with nothing done
    let text = "为做好下半年工作,现将下半年工作安排如下。\n一、抓好职工培训\n1、开展技能比武。";
    assert_ne!(import(text).plan.kind, Kind::SummaryAndPlan);
}

#[test]
fn a_work_report_to_the_level_above_is_a_summary_even_flattened() {
    // `汇报` ends a title and names work done
    let text = "2007年某某县总工会农民工工作汇报\n某某县有外出务工人员两万人。下面汇报我县总工会的几点做法。\n一、源头维权,构建维权网络。\n县总工会建立法律援助绿色通道。";
    let p = assert_lossless(text).plan;
    assert_eq!(p.title, "2007年某某县总工会农民工工作汇报");
    assert_eq!(p.kind, Kind::Summary);
    // flattened, the title ends where the text names its organisation again
    let p = assert_lossless(&text.replace('\n', "")).plan;
    assert_eq!(p.title, "2007年某某县总工会农民工工作汇报");
    assert_eq!(p.kind, Kind::Summary);
    // (a title word run into text that does not repeat the title stays one line)
    let p = import("工会工作汇报会议已经召开,各位委员发表了意见,会议决定了下一步的安排。").plan;
    assert_eq!(p.title, "");
}

#[test]
fn a_notice_issuing_key_points_is_read_over_their_title() {
    let text = "各区县总工会:\n现将《某某市总工会2022年工作要点》印发给你们,请参照执行。\n某某市总工会\n2022年2月25日\n某某市总工会2022年工作要点\n2022年工会工作的总体要求是:服务大局。\n一、持续深化产业工人队伍建设改革\n1.加大顶层设计力度。";
    let p = assert_lossless(text).plan;
    assert_eq!(p.title, "某某市总工会2022年工作要点");
    assert_eq!(p.kind, Kind::KeyPoints);
    assert_eq!(p.signature.organization, "某某市总工会");
    assert_eq!(p.signature.date.as_deref(), Some("2022-02-25"));
    assert!(p.guiding.contains("现将"), "{:?}", p.guiding);
    assert_eq!(headings(&p), ["持续深化产业工人队伍建设改革"]);
}

#[test]
fn a_stray_comma_before_the_label_mark_and_a_review_heading_run_on() {
    let p = assert_lossless("工会工作计划\n一,、积极参与民主管理,促进和谐校园建设。\n做好园务公开。\n二,、提高教工素质。\n开展读书活动。").plan;
    assert_eq!(
        headings(&p),
        ["积极参与民主管理，促进和谐校园建设。", "提高教工素质。"]
    );
    let p = assert_lossless("一、2023年机关工会工作回顾2023年是全面深化改革的一年,机关工会开展了多样化活动,取得了显著的成效。\n二、主要做法\n开展活动。").plan;
    assert_eq!(headings(&p)[0], "2023年机关工会工作回顾");
}
