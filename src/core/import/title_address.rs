//! A report's title with no title word: one to three short lines (a motto,
//! `落实…职能` / `全心全意…服务`) right above the salutation that opens
//! the text (`各位代表、同志们:`). Only asked when `title` found no title.

use super::normalise::{char_len, fold, has_sentence_punct, trim};
use super::title::title_like;

/// How a speech or report greets its audience.
pub(super) const SALUTATIONS: [&str; 5] =
    ["各位代表", "各位委员", "各位领导", "各位会员", "同志们"];

/// `…工作报告:深入学习…助推新区开发开放各位委员,同志们:根据…`: a
/// report's title, its theme after a colon or none, glued to the
/// salutation that opens the text; where the salutation begins.
pub(super) fn glued_to_salutation(line: &str) -> Option<usize> {
    let window = &line[..line.char_indices().nth(70).map_or(line.len(), |(i, _)| i)];
    let k = SALUTATIONS.iter().filter_map(|w| window.find(w)).min()?;
    let title = trim(&line[..k]);
    let (main, theme) = title.split_once([':', '：']).unwrap_or((title, ""));
    let main = trim(main);
    let f = fold(main);
    (char_len(main) >= 6
        && named_or_motto(&f, main)
        && !has_sentence_punct(main)
        && !has_sentence_punct(theme))
    .then_some(k)
}

/// How many of the first lines are such a title (0: none).
pub(super) fn over_salutation(lines: &[&str]) -> usize {
    let Some(k) = lines.iter().take(4).position(|l| salutation(l)) else {
        return 0;
    };
    let title = &lines[..k];
    let han: usize = title.iter().map(|l| char_len(l)).sum();
    let fits = |l: &&str| {
        title_like(l)
            && (4..=30).contains(&char_len(l))
            // no date, no speaker's line (`工会主席 某某`)
            && !l.chars().any(|c| c.is_ascii_digit() || c == '〇')
            && !["工会主席", "主席", "副主席", "书记", "主任"]
                .iter()
                .any(|w| l.starts_with(w))
    };
    if (1..=3).contains(&k) && han >= 10 && title.iter().all(fits) {
        k
    } else {
        0
    }
}

/// `各位代表、同志们:` (the salutation and its colon within 12 characters).
fn salutation(l: &str) -> bool {
    let head: String = l.trim().chars().take(12).collect();
    SALUTATIONS.iter().any(|w| head.starts_with(w)) && head.contains([':', '：'])
}

/// A title glued to the salutation in a flattened text (`reflow`): one
/// ending on a title word that names the union or a year, or a motto of
/// two to four spaced phrases (`落实…职能 全心全意…服务`), 10 to 40
/// characters, no digits. `f` is `main` folded.
pub(super) fn named_or_motto(f: &str, main: &str) -> bool {
    let named = super::title::TITLE_ENDINGS.iter().any(|e| f.ends_with(e))
        && (f.contains("工会") || f.contains('年'));
    let phrases: Vec<&str> = main
        .split(super::normalise::is_space)
        .filter(|p| !p.is_empty())
        .collect();
    let motto = (2..=4).contains(&phrases.len())
        && (10..=40).contains(&char_len(main))
        && phrases.iter().all(|p| (4..=16).contains(&char_len(p)))
        && !main.chars().any(|c| c.is_ascii_digit());
    named || motto
}

#[cfg(test)]
mod tests {
    use super::over_salutation;

    #[test]
    fn a_motto_above_the_salutation_is_the_title() {
        let lines = [
            "团结奋进谋发展",
            "凝心聚力促和谐",
            "各位代表、同志们:",
            "受委托,我向大会报告工作。",
        ];
        assert_eq!(over_salutation(&lines), 2);
        let one = ["凝心聚力谋发展 再创佳绩", "各位代表:现在我报告工作。"];
        assert_eq!(over_salutation(&one), 1);
    }

    #[test]
    fn a_speaker_or_a_sentence_above_it_is_none() {
        assert_eq!(over_salutation(&["工会主席 某某某", "各位代表:"]), 0);
        assert_eq!(over_salutation(&["今年工作做得很好。", "各位代表:"]), 0);
        assert_eq!(over_salutation(&["2016年3月2日", "各位代表:"]), 0);
        assert_eq!(over_salutation(&["各位代表:", "现在报告工作。"]), 0);
    }

    #[test]
    fn a_flattened_motto_before_the_salutation_is_a_title() {
        use super::named_or_motto;
        let m = "团结奋进谋发展 凝心聚力促和谐";
        assert!(named_or_motto(m, m));
        assert!(named_or_motto("某公司工会工作报告", "某公司工会工作报告"));
        // one phrase without a title word, or a phrase too long
        assert!(!named_or_motto(
            "团结奋进谋发展凝心聚力",
            "团结奋进谋发展凝心聚力"
        ));
        let long = "今年我们团结奋进谋发展取得了很好的成绩 好";
        assert!(!named_or_motto(long, long));
    }
}
