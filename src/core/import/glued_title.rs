//! `reflow`'s rule for a title glued to the first paragraph
//! (`…工作要点2021年我会…`): where the title ends, after a title word and
//! any site suffix or bracket, before a paragraph that starts anew.

use super::labels::parse_label;
use super::normalise::{
    char_len, first_char, fold, fold_char, has_sentence_punct, is_space, pinyin_len, strip_pinyin,
    trim, word_ends,
};
use super::openers::{PURPOSE_OPENERS, SUBJECTS, TIME_WORDS};
use super::reflow::{is_cjk, part_label};
use super::title::{SITE_SUFFIXES, TITLE_ENDINGS};

/// Where a title glued to the first paragraph ends (`…工作要点2021年我会…`,
/// `…工作计划 一、…`, `…工作计划明年全区…`, `…职责,大力推进…工作总结XX年,…`):
/// after a title word (计划, 总结, 要点 …) in the first 40 characters
/// before any sentence end, the last one after which a paragraph of some
/// length starts anew (a space, a year, a placeholder year, a label or a
/// word of time) rather than continuing the title.
pub(super) fn glued_title(line: &str) -> Option<usize> {
    if let Some(k) = super::title_address::glued_to_salutation(line) {
        return Some(k);
    }
    if let Some(k) = super::headline::glued(line, super::title::ends_on_title_word) {
        return Some(k);
    }
    if let Some(k) = super::title_motto::glued(line) {
        return Some(k);
    }
    let head_end = line
        .char_indices()
        .find(|(_, c)| matches!(*c, '。' | '；' | ';' | '：' | ':' | '！' | '？' | '!' | '?'))
        .map_or(line.len(), |(i, _)| i);
    let window_end = line
        .char_indices()
        .nth(40)
        .map_or(line.len(), |(i, _)| i)
        .min(head_end);
    let window = &line[..window_end];
    if let Some(k) = notice_title_end(window, line) {
        return Some(k);
    }
    if let Some(k) = super::addressees::title_before_addressees(line) {
        return Some(k);
    }
    // (pinyin inside a title word, `計(jì)劃`, left out when matching)
    let ends = word_ends(window, TITLE_ENDINGS);
    // a document site's `范文`, or a bracketed note (`(草案)`), after the
    // title word belongs to the title, as does pinyin after its last
    // character (`總結(jié)`)
    let mut ends: Vec<usize> = ends
        .into_iter()
        .map(|end| end + pinyin_len(&line[end..]))
        .map(|end| end + title_suffix(&line[end..]))
        .collect();
    ends.sort_unstable();
    ends.dedup();
    super::title_part::pick(line, ends, |end| title_ends_at(line, end))
}

/// A notice's title run into its addressees (`关于开展…的通知 各县(市)区…
/// 工会:`, a space or none between): where the title ends.
fn notice_title_end(window: &str, line: &str) -> Option<usize> {
    let k = window.find("的通知")? + "的通知".len();
    let title = &window[..k];
    let after = window[k..].trim_start_matches(is_space);
    // (or addressees naming everyone, `全校各位教工:`, `salute_all`)
    // (the window ends at the first colon: the addressees' is looked at in
    // the line)
    let whole = line[k..].trim_start_matches(is_space);
    let addressed = after.starts_with('各') || super::salute_all::everyone(whole);
    (title.contains("关于") && !has_sentence_punct(title) && addressed).then_some(k)
}

/// The byte length of a suffix after a title word: `范文` `模板`, or a
/// bracket of up to 12 characters.
fn title_suffix(after: &str) -> usize {
    // compared folded (a traditional site's `範文`)
    let head: String = after.chars().take(2).map(fold_char).collect();
    if SITE_SUFFIXES.contains(&head.as_str()) {
        return after.chars().take(2).map(char::len_utf8).sum();
    }
    let Some(open) = first_char(after).filter(|c| matches!(*c, '(' | '（')) else {
        return 0;
    };
    let len = after[open.len_utf8()..]
        .char_indices()
        .take(13)
        .find(|(_, c)| matches!(*c, ')' | '）'))
        .map_or(0, |(i, c)| open.len_utf8() + i + c.len_utf8());
    // a site's pinyin after a character (`總結(jié)及…`) is no note
    if len > 0 && strip_pinyin(&after[..len]).is_empty() {
        return 0;
    }
    len
}

