//! A flattened title glued to its first part's label (`…2021年工会工作报告
//! 第一部分2020年工作总结2020年是…`): the title ends before `第一部分`,
//! however many title words the part's heading holds after it. Looks at
//! the few characters after each title word only.

use super::normalise::is_space;

/// Where the title ends: before a part label right after a title word,
/// else the last end that `ok` accepts. `ends` ascending.
pub(super) fn pick(line: &str, ends: Vec<usize>, ok: impl Fn(usize) -> bool) -> Option<usize> {
    let labelled = ends
        .iter()
        .copied()
        .find(|&e| part_label(line[e..].trim_start_matches(is_space)));
    labelled.or_else(|| ends.into_iter().rev().find(|&e| ok(e)))
}

/// `第一部分` … `第十二部分`.
fn part_label(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('第') else {
        return false;
    };
    let n = rest
        .chars()
        .take_while(|c| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        })
        .count();
    (1..=3).contains(&n) && rest.chars().skip(n).take(2).eq("部分".chars())
}

#[cfg(test)]
mod tests {
    use super::pick;

    #[test]
    fn a_title_ends_before_its_first_part_label() {
        let t = "某公司2021年工会工作报告第一部分2020年工作总结2020年是不平凡的一年";
        let a = t.find("第一").unwrap();
        let b = t.find("总结").unwrap() + "总结".len();
        assert_eq!(pick(t, vec![a, b], |_| true), Some(a));
        // no part label: the last end accepted, as before
        let u = "某公司2021年工会工作报告2020年工作总结2020年是不平凡的一年";
        let c = u.find("2020").unwrap();
        let d = u.find("总结").unwrap() + "总结".len();
        assert_eq!(pick(u, vec![c, d], |_| true), Some(d));
        assert_eq!(pick(u, vec![c, d], |e| e == c), Some(c));
    }
}
