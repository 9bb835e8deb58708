//! A count of results reached so far, as an account of work states it
//! (`目前,共建立工会组织11家,发展会员4500人`, `今年以来又新增5家`): a
//! sentence that opens on `目前` or `今年以来` and holds a figure with its
//! measure word (`11家`, `X人`), and no word of intention (a plan's
//! `目前…,力争年底达到…` sets a target). Input: the body's text (folded);
//! output: whether such a sentence is in it. Each match looks at most at
//! the 60 characters after its marker, up to the sentence's end.

/// Words that open a sentence reporting where things stand.
const NOW: [&str; 2] = ["目前", "今年以来"];

/// Words of intention: the sentence sets a target, not a result.
const INTENT: [&str; 8] = ["力争", "争取", "确保", "达到", "计划", "将", "预计", "目标"];

/// The characters looked at after the marker.
const SPAN: usize = 60;

/// Whether `text` holds a tally of results reached so far, or a measured
/// rate reached (`满意度达98.2%`: a figure with decimals after 达, as a
/// survey reports it; a plan's target is a round `达到95%以上`).
pub(super) fn tally_now(text: &str) -> bool {
    rate_reached(text)
        || NOW.iter().any(|w| {
            text.match_indices(w).any(|(at, _)| {
                let sentence: String = text[at + w.len()..]
                    .chars()
                    .take(SPAN)
                    .take_while(|c| !matches!(c, '。' | '；' | ';' | '！' | '？'))
                    .collect();
                counted(&sentence) && !INTENT.iter().any(|i| sentence.contains(i))
            })
        })
}

/// `达` right before a figure with decimals and `%` (`达98.2%`), in a
/// sentence with no word of intention and no `以上`; looks at 8 characters
/// after each `达`, and at 60 either way for its sentence.
fn rate_reached(text: &str) -> bool {
    text.match_indices('达').any(|(at, _)| {
        let after: Vec<char> = text[at + '达'.len_utf8()..].chars().take(8).collect();
        let int = after.iter().take_while(|c| c.is_ascii_digit()).count();
        let dec = after
            .iter()
            .skip(int + 1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let rate = int > 0
            && after.get(int) == Some(&'.')
            && dec > 0
            && matches!(after.get(int + 1 + dec), Some('%' | '％'));
        if !rate {
            return false;
        }
        // the sentence around it: back to its start, on to its end (60
        // characters each way at most)
        let end = |c: &char| matches!(c, '。' | '；' | ';');
        let mut sentence: Vec<char> = text[..at]
            .chars()
            .rev()
            .take(60)
            .take_while(|c| !end(c))
            .collect();
        sentence.reverse();
        sentence.extend(text[at..].chars().take(60).take_while(|c| !end(c)));
        let sentence: String = sentence.into_iter().collect();
        !INTENT.iter().any(|i| sentence.contains(i)) && !sentence.contains("以上")
    })
}

/// A figure (digits, or a masked `X`) right before a measure word.
fn counted(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.windows(2).any(|p| {
        (p[0].is_ascii_digit() || matches!(p[0], 'X' | 'x'))
            && matches!(
                p[1],
                '家' | '人' | '名' | '个' | '处' | '场' | '次' | '所' | '项' | '支'
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_results_so_far_is_a_tally() {
        assert!(tally_now(
            "我们走访了企业。目前,全区共组建行业工会5家,吸收会员800人。"
        ));
        assert!(tally_now("今年以来新建驿站3处,服务职工2000人次。"));
        assert!(tally_now("目前,X名骑手获评市级荣誉。"));
        assert!(tally_now("开展问卷评估,会员满意度达97.5%。"));
    }

    #[test]
    fn a_target_or_a_state_without_figures_is_none() {
        // a target set from where things stand
        assert!(!tally_now("目前全区有企业300家,力争年底建会率达到90%。"));
        assert!(!tally_now("目前,我们将新建工会10家。"));
        // no figure and measure word in the sentence
        assert!(!tally_now("目前,工作进展顺利。全年建会20家。"));
        assert!(!tally_now("全区共组建行业工会5家。"));
        // a rate set as a target
        assert!(!tally_now("力争会员满意度达97.5%。"));
        assert!(!tally_now("入会率达95.0%以上。"));
        assert!(!tally_now("入会率达95%。"));
    }
}
