//! Forms met in the sixty-first round (more of a school website's union
//! column kept in a public GitHub repository, and a university union's
//! summary and congress report): a 方案 with its issuer and date right
//! under the title; a contest's rules (`…比赛规程`) as the title; rules
//! signed with a month and day only; a flattened notice's title run into
//! addressees naming everyone (`全校各位教工:`); a short heading run into a
//! clause of purpose (`…为鼓励…,`).

use super::*;

#[test]
fn an_issuer_and_date_under_the_title_sign_the_text() {
    let text = "2027年某某学校教职工疗休养方案\n某某学校工会\n2027年5月6日\n根据上级文件精神，具体方案如下。\n一、疗休养对象。全体在编会员。\n二、疗休养时间。暑假期间分批进行。";
    let p = import(text).plan;
    assert_eq!(p.signature.organization, "某某学校工会", "{p:#?}");
    assert_eq!(p.signature.date.as_deref(), Some("2027-05-06"), "{p:#?}");
    let heads: Vec<&str> = p
        .sections
        .iter()
        .map(|s| s.heading.trim_end_matches('。'))
        .collect();
    assert_eq!(heads, ["疗休养对象", "疗休养时间"], "{p:#?}");
    assert!(!p.guiding.contains("某某学校工会"), "{p:#?}");
}

#[test]
fn a_contests_rules_are_the_title_and_that_years() {
    let text = "某某学校教职工乒乓球比赛规程\n为丰富教职工业余生活，现将有关事项通知如下。\n一、比赛时间\n12月10日下午。\n二、比赛办法\n分组循环。\n某某学校工会\n2027.11.20";
    let p = import(text).plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "某某学校教职工乒乓球比赛规程",
        "{p:#?}"
    );
    assert_eq!(p.year, 2027, "{p:#?}");
}

#[test]
fn a_month_and_day_signature_takes_the_year_of_the_dates_above() {
    let text = "某某学校教职工拔河比赛规程\n为增强团队精神，特举办本次比赛。\n一、比赛时间\n2027年4月20日下午。\n二、参赛对象\n各工会小组。\n某某学校工会\n4月12日";
    let p = import(text).plan;
    assert_eq!(p.signature.organization, "某某学校工会", "{p:#?}");
    assert_eq!(p.signature.date.as_deref(), Some("2027-04-12"), "{p:#?}");
}

#[test]
fn a_flattened_notice_title_before_addressees_naming_everyone() {
    let text = "关于开展2027年教职工读书活动的通知全体教职工：为营造书香校园，经研究，现将有关事项通知如下：一、活动主题阅读点亮生活。二、活动时间2027年4月至6月。某某学校工会2027年3月28日";
    let p = import(text).plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "关于开展2027年教职工读书活动的通知",
        "{p:#?}"
    );
}

#[test]
fn a_short_heading_run_into_a_clause_of_purpose_ends_before_it() {
    let text = "某某学校工会2027年工作要点\n为做好今年工作，制定本要点。\n一、思想引领\n组织教职工学习。\n二、评先评优为鼓励广大会员争先创优，工会将表彰一批先进个人。\n三、关心职工\n做好慰问工作。";
    let p = import(text).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["思想引领", "评先评优", "关心职工"], "{p:#?}");
}
