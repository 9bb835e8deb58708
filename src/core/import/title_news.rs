//! A news headline that names the union after a dash, with a colon before
//! what it does (`贯彻职代会精神--公司工会:维护职工权益 提升服务水平`): the
//! line is the title, though it holds a colon and no title word, when a
//! paragraph of sentences follows it. Input: the first line and the next
//! (the first line is at most 60 characters, a site's pinyin left out).

use super::normalise::{char_len, fold, has_sentence_punct, is_space, strip_pinyin, trim};

/// The dashes between the topic and the union.
fn dash(c: char) -> bool {
    matches!(c, '-' | '—' | '－' | '–')
}

/// Whether `l0` is such a headline over the paragraph `next`.
pub(super) fn union_after_dash(l0: &str, next: Option<&str>) -> bool {
    // (counted up to the bound only: a flattened text is one long line)
    let longer = |s: &str, n: usize| s.chars().nth(n).is_some();
    if longer(l0, 90) || !next.is_some_and(|n| longer(n, 60) && has_sentence_punct(n)) {
        return false;
    }
    let plain = strip_pinyin(l0);
    let f = fold(&plain);
    let Some(k) = f.find(dash) else { return false };
    let topic = trim(&f[..k]);
    let rest = f[k..].trim_start_matches(dash);
    let Some(c) = rest.find([':', '：']) else {
        return false;
    };
    let union = trim(&rest[..c]);
    let what = trim(&rest[c..].trim_start_matches([':', '：']));
    // a topic, a short name of the union (`工会`, `工会办`, `公司工会`),
    // and what it does in short phrases apart (spaces or one comma)
    let phrases = what.split(|c: char| is_space(c) || matches!(c, ',' | '，'));
    (4..=20).contains(&char_len(topic))
        && !topic.ends_with(|c: char| c.is_ascii_digit())
        && !has_sentence_punct(topic)
        && union.contains("工会")
        && char_len(union) <= 8
        && (6..=40).contains(&char_len(what))
        && !has_sentence_punct(what)
        && what.matches([',', '，']).count() <= 1
        && phrases.filter(|p| !p.is_empty()).all(|p| char_len(p) <= 14)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "按照公司职代会的部署,工会办结合本部室实际,今年将扎实做好以下几项工作,努力为职工办实事、做好事,在解决实际问题上下功夫,助推企业转型升级。";

    #[test]
    fn a_headline_naming_the_union_after_a_dash_is_a_title() {
        let l = "贯彻职代会精神--公司工会:维护职工权益 提升服务水平 助推企业发展";
        assert!(union_after_dash(l, Some(PARA)));
        // a long dash, a full-width colon, a site's pinyin inside words
        let l = "贯彻职代会精神——工会办：维护职工权益 助推企业(yè)发(fā)展";
        assert!(union_after_dash(l, Some(PARA)));
    }

    #[test]
    fn lines_of_other_forms_are_no_such_title() {
        // no paragraph after it
        let l = "贯彻职代会精神--公司工会:维护职工权益 提升服务水平";
        assert!(!union_after_dash(l, Some("一、主要工作")));
        // no union after the dash
        let l = "贯彻职代会精神--公司行政:维护职工权益 提升服务水平";
        assert!(!union_after_dash(l, Some(PARA)));
        // a sentence after the colon
        let l = "工作回顾--工会:今年完成了各项任务。明年继续努力";
        assert!(!union_after_dash(l, Some(PARA)));
        // a time span with a dash, then a sentence
        let l = "2023-2024学年工会:做好各项工作,维护教职工的合法权益,办好实事,关心职工生活";
        assert!(!union_after_dash(l, Some(PARA)));
    }
}
