//! What document sites leave after a line: their name and address after a
//! space at a line's end (`一、2008年工会工作回顾 稿子汇 www.example.com`),
//! and their category after a file name's dash (`…2019年工作总结 - 工会工作
//! 总结`, a title as the site names the file), and its tag in lenticular
//! brackets after a title (`…工作总结【实用】`) or after a dash
//! (`…工作总结-最新范文`). All are dropped (traced as
//! a site's mark). Input: one line (the title's last line for the
//! category); output: where the mark begins. Looks at a line's last 48
//! characters only.

use super::normalise::{char_len, fold, has_sentence_punct, is_space};
use super::title::ends_on_title_word;

/// Where a site's address mark begins at the end of `l`: a space, up to
/// eight Han characters of the site's name and a space, then `www.…` or
/// `http…` running to the line's end; other text before it.
pub(super) fn url_mark(l: &str) -> Option<usize> {
    let tail_start = l.char_indices().rev().nth(47).map_or(0, |(i, _)| i);
    let tail = &l[tail_start..];
    let at = ["www.", "http://", "https://"]
        .iter()
        .filter_map(|w| tail.rfind(w))
        .max()?;
    let url = &tail[at..];
    if url.chars().any(|c| !c.is_ascii_graphic()) {
        return None;
    }
    let before = &l[..tail_start + at];
    let before = before.strip_suffix(is_space)?;
    // the site's name before the address, after a space (an address
    // alone after a sentence, `网址是 www.…`, is the author's)
    let sp = before.rfind(is_space)?;
    let name = before[sp..].trim_start_matches(is_space);
    if !(1..=8).contains(&char_len(name))
        || !name.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
    {
        return None;
    }
    let start = sp;
    let kept = l[..start].trim_end_matches(is_space);
    (char_len(kept) >= 2).then_some(kept.len())
}

/// Where a site's category after a file name's dash begins in a title
/// (`新闻传播学院工会 2019 年工作总结 - 工会工作总结`): ` - ` (or `——`
/// between spaces), then up to ten characters ending on a title word,
/// after a title that ends on one itself.
pub(super) fn title_category(l: &str) -> Option<usize> {
    let k = l.rfind(" - ").or_else(|| l.rfind(" — "))?;
    let (title, rest) = (&l[..k], &l[k..]);
    let cat = rest.trim_start_matches(|c: char| is_space(c) || c == '-' || c == '—');
    let cat_f = fold(cat);
    let title_f: String = fold(title).chars().filter(|c| !is_space(*c)).collect();
    ((2..=10).contains(&char_len(cat))
        && !has_sentence_punct(cat)
        && ends_on_title_word(&cat_f)
        && ends_on_title_word(&title_f))
    .then_some(k)
}

/// Where a site's tag after a title begins (`…教育工会工作总结【实用】`,
/// `…工作计划【精选】`): `【`, two to four Han characters, `】` at the
/// line's end, after a title that ends on a title word; or a dash and a
/// site's word for a model text (`…工作总结-最新范文`, `dash_tag`).
pub(super) fn title_tag(l: &str) -> Option<usize> {
    let t = l.trim_end_matches(is_space);
    let Some(inner) = t.strip_suffix('】') else {
        return dash_tag(t);
    };
    let k = inner.rfind('【')?;
    let tag = &inner[k + '【'.len_utf8()..];
    ((2..=4).contains(&char_len(tag))
        && tag.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && ends_on_title_word(&fold(l[..k].trim_end_matches(is_space))))
    .then_some(k)
}

/// `-` `—` or `_` right after a title ending on a title word, then two to
/// four Han characters ending on 范文 (`最新范文`, `优秀范文`) at the line's
/// end: the site's word for the text it offers, not the title's.
fn dash_tag(t: &str) -> Option<usize> {
    let k = t.rfind(['-', '—', '_'])?;
    let dash = t[k..].chars().next()?.len_utf8();
    let tag = &t[k + dash..];
    ((2..=4).contains(&char_len(tag))
        && tag.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && fold(tag).ends_with("范文")
        && ends_on_title_word(&fold(&t[..k])))
    .then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sites_address_after_a_line_is_found() {
        let l = "一、全年工作回顾 某某网 www.example.com";
        assert_eq!(&l[..url_mark(l).unwrap()], "一、全年工作回顾");
        let l = "二、加强学习 某站 http://a.example.cn/x";
        assert_eq!(&l[..url_mark(l).unwrap()], "二、加强学习");
        assert!(url_mark("详见www.example.com").is_none());
        assert!(url_mark("工会网站网址是 www.example.com").is_none());
    }

    #[test]
    fn a_sites_category_after_a_titles_dash_is_found() {
        let l = "某学院工会 2019 年工作总结 - 工会工作总结";
        assert_eq!(
            &l[..title_category(l).unwrap()],
            "某学院工会 2019 年工作总结"
        );
        assert!(title_category("工会工作 - 回顾与展望").is_none());
        assert!(title_category("某某工会2020年工作计划").is_none());
    }

    #[test]
    fn a_sites_tag_in_brackets_after_a_title_is_found() {
        let l = "某市2020年教育工会工作总结【实用】";
        assert_eq!(&l[..title_tag(l).unwrap()], "某市2020年教育工会工作总结");
        // a bracket inside the title, or after no title word, stays
        assert!(title_tag("【某某】工会工作计划").is_none());
        assert!(title_tag("工会活动【实用】").is_none());
        assert!(title_tag("某某工会工作计划【修订稿第二版】").is_none());
        // or a dash and the site's word for a model text
        let l = "05医院工会工作总结-最新范文";
        assert_eq!(&l[..title_tag(l).unwrap()], "05医院工会工作总结");
        assert!(title_tag("工会工作总结_范文").is_some());
        assert!(title_tag("工会活动-最新范文").is_none());
        assert!(title_tag("工会工作总结-学习体会").is_none());
    }
}
