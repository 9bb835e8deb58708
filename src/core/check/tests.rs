use super::figures::has_figure;
use super::placeholders::scan_placeholders;
use super::years::title_years;
use super::*;
use crate::core::model::{DateStyle, Item, Period, ScheduleEntry, Section, Signature};
use crate::core::steps::Step;
use std::collections::HashSet;

mod headings_schedule_placeholders;
mod tasks;

fn sec(heading: &str, body: &str) -> Section {
    Section {
        heading: heading.into(),
        body: body.into(),
        ..Default::default()
    }
}

fn item(heading: &str, text: &str) -> Item {
    Item {
        heading: heading.into(),
        text: text.into(),
        ..Default::default()
    }
}

fn entry(months: &[u8], acts: &[&str]) -> ScheduleEntry {
    ScheduleEntry {
        months: months.to_vec(),
        activities: acts.iter().map(|a| a.to_string()).collect(),
        ..Default::default()
    }
}

/// A complete school plan written for these tests: every rule should pass.
fn good_plan() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2025);
    p.title = "实验小学工会2025年工作计划".into();
    p.organization = "实验小学工会".into();
    p.org_type = "school".into();
    p.guiding = "以服务教职工为宗旨，围绕学校中心工作，履行好维护、建设、参与、教育四项职能，团结带领全体教职工办好人民满意的教育。".into();
    p.sections = vec![
        sec("坚持民主管理，开好教代会", "三月召开教职工代表大会，认真征集和办理提案。推进校务公开，重要事项及时向全体教职工通报。").into(),
        sec("关心教职工生活，做好送温暖工作", "春节前走访看望困难教职工和退休教师，建立帮扶档案，做到情况清楚、帮扶及时。").into(),
        sec("丰富文体生活，关爱女教职工", "组织教职工健身活动和趣味运动会。三八节组织女教职工参加健康体检。").into(),
        Section {
            heading: "加强师德建设，做好会员服务".into(),
            items: vec![item("开展师德主题教育", "结合教师节表彰一批优秀教师。"), item("规范会籍管理", "新入职教师及时办理入会手续。")],
            ..Default::default()
        }.into(),
    ];
    p.measures =
        "每学期召开两次工会委员会议，研究部署工作。严格执行工会经费审查制度，账目每半年公开一次。"
            .into();
    *p.schedule = vec![
        entry(&[1, 2], &["召开工会委员会议，制定全年计划"]),
        entry(&[3], &["庆祝三八妇女节"]),
        entry(&[4], &["春季教职工健步走"]),
        entry(&[5], &["庆祝五一劳动节"]),
        entry(&[6], &["工会经费年中审查"]),
        entry(&[7, 8], &["组织教职工暑期疗休养"]),
        entry(&[9], &["庆祝教师节"]),
        entry(&[10], &["国庆文艺汇演"]),
        entry(&[11], &["教职工拔河比赛"]),
        entry(&[12], &["迎新年联欢会"]),
    ];
    p.signature = Signature {
        organization: "实验小学工会".into(),
        date: Some("2025-01-10".into()),
        date_style: DateStyle::Arabic,
    };
    p
}

fn problems(fs: &[Finding]) -> Vec<&Finding> {
    fs.iter().filter(|f| f.level != Level::Ok).collect()
}

fn get<'a>(fs: &'a [Finding], id: &str) -> &'a Finding {
    fs.iter().find(|f| f.id == id).unwrap_or_else(|| {
        panic!(
            "no finding {id} in {:#?}",
            fs.iter().map(|f| &f.id).collect::<Vec<_>>()
        )
    })
}

fn has(fs: &[Finding], id: &str) -> bool {
    fs.iter().any(|f| f.id == id)
}

fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    scan_placeholders(&chars, false)
        .into_iter()
        .map(|h| h.token)
        .collect()
}

#[test]
fn complete_plan_passes_every_rule() {
    let fs = check(&good_plan());
    assert!(problems(&fs).is_empty(), "{:#?}", problems(&fs));
    // 4 basics + 3 parts + months + 2 heading + 2 schedule + placeholder,
    // repeat, 2 years, 8 duties (school), long paragraphs, punctuation.
    assert_eq!(progress(&fs), Progress { ok: 26, total: 26 });
    assert_eq!(get(&fs, "missing:guiding").message, "指导思想已填写");
    assert!(fs
        .iter()
        .all(|f| !f.why.is_empty() && !f.message.is_empty()));
}

