//! A news line's report title before a dash and the report's motto
//! (`某某公司工会主席作2009年度工会工作报告-围绕中心 服务大局 为…奋斗`):
//! the line is the title, though it ends on the motto's words, and in a
//! flattened copy it ends where a year opens the first sentence after the
//! motto (`…奋斗2008年,是…`). Input: a title line (folded, pinyin left out)
//! or the first line of a flattened text; output: whether it is such a
//! title, or where the glued title ends. Also: whether a flattened text
//! after a glued title opens on the title's own first words again.

use super::normalise::{char_len, fold, has_sentence_punct, pinyin_len, strip_pinyin, trim};

/// The dashes that join the report's title to its motto.
fn dash(c: char) -> bool {
    matches!(c, '-' | '—' | '－' | '–')
}

/// The report's title before the first dash: six characters or more,
/// not ending on a digit (`2023-2024学年度…` joins two years), naming a
/// union, with no sentence punctuation. `n` is a folded title line.
pub(super) fn before_dash(n: &str) -> Option<&str> {
    let k = n.find(dash)?;
    let a = trim(&n[..k]);
    let motto = trim(n[k..].trim_start_matches(dash));
    (char_len(a) >= 6
        && !a.ends_with(|c: char| c.is_ascii_digit())
        && a.contains("工会")
        && !has_sentence_punct(a)
        && (4..=40).contains(&char_len(motto))
        && !has_sentence_punct(motto))
    .then_some(a)
}

/// In a flattened text's first line, a headline title whose report title
/// ends on a title word (`ends`), then a dash and a motto of up to 40
/// characters, run into a year that opens the first sentence (`2008年,`):
/// the byte index where that year begins.
pub(super) fn glued(line: &str, ends: impl Fn(&str) -> bool) -> Option<usize> {
    // the dash within the first 48 characters
    let (k, _) = line.char_indices().take(48).find(|(_, c)| dash(*c))?;
    let title = fold(&strip_pinyin(&line[..k]));
    let title = trim(&title);
    if char_len(title) < 6 || !ends(title) || !title.contains("工会") || has_sentence_punct(title)
    {
        return None;
    }
    let mut at = k + line[k..].len() - line[k..].trim_start_matches(dash).len();
    let mut prev: Option<char> = None;
    for seen in 0..=48 {
        let c = line[at..].chars().next()?;
        if matches!(c, '。' | '，' | ',' | '；' | ';' | '：' | ':' | '！' | '？') {
            return None;
        }
        if c.is_ascii_digit() && prev.is_some_and(|p| !p.is_ascii_digit()) && seen >= 4 {
            if year_opens(&line[at..]) {
                return Some(at);
            }
        }
        at += c.len_utf8();
        // pinyin after a character is the character's (`穩(wěn)`)
        if !c.is_ascii() {
            at += pinyin_len(&line[at..]);
        }
        prev = Some(c);
    }
    None
}

/// `2008年,` `2008年是`: four digits, 年, and a comma or 是.
fn year_opens(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && s[4..].starts_with('年')
        && s[7..].starts_with([',', '，', '是'])
}

/// The text opens on the title's own first two characters again
/// (`邮政工会工作总结邮政局工会…`): the organisation named anew, no
/// continuation of the title.
/// Or it names the title's union again (`names_union`).
pub(super) fn restates(title: &str, after: &str) -> bool {
    let head: String = after.chars().take(2).collect();
    char_len(&head) == 2
        && head.chars().all(super::reflow::is_cjk)
        && !head.starts_with('工')
        && title.starts_with(head.as_str())
        || names_union(title, after)
}

/// The text names the title's union again after a short qualifier
/// (`机关工会工作总结|市直机关工会工委在…`): the two characters before the
/// title's `工会` and `工会` come again after one to four Chinese characters
/// (the title's own continuation would start on them; a site's words and a
/// space before them are no qualifier).
pub(super) fn names_union(title: &str, after: &str) -> bool {
    let t: Vec<char> = title.chars().map(super::normalise::fold_char).collect();
    let Some(u) = t.windows(2).position(|w| w == ['工', '会']) else {
        return false;
    };
    if u < 2 || !t[u - 2..u].iter().all(|c| super::reflow::is_cjk(*c)) {
        return false;
    }
    let name = &t[u - 2..u + 2];
    let a: Vec<char> = after
        .chars()
        .take(8)
        .map(super::normalise::fold_char)
        .collect();
    (1..a.len().saturating_sub(3))
        .any(|k| a[k..k + 4] == *name && a[..k].iter().all(|c| super::reflow::is_cjk(*c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(t: &str) -> bool {
        t.ends_with("报告")
    }

    #[test]
    fn the_text_naming_the_titles_union_again() {
        assert!(names_union(
            "机关工会工作总结",
            "市直机关工会工委在市直机关党工委的领导下"
        ));
        assert!(names_union(
            "機關工會工作總結",
            "市直機關工會工委在市直機關黨工委的領導下"
        ));
        // the title's own continuation, or no union named again
        assert!(!names_union("机关工会工作总结", "机关工会主席述职报告"));
        assert!(!names_union(
            "机关工会工作总结",
            "表彰大会在市直机关党工委召开"
        ));
        assert!(!names_union("工会工作总结", "市直机关工会工委在市直机关"));
        assert!(!names_union(
            "建设局工会上半年工作总结",
            "延伸阅读 建设局工会上半年"
        ));
    }

    #[test]
    fn a_report_title_before_a_dash_and_a_motto() {
        assert_eq!(
            before_dash("某某集团工会主席某某作2015年度工会工作报告-凝心聚力 砥砺前行"),
            Some("某某集团工会主席某某作2015年度工会工作报告")
        );
        // two years joined by a dash
        assert_eq!(before_dash("2023-2024学年度第一学期学校工会工作计划"), None);
        // a sentence after the dash
        assert_eq!(
            before_dash("某某工会工作报告-今年以来,我们做了很多工作,职工满意。"),
            None
        );
    }

    #[test]
    fn a_glued_headline_ends_where_a_year_opens_the_text() {
        let line = "某某集团工会主席某某作2015年度工会工作报告-凝心聚力 砥砺前行 为集团发展再立新功2014年,是集团工会扎实工作的一年,各项工作稳步推进。";
        let k = glued(line, ends).unwrap();
        assert!(line[k..].starts_with("2014年,"));
        // no year opening a sentence within reach: none
        let line = "某某集团工会主席某某作2015年度工会工作报告-凝心聚力 砥砺前行 为集团发展再立新功一年来,各项工作稳步推进。";
        assert_eq!(glued(line, ends), None);
    }
}
