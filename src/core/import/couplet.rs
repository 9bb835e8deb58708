//! A part heading set as a couplet on two lines, as a WeChat-style page
//! lays out an account (`突出…着力点` / `…有担当`, between blank lines, a
//! rule line of `_` or `—` under it, then the part's paragraphs): two phrases
//! of Chinese characters of the same length (4 to 10), after a paragraph and
//! before one. Input: the text; output: the text with each couplet on one
//! line, a space between its phrases (a spaced heading line for `topics`),
//! and the rule lines right under it dropped (traced), or `None` when the
//! text holds fewer than two couplets. Looks only at lines of 10 characters
//! or fewer and their neighbours.

use super::trace::{Ctx, Dropped};

/// The shortest and longest phrase (characters), the fewest couplets.
const MIN_PHRASE: usize = 4;
const MAX_PHRASE: usize = 10;
const MIN_COUPLETS: usize = 2;

/// A phrase of Chinese characters only: its length.
fn phrase(l: &str) -> Option<usize> {
    let l = l.trim();
    // (a short line first: a flattened text is one long line)
    if l.chars().nth(MAX_PHRASE).is_some() {
        return None;
    }
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let n = l.chars().count();
    (n >= MIN_PHRASE && l.chars().all(han)).then_some(n)
}

/// A page's rule line: up to eight of `_` `—` `-` `=` `▼` `*`.
pub(super) fn rule(l: &str) -> bool {
    let l = l.trim();
    !l.is_empty()
        && l.chars().nth(8).is_none()
        && l.chars().all(|c| {
            matches!(
                c,
                '_' | '＿' | '—' | '-' | '－' | '─' | '=' | '＝' | '▼' | '*' | '＊'
            )
        })
}

/// A paragraph of text: 20 characters or more with a comma or a full stop.
fn paragraph(l: &str) -> bool {
    l.trim().chars().nth(19).is_some() && l.contains(['。', '，', ','])
}

pub(super) fn join(text: &str, ctx: &mut Ctx) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    // (index in `filled` of the couplet's first line, rule lines after it)
    let mut couplets: Vec<(usize, usize)> = Vec::new();
    let mut k = 1;
    while k + 1 < filled.len() {
        let (a, b) = (lines[filled[k]], lines[filled[k + 1]]);
        let same = phrase(a).is_some_and(|n| phrase(b) == Some(n));
        if !same {
            k += 1;
            continue;
        }
        let rules_after = (k + 2..filled.len().min(k + 4))
            .take_while(|&j| rule(lines[filled[j]]))
            .count();
        let before = (k.saturating_sub(2)..k)
            .rev()
            .find(|&j| !rule(lines[filled[j]]));
        let after = filled.get(k + 2 + rules_after).map(|&i| lines[i]);
        if before.is_some_and(|j| paragraph(lines[filled[j]])) && after.is_some_and(paragraph) {
            couplets.push((k, rules_after));
            k += 2 + rules_after;
        } else {
            k += 1;
        }
    }
    if couplets.len() < MIN_COUPLETS {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut skip_to = 0;
    let mut next = couplets.iter().peekable();
    for (i, l) in lines.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        match next.peek() {
            Some(&&(k, rules)) if filled[k] == i => {
                out.push(format!("{} {}", l.trim(), lines[filled[k + 1]].trim()));
                for j in k + 2..k + 2 + rules {
                    ctx.drop(Dropped::Markup, lines[filled[j]].trim());
                }
                skip_to = filled[k + 1 + rules] + 1;
                next.next();
            }
            _ => out.push(l.to_string()),
        }
    }
    ctx.decide(format!(
        "原文有 {} 个分两行写的对句小标题（公众号排版），已各合成一行，下面的分隔线已去掉。",
        couplets.len()
    ));
    Some(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "今年以来,区总工会在党工委的领导下,主动作为,为全区发展发挥了积极作用。";

    #[test]
    fn two_couplet_headings_are_each_joined_on_one_line() {
        let t = format!(
            "某区总工会这一年\n\n{PARA}\n\n夯实基层基础\n组织覆盖扩面\n\n_\n\n{PARA}\n\n服务职工群众\n关爱送到身边\n—\n{PARA}"
        );
        let mut ctx = Ctx::default();
        let out = join(&t, &mut ctx).expect("two couplets");
        let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines[2], "夯实基层基础 组织覆盖扩面", "{lines:?}");
        assert_eq!(lines[3], PARA);
        assert_eq!(lines[4], "服务职工群众 关爱送到身边", "{lines:?}");
        assert_eq!(lines[5], PARA);
    }

    #[test]
    fn a_single_pair_or_unequal_lines_are_left() {
        let mut ctx = Ctx::default();
        let one = format!("{PARA}\n夯实基层基础\n组织覆盖扩面\n{PARA}");
        assert_eq!(join(&one, &mut ctx), None);
        let unequal =
            format!("{PARA}\n组织建设\n职工之家建设\n{PARA}\n民主管理\n厂务公开工作\n{PARA}");
        assert_eq!(join(&unequal, &mut ctx), None);
    }
}