#[test]
fn findings_are_ordered_by_step_then_document_order_with_unique_ids() {
    let mut p = good_plan();
    p.sections[3].items[1].heading = "20xx年会籍管理".into();
    p.sections[0].heading = "20xx年民主管理".into();
    p.guiding = "今年是20xx年。".into();
    p.schedule[2].activities[0] = "20xx年健步走".into();
    p.title = String::new();
    let fs = check(&p);
    let steps: Vec<Step> = fs.iter().map(|f| f.target.step).collect();
    let mut sorted = steps.clone();
    sorted.sort();
    assert_eq!(steps, sorted);
    let ph: Vec<&Finding> = fs
        .iter()
        .filter(|f| f.id.starts_with("placeholder:"))
        .collect();
    let paths: Vec<(Step, Vec<usize>)> = ph
        .iter()
        .map(|f| (f.target.step, f.target.path.clone()))
        .collect();
    assert_eq!(
        paths,
        vec![
            (Step::Guiding, vec![]),
            (Step::Main, vec![0]),
            (Step::Main, vec![3, 1]),
            (Step::Schedule, vec![2, 0])
        ]
    );
    let ids: HashSet<&str> = fs.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids.len(), fs.len(), "ids must be unique");
}

#[test]
fn empty_plan_misses_required_parts() {
    let fs = check(&Plan::new(Kind::Plan, 2025));
    for id in [
        "missing:title",
        "missing:organization",
        "missing:guiding",
        "missing:priorities",
        "missing:schedule",
    ] {
        assert_eq!(get(&fs, id).level, Level::Error, "{id}");
    }
    assert_eq!(
        get(&fs, "missing:signature-organization").level,
        Level::Warning
    );
    assert_eq!(get(&fs, "missing:signature-date").level, Level::Warning);
    assert_eq!(
        get(&fs, "missing:guiding").target,
        Target::step(Step::Guiding)
    );
    // No schedule: month coverage is not evaluated.
    assert!(!fs.iter().any(|f| f.id.starts_with("schedule:")));
}

#[test]
fn key_points_without_schedule_is_only_a_warning() {
    let mut p = good_plan();
    p.kind = Kind::KeyPoints;
    p.schedule.clear();
    p.measures.clear();
    assert_eq!(get(&check(&p), "missing:schedule").level, Level::Warning);
    p.kind = Kind::Plan;
    assert_eq!(get(&check(&p), "missing:schedule").level, Level::Error);
    p.measures = "定期检查计划执行情况。".into();
    assert_eq!(get(&check(&p), "missing:schedule").level, Level::Ok);
}

#[test]
fn fewer_than_three_priorities_is_a_warning() {
    let mut p = good_plan();
    p.sections.truncate(2);
    let f = get(&check(&p), "missing:priorities").clone();
    assert_eq!(f.level, Level::Warning);
    assert!(f.message.contains("只列了两项"), "{}", f.message);
}

#[test]
fn a_priority_mentioning_measures_is_still_a_priority() {
    let mut p = good_plan();
    p.measures.clear();
    p.schedule.clear();
    p.sections[0].heading = "抓好职工互助保障工作，完善帮扶措施".into();
    let fs = check(&p);
    assert_eq!(get(&fs, "missing:schedule").level, Level::Error);
    assert!(get(&fs, "missing:priorities").message.contains("四项"));
    p.sections.push(sec("落实措施", "定期检查。").into());
    let fs = check(&p);
    assert_eq!(get(&fs, "missing:schedule").level, Level::Ok);
    assert!(
        get(&fs, "missing:priorities").message.contains("四项"),
        "a 落实措施 heading is no priority"
    );
}

#[test]
fn empty_quotes_are_named_in_the_message() {
    let mut p = good_plan();
    p.sections[0].body = "坚定不移地以“”思想武装头脑，学习《》。".into();
    let fs = check(&p);
    assert!(
        get(&fs, "placeholder:main-0:“”")
            .message
            .contains("一对空的引号：“坚定不移地以“”思想武装头脑"),
        "{}",
        get(&fs, "placeholder:main-0:“”").message
    );
    assert!(get(&fs, "placeholder:main-0:《》")
        .message
        .contains("空的书名号"));
}

