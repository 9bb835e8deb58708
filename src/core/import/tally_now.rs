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

/// Whether `text` holds a tally of results reached so far.
pub(super) fn tally_now(text: &str) -> bool {
    NOW.iter().any(|w| {
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
    }

    #[test]
    fn a_target_or_a_state_without_figures_is_none() {
        // a target set from where things stand
        assert!(!tally_now("目前全区有企业300家,力争年底建会率达到90%。"));
        assert!(!tally_now("目前,我们将新建工会10家。"));
        // no figure and measure word in the sentence
        assert!(!tally_now("目前,工作进展顺利。全年建会20家。"));
        assert!(!tally_now("全区共组建行业工会5家。"));
    }
}
