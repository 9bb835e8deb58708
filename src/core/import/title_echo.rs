//! A news headline with no title word whose lead paragraph opens on the
//! same words (`某县总工会用好“清单制” 推动…` / `某县总工会用好“三个
//! 清单”,…`): the line is the title, as a news page or a case page sets
//! its headline over the lead that restates its subject. Input: the first
//! line (at most 40 characters, no sentence punctuation) and the next (a
//! paragraph of sentences, longer than the line); only the first 40
//! characters of each compared.

use super::normalise::{fold, has_sentence_punct, strip_pinyin};

/// The longest headline (characters).
const MAX_HEADLINE: usize = 40;
/// How many of the first characters the two must share, the union's name
/// among them.
const MIN_SHARED: usize = 5;

/// Whether `l0` is a headline that the paragraph `next` restates.
pub(super) fn headline_restated(l0: &str, next: Option<&str>) -> bool {
    let longer = |s: &str, n: usize| s.chars().nth(n).is_some();
    let Some(next) = next else { return false };
    if longer(l0, MAX_HEADLINE) || !longer(next, MAX_HEADLINE) || has_sentence_punct(l0) {
        return false;
    }
    let head = |s: &str| {
        fold(&strip_pinyin(
            &s.chars().take(MAX_HEADLINE).collect::<String>(),
        ))
    };
    let (a, b) = (head(l0), head(next));
    let shared: String = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect();
    // the paragraph goes on past the headline's words: the line is not a
    // first line of it broken early
    shared.chars().count() >= MIN_SHARED
        && shared.contains("工会")
        && a.chars().count() > shared.chars().count()
        && has_sentence_punct(&next.chars().take(80).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEAD: &str = "某县总工会用好“三个清单”,扎实推进新业态建会入会工作。目前,共建立工会组织9家,发展会员3000人。";

    #[test]
    fn a_headline_the_lead_restates_is_a_title() {
        assert!(headline_restated(
            "某县总工会用好“清单制” 推动建会入会走深走实",
            Some(LEAD)
        ));
    }

    #[test]
    fn other_first_lines_are_no_such_title() {
        // the first words differ
        assert!(!headline_restated("推动建会入会走深走实", Some(LEAD)));
        // no union named in the shared words
        let lead =
            "新业态群体不断壮大,区里走访站点二十个,建立台账,发展会员三千人,服务骑手五千人次。";
        assert!(!headline_restated("新业态群体的服务", Some(lead)));
        // a sentence, not a headline
        assert!(!headline_restated(
            "某县总工会用好清单,推动建会。",
            Some(LEAD)
        ));
        // the line is the paragraph's whole start (broken early)
        assert!(!headline_restated("某县总工会用好“三个清单”", Some(LEAD)));
    }
}