#[test]
fn guiding_under_a_section_heading_counts() {
    let mut p = good_plan();
    p.guiding.clear();
    p.sections
        .push(sec("总的要求", "围绕中心，服务大局。").into());
    assert_eq!(get(&check(&p), "missing:guiding").level, Level::Ok);
}

fn summary() -> Plan {
    let mut p = Plan::new(Kind::Summary, 2025);
    p.title = "实验小学工会2025年工作总结".into();
    p.organization = "实验小学工会".into();
    p.guiding = "一年来，学校工会围绕中心工作，较好地完成了各项任务。".into();
    p.sections = vec![
        sec("民主管理扎实推进", "召开教代会2次，征集提案15件。").into(),
        sec(
            "送温暖工作温暖人心",
            "春节走访困难教职工12户，发放慰问金1.2万元。",
        )
        .into(),
        sec(
            "文体活动丰富多彩",
            "举办运动会和读书会共6场，参与教职工300余人次。",
        )
        .into(),
    ];
    p.problems = "工会活动形式还比较单一，对青年教师的吸引力不够。".into();
    p.signature = Signature {
        organization: String::new(),
        date: Some("2025-12-26".into()),
        date_style: DateStyle::Arabic,
    };
    p
}

#[test]
fn summary_needs_achievements_and_problems() {
    let mut p = summary();
    let fs = check(&p);
    assert_eq!(get(&fs, "missing:achievements").level, Level::Ok);
    assert_eq!(get(&fs, "missing:problems").level, Level::Ok);
    assert!(
        !has(&fs, "missing:guiding"),
        "plan rules do not apply to a summary"
    );
    p.sections.truncate(1);
    assert_eq!(
        get(&check(&p), "missing:achievements").level,
        Level::Warning
    );
    p.sections.clear();
    p.problems.clear();
    let fs = check(&p);
    assert_eq!(get(&fs, "missing:achievements").level, Level::Error);
    assert_eq!(get(&fs, "missing:problems").level, Level::Error);
    p.sections
        .push(sec("存在的问题和不足", "宣传还不到位。").into());
    let fs = check(&p);
    assert_eq!(get(&fs, "missing:problems").level, Level::Ok);
    assert_eq!(
        get(&fs, "missing:achievements").level,
        Level::Error,
        "a problems section is no achievement"
    );
}

#[test]
fn summary_and_plan_checks_next_year_with_plan_rules() {
    let mut p = summary();
    p.kind = Kind::SummaryAndPlan;
    p.title = "实验小学工会2025年工作总结\n暨2026年工作计划".into();
    p.next = Some(Box::new(Plan::new(Kind::Plan, 2026)));
    let fs = check(&p);
    let g = get(&fs, "next:missing:guiding");
    assert_eq!(g.level, Level::Error);
    assert_eq!(g.target, Target::step(Step::Guiding).in_next());
    assert!(g.message.contains("明年计划"));
    assert_eq!(get(&fs, "next:missing:priorities").level, Level::Error);
    assert_eq!(get(&fs, "missing:achievements").level, Level::Ok);
    assert_eq!(
        get(&fs, "year:title").level,
        Level::Ok,
        "title may name year and year+1"
    );
    // The next part's fields are addressed with in_next.
    let n = p.next.as_mut().unwrap();
    n.sections = vec![sec("加强20xx年培训", "办好培训班。").into()];
    *n.schedule = vec![entry(&[3], &["三八节活动"])];
    let fs = check(&p);
    let f = get(&fs, "placeholder:next-main-0:20xx");
    assert_eq!(f.target, Target::at(Step::Main, vec![0]).in_next());
    assert!(f.message.contains("明年计划"), "{}", f.message);
    let m = get(&fs, "next:schedule:missing-month:5");
    assert!(m.target.next);
    // A missing next part is checked as an empty plan, never a panic.
    p.next = None;
    assert_eq!(get(&check(&p), "next:missing:guiding").level, Level::Error);
}

