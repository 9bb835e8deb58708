//! A motto title of three or more short phrases set apart by spaces
//! (`抢抓新机遇 创造新优势 建立新功业`), alone on the first line over a
//! paragraph of text: a company's or a union's year plan is often headed so,
//! with no title word. Input: the first line and the line after it (`title`);
//! output: whether the first line is the title. Only the first line is looked
//! at (30 characters at most; 50 with the union's name after the motto).

use super::normalise::{char_len, fold, has_sentence_punct, is_space};

/// The shortest and longest phrase, and the fewest phrases.
const MIN_PHRASE: usize = 3;
const MAX_PHRASE: usize = 8;
const MIN_PHRASES: usize = 3;

/// Whether `l0` is three or more phrases of Chinese characters, one space
/// (or ideographic space) between each, over a paragraph of sentences.
pub(super) fn spaced_motto(l0: &str, next: Option<&str>) -> bool {
    let l = l0.trim();
    if char_len(l) > 30 || has_sentence_punct(l) {
        return false;
    }
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let phrases: Vec<&str> = l.split([' ', '\u{3000}']).collect();
    phrases.len() >= MIN_PHRASES
        && phrases
            .iter()
            .all(|p| (MIN_PHRASE..=MAX_PHRASE).contains(&char_len(p)) && p.chars().all(han))
        && next.is_some_and(|n| char_len(n) > 60 && has_sentence_punct(n))
}

/// A spaced motto title with the union's name after it on its line, as an
/// account written for others is signed under its title (`以点带面 推进…建设
/// 借势运力 活跃…生活 某某区总工会`), over a paragraph: where the name starts
/// (the name is a byline, kept as the text's first line, not the title).
pub(super) fn byline(l0: &str, next: Option<&str>) -> Option<usize> {
    if char_len(l0) > 50 {
        return None;
    }
    let k = l0.trim_end_matches(is_space).rfind([' ', '\u{3000}'])?;
    let name = l0[k..].trim_matches(is_space);
    let f = fold(name);
    let union = (4..=16).contains(&char_len(name))
        && name.chars().all(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
        && ["工会", "工会委员会", "工委"]
            .iter()
            .any(|w| f.ends_with(w));
    (union && spaced_motto(l0[..k].trim_end_matches(is_space), next)).then_some(k)
}

/// A flattened copy's spaced motto title run into its text at a year
/// (`抢抓新机遇 创造新优势 建立新功业2010年集团工会…`): where the title
/// ends, the last phrase's Chinese characters followed by a year of four
/// digits and `年`. Looks at the first 40 characters only.
pub(super) fn glued(line: &str) -> Option<usize> {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let head: Vec<(usize, char)> = line.char_indices().take(40).collect();
    let mut phrases = 0;
    let mut run = 0;
    for (n, &(i, c)) in head.iter().enumerate() {
        if han(c) {
            run += 1;
            continue;
        }
        if !(MIN_PHRASE..=MAX_PHRASE).contains(&run) {
            return None;
        }
        phrases += 1;
        run = 0;
        if matches!(c, ' ' | '\u{3000}') {
            continue;
        }
        // the text opens on a year right after the last phrase
        let year = head
            .get(n..n + 5)
            .is_some_and(|w| w[..4].iter().all(|(_, d)| d.is_ascii_digit()) && w[4].1 == '年');
        return (year && phrases >= MIN_PHRASES).then_some(i);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::byline;

    #[test]
    fn a_union_name_after_a_spaced_motto_is_its_byline() {
        let next = "近年来,区总工会围绕职工文化阵地建设,采取试点先行、逐步推开的办法,全区建成示范阵地二十个,参加活动的职工逐年增加,职工的文化生活日益丰富。";
        let l0 = "抓好示范 建好阵地 搭好平台 丰富职工生活 某某区总工会";
        let k = byline(l0, Some(next)).expect("a byline");
        assert_eq!(l0[k..].trim(), "某某区总工会");
        // no union's name: no byline (the whole line is the motto title)
        assert!(byline("抓好示范 建好阵地 搭好平台 丰富职工生活", Some(next)).is_none());
        // nor over a short line
        assert!(byline(l0, Some("一、抓好示范")).is_none());
    }
}
