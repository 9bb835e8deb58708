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

/// A report's subtitle printed after the main title's last line, on the
/// same line after it (`为…而团结奋斗 ——在某某大会上的工作报告`, often a
/// subtitle broken over two lines that `wrap` joined to that line): the
/// subtitle set on a line of its own, where `title` reads it under the main
/// title. Looks at the first three lines, 60 characters of each for the
/// dash; the subtitle must end its line, or the short line after it, on a
/// report's or speech's word (a speaker's name of two to four characters
/// after it, over a bracketed date, goes on a line of its own).
pub(super) fn split_mid(out: &mut Vec<String>) {
    for i in 0..out.len().min(3) {
        let l = &out[i];
        let Some((d, _)) = l
            .char_indices()
            .take(60)
            .find(|(k, _)| *k > 0 && l[*k..].starts_with("——在"))
        else {
            continue;
        };
        let main = l[..d].trim_end_matches(is_space);
        let mut sub = l[d..].trim_end_matches(is_space).to_string();
        let ends = |s: &str| ENDS.iter().any(|w| s.ends_with(w));
        // the speaker's name joined after it (`…上的工作报告某 某 某`)
        let mut name = None;
        if let Some(e) = ENDS
            .iter()
            .filter_map(|w| sub.find(w).map(|k| k + w.len()))
            .min()
        {
            let tail = sub[e..].trim_matches(is_space);
            let han = tail.chars().filter(|c| !is_space(*c)).count();
            // (the date it was given in brackets on the next line)
            let dated = out.get(i + 1).is_some_and(|n| {
                let n = n.trim_matches(is_space);
                n.starts_with(['(', '（']) && n.chars().take(16).any(|c| c == '年')
            });
            let is_name = dated
                && (2..=4).contains(&han)
                && char_len(tail) <= 8
                && tail
                    .chars()
                    .all(|c| is_space(c) || ('\u{4e00}'..='\u{9fff}').contains(&c));
            if is_name {
                name = Some(tail.to_string());
                sub.truncate(e);
            }
        }
        // the subtitle's last words on the next line (`…大会` / `第二次会议上的工作报告`)
        let mut upto = i;
        if !ends(&sub) {
            if let Some(n) = out.get(i + 1).map(|n| n.trim_matches(is_space)) {
                if char_len(n) <= 30 && !has_sentence_punct(n) && ends(n) {
                    sub.push_str(n);
                    upto = i + 1;
                }
            }
        }
        if char_len(main) < 4
            || char_len(&sub) > 60
            || has_sentence_punct(main)
            || has_sentence_punct(&sub)
            || !ends(&sub)
        {
            return;
        }
        let lines = [Some(main.to_string()), Some(sub), name];
        out.splice(i..=upto, lines.into_iter().flatten());
        return;
    }
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
    use super::{split, split_mid};

    fn run(t: &str) -> Vec<String> {
        let mut out = vec![t.to_string()];
        split(&mut out);
        out
    }

    #[test]
    fn a_subtitle_after_the_main_title_on_its_line_gets_a_line_of_its_own() {
        let mut out: Vec<String> = [
            "凝心聚力 再创佳绩",
            "为建设幸福校园而努力 ——在某大学二届三次教代会上的工作报告",
            "各位代表:",
        ]
        .map(String::from)
        .to_vec();
        split_mid(&mut out);
        assert_eq!(out[1], "为建设幸福校园而努力");
        assert_eq!(out[2], "——在某大学二届三次教代会上的工作报告");
        // the speaker's name joined after the subtitle
        let mut out: Vec<String> = [
            "为建设幸福校园而努力 ——在某会上的工作报告王 某 某",
            "(二0一0年三月五日)",
        ]
        .map(String::from)
        .to_vec();
        split_mid(&mut out);
        assert_eq!(
            out,
            [
                "为建设幸福校园而努力",
                "——在某会上的工作报告",
                "王 某 某",
                "(二0一0年三月五日)"
            ]
        );
        // a subtitle that does not end its line, or text before the dash
        for l in [
            "为建设幸福校园而努力 ——在某大学二届三次教代会上的工作报告中提到",
            "我们说过,要努力——在某会上的报告",
        ] {
            let mut out = vec![l.to_string()];
            split_mid(&mut out);
            assert_eq!(out.len(), 1, "{l}");
        }
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
