//! Tests of the text importer: every heading, month and date form, the
//! named parts, combined documents, .docx reading, and a property test that
//! nothing is lost.

use super::dates::parse_date;
use super::labels::parse_label;
use super::lines::is_page_number;
use super::months::parse_month_line;
use super::normalise::tests::fw;
use super::normalise::{char_len, is_space, trim};
use super::*;
use crate::core::model::{DateStyle, Item, Kind, Plan, Section};
use proptest::prelude::*;
use std::collections::HashMap;

// ----------------------------------------------------------------- helpers

fn item_text(it: &Item, out: &mut String) {
    out.push_str(&it.heading);
    out.push('\n');
    out.push_str(&it.text);
    out.push('\n');
    for k in &it.items {
        item_text(k, out);
    }
}

/// Every piece of text the plan holds, once (derived fields such as
/// `organization`, taken from the title, are left out).
fn plan_text(plan: &Plan) -> String {
    let mut s = String::new();
    for f in [&plan.title, &plan.guiding, &plan.goals] {
        s.push_str(f);
        s.push('\n');
    }
    for sec in &plan.sections {
        s.push_str(&sec.heading);
        s.push('\n');
        s.push_str(&sec.body);
        s.push('\n');
        for it in &sec.items {
            item_text(it, &mut s);
        }
    }
    s.push_str(&plan.measures);
    s.push('\n');
    for e in &plan.schedule {
        for a in &e.activities {
            s.push_str(a);
            s.push('\n');
        }
    }
    s.push_str(&plan.problems);
    s.push('\n');
    s.push_str(&plan.signature.organization);
    s.push('\n');
    if let Some(n) = &plan.next {
        s.push_str(&plan_text(n));
    }
    s
}

