//! A flattened text's signature run on after its last sentence
//! (`…示范单位建设。2022年7月15日`, `…建设。某某工会2022年7月15日`): `reflow`
//! sets it on a line of its own so that `signature` finds it. Only the last
//! 40 characters of the last line are looked at.

use super::normalise::trim;
use super::signature::{looks_like_org, sig_date};

/// How far back from the line's end the sentence end may be.
const TAIL_CHARS: usize = 40;

/// Where the run-on signature begins in `line`, if it ends with one.
pub(super) fn run_on_signature(line: &str) -> Option<usize> {
    // (or a date written with dots, `2021.8.23`)
    if !line.ends_with(['日', '号']) && !line.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let from = line
        .char_indices()
        .rev()
        .nth(TAIL_CHARS)
        .map_or(0, |(i, _)| i);
    let tail = &line[from..];
    let (p, c) = tail
        .char_indices()
        .filter(|(_, c)| matches!(c, '。' | '；' | ';' | '！' | '!'))
        .last()?;
    let at = from + p + c.len_utf8();
    let rest = &line[at..];
    // the date, alone or after an organisation's name
    let date_at = rest
        .char_indices()
        .find(|(i, c)| {
            (c.is_ascii_digit() || matches!(c, '二' | '一' | '〇'))
                && sig_date(&rest[*i..]).is_some_and(|(d, _)| !d.is_empty())
        })
        .map(|(i, _)| i)?;
    let org = trim(&rest[..date_at]);
    (org.is_empty() || looks_like_org(org)).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::run_on_signature;

    #[test]
    fn a_date_after_the_last_sentence_is_split_off() {
        let l = "3、筹办职工书画展。4、组织秋季健步走活动。2021年10月8日";
        let k = run_on_signature(l).expect("a run-on date");
        assert_eq!(&l[k..], "2021年10月8日");
        let l = "4、组织秋季健步走活动。 某县教育工会二 00 七年三月十四日";
        let k = run_on_signature(l).expect("a typed Chinese year");
        assert_eq!(&l[k..], " 某县教育工会二 00 七年三月十四日");
        let l = "4、组织秋季健步走活动。某某社区工会2021年10月8日";
        let k = run_on_signature(l).expect("a run-on signature");
        assert_eq!(&l[k..], "某某社区工会2021年10月8日");
        let l = "9、做好年终考核工作。 3、完成上级交办的其他任务。 2020.9.1";
        let k = run_on_signature(l).expect("a date with dots");
        assert_eq!(&l[k..], " 2020.9.1");
    }

    #[test]
    fn a_date_inside_a_sentence_stays() {
        // a sentence that ends on a date is no signature
        assert_eq!(run_on_signature("工会于2021年10月8日"), None);
        assert_eq!(
            run_on_signature("活动结束。全体会员将于2021年10月8日"),
            None
        );
        assert_eq!(run_on_signature("活动结束。"), None);
        assert_eq!(run_on_signature("活动结束。参加人数约120"), None);
    }
}
