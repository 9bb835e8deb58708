//! Forms met in the fifty-ninth round (texts kept in public GitHub
//! repositories): a notice issuing a federation's rules, copied from its web
//! page with the issuing body's name before `关于`, the 文号 under the title
//! and the site's `来源:` line before the salutation, flattened or with
//! lines; the rules' chapter heading run into its first article.

use super::*;

/// A federation's notice issuing its rules, as its web page prints it.
const NOTICE: [&str; 10] = [
    "某某市总工会关于印发《工会帮扶资金管理办法》的通知",
    "市工发〔2027〕12号",
    "来源:市总工会办公室",
    "各区县总工会,各产业工会:",
    "《工会帮扶资金管理办法》已经市总工会常委会议审议通过,现印发给你们,请认真贯彻执行。",
    "某某市总工会",
    "2027年3月6日",
    "工会帮扶资金管理办法",
    "第一章总则第一条为规范帮扶资金的管理和使用,提高资金使用效益,制定本办法。第二条帮扶资金专款专用。",
    "第二章资金来源第三条帮扶资金由市总工会每年列入预算安排。",
];

#[test]
fn a_notice_with_its_number_under_the_title_signs_and_numbers_the_rules() {
    let p = import(&NOTICE.join("\n")).plan;
    assert_eq!(p.title, "工会帮扶资金管理办法", "{p:#?}");
    assert_eq!(
        p.issuance.as_ref().map(|i| i.number.as_str()),
        Some("市工发〔2027〕12号"),
        "{p:#?}"
    );
    assert_eq!(p.signature.organization, "某某市总工会", "{p:#?}");
    assert_eq!(p.signature.date.as_deref(), Some("2027-03-06"), "{p:#?}");
    // the notice's title, source line and sentence stay text; the number not
    assert!(p.guiding.starts_with("某某市总工会关于印发"), "{p:#?}");
    assert!(p.guiding.contains("来源：市总工会办公室"), "{p:#?}");
    assert!(!p.guiding.contains("〔2027〕"), "{p:#?}");
}

#[test]
fn a_flattened_notice_with_its_number_and_source_is_broken_into_lines() {
    // (long enough to count as flattened)
    let more = "第四条帮扶资金用于困难职工的生活救助、医疗救助和子女助学,不得挪作他用。".repeat(3);
    let p = import(&(NOTICE.concat() + &more)).plan;
    assert_eq!(p.title, "工会帮扶资金管理办法", "{p:#?}");
    assert_eq!(
        p.issuance.as_ref().map(|i| i.number.as_str()),
        Some("市工发〔2027〕12号"),
        "{p:#?}"
    );
    assert_eq!(p.signature.date.as_deref(), Some("2027-03-06"), "{p:#?}");
    let headings: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, ["总则", "资金来源"], "{p:#?}");
    assert!(p.sections[0].body.starts_with("第一条为规范"), "{p:#?}");
}

#[test]
fn a_title_without_an_issuing_verb_or_a_sentence_before_about_is_no_notice() {
    // a sentence before 关于: the opening of a plan, no notice's title
    let t = "今年工会将继续关于印发《工会工作要点》的通知精神抓好落实。\n一、加强思想引领\n组织职工学习。\n";
    let p = import(t).plan;
    assert!(p.issuance.is_none(), "{p:#?}");
    assert_eq!(p.sections[0].heading, "加强思想引领", "{p:#?}");
}
