//! A flattened report's subtitle (`某某 某某 ——在某某大会上的报告 工会主席
//! 某某 各位代表:…`): the main title before the dash, the subtitle and the
//! text after it set on lines of their own, as printed; `title` then reads
//! the main title over its subtitle. Looks at the first line's first 110
//! characters only.

use super::normalise::{char_len, has_sentence_punct, is_space};

/// How a report's or a speech's subtitle ends.
const ENDS: [&str; 5] = [
    "上的报告",
    "上的工作报告",
    "上的讲话",
    "上的報告",
    "上的講話",
];

/// Splits the main title and its subtitle off a flattened first line.
pub(super) fn split(out: &mut Vec<String>) {
    let Some(first) = out.first() else { return };
    // the dash within the first 60 characters
    let Some((d, _)) = first
        .char_indices()
        .take(60)
        .find(|(i, _)| first[*i..].starts_with("——在"))
    else {
        return;
    };
    let main = first[..d].trim_end_matches(is_space);
    if char_len(main) < 8 || has_sentence_punct(main) {
        return;
    }
    // the subtitle's end within 50 characters, then a space
    let window_end = first[d..]
        .char_indices()
        .nth(50)
        .map_or(first.len(), |(i, _)| d + i);
    let window = &first[d..window_end];
    let Some(e) = ENDS
        .iter()
        .filter_map(|w| window.find(w).map(|k| d + k + w.len()))
        .min()
    else {
        return;
    };
    if has_sentence_punct(&first[d..e])
        || !(first[e..].starts_with(is_space) || byline_follows(&first[e..]))
    {
        return;
    }
    let lines = [
        main.to_string(),
        first[d..e].to_string(),
        first[e..].trim_start_matches(is_space).to_string(),
    ];
    out.splice(0..1, lines);
}

/// The speaker's byline run on after the subtitle without a space: a
/// name of two to four characters (spaced, or masked `**`) and the date in
/// brackets (`某  某（2015年2月9日）`). Looks at 24 characters.
fn byline_follows(rest: &str) -> bool {
    let cs: Vec<char> = rest.chars().take(24).collect();
    let Some(open) = cs.iter().position(|c| matches!(c, '（' | '(')) else {
        return false;
    };
    let name = cs[..open].iter().filter(|c| !is_space(**c)).count();
    let name_ok = cs[..open].iter().all(|c| {
        is_space(*c) || matches!(c, '*' | '＊' | '×') || ('\u{4e00}'..='\u{9fff}').contains(c)
    });
    let close = cs[open..].iter().position(|c| matches!(c, '）' | ')'));
    let date_ok = close.is_some_and(|k| {
        let d: String = cs[open + 1..open + k].iter().collect();
        d.contains('年') && d.contains('月') && d.ends_with('日')
    });
    (2..=4).contains(&name) && name_ok && date_ok
}

#[cfg(test)]
mod tests {
    use super::split;

    fn run(t: &str) -> Vec<String> {
        let mut out = vec![t.to_string()];
        split(&mut out);
        out
    }

    #[test]
    fn a_flattened_subtitle_gets_a_line_of_its_own() {
        let t = "凝心聚力 再创佳绩 ——在某公司二届三次职代会上的报告 工会主席 某某 各位代表:现在我报告工作。";
        assert_eq!(
            run(t),
            [
                "凝心聚力 再创佳绩",
                "——在某公司二届三次职代会上的报告",
                "工会主席 某某 各位代表:现在我报告工作。"
            ]
        );
    }

    #[test]
    fn a_dash_in_a_sentence_or_late_is_none() {
        let t = "今年,我们开展了活动——在某会上的报告 里说过。";
        assert_eq!(run(t).len(), 1);
        let late = format!("{}——在某会上的报告 后文", "某".repeat(70));
        assert_eq!(run(&late).len(), 1);
        // no space after the subtitle: it runs on into a sentence
        assert_eq!(run("某某某某某某某某 ——在某会上的报告中提出").len(), 1);
    }

    #[test]
    fn a_byline_run_on_after_the_subtitle_starts_the_text() {
        let t = "凝心聚力 再创佳绩——在某公司二届三次职代会上的工作报告王  某（2015年2月9日） 各位代表:现在我报告工作。";
        assert_eq!(
            run(t),
            [
                "凝心聚力 再创佳绩",
                "——在某公司二届三次职代会上的工作报告",
                "王  某（2015年2月9日） 各位代表:现在我报告工作。"
            ]
        );
        // a name with no date, or words that make a sentence: none
        assert_eq!(
            run("凝心聚力 再创佳绩——在某会上的报告王某某提出意见").len(),
            1
        );
        assert_eq!(
            run("凝心聚力 再创佳绩——在某会上的报告中（2015年2月9日）").len(),
            1
        );
    }
}
