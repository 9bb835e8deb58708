//! A heading broken after its year (a site's or a text layer's line
//! break): `一、2023年度` / `工作总结` is one heading, `2023年度工作总结`,
//! the name of a combined document's part. A numbered line whose text is a
//! year (`20xx年度`, `2023年`) runs on into the next line when that line is
//! only the name of a kind of document (`工作总结`, `工作计划`, `打算` …).
//! Input: the text's lines after wrapped lines are joined (`reflow`);
//! looks at each numbered line's last three characters and at most the
//! next line's first eight.

use super::labels::parse_label;
use super::normalise::{char_len, fold};

/// The names of a part a year heads.
const KINDS: [&str; 12] = [
    "工作总结",
    "工作计划",
    "工作要点",
    "工作思路",
    "工作打算",
    "工作安排",
    "总结",
    "计划",
    "要点",
    "思路",
    "打算",
    "设想",
];

/// Whether a heading's text is a year and nothing else (`20xx年度`,
/// `2023年`, `二〇二三年`).
fn only_a_year(text: &str) -> bool {
    let t = text.trim();
    let Some(y) = t.strip_suffix("年度").or_else(|| t.strip_suffix('年')) else {
        return false;
    };
    (2..=4).contains(&char_len(y))
        && y.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    'x' | 'X'
                        | '×'
                        | '_'
                        | '*'
                        | '某'
                        | '〇'
                        | '零'
                        | '一'
                        | '二'
                        | '三'
                        | '四'
                        | '五'
                        | '六'
                        | '七'
                        | '八'
                        | '九'
                )
        })
}

/// The year headings in `lines` joined with the kind on the next line.
pub(super) fn join(lines: &mut Vec<String>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let year = parse_label(&lines[i]).is_some_and(|(_, k)| only_a_year(&lines[i][k..]));
        let next = lines[i + 1].trim();
        let kind = char_len(next) <= 8 && KINDS.contains(&fold(next).as_str());
        if year && kind {
            let next = lines.remove(i + 1);
            lines[i].push_str(next.trim());
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::join;

    fn run(lines: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        join(&mut v);
        v
    }

    #[test]
    fn a_heading_broken_after_its_year_is_one_heading() {
        assert_eq!(
            run(&["一、20xx年度", "工作总结", "(一)组织建设"]),
            ["一、20xx年度工作总结", "(一)组织建设"]
        );
        assert_eq!(run(&["二、2025年", "工作計劃"]), ["二、2025年工作計劃"]);
        // a heading of text, or a line of text after a year, stays
        assert_eq!(run(&["一、2023年度", "工作总结如下:"]).len(), 2);
        assert_eq!(run(&["一、加强建设", "总结"]).len(), 2);
    }
}
