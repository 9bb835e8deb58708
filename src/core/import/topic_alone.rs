//! A single heading line of two phrases with a space between
//! (`服务职工群众 促进民族团结`, `政治引领“铸灵魂” 锻造共同奋斗新引擎`), on a
//! line of its own between two paragraphs of text, in a body with no
//! numbering: an unnumbered level-1 heading even alone (an account whose
//! copy holds only its first part; `topics` asks for two or more such
//! lines). Input: the body's tokens, all plain; output: which are such
//! headings. Looks at each line's first 40 characters and at its
//! neighbours' length and punctuation.

use super::headings::Tok;

/// Bounds of each phrase and of the pair (characters, quote marks not
/// counted).
const MIN_PHRASE: usize = 4;
const MAX_PHRASE: usize = 12;
const MAX_PAIR: usize = 20;
/// The shortest paragraph on either side (characters).
const MIN_PARA: usize = 30;

fn phrase(p: &str) -> Option<usize> {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let n = p.chars().filter(|c| han(*c)).count();
    let words = p.chars().all(|c| han(c) || matches!(c, '“' | '”'));
    (words && (MIN_PHRASE..=MAX_PHRASE).contains(&n)).then_some(n)
}

/// Two phrases and one space (or an ideographic one) between them.
fn two_phrases(line: &str) -> bool {
    let t = line.trim();
    // (counted only as far as the test needs: a flattened line is long)
    if t.chars().take(2 * MAX_PAIR + 1).count() > 2 * MAX_PAIR {
        return false;
    }
    let mut parts = t.split([' ', '\u{3000}']);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) => match (phrase(a), phrase(b)) {
            (Some(x), Some(y)) => x + y <= MAX_PAIR,
            _ => false,
        },
        _ => false,
    }
}

/// A paragraph of text: long enough, with a sentence end.
fn paragraph(line: &str) -> bool {
    line.trim().chars().take(MIN_PARA).count() >= MIN_PARA && line.contains(['。', '，', ','])
}

/// Which tokens are such a heading line (at most one, else none: two or
/// more are `topics`' to read).
pub(super) fn lines(toks: &[Tok]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    let found: Vec<usize> = (1..toks.len().saturating_sub(1))
        .filter(|&i| {
            two_phrases(toks[i].raw())
                && paragraph(toks[i - 1].raw())
                && paragraph(toks[i + 1].raw())
        })
        .collect();
    if let [i] = found[..] {
        out[i] = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(lines: &[&str]) -> Vec<bool> {
        let toks: Vec<Tok> = lines.iter().map(|l| Tok::Plain(l)).collect();
        super::lines(&toks)
    }

    #[test]
    fn a_spaced_pair_of_phrases_between_paragraphs_is_a_heading() {
        let lines = [
            "近年来,县总工会坚持把服务职工作为工作的出发点,各项工作取得了新的进展。",
            "关爱一线职工 打造温馨驿站",
            "今年,县总工会在城区新建户外劳动者驿站六个,配齐饮水、充电等设施,全年服务职工上万人次。",
        ];
        assert_eq!(heads(&lines), [false, true, false]);
    }

    #[test]
    fn a_motto_at_the_top_a_byline_or_a_lone_phrase_is_not() {
        let lines = [
            "团结奋进 开拓创新",
            "县总工会主席  某某",
            "近年来,县总工会坚持把服务职工作为工作的出发点,各项工作取得了新的进展。",
            "职工之家",
            "今年,县总工会在城区新建户外劳动者驿站六个,配齐饮水、充电等设施,全年服务职工上万人次。",
        ];
        assert_eq!(heads(&lines), [false; 5]);
    }
}
