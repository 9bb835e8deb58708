//! Tests of the text importer: every heading, month and date form, the
//! named parts, combined documents, .docx reading, and a property test that
//! nothing is lost.

use super::dates::parse_date;
use super::labels::parse_label;
use super::lines::is_page_number;
use super::months::parse_month_line;
use super::normalise::{char_len, is_space, tests::fw, trim};
use super::*;
use crate::core::model::{DateStyle, Item, Kind, Plan, Section};
use proptest::prelude::*;
use std::collections::HashMap;

mod files;
mod forms;
mod pages;
mod round23;
mod round24;
mod round25;
mod round26;
mod round27;
mod round28;
mod round29;
mod round30;
mod round31;
mod round32;
mod round33;
mod round34;
mod round35;
mod round37;
mod round39;
mod round40;
mod round41;
mod round42;
mod round43;
mod round44;
mod round45;
mod round47;
mod round48;
mod round50;
mod round51;
mod round52;
mod round53;
mod round54;
mod round55;
mod round56;
mod round57;
mod round58;
mod round59;
mod round60;
mod round61;
mod round62;
mod round66;
mod runin;
mod schemes;
mod signatures;
mod structure;
mod tables;
mod widths;
mod wording;

// ----------------------------------------------------------------- helpers

fn item_text(it: &Item, out: &mut String) {
    out.push_str(&it.heading);
    out.push('\n');
    out.push_str(&it.text);
    out.push('\n');
    duty_text(it.duty.as_ref(), out);
    for k in &it.items {
        item_text(k, out);
    }
}

fn duty_text(d: Option<&crate::core::model::Duty>, out: &mut String) {
    if let Some(d) = d {
        for f in [&d.lead, &d.partners, &d.owner, &d.due, &d.target] {
            out.push_str(f);
            out.push('\n');
        }
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
        duty_text(sec.duty.as_ref(), &mut s);
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
        for d in e.duties.iter().flatten() {
            for f in [&d.owner, &d.scope, &d.note] {
                s.push_str(f);
                s.push('\n');
            }
        }
    }
    s.push_str(&plan.problems);
    s.push('\n');
    s.push_str(&plan.signature.organization);
    s.push('\n');
    if let Some(i) = &plan.issuance {
        s.push_str(&i.issuer);
        s.push('\n');
        s.push_str(&i.number);
        s.push('\n');
    }
    for h in plan.headings.texts() {
        s.push_str(h);
        s.push('\n');
    }
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
            Dropped::Date => assert!(
                parse_date(t).is_some() || super::sig_month_day::is_month_day(t),
                "date {t:?}"
            ),
            Dropped::Markup => assert!(
                t.chars().all(|c| c == '#')
                    || t == "`"
                    || t.chars().all(|c| "—－".contains(c))
                    || t.chars().all(|c| is_space(c) || "【】".contains(c))
                    || super::couplet::rule(t),
                "markup {t:?}"
            ),
            Dropped::Table => assert!(super::is_table_text(t), "table {t:?}"),
            Dropped::Repeat => assert!(plan_text(&imp.plan).contains(t), "repeat {t:?}"),
            Dropped::SiteMark => assert!(
                t.chars().all(|c| c.is_ascii() || "—–－―─。".contains(c))
                    || super::lines::omission_note(t)
                    || super::file_name::is_name(t)
                    || super::hidden_note::hidden_note(t) == Some((0, t.len()))
                    || super::site_tails::url_mark(&format!("某行{t}")) == Some("某行".len())
                    || super::site_tails::title_category(&format!("某某工作总结{t}"))
                        == Some("某某工作总结".len()),
                "site mark {t:?}"
            ),
            Dropped::Separator => assert!(
                t.chars().all(super::months::is_month_separator),
                "separator {t:?}"
            ),
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

// `第一部分:` `上篇` `第一章`: part labels (labels::rank::PART)
const LABEL_CHARS: &str = "-－部分篇章上中下:：一二三四五六七八九十第0123456789０１２３４５６７８９、,，.．()（）①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩";
/// What a month heading may consume: numbers, 月/份, joiners, and the mark
/// that closes it (`：`, or a full stop: `四月。6、…`, `六、七月。`).
const MONTH_CHARS: &str =
    "一二三四五六七八九十0123456789０１２３４５６７８９月份、,，/／和及与-—–~～至到－─〜:：|｜│︰。.";

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
    // 主要工作 keeps the author's levels: a section with its two items
    assert_eq!(headings(p), ["主要工作"]);
    let items: Vec<&str> = p.sections[0]
        .items
        .iter()
        .map(|i| i.heading.as_str())
        .collect();
    assert_eq!(items, ["开好职代会", "办好文体活动"]);
    // the named parts' headings as written
    assert_eq!(p.headings.guiding.as_deref(), Some("指导思想"));
    assert_eq!(p.headings.goals.as_deref(), Some("工作目标"));
    assert_eq!(p.headings.measures.as_deref(), Some("保障措施"));
    assert_eq!(p.headings.problems.as_deref(), Some("存在的问题和不足"));
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
