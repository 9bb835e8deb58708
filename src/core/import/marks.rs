//! Forum anti-copy codes (干扰码): some forums append a few random ASCII
//! characters to every line of a post (`…工作计划 Y3(MKq`, `…做贡献。
//! j3N d4#`), now and then on a line of their own (`k0ai#3iJ`). When four
//! lines or more end in such a code — after a space, ASCII only, with three
//! kinds of characters among upper case, lower case, digits and symbols —
//! every line's ASCII run after a space at its end, and every short line of
//! ASCII alone, is a site's mark: dropped (traced), the line kept without
//! it. A text with fewer such codes is left as it is (`…参加 PPT`, `…达 95%`).
//! Input: the text; output: the text without the codes, or None.
//! Also where a site's dashes after a title begin (`…工作计划--。`), for
//! `reflow` to put them on a line of their own (`lines` drops such a line).

use super::normalise::{char_len, fold, has_sentence_punct, is_space};
use super::title::TITLE_ENDINGS;
use super::trace::{Ctx, Dropped};

/// The longest code looked at (characters), and the fewest lines that
/// must end in a code of three kinds for any to be taken as one.
const MAX_CODE: usize = 16;
const MIN_CODED_LINES: usize = 4;

/// Where an ASCII run after a space at the end of `line` begins (at the
/// space), and whether it looks random (four characters or more, three
/// kinds); only a line holding other text before it.
fn trailing_code(line: &str) -> Option<(usize, bool)> {
    let start = line
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii())
        .last()
        .map(|(i, _)| i)?;
    if start == 0 {
        return None;
    }
    let code = &line[start..];
    if !code.starts_with([' ', '\t']) {
        return None;
    }
    let graphic = code.chars().filter(|c| c.is_ascii_graphic()).count();
    if !(1..=MAX_CODE).contains(&graphic) {
        return None;
    }
    Some((start, graphic >= 4 && kinds(code) >= 3))
}

/// How many kinds of characters: upper case, lower case, digits, symbols.
fn kinds(s: &str) -> usize {
    [
        s.chars().any(|c| c.is_ascii_uppercase()),
        s.chars().any(|c| c.is_ascii_lowercase()),
        s.chars().any(|c| c.is_ascii_digit()),
        s.chars().any(|c| c.is_ascii_punctuation()),
    ]
    .iter()
    .filter(|k| **k)
    .count()
}

/// A short line of ASCII alone (`|tF`, `-OU{99$aS`).
fn code_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.is_ascii() && t.chars().filter(|c| c.is_ascii_graphic()).count() <= MAX_CODE
}

/// The text without a forum's codes, and each code traced.
pub(super) fn strip_codes(text: &str, ctx: &mut Ctx) -> Option<String> {
    let coded = text
        .lines()
        .filter(|l| trailing_code(l).is_some_and(|(_, random)| random))
        .take(MIN_CODED_LINES)
        .count();
    if coded < MIN_CODED_LINES {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for l in text.lines() {
        if code_line(l) {
            ctx.drop(Dropped::SiteMark, l);
        } else if let Some((k, _)) = trailing_code(l) {
            ctx.drop(Dropped::SiteMark, &l[k..]);
            out.push_str(&l[..k]);
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
    Some(out)
}

/// Dashes a document site leaves after a title, with or without a full
/// stop (`医院工会工作计划--。`, `…工作总结——`): where they begin, when what
/// comes before them is a title (a title word at its end, 工会 or a year,
/// six characters or more, no sentence punctuation).
pub(super) fn title_dashes(line: &str) -> Option<usize> {
    let t = line.trim_end_matches(|c: char| is_space(c) || "。.".contains(c));
    let title = t.trim_end_matches(|c: char| "-—–－―─".contains(c));
    let dashes = char_len(t) - char_len(title);
    let f = fold(title);
    (dashes >= 2
        && char_len(title) >= 6
        && (f.contains("工会") || f.contains('年'))
        && !has_sentence_punct(title)
        && TITLE_ENDINGS.iter().any(|e| f.ends_with(e)))
    .then_some(title.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sites_dashes_after_the_title_are_a_line_of_their_own() {
        assert_eq!(
            title_dashes("某某学校工会工作计划--。"),
            Some("某某学校工会工作计划".len())
        );
        assert_eq!(
            title_dashes("某某学校工会工作总结——"),
            Some("某某学校工会工作总结".len())
        );
        // one dash, or no title word, or a sentence: none
        assert_eq!(title_dashes("某某学校工会工作计划-"), None);
        assert_eq!(title_dashes("开展文体活动--。"), None);
        assert_eq!(title_dashes("我们认真完成了计划--。"), None);
    }

    #[test]
    fn a_forums_codes_after_lines_are_marks() {
        let text = "某校工会工作计划 Y3(MKq  \n -OU{99$aS  \n本年度我校工会将认真履职。 j3N\td4#\n\
                    一、加强民主建设 Z[]8X@IPe  \n1、按时召开教代会。 ,c?(\n|tF  \n\
                    2、推进校务公开。 UA2KY}pz5\n二、维护合法权益 K*b* ]hf{\n";
        let mut ctx = Ctx::default();
        let out = strip_codes(text, &mut ctx).expect("codes");
        assert_eq!(
            out,
            "某校工会工作计划\n\n本年度我校工会将认真履职。\n一、加强民主建设\n\
             1、按时召开教代会。\n\n2、推进校务公开。\n二、维护合法权益\n"
        );
        assert_eq!(ctx.dropped.len(), 8);
    }

    #[test]
    fn a_few_ascii_words_after_lines_are_text() {
        let text = "某校工会工作计划\n一、组织参加 PPT 比赛 PPT\n二、完成率达 95%\n三、开展 AI 培训 Ab3!\n";
        let mut ctx = Ctx::default();
        assert_eq!(strip_codes(text, &mut ctx), None);
        assert!(ctx.dropped.is_empty());
    }
}
