//! Forms met in the fifty-second round: a yearbook entry's bracketed
//! headings with their text on the same line, and its overview's founding
//! year that is not the year the entry reports.

use super::*;

#[test]
fn a_yearbooks_bracketed_heads_are_sections_and_the_overview_its_opening() {
    let t = "县总工会\n【概况】  县总工会于1956年成立,2022年末有基层工会一百二十家。\n    【组织建设】  2022年新建工会十家,发展会员五百人。\n    【职工帮扶】  2022年春节前慰问困难职工四十户。\n";
    let p = import(t).plan;
    let h: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(h, vec!["组织建设", "职工帮扶"], "{p:#?}");
    assert!(p.guiding.contains("【概况】"), "{p:#?}");
    assert_eq!(
        p.sections[0].body.trim(),
        "2022年新建工会十家，发展会员五百人。"
    );
    assert_eq!(p.year, 2022, "{p:#?}");
}
