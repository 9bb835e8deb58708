//! The text importer on the four real documents in shared/fixtures/seed
//! (see its README for what a correct import finds).

mod common;

use union_plan::core::import::{import_text, Imported};
use union_plan::core::model::{Item, Kind, Plan};
use union_plan::core::punct::fullwidth;

use common::seed_dir;

/// (text, import) of one seed file, or None when skipped. The text is the
/// file's with half-width `, ; : ? ! ( )` in Chinese text set full-width,
/// as the importer sets them (`core::punct`); the import reads the file.
fn seed(name: &str) -> Option<(String, Imported)> {
    let path = seed_dir()?.join(name);
    let raw = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let imp = import_text(&raw);
    Some((fullwidth(&raw).into_owned(), imp))
}

fn item_text(it: &Item, out: &mut String) {
    for f in [&it.heading, &it.text] {
        out.push_str(f);
        out.push('\n');
    }
    it.items.iter().for_each(|k| item_text(k, out));
}

fn plan_text(p: &Plan) -> String {
    let mut s = String::new();
    for f in [
        &p.title,
        &p.guiding,
        &p.goals,
        &p.measures,
        &p.problems,
        &p.signature.organization,
    ] {
        s.push_str(f);
        s.push('\n');
    }
    for sec in &p.sections {
        for f in [&sec.heading, &sec.body] {
            s.push_str(f);
            s.push('\n');
        }
        sec.items.iter().for_each(|it| item_text(it, &mut s));
    }
    for e in &p.schedule {
        for a in &e.activities {
            s.push_str(a);
            s.push('\n');
        }
    }
    if let Some(n) = &p.next {
        s.push_str(&plan_text(n));
    }
    s
}

fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Every content line of the source (anything longer than a heading label
/// or a month) is found in the plan: its last twelve characters at least,
/// and its whole text when it is a body paragraph.
fn assert_nothing_lost(text: &str, p: &Plan) {
    let all = plan_text(p);
    for l in lines(text) {
        let chars: Vec<char> = l.chars().collect();
        if chars.len() <= 12 {
            continue;
        }
        let tail: String = chars[chars.len() - 12..].iter().collect();
        assert!(all.contains(&tail), "lost: {l}");
    }
    for para in all.lines() {
        assert!(
            para.trim().is_empty() || text.contains(para.trim()),
            "invented: {para}"
        );
    }
}

fn months(p: &Plan) -> Vec<Vec<u8>> {
    p.schedule.iter().map(|e| e.months.clone()).collect()
}

#[test]
fn monthly_schedule_seed_has_seven_sections_and_eleven_entries() {
    let Some((text, imp)) = seed("school-plan-with-monthly-schedule.txt") else {
        return;
    };
    let p = &imp.plan;
    assert_eq!(p.kind, Kind::Plan);
    assert!(
        imp.report.title_lines.is_empty(),
        "the seeds have no title line"
    );
    assert_eq!(
        p.guiding,
        lines(&text)[0],
        "opening paragraph is the guiding text"
    );
    assert_eq!(p.sections.len(), 7);
    assert_eq!(imp.report.sections.len(), 7);
    // section 五 ends in four short lines ending in ;
    let five: Vec<&str> = p.sections[4].body.lines().collect();
    assert!(five.len() >= 5, "{five:?}");
    assert!(
        five[five.len() - 4..]
            .iter()
            .all(|l| l.ends_with([';', '\u{ff1b}'])),
        "{five:?}"
    );
    // the schedule inside section 七: 11 entries, 七、八月 as one, January last
    let want: Vec<Vec<u8>> = vec![
        vec![2],
        vec![3],
        vec![4],
        vec![5],
        vec![6],
        vec![7, 8],
        vec![9],
        vec![10],
        vec![11],
        vec![12],
        vec![1],
    ];
    assert_eq!(months(p), want);
    assert_eq!(imp.report.schedule, want);
    assert!(p.schedule.iter().all(|e| !e.activities.is_empty()));
    assert_eq!(p.schedule[0].activities.len(), 2);
    assert_eq!(
        p.schedule[8].activities.len(),
        4,
        "十一月 has four activities"
    );
    assert!(
        p.schedule
            .iter()
            .flat_map(|e| &e.activities)
            .all(|a| !a.starts_with(|c: char| c.is_ascii_digit())),
        "activity numbering is stripped"
    );
    // section 七 keeps its own two paragraphs; the schedule label is not body text
    assert_eq!(p.sections[6].body.lines().count(), 2);
    assert!(!p.sections[6].body.contains("活动安排"));
    assert!(
        p.sections.iter().all(|s| !s.heading.contains("八月")),
        "七、八月 is no section"
    );
    // school year from February: January sorts after December
    assert_eq!(p.period.start_month, 2);
    let mut sorted = p.clone();
    sorted.sort_schedule();
    assert_eq!(months(&sorted), want);
    assert_nothing_lost(&text, p);
}

#[test]
fn organ_plan_seed_has_opening_requirements_and_four_sections() {
    let Some((text, imp)) = seed("organ-union-plan.txt") else {
        return;
    };
    let p = &imp.plan;
    assert_eq!(p.kind, Kind::Plan);
    assert_eq!(p.guiding, lines(&text)[0]);
    assert_eq!(p.sections.len(), 4);
    assert!(p
        .sections
        .iter()
        .all(|s| !s.body.is_empty() && s.items.is_empty()));
    assert!(p.schedule.is_empty());
    assert_eq!(
        p.year,
        Plan::default().year,
        "the 201x placeholder leaves the year alone"
    );
    assert_nothing_lost(&text, p);
}

#[test]
fn measures_and_schedule_seed_maps_named_parts_to_fields() {
    let Some((text, imp)) = seed("school-plan-with-measures-and-schedule.txt") else {
        return;
    };
    let p = &imp.plan;
    let src = lines(&text);
    assert_eq!(p.kind, Kind::Plan);
    // four level-1 headings: 工作内容, 总的要求, 落实措施, 活动安排
    assert_eq!(imp.report.sections.len(), 4);
    assert_eq!(imp.report.sections[0], "工作内容");
    assert!(imp.report.sections[1].contains("总的要求"));
    assert!(imp.report.sections[2].contains("落实措施"));
    assert!(imp.report.sections[3].contains("活动安排"));
    assert_eq!(p.sections.len(), 1, "only 工作内容 is a priority");
    assert_eq!(p.sections[0].heading, "工作内容");
    // 总的要求 under its own heading is the guiding text
    let k = src
        .iter()
        .position(|l| l.ends_with("总的要求"))
        .expect("heading in source");
    assert_eq!(p.guiding, src[k + 1]);
    let m = src
        .iter()
        .position(|l| l.ends_with("落实措施"))
        .expect("heading in source");
    assert!(p.measures.starts_with(src[m + 1]));
    assert_eq!(p.measures.lines().count(), 11);
    let want: Vec<Vec<u8>> = vec![
        vec![1, 2],
        vec![3],
        vec![4],
        vec![5],
        vec![6],
        vec![7, 8],
        vec![9],
        vec![10],
        vec![11],
        vec![12],
    ];
    assert_eq!(months(p), want);
    assert!(p.schedule.iter().all(|e| e.activities.len() == 1));
    assert!(
        p.sections.iter().all(|s| !s.heading.contains("二月")),
        "一、二月 is no section"
    );
    assert_eq!(p.period.start_month, 1);
    assert_nothing_lost(&text, p);
}

#[test]
fn summary_seed_has_two_parenthesized_sections_with_numbered_items() {
    let Some((text, imp)) = seed("union-summary-parenthesized-headings.txt") else {
        return;
    };
    let p = &imp.plan;
    assert_eq!(p.kind, Kind::Summary);
    assert!(imp.report.kind_detected);
    assert_eq!(
        p.guiding,
        lines(&text)[0],
        "现将…总结如下 opens the summary"
    );
    assert_eq!(p.sections.len(), 2);
    assert_eq!(imp.report.sections.len(), 2);
    for s in &p.sections {
        assert_eq!(s.items.len(), 2, "{}", s.heading);
        assert!(!s.body.is_empty());
        assert!(s
            .items
            .iter()
            .all(|i| !i.heading.is_empty() && !i.text.is_empty()));
    }
    // a long numbered line: heading up to the first 。, the rest is its text
    assert!(p.sections[1].items[0].heading.ends_with('。'));
    assert!(p.sections[1].items[0].heading.chars().count() < 10);
    // 2、 of the first section runs over two paragraphs
    assert_eq!(p.sections[0].items[1].text.lines().count(), 2);
    assert_nothing_lost(&text, p);
}

#[test]
fn all_seeds_import_without_notes_of_lost_lines() {
    let Some(dir) = seed_dir() else { return };
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("seed dir") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("utf-8 seed");
        let imp = import_text(&text);
        assert!(
            !imp.report.notes.iter().any(|n| n.contains("无法归类")),
            "{}: {:?}",
            path.display(),
            imp.report.notes
        );
        assert!(imp.report.kind_detected, "{}", path.display());
        n += 1;
    }
    assert_eq!(n, 4);
}