#[test]
fn title_year_must_match_plan_year() {
    let mut p = good_plan();
    p.title = "实验小学工会2024年工作计划".into();
    let f = get(&check(&p), "year:title:2024").clone();
    assert_eq!(f.level, Level::Error);
    assert!(
        f.message.contains("2024") && f.message.contains("2025"),
        "{}",
        f.message
    );
    p.title = "实验小学工会二〇二四年工作计划".into();
    assert!(has(&check(&p), "year:title:2024"));
    p.title = "实验小学工会二〇二五年工作计划".into();
    assert_eq!(get(&check(&p), "year:title").level, Level::Ok);
    p.title = "实验小学工会2025—2026学年工作计划".into();
    assert!(
        has(&check(&p), "year:title:2026"),
        "calendar-year plan names one year"
    );
    p.period = Period { start_month: 9 };
    assert_eq!(
        get(&check(&p), "year:title").level,
        Level::Ok,
        "a school year spans two years"
    );
    let mut s = summary();
    s.kind = Kind::SummaryAndPlan;
    s.title = "2025年工作总结暨2027年工作计划".into();
    assert!(has(&check(&s), "year:title:2027"));
}

#[test]
fn signature_date_window_depends_on_kind() {
    let date = |p: &mut Plan, d: &str| {
        p.signature.date = Some(d.into());
        get(&check(p), "year:signature").level
    };
    let mut p = good_plan();
    assert_eq!(date(&mut p, "2024-09-01"), Level::Ok);
    assert_eq!(date(&mut p, "2024-08-31"), Level::Warning);
    assert_eq!(date(&mut p, "2025-12-31"), Level::Ok);
    assert_eq!(date(&mut p, "2026-01-05"), Level::Warning);
    let mut s = summary();
    assert_eq!(date(&mut s, "2025-01-01"), Level::Ok);
    assert_eq!(date(&mut s, "2024-12-31"), Level::Warning);
    assert_eq!(date(&mut s, "2026-03-31"), Level::Ok);
    assert_eq!(date(&mut s, "2026-04-01"), Level::Warning);
    s.period = Period { start_month: 9 };
    assert_eq!(
        date(&mut s, "2026-11-30"),
        Level::Ok,
        "Sept 2025 – Aug 2026, plus three months"
    );
    assert_eq!(date(&mut s, "2026-12-01"), Level::Warning);
    let msg = {
        s.signature.date = Some("2027-01-01".into());
        get(&check(&s), "year:signature").message.clone()
    };
    assert!(msg.contains("2025年9月1日至2026年11月30日"), "{msg}");
    assert_eq!(date(&mut s, "去年年底"), Level::Warning);
}

#[test]
fn missing_union_duties_are_warned_each_with_its_reason() {
    let mut p = good_plan();
    p.org_type = "enterprise".into();
    p.sections[1].body = "春节前走访看望退休职工。".into();
    let fs = check(&p);
    let h = get(&fs, "duty:hardship");
    assert_eq!(h.level, Level::Warning);
    assert!(h.message.contains("困难职工帮扶"), "{}", h.message);
    let c = get(&fs, "duty:competition");
    assert_eq!(c.level, Level::Warning);
    assert_ne!(c.why, h.why);
    assert!(!has(&fs, "duty:teachers"));
    assert_eq!(get(&fs, "duty:warmth").level, Level::Ok);
    p.measures.push_str("开展岗位技能比武。");
    assert_eq!(get(&check(&p), "duty:competition").level, Level::Ok);
    p.org_type = "medical".into();
    assert_eq!(get(&check(&p), "duty:medical").level, Level::Warning);
    let mut e = Plan::new(Kind::Plan, 2025);
    e.org_type = "organ".into();
    let fs = check(&e);
    let duties: Vec<&str> = fs
        .iter()
        .filter(|f| f.id.starts_with("duty:"))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(duties.len(), 7, "{duties:?}");
    assert!(get(&fs, "duty:congress").message.contains("职代会"));
}

