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

#[test]
fn a_traditional_account_titled_gongzuo_jishi_is_a_summary_under_its_title() {
    let t = "築牢同心根基——某某縣總工會民族團結工作紀實\n\n近年來,某某縣總工會堅持以服務職工為中心,把民族團結融入各項工作,取得了明顯成效。\n\n搭建交流平台 增進各族情誼\n\n全年舉辦職工運動會、文藝匯演等活動十餘場,各族職工三千餘人次參加,增進了彼此了解。\n";
    let p = import(t).plan;
    assert_eq!(
        p.title, "築牢同心根基——某某縣總工會民族團結工作紀實",
        "{p:#?}"
    );
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
    let h: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(h, vec!["搭建交流平台 增進各族情誼"], "{p:#?}");
}

#[test]
fn a_flattened_traditional_title_ends_before_a_word_of_time() {
    let t = "某某縣總工會職工之家建設工作紀實近年來,某某縣總工會以建家為抓手,新建職工之家二十餘個,服務職工上萬人次。\n";
    let p = import(t).plan;
    assert_eq!(p.title, "某某縣總工會職工之家建設工作紀實", "{p:#?}");
    assert!(p.guiding.starts_with("近年來"), "{p:#?}");
}

#[test]
fn a_flattened_heading_goes_on_after_a_space_before_a_joining_word() {
    // a document site's page chunks, the parts run on after spaces
    let t = "1、某中学工会年度工作方案 一、指导思想 坚持以人为本,积极推进学校民主管理,团结和发动教职工肩负起时代赋予的使命,为全面推进素质教育而努力奋斗。 二、工作目标 与工作方案 1.加强学习,提高素质。组织工会委员学习理论,提高服务意识和服务水平,增强教职工的敬业爱岗精神和主人翁精神。 2.完善制度,提高质量。促进学校管理科学化、制度化和民主化,把学校办成高\n2、质量、有特色的学校。 (1)加强民主监督。深化校务公开的形式和内容。 (2)严格工会财务管理。健全工会财务工作制度。 3.丰富生活,改善福利。积极开展各项文体活动,增强学校的凝聚力。 (1)组织三八节联谊活动。 (2)设立教职工活动室。\n";
    let p = import(t).plan;
    assert_eq!(
        p.headings.goals.as_deref(),
        Some("工作目标 与工作方案"),
        "{p:#?}"
    );
    assert!(p.goals.starts_with("1.加强学习"), "{p:#?}");
}
