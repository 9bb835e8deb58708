//! A part line inside a flattened text: a report's unnumbered part name
//! (`过去五年工作回顾`, `20xx年工会工作回顾`) between a sentence end and a
//! space before its text (`…向大会报告工作。 20xx年工会工作回顾 20xx年,
//! 在…`) stands on a line of its own, where `headings::part_lines` reads it.
//! Input: one flattened line; looks at most 21 characters after each space
//! that follows a sentence end. Run into its text with no space, the name
//! ends on its part word where the text opens on a word of time or a year
//! and a comma (`…审议。2008年工作回顾一年来,…`).

use super::headings::is_part_line;
use super::normalise::{after_sentence_ends, is_space};

/// Byte offsets to cut the line at: before and after each part name.
pub(super) fn cuts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in after_sentence_ends(line) {
        if !is_space(c) {
            // no space around it: the name ends on its part word where the
            // text opens on a word of time (`…审议。2008年工作回顾一年来,…`)
            if let Some(k) = glued_part(&line[i..]) {
                out.push(i);
                out.push(i + k);
            }
            continue;
        }
        // (paragraphs joined by two or three spaces, `…审议。   一年来…`)
        let spaced = &line[i..];
        let from = i + spaced.len() - spaced.trim_start_matches(is_space).len();
        let rest = &line[from..];
        let Some((k, _)) = rest.char_indices().take(21).find(|(_, c)| is_space(*c)) else {
            continue;
        };
        if k > 0 && is_part_line(&rest[..k]) {
            out.push(from);
            out.push(from + k);
        }
    }
    out
}

/// The length of a part name at the start of `rest` run into its text
/// without a space, the text opening on a word of time and a comma
/// (`一年来,` `今年,`) or a year and a comma (`2024年,`). Looks at 21
/// characters.
fn glued_part(rest: &str) -> Option<usize> {
    // a year's 年 and 工作 among the first 21 characters, or no part name
    let (mut year, mut work, mut p) = (false, false, ' ');
    for c in rest.chars().take(21) {
        year |= c == '年';
        work |= p == '工' && c == '作';
        p = c;
    }
    if !(year && work) {
        return None;
    }
    let mut prev = ' ';
    rest.char_indices().take(21).find_map(|(k, c)| {
        // a part word's last character just before the cut
        let after_part_word = matches!(
            std::mem::replace(&mut prev, c),
            '顾' | '顧'
                | '忆'
                | '憶'
                | '结'
                | '結'
                | '算'
                | '划'
                | '劃'
                | '路'
                | '排'
                | '想'
                | '望'
                | '点'
                | '點'
        );
        if !after_part_word {
            return None;
        }
        let (name, after) = rest.split_at(k);
        let year_comma = || {
            let cs: Vec<char> = after.chars().take(6).collect();
            cs.len() == 6
                && cs[..4].iter().all(char::is_ascii_digit)
                && cs[4] == '年'
                && matches!(cs[5], ',' | '，')
        };
        (is_part_line(name) && (super::openers::time_clause(after) || year_comma())).then_some(k)
    })
}

#[cfg(test)]
mod tests {
    use super::cuts;

    #[test]
    fn a_part_name_between_sentences_is_cut_out() {
        let line =
            "下面我代表工会委员会报告工作。 2024年工会工作回顾 2024年,我们围绕中心开展工作。";
        let c = cuts(line);
        assert_eq!(c.len(), 2);
        assert_eq!(line[c[0]..c[1]].trim(), "2024年工会工作回顾");
        // run into its text, which opens on a word of time
        let line = "我代表工会委员会报告工作。2024年工作回顾一年来,我们围绕中心开展工作。";
        let c = cuts(line);
        assert_eq!(c.len(), 2);
        assert_eq!(&line[c[0]..c[1]], "2024年工作回顾");
        // a sentence naming the part is none (`…总结如下:`)
        assert!(cuts("工作有序推进。2024年工作总结如下:一年来,我们努力。").is_empty());
        // a sentence after a sentence end is no part name
        assert!(cuts("工作有序推进。 今年以来我们加强了学习 取得成效。").is_empty());
    }
}