#[test]
fn summary_sections_without_figures_are_warned() {
    let mut p = summary();
    assert_eq!(get(&check(&p), "figures").level, Level::Ok);
    p.sections[1].body = "组织一次慰问活动，第三次走访困难教职工。".into();
    let fs = check(&p);
    let f = get(&fs, "figures:main-1");
    assert_eq!(
        (f.level, f.target.clone()),
        (Level::Warning, Target::at(Step::Main, vec![1]))
    );
    assert!(f.message.contains("送温暖工作"), "{}", f.message);
    assert!(
        !has(&check(&good_plan()), "figures"),
        "plans are not checked for figures"
    );
    for ok in [
        "慰问240人.",
        "发放13.02万元",
        "建会率达到95.1%",
        "走访三十户",
        "举办两场讲座",
        "资助一百名学生",
    ] {
        assert!(has_figure(ok), "{ok}");
    }
    for no in ["组织一次活动", "第三次会议", "建立一个支点", "5月召开"] {
        assert!(!has_figure(no), "{no}");
    }
}

#[test]
fn long_paragraph_is_warned_with_its_length() {
    let mut p = good_plan();
    let long: String = "加强工会自身建设提高服务水平".repeat(30); // 420 characters
    p.sections[0].body = format!("第一段很短。\n{long}");
    let fs = check(&p);
    let f = get(&fs, "long-paragraph:main-0");
    assert_eq!(f.level, Level::Warning);
    assert!(f.message.contains("第2段有420字"), "{}", f.message);
    p.sections[0].body = "短".repeat(400);
    assert_eq!(get(&check(&p), "long-paragraph").level, Level::Ok);
}

#[test]
fn progress_counts_rules_not_findings() {
    let mk = |id: &str, level| Finding {
        id: id.into(),
        level,
        message: String::new(),
        why: String::new(),
        target: Target::step(Step::Basic),
        fix: None,
    };
    let fs = vec![
        mk("missing:title", Level::Ok),
        mk("placeholder:main-0:20xx", Level::Error),
        mk("placeholder:main-0:20xx:2", Level::Error),
        mk("schedule:missing-month:5", Level::Warning),
        mk("schedule:missing-month:6", Level::Warning),
        mk("next:schedule:missing-month:5", Level::Warning),
        mk("next:missing:guiding", Level::Ok),
        mk("repeat", Level::Ok),
    ];
    assert_eq!(progress(&fs), Progress { ok: 3, total: 6 });
    assert_eq!(progress(&[]), Progress { ok: 0, total: 0 });
    let mut p = good_plan();
    p.guiding = "20xx年。__年。".into();
    let all = check(&p);
    let pr = progress(&all);
    assert_eq!((pr.ok, pr.total), (25, 26));
}

#[test]
fn json_form_is_lowercase_and_compact() {
    let f = get(&check(&Plan::new(Kind::Plan, 2025)), "missing:guiding").clone();
    let v = serde_json::to_value(&f).unwrap();
    assert_eq!(v["level"], "error");
    assert_eq!(v["target"]["step"], "guiding");
    assert_eq!(
        serde_json::to_value(Progress { ok: 1, total: 2 }).unwrap(),
        serde_json::json!({"ok": 1, "total": 2})
    );
}

#[test]
fn odd_input_never_panics() {
    let odd = [
        "",
        "某",
        "2",
        "20",
        "x",
        "xx",
        "【",
        "【未闭合",
        "[",
        "(",
        "……",
        "..",
        "。。。",
        "〇",
        "2x",
        "201",
        "某某某",
        "\u{FF08}",
        "_",
        "*",
    ];
    // Plan::new would overflow on year + 1 itself; build the struct directly.
    let mut p = Plan {
        kind: Kind::SummaryAndPlan,
        year: i32::MAX,
        ..Plan::default()
    };
    for (k, t) in odd.iter().enumerate() {
        p.sections.push(
            Section {
                duty: None,
                heading: t.to_string(),
                body: t.to_string(),
                items: vec![item(t, t)],
                track: None,
            }
            .into(),
        );
        p.schedule.push(entry(&[(k % 14) as u8], &[t]));
    }
    p.title = odd.join("\n");
    p.signature.date = Some("9999-12-31".into());
    p.period = Period { start_month: 0 };
    let _ = check(&p);
    p.year = i32::MIN;
    let _ = check(&p);
    for t in odd {
        let _ = tokens(t);
        let _ = title_years(t);
        let _ = has_figure(t);
    }
}