/// Non-blank characters with their counts; the 7 marks `core::punct` sets
/// full-width count as their half-width forms.
fn counts(s: &str) -> HashMap<char, usize> {
    let mut m = HashMap::new();
    for c in s.chars().filter(|c| !is_space(*c)) {
        let c = crate::core::punct::MARKS
            .iter()
            .find(|(_, f)| *f == c)
            .map_or(c, |(h, _)| *h);
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// The importer's central promise: kept + consumed = input, exactly, as a
/// multiset of non-blank characters (a mark set full-width counts as the
/// mark); and each consumed piece is of a kind
/// that may be consumed (a label, a month heading, a part name, a date, a
/// page number), checked independently of where the parser used it.
fn assert_lossless(text: &str) -> Imported {
    let (imp, dropped) = import_traced(text);
    let mut got = counts(&plan_text(&imp.plan));
    for (what, s) in &dropped {
        let t = trim(s);
        match what {
            Dropped::PageNumber => assert!(is_page_number(t), "page number {t:?}"),
            Dropped::Label => {
                let probe = format!("{t}字");
                assert_eq!(
                    parse_label(&probe).map(|(_, n)| n),
                    Some(t.len()),
                    "label {t:?}"
                );
                assert!(
                    t.chars().all(|c| is_space(c) || LABEL_CHARS.contains(c)),
                    "label chars {t:?}"
                );
            }
            Dropped::Months => {
                assert!(parse_month_line(t).is_some(), "months {t:?}");
                assert!(
                    t.chars()
                        .all(|c| is_space(c) || MONTH_CHARS.contains(c) || LABEL_CHARS.contains(c)),
                    "month chars {t:?}"
                );
            }
            Dropped::Keyword => assert!(is_part_name(t) && char_len(t) <= 24, "part name {t:?}"),
            Dropped::Date => assert!(parse_date(t).is_some(), "date {t:?}"),
            Dropped::Markup => assert!(t.chars().all(|c| c == '#'), "markup {t:?}"),
        }
        for (c, n) in counts(s) {
            *got.entry(c).or_insert(0) += n;
        }
    }
    let want = counts(text);
    if got != want {
        let mut diff: Vec<String> = Vec::new();
        for (c, n) in &want {
            let g = got.get(c).copied().unwrap_or(0);
            if g != *n {
                diff.push(format!("{c:?}: input {n}, plan+consumed {g}"));
            }
        }
        for (c, g) in &got {
            if !want.contains_key(c) {
                diff.push(format!("{c:?}: input 0, plan+consumed {g}"));
            }
        }
        panic!(
            "text lost or invented: {diff:?}\ninput: {text:?}\nplan: {:#?}\ndropped: {dropped:?}",
            imp.plan
        );
    }
    imp
}

const LABEL_CHARS: &str = "一二三四五六七八九十第0123456789０１２３４５６７８９、,，.．()（）①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
const MONTH_CHARS: &str =
    "一二三四五六七八九十0123456789０１２３４５６７８９月份、,，/／和及与-—–~～至到－─〜:：|｜│︰";

fn import(text: &str) -> Imported {
    assert_lossless(text)
}

fn headings(p: &Plan) -> Vec<&str> {
    p.sections.iter().map(|s| s.heading.as_str()).collect()
}

// ----------------------------------------------------------- heading forms

#[test]
fn every_heading_form_makes_level_one_sections_when_it_is_the_top_form() {
    let forms: Vec<(String, String)> = vec![
        ("一、".into(), "二、".into()),
        ("一,".into(), "二,".into()),
        (fw("一,"), fw("二,")),
        ("第一,".into(), "第二,".into()),
        (fw("第一,"), fw("第二,")),
        ("第一、".into(), "第二、".into()),
        ("(一)".into(), "(二)".into()),
        (fw("(一)"), fw("(二)")),
        ("(一)、".into(), "(二)、".into()),
        (fw("(一)、"), fw("(二)、")),
        ("1、".into(), "2、".into()),
        ("1.".into(), "2.".into()),
        (fw("1."), fw("2.")),
        ("1. ".into(), "2. ".into()),
        ("(1)".into(), "(2)".into()),
        (fw("(1)"), fw("(2)")),
        ("①".into(), "②".into()),
    ];
    for (a, b) in forms {
        let text = format!("开头一段话。\n{a}加强思想建设\n正文甲。\n{b}开展文体活动\n正文乙。");
        let p = import(&text).plan;
        assert_eq!(headings(&p), ["加强思想建设", "开展文体活动"], "form {a:?}");
        assert_eq!(p.sections[0].body, "正文甲。", "form {a:?}");
        assert_eq!(p.guiding, "开头一段话。", "form {a:?}");
    }
}

#[test]
fn levels_follow_the_forms_a_document_uses() {
    let text = format!(
        "一、民主管理\n{}开好教代会\n1.会前征集提案。\n(1)分组讨论\n{}落实提案\n二、文体活动\n1、春季运动会",
        fw("(一)"),
        fw("(二)")
    );
    let p = import(&text).plan;
    assert_eq!(headings(&p), ["民主管理", "文体活动"]);
    let s0 = &p.sections[0];
    assert_eq!(s0.items.len(), 2);
    assert_eq!(s0.items[0].heading, "开好教代会");
    assert_eq!(s0.items[0].items[0].heading, "会前征集提案。");
    assert_eq!(s0.items[0].items[0].items[0].heading, "分组讨论");
    assert_eq!(s0.items[1].heading, "落实提案");
    // a skipped level hangs under the nearest open parent
    assert_eq!(p.sections[1].items[0].heading, "春季运动会");
}

#[test]
fn parenthesized_top_level_becomes_the_sections() {
    let text = "现将今年工作总结如下:\n(一)、帮扶困难职工。全年走访三十户。\n1、建立档案。逐户登记。\n2、发放慰问金。\n春节前发放完毕。\n(二)、推进建会。\n1、普查摸底。";
    let imp = import(text);
    let p = &imp.plan;
    assert_eq!(p.kind, Kind::Summary);
    assert!(imp.report.kind_detected);
    assert_eq!(p.guiding, "现将今年工作总结如下：");
    assert_eq!(headings(p), ["帮扶困难职工。", "推进建会。"]);
    assert_eq!(p.sections[0].body, "全年走访三十户。");
    assert_eq!(p.sections[0].items[0].heading, "建立档案。");
    assert_eq!(p.sections[0].items[0].text, "逐户登记。");
    assert_eq!(p.sections[0].items[1].text, "春节前发放完毕。");
    assert_eq!(imp.report.sections, ["帮扶困难职工。", "推进建会。"]);
}

#[test]
fn long_numbered_line_splits_at_the_first_sentence_end() {
    let p = import(&format!(
        "一、加强学习{}组织干部每月集中学习一次,做好笔记。",
        fw(":")
    ))
    .plan;
    assert_eq!(p.sections[0].heading, fw("加强学习:"));
    assert_eq!(p.sections[0].body, "组织干部每月集中学习一次，做好笔记。");
    let p = import("一、学习贯彻会议精神,推进和谐校园建设").plan;
    assert_eq!(p.sections[0].heading, "学习贯彻会议精神，推进和谐校园建设");
    assert_eq!(p.sections[0].body, "");
}

#[test]
fn numbered_lines_before_any_section_stay_as_written() {
    let p = import("总体要求如下。\n1.坚持围绕中心\n2.坚持服务职工\n一、民主管理\n正文。").plan;
    assert_eq!(p.guiding, "总体要求如下。\n1.坚持围绕中心\n2.坚持服务职工");
    assert_eq!(headings(&p), ["民主管理"]);
}

// ------------------------------------------------------------- named parts

#[test]
fn named_parts_go_to_their_fields_not_sections() {
    let text = format!(
        "一、指导思想\n以服务职工为宗旨。\n二、工作目标\n建成职工之家。\n1.会员入会率达到百分之九十五。\n三、主要工作\n{}开好职代会\n{}办好文体活动\n四、保障措施\n加强领导。\n五、存在的问题和不足\n经费偏紧。",
        fw("(一)"),
        fw("(二)")
    );
    let imp = import(&text);
    let p = &imp.plan;
    assert_eq!(p.guiding, "以服务职工为宗旨。");
    assert_eq!(p.goals, "建成职工之家。\n1.会员入会率达到百分之九十五。");
    assert_eq!(p.measures, "加强领导。");
    assert_eq!(p.problems, "经费偏紧。");
    // 主要工作 only held numbered items: they are the priorities
    assert_eq!(headings(p), ["开好职代会", "办好文体活动"]);
    assert_eq!(
        imp.report.sections,
        [
            "指导思想",
            "工作目标",
            "主要工作",
            "保障措施",
            "存在的问题和不足"
        ]
    );
    assert!(
        imp.report
            .notes
            .iter()
            .any(|n| n.contains("主要工作") && n.contains('2')),
        "{:?}",
        imp.report.notes
    );
    assert_eq!(p.kind, Kind::Plan);
    assert!(imp.report.kind_detected);
}

#[test]
fn inline_text_after_a_part_name_is_kept_in_that_part() {
    let p = import(&format!(
        "一、指导思想{}以服务职工为宗旨。\n二、加强建家",
        fw(":")
    ))
    .plan;
    assert_eq!(p.guiding, "以服务职工为宗旨。");
    assert_eq!(headings(&p), ["加强建家"]);
}

#[test]
fn opening_before_the_first_heading_is_guiding() {
    let p = import("本年度工会工作总的要求是:围绕中心,服务大局。\n一、加强建家\n正文。").plan;
    assert_eq!(p.guiding, "本年度工会工作总的要求是：围绕中心，服务大局。");
    assert_eq!(p.kind, Kind::Plan);
}

#[test]
fn text_without_numbered_headings_is_all_opening_with_a_note() {
    let imp = import("第一段文字。\n第二段文字。");
    assert_eq!(imp.plan.guiding, "第一段文字。\n第二段文字。");
    assert!(imp.plan.sections.is_empty());
    assert!(imp
        .report
        .notes
        .iter()
        .any(|n| n.contains("没有找到带编号的标题")));
    assert!(!imp.report.kind_detected);
}

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
    let cases: [(&str, Kind, i32, &str); 6] = [
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

// --------------------------------------------------------------- signature

#[test]
fn signature_date_forms_end_the_document() {
    let cases = [
        ("2025年12月20日", "2025-12-20", DateStyle::Arabic),
        ("二〇一〇年十一月三十日", "2010-11-30", DateStyle::Chinese),
        ("2009.5.11", "2009-05-11", DateStyle::Arabic),
        ("2009-5-11", "2009-05-11", DateStyle::Arabic),
        ("2009/5/11", "2009-05-11", DateStyle::Arabic),
    ];
    for (date, iso, style) in cases {
        let imp = import(&format!("一、建家\n正文。\n实验小学工会委员会\n{date}"));
        let s = &imp.plan.signature;
        assert_eq!(s.organization, "实验小学工会委员会", "{date}");
        assert_eq!(s.date.as_deref(), Some(iso), "{date}");
        assert_eq!(s.date_style, style, "{date}");
        assert_eq!(imp.plan.sections[0].body, "正文。", "{date}");
        assert_eq!(
            imp.report.signature,
            Some(("实验小学工会委员会".to_string(), Some(iso.to_string())))
        );
    }
}

#[test]
fn signature_on_one_line() {
    let imp = import("一、建家\n正文。\nXX工会 2025年12月20日");
    assert_eq!(imp.plan.signature.organization, "XX工会");
    assert_eq!(imp.plan.signature.date.as_deref(), Some("2025-12-20"));
    assert_eq!(imp.plan.organization, "XX工会");
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

#[test]
fn year_falls_back_to_the_signature_date() {
    let imp = import("一、建家\n正文。\n某某工会\n2024年12月28日");
    assert_eq!(
        imp.plan.year, 2025,
        "a plan signed in December is for the next year"
    );
    assert!(imp.report.notes.iter().any(|n| n.contains("落款")));
}

// ------------------------------------------------------------------ noise

#[test]
fn page_number_lines_are_dropped_and_counted() {
    let imp = import("一、建家\n正文上。\n— 7 —\n正文下。\n-8-\n- 9 -\n第10页\n11\n二、维权");
    assert_eq!(imp.plan.sections[0].body, "正文上。\n正文下。");
    assert!(
        imp.report.notes.iter().any(|n| n.contains("5 行页码")),
        "{:?}",
        imp.report.notes
    );
}

#[test]
fn blank_lines_crlf_and_full_width_spaces_are_noise() {
    let text = "\u{feff}\r\n一、建家\r\n\r\n\u{3000}\u{3000}正文一。\r\n\r\n\r\n\u{3000}\u{3000}正文二。\r\n";
    let p = import(text).plan;
    assert_eq!(p.sections[0].body, "正文一。\n正文二。");
}

#[test]
fn traditional_characters_are_accepted_as_written() {
    let imp =
        import("一、指導思想\n以職工為中心。\n二、活動安排\n三月\n植樹\n三、存在問題\n經費不足。");
    assert_eq!(imp.plan.guiding, "以職工為中心。");
    assert_eq!(imp.plan.problems, "經費不足。");
    assert_eq!(imp.plan.schedule[0].activities, ["植樹"]);
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    for t in [
        "",
        "\n\n",
        "一、",
        "(",
        "月",
        "十二月",
        "2025年12月20日",
        "— 1 —",
        "暨",
        "①",
        "\u{feff}",
        "一、二月:",
        "(一",
    ] {
        let _ = import(t);
    }
    assert_eq!(import("").plan.sections.len(), 0);
}

// ------------------------------------------------------------------ bytes

#[test]
fn json_exported_by_this_tool_loads_as_is() {
    let mut p = Plan::new(Kind::Summary, 2024);
    p.title = "某某工会2024年工作总结".into();
    p.sections.push(Section {
        heading: "成绩".into(),
        ..Default::default()
    });
    let imp = import_bytes(p.to_json().as_bytes(), "计划.JSON").unwrap();
    assert_eq!(imp.plan, p);
    assert!(imp
        .report
        .notes
        .iter()
        .any(|n| n.contains("已读取本工具导出的文件")));
    assert_eq!(imp.report.sections, ["成绩"]);
    let err = import_bytes(b"{\"foo\":1}", "x.json").unwrap_err();
    assert!(
        matches!(err, ImportError::BadJson(LoadError::Shape(_))),
        "{err:?}"
    );
}

#[test]
fn text_files_must_be_utf8_and_not_empty() {
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("一、建家\n正文。".as_bytes());
    assert_eq!(
        import_bytes(&bom, "a.txt").unwrap().plan.sections[0].heading,
        "建家"
    );
    // GB18030 bytes for 工会 are not UTF-8: the shell decodes those itself
    assert_eq!(
        import_bytes(&[0xB9, 0xA4, 0xBB, 0xE1], "a.txt").unwrap_err(),
        ImportError::NotUtf8
    );
    assert_eq!(
        import_bytes(b"  \n\t", "a.md").unwrap_err(),
        ImportError::Empty
    );
    assert_eq!(import_bytes(b"", "a.json").unwrap_err(), ImportError::Empty);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("一、建家".encode_utf16().flat_map(|u| u.to_le_bytes()))
        .collect();
    assert_eq!(
        import_bytes(&utf16, "a.txt").unwrap().plan.sections[0].heading,
        "建家"
    );
}

#[test]
fn unsupported_files_say_what_to_do() {
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let e = import_bytes(&ole, "旧计划.doc").unwrap_err();
    assert_eq!(e, ImportError::Unsupported(".doc".into()));
    assert!(e.to_string().contains(".docx"));
    assert_eq!(
        import_bytes(&ole, "改了名.docx").unwrap_err(),
        ImportError::Unsupported(".doc".into())
    );
    assert!(matches!(
        import_bytes(b"%PDF-1.4", "a.pdf"),
        Err(ImportError::Unsupported(_))
    ));
    for e in [
        ImportError::Empty,
        ImportError::NotUtf8,
        ImportError::BadDocx("压缩包结构损坏".into()),
        ImportError::Unsupported(".pdf".into()),
        ImportError::BadJson(LoadError::Syntax("x".into())),
    ] {
        let m = e.to_string();
        assert!(m.contains('请'), "{m}");
    }
}

// ------------------------------------------------------------------- docx

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in data {
        crc ^= *b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip written by hand: (name, data, deflate?) entries.
fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate) in entries {
        let stored: Vec<u8> = if *deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let offset = out.len() as u32;
        let crc = crc32(data);
        let method: u16 = if *deflate { 8 } else { 0 };
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        local.extend_from_slice(&20u16.to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(&method.to_le_bytes());
        local.extend_from_slice(&[0, 0, 0, 0]);
        local.extend_from_slice(&crc.to_le_bytes());
        local.extend_from_slice(&(stored.len() as u32).to_le_bytes());
        local.extend_from_slice(&(data.len() as u32).to_le_bytes());
        local.extend_from_slice(&(name.len() as u16).to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes());
        local.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&local);
        out.extend_from_slice(&stored);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&method.to_le_bytes());
        central.extend_from_slice(&[0, 0, 0, 0]);
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&(stored.len() as u32).to_le_bytes());
        central.extend_from_slice(&(data.len() as u32).to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const DOC_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>实验小学工会2025年</w:t></w:r><w:r><w:t>工作计划</w:t></w:r></w:p>"#,
    r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">一、加强 </w:t></w:r><w:r><w:t>&lt;建家&gt; &amp; 维权</w:t></w:r></w:p>"#,
    r#"<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙&#x4E01;&#25098;</w:t></w:r></w:p>"#,
    r#"<w:p/>"#,
    r#"<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>实验小学工会</w:t></w:r></w:p>"#,
    r#"<w:p><w:r><w:t>2025年1月6日</w:t></w:r></w:p>"#,
    r#"</w:body></w:document>"#
);

const DOC_TEXT: &str = "实验小学工会2025年工作计划\n一、加强 <建家> & 维权\n甲\t乙\n丙丁戊\n\n实验小学工会\n2025年1月6日";

#[test]
fn docx_text_from_a_stored_zip() {
    let z = zip(&[
        ("[Content_Types].xml", b"<Types/>", false),
        ("word/document.xml", DOC_XML.as_bytes(), false),
    ]);
    assert_eq!(docx_to_text(&z).unwrap(), DOC_TEXT);
}

#[test]
fn docx_text_from_a_deflated_zip_and_import() {
    let z = zip(&[
        ("word/styles.xml", b"<w:styles/>", true),
        ("word/document.xml", DOC_XML.as_bytes(), true),
    ]);
    assert_eq!(docx_to_text(&z).unwrap(), DOC_TEXT);
    let imp = import_bytes(&z, "计划.docx").unwrap();
    assert_eq!(imp.plan.title, "实验小学工会2025年工作计划");
    assert_eq!(headings(&imp.plan), ["加强 <建家> & 维权"]);
    assert_eq!(imp.plan.signature.date.as_deref(), Some("2025-01-06"));
    assert!(imp
        .report
        .notes
        .iter()
        .any(|n| n.contains("自动生成的编号")));
}

#[test]
fn docx_main_part_named_in_rels_is_found() {
    let rels = br#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
    let z = zip(&[
        ("_rels/.rels", rels, false),
        ("word/document2.xml", DOC_XML.as_bytes(), true),
    ]);
    assert_eq!(docx_to_text(&z).unwrap(), DOC_TEXT);
}

#[test]
fn docx_with_a_lost_directory_is_read_from_local_headers() {
    let z = zip(&[("word/document.xml", DOC_XML.as_bytes(), true)]);
    let cut = z.len() - 30; // the end record is gone
    assert_eq!(docx_to_text(&z[..cut]).unwrap(), DOC_TEXT);
}

#[test]
fn malformed_docx_is_a_typed_error_never_a_panic() {
    let good = zip(&[("word/document.xml", DOC_XML.as_bytes(), true)]);
    let no_doc = zip(&[("word/other.xml", b"<x/>", false)]);
    let mut corrupt = good.clone();
    for b in corrupt.iter_mut().skip(40).take(60) {
        *b ^= 0x5A;
    }
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"PK".to_vec(),
        b"not a zip at all, just text".to_vec(),
        no_doc,
        corrupt,
        good[..good.len() / 2].to_vec(),
        good[..40].to_vec(),
        vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    ];
    for (i, b) in inputs.iter().enumerate() {
        match docx_to_text(b) {
            Err(ImportError::BadDocx(m)) => assert!(!m.is_empty(), "input {i}"),
            other => panic!("input {i}: {other:?}"),
        }
    }
    assert!(matches!(
        import_bytes(b"PK\x03\x04garbage", "a.docx"),
        Err(ImportError::BadDocx(_))
    ));
}

#[test]
fn docx_truncations_never_panic() {
    let good = zip(&[("word/document.xml", DOC_XML.as_bytes(), true)]);
    for n in 0..good.len() {
        let _ = docx_to_text(&good[..n]);
        let mut flipped = good.clone();
        flipped[n] ^= 0xFF;
        let _ = docx_to_text(&flipped);
    }
}

// ------------------------------------------------------------ performance

#[test]
fn import_speed_on_ten_thousand_characters() {
    let mut text =
        String::from("某某公司工会2025年工作计划\n为做好今年的工会工作,结合实际,制定本计划。\n");
    let mut n = 0;
    while text.chars().count() < 10_000 {
        n += 1;
        text.push_str(&format!(
            "{}、抓好第{n}方面的建设\n",
            crate::core::numbering::cn_number(n)
        ));
        for k in 1..=3 {
            text.push_str(&format!(
                "{k}.具体任务{k}。围绕中心工作开展活动,提高职工素质,增强组织凝聚力,做好服务。\n"
            ));
        }
    }
    text.push_str("活动安排:\n");
    for m in 1..=12 {
        text.push_str(&format!("{m}月:\n1、活动甲\n2、活动乙\n"));
    }
    text.push_str("某某公司工会\n2025年1月6日\n");
    let chars = text.chars().count();
    let start = std::time::Instant::now();
    let rounds = 20;
    let mut imp = import_text(&text);
    for _ in 1..rounds {
        imp = import_text(&text);
    }
    let per = start.elapsed() / rounds;
    eprintln!(
        "import_text: {chars} characters in {per:?} per run ({} sections, {} schedule entries)",
        imp.plan.sections.len(),
        imp.plan.schedule.len()
    );
    assert_eq!(imp.plan.schedule.len(), 12);
    assert_eq!(imp.plan.sections.len(), n as usize);
}

// ---------------------------------------------------------- property test

fn fragment() -> impl Strategy<Value = String> {
    let fixed: Vec<String> = [
        "一、",
        "二、",
        "十一、",
        "一,",
        "第一,",
        "第二、",
        "(一)",
        "(二)、",
        "1、",
        "2.",
        "1. ",
        "(1)",
        "①",
        "②",
        "二月:",
        "三月份",
        "一月 |",
        "1-2月",
        "7,8月:",
        "1~2月:",
        "七、八月:",
        "一、二月",
        "十二月份:",
        "2月",
        "一、1—2月",
        "12",
        "— 7 —",
        "-3-",
        "第2页",
        "。",
        ":",
        ";",
        ",",
        "、",
        "工作计划",
        "工作总结",
        "工作要点",
        "暨",
        "2026年工作计划",
        "明年工作打算",
        "指导思想",
        "总的要求",
        "工作目标",
        "落实措施",
        "保障措施",
        "存在问题",
        "活动安排",
        "工作安排",
        "主要工作",
        "现将今年工作总结如下",
        "2025年12月20日",
        "二〇一〇年十一月三十日",
        "2009.5.11",
        "XX工会",
        "某某学校工会",
        "20xx年",
        "201x",
        "二〇二五年",
        "开展活动",
        "慰问职工",
        "召开职代会",
        " ",
        "\u{3000}",
        "(",
        ")",
        "月",
        "年",
        "日",
        "九",
        "十",
        "0",
        "5",
        "# ",
        "##",
        "(草案)",
    ]
    .iter()
    .flat_map(|s| [s.to_string(), fw(s)])
    .collect();
    prop_oneof![
        6 => proptest::sample::select(fixed),
        1 => "\\PC{0,6}",
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect::<String>()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 1..5).prop_map(|v| v.concat())
}

fn document() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(line(), 0..30),
        prop_oneof![Just("\n"), Just("\r\n"), Just("\n\n"), Just("\r")],
    )
        .prop_map(|(lines, sep)| lines.join(sep))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn import_never_panics_and_loses_nothing(text in document()) {
        let imp = assert_lossless(&text);
        // months are real months, entries have some
        for e in &imp.plan.schedule {
            prop_assert!(!e.months.is_empty());
            prop_assert!(e.months.iter().all(|m| (1..=12).contains(m)));
        }
        prop_assert!((1..=12).contains(&imp.plan.period.start_month));
        prop_assert_eq!(imp.report.schedule.len(), imp.plan.schedule.len());
        // the plan survives the JSON round trip
        let back = Plan::from_json(&imp.plan.to_json());
        prop_assert_eq!(back.as_ref().ok(), Some(&imp.plan));
    }

    #[test]
    fn docx_reader_never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut z = b"PK\x03\x04".to_vec();
        z.extend_from_slice(&bytes);
        let _ = docx_to_text(&z);
        let _ = docx_to_text(&bytes);
    }
}

#[test]
fn half_width_punctuation_in_chinese_text_is_set_full_width_with_a_note() {
    let imp = assert_lossless(
        "实验小学工会2025年工作计划\n一、加强学习(含线上)\n每月一次,每次2.5小时;时间10:30,见http://a.cn/b?c=1,d\n(1)细项\n实验小学工会\n2025年1月6日",
    );
    let p = &imp.plan;
    assert_eq!(p.sections[0].heading, "加强学习（含线上）");
    let body = format!(
        "{}{}",
        p.sections[0].body,
        p.sections[0]
            .items
            .first()
            .map_or("", |i| i.heading.as_str())
    );
    assert!(
        body.contains("每月一次，每次2.5小时；时间10:30，见http://a.cn/b?c=1,d"),
        "{p:#?}"
    );
    assert!(imp.report.notes.iter().any(|n| n == PUNCT_NOTE));
    // Nothing to set: no note.
    let imp = import("一、加强学习\n每月一次，每次2.5小时。");
    assert!(!imp.report.notes.iter().any(|n| n == PUNCT_NOTE));
}
