//! A topic line run into its first item inside a flattened text: after a
//! sentence end, two short phrases joined by a comma (`组织建设,完善教代会
//! 制度`, as `topics` reads a topic line) glued straight to a first item
//! `1、` / `1.` (`…总结经验。组织建设,完善教代会制度1、继…`): the topic
//! stands on a line of its own and the item begins the next, so that
//! `topics` or `lost_label` can read the topic. Input: one flattened line;
//! looks at most 22 characters after each sentence end.

use super::normalise::{after_sentence_ends, is_space};
use super::topics::is_topic_line;

/// The longest topic looked at (characters).
const MAX_TOPIC: usize = 21;

/// Byte offsets to cut the line at: before each such topic and before its
/// first item.
pub(super) fn cuts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, c) in after_sentence_ends(line) {
        if is_space(c) {
            continue;
        }
        let rest = &line[i..];
        let mut chars = rest.char_indices().take(MAX_TOPIC + 3).peekable();
        let mut item = None;
        while let Some((k, c)) = chars.next() {
            if matches!(c, '1' | '１') {
                let mark = chars.next().map(|(_, m)| m);
                let han = chars
                    .next()
                    .is_some_and(|(_, h)| ('\u{3400}'..='\u{9fff}').contains(&h));
                if matches!(mark, Some('、' | '.' | '．')) && han {
                    item = Some(k);
                }
                break;
            }
        }
        let Some(k) = item else { continue };
        let topic = &rest[..k];
        if k > 0 && topic.contains([',', '，']) && is_topic_line(topic) {
            out.push(i);
            out.push(i + k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cuts;

    #[test]
    fn a_topic_glued_to_its_first_item_gets_a_line() {
        let l = "要在实践中总结经验。关爱职工,办好民生实事1、春节前走访困难职工。2、夏季送清凉。";
        let c = cuts(l);
        assert_eq!(c.len(), 2);
        assert_eq!(&l[c[0]..c[1]], "关爱职工,办好民生实事");
    }

    #[test]
    fn sentences_and_single_words_are_no_topics() {
        // a sentence with more than a topic's words before the item
        assert!(
            cuts("已经完成。我们召开了会议,讨论了全年的工作安排和具体的分工1、继续…").is_empty()
        );
        // one phrase without a comma
        assert!(cuts("已经完成。组织建设1、继续做好会员发展。").is_empty());
        // an item that is no first item
        assert!(cuts("已经完成。关爱职工,办好民生实事2、夏季送清凉。").is_empty());
    }
}