fn title_ends_at(line: &str, end: usize) -> bool {
    let title = &line[..end];
    let rest = trim(&line[end..]);
    let f = fold(title);
    let after = &line[end..];
    // (a clause of purpose or of time after a space, as a flattened copy
    // joins the title line and the opening, counts as well)
    let opened = after.trim_start_matches(is_space);
    let purpose = {
        let head: String = opened.chars().take(4).map(fold_char).collect();
        PURPOSE_OPENERS.iter().any(|w| head.starts_with(w))
    };
    // (a clause of purpose after a sentence, `我们制定了工作计划为了…`, is no title's end)
    let bare = !has_sentence_punct(title) && !f.contains(['我', '本']) && !f.contains("制定");
    let opened_f: String = opened.chars().take(8).map(fold_char).collect();
    let timed = super::openers::time_clause(&opened_f);
    // a masked name opens the text (`…经验材料××局现有…`)
    let masked = super::openers::masked_name(opened);
    // (a plan of the union's own bodies and works names no 工会 but its
    // staff, `…创建职工之家活动方案`, `…教代会…`)
    let named = f.contains("工会")
        || f.contains("年")
        || super::title_words::UNION_WORKS
            .iter()
            .any(|w| f.contains(w))
        || ((purpose || timed || masked) && bare);
    // the paragraph starts anew: after a space, or with a year (`2023年`,
    // `XX年`), a label, a word of time or a clause of purpose
    let placeholder_year = {
        let n = after
            .chars()
            .take_while(|c| matches!(*c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×' | '_' | '＿'))
            .count();
        n >= 2 && after.chars().nth(n) == Some('年')
            // `某年,` (a template's year left unnamed)
            || after.starts_with("某年，")
            || after.starts_with("某年,")
    };
    // a title closed by a bracketed note (`…总结(summary)镇工会…`)
    let closed = title.ends_with([')', '）']) && strip_pinyin(title).ends_with([')', '）']);
    // the text names the title's organisation again (`…灌南县总工会农民工
    // 工作汇报灌南县有…`): three characters of the title, not a title word
    let repeats = {
        let head: String = after.chars().take(3).collect();
        char_len(&head) == 3
            && head.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
            && !head.starts_with('工')
            && title.contains(head.as_str())
    } || super::headline::restates(title, after);
    // a title that names a union and a year and ends on `工作总结` /
    // `工作计划` / `工作要点`, run into a sentence that is no continuation of
    // it (`…工会工作总结丰收的季节已然过去,…`)
    // (a sentence that says what the year was, `…是…的工作总结期,`, is none)
    let strong = f.contains("工会")
        && f.contains('年')
        && !f.contains(['是', '的', '我', '本'])
        && ["工作总结", "工作计划", "工作要点"]
            .iter()
            .any(|e| f.ends_with(e))
        && first_char(after)
            .is_some_and(|c| is_cjk(c) && !"及暨和与并、的是报汇会大表范模提材稿".contains(c))
        && (after.chars().take(24).any(|c| matches!(c, '，' | ','))
            // (or a sentence of its own with no comma, `…工作总结|工会工作得到
            // 了…的支持。`, closed within 40 characters)
            || after
                .chars()
                .take(40)
                .position(|c| c == '。')
                .is_some_and(|n| n >= 12));
    let anew = closed
        || repeats
        || strong
        || first_char(after).is_some_and(|c| is_space(c) || c.is_ascii_digit())
        || placeholder_year
        // (compared folded too: a traditional copy's `近年來,`)
        || TIME_WORDS.iter().any(|w| after.starts_with(w) || opened_f.starts_with(w))
        || SUBJECTS.iter().any(|w| after.starts_with(w))
        || purpose
        || timed
        || masked
        // a clause of basis (`…工作汇报根据市总工会的要求,…`, compared
        // folded too: a traditional copy's `根據`)
        || ["根据", "按照"].iter().any(|w| after.starts_with(w) || opened_f.starts_with(w))
        || in_light_of(opened)
        || parse_label(rest).is_some()
        || part_label(after);
    // a title holds no comma before its last few words run on
    let clause = f.matches(['，', ',']).count() <= 1;
    // a short remark after a space that holds a comma is no part of the
    // title either (a site's mark, `… 稿子汇,范文学习文库`)
    let remark = first_char(after).is_some_and(is_space) && rest.contains(['，', ',']);
    // a title word inside an open 《 names a document the first sentence
    // cites (`为贯彻《…三年工作规划(2011-2013年)》,…`), not this one's title
    let cited = title.matches('《').count() > title.matches('》').count();
    named && anew && clause && !cited && (char_len(rest) >= 20 || remark) && char_len(title) >= 6
}

/// A clause of basis opening on `结合` (`…工作思路结合2015年…工作实际,…`,
/// `结合我校实际,…`): `结合` and then `实际` within the next 24
/// characters, compared folded.
fn in_light_of(opened: &str) -> bool {
    let head: String = opened.chars().take(26).map(fold_char).collect();
    head.strip_prefix("结合")
        .is_some_and(|rest| rest.contains("实际"))
}
