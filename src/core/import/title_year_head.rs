//! A headline with no title word over an opening that starts on the year
//! and names the union (`下沉服务基层一线不断开创员工幸福新局面` /
//! `2017 年,某某分公司工会认真贯彻…`, `2018年度先进分会工作交流——退离休…中心`
//! / `2018年,…中心工会在…`): a union paper's or a company page's report on
//! its year, headed by its headline; the first line is the title. Input: the
//! first line and the next; output: whether the first line is such a title.
//! Looks at the first line (at most 40 characters) and the next line's first
//! 40 characters. Such a title names no kind; an opening whose first sentence
//! says nothing of intention (`将`, `要`, `力争`, `计划` …) under it reports
//! the year done: a summary (`reports_year`, for `facts`).

use super::normalise::{char_len, fold, has_sentence_punct, FW_COMMA};

/// The headline's shortest and longest length.
const MIN_LEN: usize = 10;
const MAX_LEN: usize = 40;
/// How far into the opening the union is named.
const UNION_WITHIN: usize = 40;

/// Whether `l0` is a headline (10 to 40 characters, no punctuation of a
/// sentence, no comma or `、`, no digit leading it unless it names a year
/// with `年`) over `next`, a paragraph
/// opening on a year and a comma (`2017 年,` `2018年度,`) that names the union
/// (`工会`) within its first 40 characters and runs on past them.
pub(super) fn over_year_opening(l0: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    let l = l0.trim();
    if !(MIN_LEN..=MAX_LEN).contains(&char_len(l))
        || has_sentence_punct(l)
        || l.contains('、')
        || l.starts_with(|c: char| c.is_ascii_digit() && !l.contains('年'))
    {
        return false;
    }
    let head: String = fold(next.trim()).chars().take(UNION_WITHIN).collect();
    year_comma(&head) && head.contains("工会") && next.chars().nth(UNION_WITHIN).is_some()
}

/// Whether `s` opens on four digits, an optional space, `年` (or `年度`) and a
/// comma.
fn year_comma(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    if cs.len() < 6 || !cs[..4].iter().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut i = 4;
    while cs.get(i) == Some(&' ') {
        i += 1;
    }
    if cs.get(i) != Some(&'年') {
        return false;
    }
    i += 1;
    if cs.get(i) == Some(&'度') {
        i += 1;
    }
    matches!(cs.get(i), Some(',') | Some(&FW_COMMA))
}

/// Words of intention: a first sentence with one sets out the year ahead.
const INTENT: [&str; 7] = ["将", "要", "力争", "争取", "计划", "打算", "拟"];

/// Whether the one-line title `title` is such a headline over `opening`
/// (folded) and the opening's first sentence holds no word of intention:
/// the headline heads a report on the year, a summary.
pub(super) fn reports_year(title: &[String], opening: &str) -> bool {
    let [t] = title else { return false };
    let first_line = opening.lines().next().unwrap_or("");
    let sentence: String = first_line.chars().take_while(|c| *c != '。').collect();
    over_year_opening(t, Some(first_line)) && !INTENT.iter().any(|w| sentence.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPENING: &str = "2017 年，中国电信某某分公司工会认真贯彻党的十九大精神，在省公司工会和分公司党委的正确领导下，服务企业发展。";

    #[test]
    fn a_headline_over_an_opening_on_the_year_naming_the_union_is_the_title() {
        assert!(over_year_opening(
            "下沉服务基层一线不断开创员工幸福新局面",
            Some(OPENING)
        ));
        assert!(over_year_opening(
            "2018年度先进分会工作交流——退离休职工管理服务中心",
            Some("2018年，退离休职工管理服务中心工会在公司党委和上级工会的领导下，紧紧围绕年度工作主题，履行工会基本职能。")
        ));
    }

    #[test]
    fn such_a_headline_over_a_first_sentence_without_intention_reports_the_year() {
        let t = vec!["下沉服务基层一线不断开创员工幸福新局面".to_string()];
        assert!(reports_year(&t, OPENING));
        let ahead = "2018年，某某分公司工会将认真贯彻党的十九大精神，在分公司党委的正确领导下，服务企业发展，做好各项工作。";
        assert!(!reports_year(&t, ahead));
        assert!(!reports_year(&[], OPENING));
    }

    #[test]
    fn other_first_lines_and_openings_are_not() {
        // a sentence, a short line, a list's label
        assert!(!over_year_opening("各位代表，同志们：", Some(OPENING)));
        assert!(!over_year_opening("工会工作", Some(OPENING)));
        assert!(!over_year_opening(
            "一、加强组织建设、提高服务水平",
            Some(OPENING)
        ));
        // an opening that does not start on the year, or names no union
        assert!(!over_year_opening(
            "下沉服务基层一线不断开创员工幸福新局面",
            Some("今年以来，中国电信某某分公司工会认真贯彻党的十九大精神，在省公司工会的正确领导下，服务企业发展。")
        ));
        assert!(!over_year_opening(
            "下沉服务基层一线不断开创员工幸福新局面",
            Some("2017年，某某分公司认真贯彻党的十九大精神，在省公司和分公司党委的正确领导下，服务企业发展，完成各项任务。")
        ));
    }
}
