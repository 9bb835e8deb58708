//! The signature at the end: its date forms, on one line with the
//! organisation or after it, placeholder dates, and the year it gives.

use super::*;

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
fn signature_with_the_date_first_or_a_placeholder_date() {
    let imp = import("一、建家\n正文。\n2025年12月20日 XX工会");
    assert_eq!(imp.plan.signature.organization, "XX工会");
    assert_eq!(imp.plan.signature.date.as_deref(), Some("2025-12-20"));
    // a template's date with placeholders: the organisation is signed, the
    // date stays text for the user to fill in
    for last in ["20xx年XX月18日 校工會", "校工會\n____年__月__日"] {
        let imp = import(&format!("一、建家\n正文。\n{last}"));
        assert_eq!(imp.plan.signature.organization, "校工會", "{last}");
        assert_eq!(imp.plan.signature.date, None, "{last}");
        assert!(imp.plan.sections[0].body.ends_with("日"), "{last}");
    }
    // a line of the text that starts with a day, or an event after a
    // date, is no signature
    for last in ["3月12日 组织植树活动", "2025年12月30日 工会组织迎新年联欢"] {
        let imp = import(&format!("一、建家\n正文。\n{last}"));
        assert_eq!(imp.plan.signature.organization, "", "{last}");
    }
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
